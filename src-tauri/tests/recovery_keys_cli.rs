//! `waarborg recovery-keys`: a vault made by an older Waarborg has a recovery file but
//! no list of the keys it was made for, so a re-key refuses (it would leave the lawyer's
//! key opening nothing). Setting the keys again makes the re-key possible, and the
//! lawyer's key then opens the new vault key — checked with the stock `age` tool.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

const OLD: &str = "correct horse battery staple";
const NEW: &str = "a brand new passphrase for the vault";

fn waarborg(vault: &Path, args: &[&str]) -> Output {
    waarborg_with(vault, OLD, args)
}

fn waarborg_with(vault: &Path, passphrase: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waarborg"))
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("WAARBORG_PASSPHRASE", passphrase)
        .env("WAARBORG_NEW_PASSPHRASE", NEW)
        .env("XDG_CONFIG_HOME", vault.with_file_name("config"))
        .env_remove("WAARBORG_VAULT")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A new age identity: (secret key file, public key).
fn lawyer_key(dir: &Path) -> (std::path::PathBuf, String) {
    let file = dir.join("lawyer.txt");
    let out = Command::new("age-keygen")
        .arg("-o")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let public = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("# public key: ").map(str::to_owned))
        .unwrap();
    (file, public)
}

/// The vault key the recovery file holds, read with the stock tool.
fn recovered_identity(vault: &Path, identity: &Path) -> String {
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(identity)
        .arg(vault.join("keys").join("recovery.age"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn an_older_vaults_recovery_keys_set_again_let_the_rekey_keep_the_lawyers_access() {
    if !waarborg_testkit::require_tools(&["age", "age-keygen"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (identity, public) = lawyer_key(tmp.path());
    let vault = tmp.path().join("vault");
    let out = waarborg(
        &vault,
        &["init", "--work-factor", "10", "--recovery", &public],
    );
    assert!(out.status.success(), "{}", text(&out));
    let before = recovered_identity(&vault, &identity);
    assert!(before.starts_with("AGE-SECRET-KEY-1"));

    // As an older Waarborg left it: a recovery file, no list of its keys.
    std::fs::remove_file(vault.join("keys").join("recovery-keys.age")).unwrap();
    let out = waarborg(&vault, &["rekey", "--work-factor", "10"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        text(&out).contains("[rekey-recovery-keys-unknown]"),
        "{}",
        text(&out)
    );
    assert!(
        text(&out).contains("waarborg recovery-keys"),
        "{}",
        text(&out)
    );
    assert_eq!(
        recovered_identity(&vault, &identity),
        before,
        "nothing changed"
    );

    let out = waarborg(&vault, &["recovery-keys", &public]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("now has 1 recovery key"),
        "{}",
        text(&out)
    );
    let out = waarborg(&vault, &["rekey", "--work-factor", "10"]);
    assert!(out.status.success(), "{}", text(&out));

    // The lawyer's key opens the new vault key, not the old one.
    let after = recovered_identity(&vault, &identity);
    assert!(after.starts_with("AGE-SECRET-KEY-1"));
    assert_ne!(after, before);

    // A bad key is refused, naming it; --none removes recovery altogether.
    let out = waarborg_with(&vault, NEW, &["recovery-keys", "age1notakey"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        text(&out).contains("[invalid-recovery-key]"),
        "{}",
        text(&out)
    );
    assert!(vault.join("keys").join("recovery.age").exists(), "kept");
    let out = waarborg_with(&vault, NEW, &["recovery-keys", "--none"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("no recovery key now"), "{}", text(&out));
    assert!(!vault.join("keys").join("recovery.age").exists());
}
