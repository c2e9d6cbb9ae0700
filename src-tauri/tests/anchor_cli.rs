//! Rollback, as the other parent would try it with the laptop for an evening: the vault
//! folder replaced by an older copy, or an older `log/head.age` put back with the newer
//! entries deleted. The log of such a vault is a whole chain, so only an anchor held
//! outside the vault shows it: this computer's memory of the newest head it saw, or a
//! `SEQ:HASH` from a printout given with `--anchor`.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PASSPHRASE: &str = "correct horse battery staple";

/// `waarborg` on `vault`, as on a computer whose config folder is `config`.
fn waarborg(vault: &Path, config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waarborg"))
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .env("XDG_CONFIG_HOME", config)
        .env_remove("WAARBORG_VAULT")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}\n{}\n{}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// `verify --json`: (exit code, the report).
fn verify(vault: &Path, config: &Path, extra: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let mut args = vec!["verify", "--json"];
    args.extend_from_slice(extra);
    let out = waarborg(vault, config, &args);
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", text(&out.stdout), text(&out.stderr)));
    (out.status.code(), report, text(&out.stderr))
}

fn kinds(report: &serde_json::Value) -> Vec<String> {
    report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap().to_owned())
        .collect()
}

/// A vault with one imported file, in `root/vault`.
fn new_vault(root: &Path, config: &Path) -> PathBuf {
    let vault = root.join("vault");
    ok(&waarborg(&vault, config, &["init", "--work-factor", "10"]));
    let evidence = root.join("chat.txt");
    std::fs::write(
        &evidence,
        "Ik neem haar mee en jullie zien haar nooit meer.",
    )
    .unwrap();
    ok(&waarborg(
        &vault,
        config,
        &["import", evidence.to_str().unwrap()],
    ));
    vault
}

