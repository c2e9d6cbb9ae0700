//! `waarborg init`, `passwd` and `rekey` refuse a passphrase that is easy to guess
//! (issue 17 part 6: "password123" used to make a vault), with a translated hint towards
//! a few random words; nothing is created or changed.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

#[path = "support/vault_cli.rs"]
mod vault_cli;
use vault_cli::vault_command;

const WORK_FACTOR: &str = "10";
const PASSPHRASE: &str = "correct horse battery staple";

fn waarborg(vault: &Path, args: &[&str], lang: &str, env: &[(&str, &str)]) -> Output {
    let mut command = vault_command(vault, &vault.parent().unwrap().join("config"), lang);
    command.args(args).envs(env.iter().copied());
    command.output().expect("run waarborg")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn init_refuses_password123_in_english_and_dutch_and_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    let init = ["init", "--work-factor", WORK_FACTOR];
    let out = waarborg(
        &vault,
        &init,
        "en_US.UTF-8",
        &[("WAARBORG_PASSPHRASE", "password123")],
    );
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("too easy to guess"), "{stderr}");
    assert!(stderr.contains("random words"), "{stderr}");
    assert!(!stderr.contains("password123"), "{stderr}");
    assert!(
        !vault.join("vault.json").exists(),
        "no vault was made: {:?}",
        std::fs::read_dir(&vault).map(|d| d.count())
    );

    let out = waarborg(
        &vault,
        &init,
        "nl_NL.UTF-8",
        &[("WAARBORG_PASSPHRASE", "wachtwoord123")],
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("te makkelijk te raden"),
        "{}",
        text(&out.stderr)
    );

    // A few random words make the vault.
    let out = waarborg(
        &vault,
        &init,
        "en_US.UTF-8",
        &[("WAARBORG_PASSPHRASE", PASSPHRASE)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn passwd_and_rekey_refuse_a_weak_new_passphrase_and_the_old_one_still_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    let out = waarborg(
        &vault,
        &["init", "--work-factor", WORK_FACTOR],
        "en_US.UTF-8",
        &[("WAARBORG_PASSPHRASE", PASSPHRASE)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    for command in ["passwd", "rekey"] {
        let out = waarborg(
            &vault,
            &[command, "--work-factor", WORK_FACTOR],
            "en_US.UTF-8",
            &[
                ("WAARBORG_PASSPHRASE", PASSPHRASE),
                ("WAARBORG_NEW_PASSPHRASE", "Password123!"),
            ],
        );
        assert!(
            !out.status.success(),
            "{command} accepted a weak passphrase"
        );
        assert!(
            text(&out.stderr).contains("too easy to guess"),
            "{command}: {}",
            text(&out.stderr)
        );
    }
    let out = waarborg(
        &vault,
        &["list"],
        "en_US.UTF-8",
        &[("WAARBORG_PASSPHRASE", PASSPHRASE)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn recover_refuses_a_weak_new_passphrase_and_changes_nothing() {
    if !waarborg_testkit::require_tools(&["age-keygen"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    let key = tmp.path().join("lawyer.txt");
    let made = Command::new("age-keygen")
        .arg("-o")
        .arg(&key)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", text(&made.stderr));
    let public = std::fs::read_to_string(&key)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("# public key: ").map(str::to_owned))
        .unwrap();
    let out = waarborg(
        &vault,
        &["init", "--work-factor", WORK_FACTOR, "--recovery", &public],
        "en_US.UTF-8",
        &[("WAARBORG_PASSPHRASE", PASSPHRASE)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let identity = key.to_string_lossy().into_owned();
    let out = waarborg(
        &vault,
        &["recover", "--identity", &identity],
        "en_US.UTF-8",
        &[("WAARBORG_NEW_PASSPHRASE", "password123")],
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("too easy to guess"),
        "{}",
        text(&out.stderr)
    );
    // The old passphrase still opens it.
    let out = waarborg(
        &vault,
        &["list"],
        "en_US.UTF-8",
        &[("WAARBORG_PASSPHRASE", PASSPHRASE)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}
