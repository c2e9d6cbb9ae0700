#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Interop with the Go `age` CLI, following docs/VAULT_FORMAT.md exactly: decrypt the key
//! file with the passphrase, then an item with that identity, and compare the SHA-256.
//! Needs `age` and `script` (a pseudo-terminal for the passphrase prompt) on PATH: without
//! them these tests skip with a note locally and fail in CI (waarborg-testkit).

mod common;

use std::fs;
use std::io::Write;
use std::process::{Command, Stdio};

use common::*;

#[test]
fn an_item_decrypts_with_the_age_cli_as_documented() {
    if !waarborg_testkit::require_tools(&["age", "script"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let bytes = pattern(1024 * 1024 + 3);
    let src = tmp.path().join("evidence.bin");
    fs::write(&src, &bytes).unwrap();
    let item = vault.import_file(&src, description("CLI")).unwrap();
    drop(vault);

    // Step 1: age -d keys/identity.age > identity.txt (the CLI reads the passphrase from
    // a terminal only, hence script(1)).
    let identity = tmp.path().join("identity.txt");
    let mut child = Command::new("script")
        .args([
            "-qec",
            &format!(
                "age -d -o '{}' '{}'",
                identity.display(),
                dir.join("keys/identity.age").display()
            ),
            "/dev/null",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"correct horse battery\n")
        .unwrap();
    assert!(
        child.wait().unwrap().success(),
        "age -d of the key file failed"
    );
    let key = fs::read_to_string(&identity).unwrap();
    assert!(key.starts_with("AGE-SECRET-KEY-1"), "not an identity");

    // Step 2: age -d -i identity.txt items/<id>.age
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&identity)
        .arg(dir.join(format!("items/{}.age", item.id)))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(sha256_hex(&out.stdout), item.facts.sha256);

    // Metadata and log entries are JSON after the same step.
    let meta = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&identity)
        .arg(dir.join(format!("meta/{}.age", item.id)))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&meta.stdout).unwrap();
    assert_eq!(json["facts"]["sha256"], item.facts.sha256.as_str());
    assert_eq!(json["description"]["title"], "CLI");
}

#[test]
fn a_file_encrypted_by_the_age_cli_to_the_vault_key_is_readable_by_the_vault_code() {
    if !waarborg_testkit::require_tool("age") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    let recipient = vault.recipient();
    drop(vault);
    // Replace an item's content with one the Go CLI encrypted: verify must accept it
    // when the bytes are the same.
    let mut vault = waarborg_vault::Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    let src = tmp.path().join("x");
    fs::write(&src, pattern(100_000)).unwrap();
    let item = vault.import_file(&src, description("x")).unwrap();
    let target = dir.join(format!("items/{}.age", item.id));
    let status = Command::new("age")
        .args(["-r", &recipient, "-o"])
        .arg(&target)
        .arg(&src)
        .status()
        .unwrap();
    assert!(status.success());
    assert!(vault.verify().unwrap().is_intact());
}
