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
