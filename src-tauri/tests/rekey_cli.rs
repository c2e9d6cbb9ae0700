//! `waarborg rekey` as a user or a script runs it: new passphrase and new key, and a
//! re-key killed with SIGKILL half-way that the next `waarborg rekey` completes.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use waarborg_vault::{CreateOptions, SecretString, Vault};

const OLD: &str = "correct horse battery";
const NEW: &str = "a brand new passphrase";

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn waarborg(vault: &Path, passphrase: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_waarborg"));
    command
        .arg("--vault")
        .arg(vault)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("WAARBORG_PASSPHRASE", passphrase)
        .env("WAARBORG_NEW_PASSPHRASE", NEW)
        .env_remove("WAARBORG_VAULT")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    command
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A vault with `items` imported files of 100 KB.
fn vault_with(root: &Path, items: usize) -> PathBuf {
    let dir = root.join("vault");
    let options = CreateOptions {
        work_factor: 4,
        recovery_recipients: Vec::new(),
    };
    let mut vault = Vault::create(&dir, &pass(OLD), &options).unwrap();
    for i in 0..items {
        let src = root.join(format!("{i}.bin"));
        let mut bytes = vec![0u8; 100_000];
        bytes[..8].copy_from_slice(&(i as u64).to_le_bytes());
        fs::write(&src, bytes).unwrap();
        vault
            .import_file(&src, waarborg_vault::ItemDescription::default())
            .unwrap();
    }
    drop(vault);
    dir
}

#[test]
fn rekey_makes_the_old_passphrase_useless_and_verify_passes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = vault_with(tmp.path(), 3);
    let out = waarborg(&dir, OLD)
        .args(["rekey", "--work-factor", "4"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("New key made"), "{}", text(&out));
    let out = waarborg(&dir, OLD).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(text(&out).contains("[wrong-passphrase]"), "{}", text(&out));
    let out = waarborg(&dir, NEW).arg("verify").output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let out = waarborg(&dir, NEW)
        .args(["log", "--json"])
        .output()
        .unwrap();
    assert!(text(&out).contains("\"kind\": \"rekey\""), "{}", text(&out));
}

#[test]
fn a_rekey_killed_with_sigkill_is_completed_by_the_next_rekey() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = vault_with(tmp.path(), 40);
    let journal = dir.join("keys/rekey.age");
    let mut child = waarborg(&dir, OLD)
        .args(["rekey", "--work-factor", "4"])
        .spawn()
        .unwrap();
    // Killed as soon as the re-key has started (its journal is on disk), wherever it is.
    let mut started = false;
    while child.try_wait().unwrap().is_none() {
        if journal.exists() {
            child.kill().unwrap(); // SIGKILL
            started = true;
            break;
        }
        std::thread::yield_now();
    }
    child.wait().unwrap();
    if !started {
        // It finished before it could be caught: nothing to resume.
        assert!(!journal.exists());
        return;
    }
    // The next run, with the old passphrase, completes it and makes no second key.
    let out = waarborg(&dir, OLD)
        .args(["rekey", "--work-factor", "4"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("interrupted has been completed"),
        "{}",
        text(&out)
    );
    assert!(!journal.exists());
    let out = waarborg(&dir, NEW).arg("verify").output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let out = waarborg(&dir, NEW)
        .args(["log", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        text(&out).matches("\"kind\": \"rekey\"").count(),
        1,
        "{}",
        text(&out)
    );
}
