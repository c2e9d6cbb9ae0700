//! The vault subcommands of the `waarborg` binary, run as a script or a lawyer would:
//! real files, a real vault folder, the exit codes and JSON the README promises.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Fast key derivation for tests; the default (18) is checked by the vault crate.
const WORK_FACTOR: &str = "10";
const PASSPHRASE: &str = "correct horse battery staple";

fn waarborg(vault: &Path, args: &[&str], passphrase: Option<&str>, stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_waarborg"));
    command
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env_remove("WAARBORG_PASSPHRASE")
        .env_remove("WAARBORG_NEW_PASSPHRASE")
        .env_remove("WAARBORG_VAULT")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(passphrase) = passphrase {
        command.env("WAARBORG_PASSPHRASE", passphrase);
    }
    let mut child = command.spawn().expect("run waarborg");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn init(vault: &Path) {
    let out = waarborg(
        vault,
        &["init", "--work-factor", WORK_FACTOR],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Vault created"));
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn init_import_list_verify_and_log_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);

    let file = tmp.path().join("chat with spaces.txt");
    std::fs::write(&file, "He said: \"I will take her to Ankara.\"\n").unwrap();
    let out = waarborg(
        &vault,
        &[
            "import",
            file.to_str().unwrap(),
            "--category",
            "digital-communications",
            "--source",
            "WhatsApp export from my phone",
            "--source-kind",
            "own-device",
        ],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = waarborg(&vault, &["list", "--json"], Some(PASSPHRASE), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let item = &items.as_array().unwrap()[0];
    assert_eq!(item["title"], "chat with spaces.txt");
    assert_eq!(item["category"], "digital-communications");
    assert_eq!(item["original_name"], "chat with spaces.txt");
    assert_eq!(
        item["sha256"].as_str().unwrap(),
        sha256_hex(&std::fs::read(&file).unwrap())
    );
    for key in ["id", "size", "imported_at"] {
        assert!(!item[key].is_null(), "{key}");
    }

    // The passphrase may also come on stdin, as scripts pipe it.
    let out = waarborg(&vault, &["verify"], None, &format!("{PASSPHRASE}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("All is well. Checked: items 1,"));

    let out = waarborg(
        &vault,
        &[
            "journal",
            "add",
            "--what",
            "Did not bring her back",
            "--date",
            "2026-11-20",
        ],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = waarborg(&vault, &["log", "--json"], Some(PASSPHRASE), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or(""))
        .collect();
    assert!(kinds.contains(&"create"), "{kinds:?}");
    assert!(kinds.contains(&"import"), "{kinds:?}");
    assert!(kinds.contains(&"verify"), "{kinds:?}");
    assert_eq!(log["head"].as_str().unwrap().len(), 64);
}

#[test]
fn a_changed_byte_makes_verify_fail_and_name_the_item() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    let file = tmp.path().join("passport.jpg");
    std::fs::write(&file, vec![7u8; 200_000]).unwrap();
    let out = waarborg(
        &vault,
        &["import", file.to_str().unwrap(), "--title", "Passport copy"],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    let content = std::fs::read_dir(vault.join("items"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "age"))
        .unwrap();
    let mut bytes = std::fs::read(&content).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&content, bytes).unwrap();

    let out = waarborg(&vault, &["verify", "--json"], Some(PASSPHRASE), "");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["intact"], false);
    assert_eq!(report["problems"][0]["title"], "Passport copy");
}

#[test]
fn wrong_passphrase_and_missing_files_are_refused_clearly_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);

    let out = waarborg(&vault, &["list"], Some("not it"), "");
    assert_eq!(out.status.code(), Some(3));
    let err = text(&out.stderr);
    assert!(err.contains("That passphrase is not right"), "{err}");
    assert!(err.contains("[wrong-passphrase]"), "{err}");

    let out = waarborg(
        &vault,
        &["import", tmp.path().join("nope.pdf").to_str().unwrap()],
        Some(PASSPHRASE),
        "",
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("[source-not-found]"));

    let out = waarborg(
        &vault,
        &["import", "x", "--category", "bogus"],
        Some(PASSPHRASE),
        "",
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("--category bogus is not a valid value"));

    let out = waarborg(&vault, &["list", "--json"], Some(PASSPHRASE), "");
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).trim(), "[]");

    // Not a vault at all.
    let out = waarborg(tmp.path(), &["list"], Some(PASSPHRASE), "");
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("[not-a-vault]"));
}

#[test]
fn passwd_takes_the_old_and_new_passphrase_from_stdin() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    let out = waarborg(
        &vault,
        &["passwd", "--work-factor", WORK_FACTOR],
        None,
        &format!("{PASSPHRASE}\nnew phrase for the lawyer visit\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let old = waarborg(&vault, &["list"], Some(PASSPHRASE), "");
    assert_eq!(old.status.code(), Some(3));
    let new = waarborg(
        &vault,
        &["list"],
        Some("new phrase for the lawyer visit"),
        "",
    );
    assert!(new.status.success(), "{}", text(&new.stderr));
}

#[test]
fn export_all_writes_a_folder_that_sha256sum_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    let a = tmp.path().join("court order.pdf");
    let b = tmp.path().join("chat.txt");
    std::fs::write(&a, b"%PDF-1.4 not really").unwrap();
    std::fs::write(&b, b"He said: we leave in August.").unwrap();
    let out = waarborg(
        &vault,
        &["import", a.to_str().unwrap(), b.to_str().unwrap()],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    let package = tmp.path().join("for the lawyer");
    let out = waarborg(
        &vault,
        &["export", "--all", "--out", package.to_str().unwrap()],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("2 items exported"),
        "{}",
        text(&out.stdout)
    );
    let check = Command::new("sha256sum")
        .args(["-c", "MANIFEST.sha256"])
        .current_dir(&package)
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", text(&check.stdout));
    assert_eq!(text(&check.stdout).matches(": OK").count(), 2);

    // The same folder again: refused, exit 3, nothing replaced.
    let again = waarborg(
        &vault,
        &["export", "--all", "--out", package.to_str().unwrap()],
        Some(PASSPHRASE),
        "",
    );
    assert_eq!(again.status.code(), Some(3));
    assert!(
        text(&again.stderr).contains("[invalid-input]"),
        "{}",
        text(&again.stderr)
    );
}
