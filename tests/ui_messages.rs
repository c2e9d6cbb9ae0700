//! Message ids built from backend data must exist in every language, so a parent
//! never sees a raw key on screen or in the terminal.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use waarborg_contract::Language;
use waarborg_guide::READY_KEYS;
use waarborg_i18n::{ftl_source, message_ids};

/// The UI shows "what to have ready" as `guide-ready-<key with '.' → '-'>`
/// (see ui/src/components/StepCard.svelte).
fn ready_message_id(key: &str) -> String {
    format!("guide-ready-{}", key.replace('.', "-"))
}

#[test]
fn every_ready_key_has_a_message_in_every_language() {
    for language in [Language::Nl, Language::En] {
        let ids = message_ids(ftl_source(language)).unwrap();
        let missing: Vec<String> = READY_KEYS
            .iter()
            .map(|key| ready_message_id(key))
            .filter(|id| !ids.contains(id))
            .collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
    }
}

#[test]
fn the_ui_builds_ready_ids_the_same_way() {
    let step_card = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../ui/src/components/StepCard.svelte"),
    )
    .unwrap();
    assert!(
        step_card.contains("t(`guide-ready-${key.replace('.', '-')}`)"),
        "StepCard.svelte changed how it builds ready message ids: update ready_message_id()"
    );
}

/// The CLI (and later the vault screens) show `error-vault-<code>` for every code the
/// vault can return.
#[test]
fn every_vault_error_code_is_translated_in_every_language() {
    for language in [Language::Nl, Language::En] {
        let ids = message_ids(ftl_source(language)).unwrap();
        let missing: Vec<&str> = waarborg_contract::ErrorCode::ALL
            .iter()
            .filter(|code| code.as_str().starts_with("vault-"))
            .map(|code| code.local())
            .filter(|code| !ids.contains(&format!("error-vault-{code}")))
            .collect();
        assert!(
            missing.is_empty(),
            "{language:?} lacks error-vault-{missing:?}"
        );
    }
}

/// Every custody-log kind this version writes is shown in the parent's language: the
/// window shows `health-log-kind-<kind>` (ui/src/lib/lognote.ts).
#[test]
fn every_log_kind_has_a_message_in_every_language() {
    for language in [Language::Nl, Language::En] {
        let ids = message_ids(ftl_source(language)).unwrap();
        let missing: Vec<&&str> = waarborg_vault::KNOWN_LOG_KINDS
            .iter()
            .filter(|kind| !ids.contains(&format!("health-log-kind-{kind}")))
            .collect();
        assert!(
            missing.is_empty(),
            "{language:?} lacks health-log-kind-{missing:?}"
        );
    }
}

/// Every error code has its message in both languages (the window and the CLI show
/// `error-<code>`).
#[test]
fn every_error_code_has_a_message_in_every_language() {
    for language in [Language::Nl, Language::En] {
        let ids = message_ids(ftl_source(language)).unwrap();
        let missing: Vec<String> = waarborg_contract::ErrorCode::ALL
            .iter()
            .map(|code| code.message_id())
            .filter(|id| !ids.contains(id))
            .collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
    }
}

/// Every kind of problem `verify` reports is shown in the parent's language: the
/// window's Check view shows `health-problem-<kind>` for each (HealthView.svelte), and
/// the kinds are those of the generated binding (`ProblemKind.ts`).
#[test]
fn every_problem_kind_has_a_message_in_every_language() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let binding = std::fs::read_to_string(root.join("ui/src/lib/bindings/ProblemKind.ts")).unwrap();
    let union = &binding[binding.find("export type ProblemKind =").unwrap()..];
    let kinds: Vec<&str> = union.split('"').skip(1).step_by(2).collect();
    assert!(kinds.contains(&"content-missing") && kinds.contains(&"stray-file"));
    let view = std::fs::read_to_string(root.join("ui/src/routes/vault/HealthView.svelte")).unwrap();
    assert!(
        view.contains("t(`health-problem-${problem.kind}`)"),
        "HealthView.svelte changed how it builds problem message ids"
    );
    for language in [Language::Nl, Language::En] {
        let ids = message_ids(ftl_source(language)).unwrap();
        let missing: Vec<&&str> = kinds
            .iter()
            .filter(|kind| !ids.contains(&format!("health-problem-{kind}")))
            .collect();
        assert!(
            missing.is_empty(),
            "{language:?} lacks health-problem-{missing:?}"
        );
    }
}

/// The window's list of known kinds is the Rust one, so no kind reaches it untranslated.
#[test]
fn the_ui_knows_exactly_the_rust_log_kinds() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let records = std::fs::read_to_string(root.join("ui/src/lib/records.svelte.ts")).unwrap();
    let start = records
        .find("export const LOG_KINDS = [")
        .expect("LOG_KINDS in records.svelte.ts");
    let list = &records[start..];
    let list = &list[..list.find("] as const").expect("end of LOG_KINDS")];
    let ui: std::collections::BTreeSet<&str> = list.split('\'').skip(1).step_by(2).collect();
    let rust: std::collections::BTreeSet<&str> =
        waarborg_vault::KNOWN_LOG_KINDS.iter().copied().collect();
    assert_eq!(
        ui, rust,
        "ui LOG_KINDS and waarborg_vault::KNOWN_KINDS differ"
    );
}

/// Every kind the sources write (`LogKind::Other("…")` or a `…_KIND: &str` constant,
/// outside tests) is in `KNOWN_KINDS`, so a kind added later cannot skip translation.
#[test]
fn every_kind_written_in_the_sources_is_known() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if path
                    .file_name()
                    .is_some_and(|n| n != "tests" && n != "target")
                {
                    rust_files(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri");
    let mut files = Vec::new();
    rust_files(&root.join("crates"), &mut files);
    rust_files(&root.join("src"), &mut files);
    let known = waarborg_vault::KNOWN_LOG_KINDS;
    let mut unknown = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // Test modules may log made-up kinds.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let quoted_after = |marker: &str| -> Vec<String> {
            code.match_indices(marker)
                .filter_map(|(at, _)| {
                    let rest = &code[at + marker.len()..];
                    let rest = rest.trim_start().strip_prefix('"')?;
                    Some(rest[..rest.find('"')?].to_owned())
                })
                .collect()
        };
        let mut written = quoted_after("LogKind::Other(");
        written.extend(
            code.lines()
                .filter(|l| l.contains("_KIND: &str ="))
                .flat_map(|l| l.split('"').nth(1).map(str::to_owned)),
        );
        for kind in written {
            if !known.contains(&kind.as_str()) {
                unknown.push(format!("{kind} ({})", file.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "add these to waarborg_vault::log::KNOWN_KINDS, ui LOG_KINDS and health-log-kind-… in both .ftl files: {unknown:?}"
    );
}
