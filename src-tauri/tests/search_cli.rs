//! `waarborg list --search TEXT [--json]` finds words inside the evidence (issue 18,
//! part 4) and shows the line they are on; a vault from before texts were extracted
//! gains them at that first search.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Output;

#[path = "support/vault_cli.rs"]
mod vault_cli;
use vault_cli::vault_command;

const PASSPHRASE: &str = "correct horse battery staple";

fn waarborg(vault: &Path, args: &[&str]) -> Output {
    vault_command(
        vault,
        &vault.parent().unwrap().join("config"),
        "en_US.UTF-8",
    )
    .args(args)
    .env("WAARBORG_PASSPHRASE", PASSPHRASE)
    .output()
    .expect("run waarborg")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn list_search_finds_words_inside_content_with_the_matching_line() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    ok(&waarborg(&vault, &["init", "--work-factor", "10"]));
    let chat = tmp.path().join("WhatsApp Chat met Alex.txt");
    std::fs::write(
        &chat,
        "03-07-2026 14:05 - Alex: Hoi\n03-07-2026 14:06 - Alex: Je ziet haar nooit meer terug.\n",
    )
    .unwrap();
    let other = tmp.path().join("notes.txt");
    std::fs::write(&other, "boodschappen: brood, melk\n").unwrap();
    for file in [&chat, &other] {
        ok(&waarborg(&vault, &["import", file.to_str().unwrap()]));
    }

    let json: serde_json::Value = serde_json::from_str(&ok(&waarborg(
        &vault,
        &["list", "--search", "NOOIT meer", "--json"],
    )))
    .unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{json}");
    assert_eq!(rows[0]["original_name"], "WhatsApp Chat met Alex.txt");
    assert_eq!(
        rows[0]["matching_line"],
        "03-07-2026 14:06 - Alex: Je ziet haar nooit meer terug."
    );

    // Tab-separated: the matching line is the last column.
    let text = ok(&waarborg(&vault, &["list", "--search", "melk"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "{text}");
    assert!(lines[0].ends_with("\tboodschappen: brood, melk"), "{text}");

    // Without --search the list is as before (no matching_line key).
    let all: serde_json::Value =
        serde_json::from_str(&ok(&waarborg(&vault, &["list", "--json"]))).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert!(all[0].get("matching_line").is_none());

    // A vault from before texts were extracted: found at the first search all the same.
    std::fs::remove_file(vault.join("text-index.age")).unwrap();
    let text = ok(&waarborg(&vault, &["list", "--search", "brood"]));
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(vault.join("text-index.age").exists());
}