fn add_evidence(root: &Path, vault: &Path, config: &Path, name: &str) {
    let evidence = root.join(name);
    std::fs::write(&evidence, format!("evidence {name}")).unwrap();
    ok(&waarborg(
        vault,
        config,
        &["import", evidence.to_str().unwrap()],
    ));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else if entry.file_name() != "vault.lock" {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn files_in(dir: &Path) -> BTreeSet<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

#[test]
fn a_vault_replaced_by_an_older_copy_is_reported_until_the_parent_accepts_it() {
    let root = tempfile::tempdir().unwrap();
    let config = root.path().join("config");
    let vault = new_vault(root.path(), &config);
    let older = root.path().join("older-copy");
    copy_dir(&vault, &older);

    add_evidence(root.path(), &vault, &config, "second.txt");
    let (code, report, _) = verify(&vault, &config, &[]);
    assert_eq!(code, Some(0), "{report}");
    // This computer remembers the head after that check's own `verify` entry.
    let (seq, _) = report["log_anchor"]
        .as_str()
        .unwrap()
        .split_once(':')
        .unwrap();
    let newest = format!("entry {}:", seq.parse::<u64>().unwrap() + 1);

    // The adversary puts the older copy in place of the vault.
    std::fs::remove_dir_all(&vault).unwrap();
    std::fs::rename(&older, &vault).unwrap();

    // Any command that opens it warns, naming both heads.
    let out = waarborg(&vault, &config, &["list"]);
    let listed = ok(&out);
    assert!(!listed.contains("second.txt"));
    let warning = text(&out.stderr);
    assert!(warning.contains("ends before entry"), "{warning}");
    assert!(warning.contains(&newest), "{warning}");

    let (code, report, _) = verify(&vault, &config, &[]);
    assert_eq!(code, Some(1), "{report}");
    assert_eq!(kinds(&report), ["anchor-not-in-log"]);
    let detail = report["problems"][0]["detail"].as_str().unwrap();
    assert!(detail.contains("this computer saw"), "{detail}");
    assert!(detail.contains("older copy"), "{detail}");

    // Still reported the next time: the warning does not wear off by itself.
    let (code, _, _) = verify(&vault, &config, &[]);
    assert_eq!(code, Some(1));

    // The parent restored it on purpose and says so: from then on all is well.
    let (code, _, stderr) = verify(&vault, &config, &["--accept-log"]);
    assert_eq!(code, Some(1), "this check still reports what it found");
    assert!(stderr.contains("now remembers"), "{stderr}");
    let (code, report, stderr) = verify(&vault, &config, &[]);
    assert_eq!(code, Some(0), "{report}");
    assert!(!stderr.contains("Warning"), "{stderr}");
}

#[test]
fn an_older_head_with_the_newer_entries_deleted_is_caught_by_this_computer_and_by_an_anchor() {
    let root = tempfile::tempdir().unwrap();
    let config = root.path().join("config");
    let vault = new_vault(root.path(), &config);
    let log = vault.join("log");
    let old_head = std::fs::read(log.join("head.age")).unwrap();
    let old_files = files_in(&log);
    let (_, report, _) = verify(&vault, &config, &[]);
    let printed = report["log_anchor"].as_str().unwrap().to_owned();

    add_evidence(root.path(), &vault, &config, "second.txt");
    add_evidence(root.path(), &vault, &config, "third.txt");
    let (code, report, _) = verify(&vault, &config, &["--anchor", &printed]);
    assert_eq!(code, Some(0), "the printed anchor is in the log: {report}");

    // Cut the log back to where it was printed: the remaining chain is whole.
    for file in files_in(&log).difference(&old_files) {
        std::fs::remove_file(file).unwrap();
    }
    std::fs::write(log.join("head.age"), old_head).unwrap();
    let (code, report, _) = verify(&vault, &config, &[]);
    assert_eq!(code, Some(1), "{report}");
    assert!(
        kinds(&report).contains(&"anchor-not-in-log".to_owned()),
        "{report}"
    );

    // On another computer (no memory of this vault) the chain itself is whole: only
    // the items whose entries were cut give it away …
    let elsewhere = root.path().join("other-computer");
    let (_, report, _) = verify(&vault, &elsewhere, &[]);
    assert_eq!(kinds(&report), ["item-not-in-log", "item-not-in-log"]);
    let cut_head = report["log_anchor"].as_str().unwrap().to_owned();
    // … and a lawyer's anchor from before the cut is still contained, one from after
    // it is not.
    let (_, report, _) = verify(&vault, &elsewhere, &["--anchor", &printed]);
    assert!(
        !kinds(&report).contains(&"anchor-not-in-log".to_owned()),
        "{report}"
    );
    let (code, report, _) = verify(&vault, &elsewhere, &["--anchor", &newer_than(&cut_head)]);
    assert_eq!(code, Some(1));
    assert!(
        kinds(&report).contains(&"anchor-not-in-log".to_owned()),
        "{report}"
    );
}

/// An anchor a few entries after `anchor` (its hash does not matter: the log is behind).
fn newer_than(anchor: &str) -> String {
    let (seq, hash) = anchor.split_once(':').unwrap();
    format!("{}:{hash}", seq.parse::<u64>().unwrap() + 3)
}

#[test]
fn an_anchor_whose_entry_has_another_hash_shows_a_rewritten_log() {
    let root = tempfile::tempdir().unwrap();
    let config = root.path().join("config");
    let vault = new_vault(root.path(), &config);
    let forged = format!("1:{}", "ab".repeat(32));
    let (code, report, _) = verify(&vault, &config, &["--anchor", &forged]);
    assert_eq!(code, Some(1), "{report}");
    assert_eq!(kinds(&report), ["anchor-not-in-log"]);
    let detail = report["problems"][0]["detail"].as_str().unwrap();
    assert!(detail.contains("rewritten"), "{detail}");
    assert!(detail.contains(&"ab".repeat(32)), "{detail}");
}

#[test]
fn a_malformed_anchor_is_refused_before_the_vault_is_touched() {
    let root = tempfile::tempdir().unwrap();
    let config = root.path().join("config");
    let vault = new_vault(root.path(), &config);
    let before = files_in(&vault.join("log"));
    let out = waarborg(&vault, &config, &["verify", "--anchor", "41-3f1c"]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("--anchor"), "{stderr}");
    assert_eq!(files_in(&vault.join("log")), before, "nothing was logged");
}
