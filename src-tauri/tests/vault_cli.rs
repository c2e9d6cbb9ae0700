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
        // This computer's log anchors go beside the vault, not in the user's config.
        .env("XDG_CONFIG_HOME", vault.parent().unwrap().join("config"))
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
    // The two originals, index.json/csv, the log extract, the evidence index PDF, README,
    // allowed_signers.
    assert_eq!(text(&check.stdout).matches(": OK").count(), 8);

    // The same folder again: refused, exit 3, nothing replaced.
    let again = waarborg(
        &vault,
        &["export", "--all", "--out", package.to_str().unwrap()],
        Some(PASSPHRASE),
        "",
    );
    assert_eq!(again.status.code(), Some(3));
    assert!(
        text(&again.stderr).contains("[exists]"),
        "{}",
        text(&again.stderr)
    );
}

/// Imports two files with the given titles; returns their paths.
fn import_two(tmp: &Path, vault: &Path) -> Vec<std::path::PathBuf> {
    let files = [
        (
            "beschikking.pdf",
            &b"%PDF-1.4 Beschikking rechtbank"[..],
            "Beschikking / 3 juli",
        ),
        (
            "chat.txt",
            &b"Hij zei: we vertrekken in augustus."[..],
            "WhatsApp met K.",
        ),
    ];
    let mut paths = Vec::new();
    for (name, bytes, title) in files {
        let path = tmp.join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = waarborg(
            vault,
            &["import", path.to_str().unwrap(), "--title", title],
            Some(PASSPHRASE),
            "",
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        paths.push(path);
    }
    paths
}

fn verify_package(package: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_waarborg"));
    command
        .arg("verify-package")
        .arg(package)
        .args(extra)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        // The lawyer's remembered package keys go beside the package, not in the
        // user's config.
        .env(
            "XDG_CONFIG_HOME",
            package.parent().unwrap().join("lawyer-config"),
        )
        .env_remove("WAARBORG_PACKAGE_PASSPHRASE")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null());
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

#[test]
fn verify_package_passes_an_export_and_names_a_changed_file() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    import_two(tmp.path(), &vault);
    let package = tmp.path().join("pakket");
    let out = waarborg(
        &vault,
        &[
            "export",
            "--all",
            "--out",
            package.to_str().unwrap(),
            "--summary",
            "Zeynep (9) is op 3 juli naar Ankara meegenomen.",
        ],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    // The evidence index PDF names every file with its SHA-256, and the case.
    let pdf = Command::new("pdftotext")
        .args(["-layout"])
        .arg(package.join("evidence-index.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let pdf_text = text(&pdf.stdout);
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("index.json")).unwrap()).unwrap();
    for entry in index.as_array().unwrap() {
        for key in ["file", "sha256", "title"] {
            let value = entry[key].as_str().unwrap();
            assert!(
                pdf_text.contains(value),
                "{key} {value} not in:\n{pdf_text}"
            );
        }
    }
    assert!(pdf_text.contains("Zeynep (9)"), "{pdf_text}");

    let ok = verify_package(&package, &[], &[]);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    assert_eq!(
        text(&ok.stdout).matches(": OK").count(),
        8,
        "{}",
        text(&ok.stdout)
    );

    // One changed byte in the second original: exit 1, and that file is named.
    let changed = index[1]["file"].as_str().unwrap().to_owned();
    let path = package.join(&changed);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[0] ^= 1;
    std::fs::write(&path, bytes).unwrap();
    let bad = verify_package(&package, &["--json"], &[]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains(&changed),
        "{}",
        text(&bad.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&bad.stdout).unwrap();
    let file = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == changed.as_str())
        .unwrap();
    assert_eq!(file["status"]["status"], "changed");

    // Not a package at all: exit 3 with the code.
    let none = verify_package(tmp.path(), &[], &[]);
    assert_eq!(none.status.code(), Some(3));
    assert!(
        text(&none.stderr).contains("[not-a-package]"),
        "{}",
        text(&none.stderr)
    );
}

#[test]
fn an_encrypted_export_opens_with_the_age_cli_and_verify_package() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    import_two(tmp.path(), &vault);

    // A lawyer's key pair, made with the stock tool.
    let key_file = tmp.path().join("advocaat.key");
    let keygen = Command::new("age-keygen")
        .arg("-o")
        .arg(&key_file)
        .output()
        .expect("age-keygen (Debian package age)");
    assert!(keygen.status.success());
    let public = text(&keygen.stderr)
        .lines()
        .find_map(|l| l.strip_prefix("Public key: ").map(str::to_owned))
        .unwrap();

    let package = tmp.path().join("pakket.tar.age");
    let out = waarborg(
        &vault,
        &[
            "export",
            "--all",
            "--out",
            package.to_str().unwrap(),
            "--recipient",
            &public,
        ],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(package.is_file());
    assert!(tmp.path().join("pakket.tar.age.README.txt").is_file());

    // Stock tools only: age -d, tar -x, sha256sum -c.
    let tar = tmp.path().join("pakket.tar");
    let age = Command::new("age")
        .args(["-d", "-i"])
        .arg(&key_file)
        .arg("-o")
        .arg(&tar)
        .arg(&package)
        .output()
        .unwrap();
    assert!(age.status.success(), "{}", text(&age.stderr));
    let unpacked = tmp.path().join("uitgepakt");
    std::fs::create_dir(&unpacked).unwrap();
    let untar = Command::new("tar")
        .arg("-xf")
        .arg(&tar)
        .arg("-C")
        .arg(&unpacked)
        .status()
        .unwrap();
    assert!(untar.success());
    let root = unpacked.join("pakket");
    let check = Command::new("sha256sum")
        .args(["-c", "MANIFEST.sha256"])
        .current_dir(&root)
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", text(&check.stdout));
    assert_eq!(text(&check.stdout).matches(": OK").count(), 8);

    let ok = verify_package(&package, &["--identity", key_file.to_str().unwrap()], &[]);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    let no_key = verify_package(&package, &[], &[]);
    assert_eq!(no_key.status.code(), Some(3));
    assert!(text(&no_key.stderr).contains("[needs-identity]"));

    // A bad recipient is refused before anything is written.
    let bad = tmp.path().join("bad.tar.age");
    let out = waarborg(
        &vault,
        &[
            "export",
            "--all",
            "--out",
            bad.to_str().unwrap(),
            "--recipient",
            "age1nope",
        ],
        Some(PASSPHRASE),
        "",
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("[invalid-recipient]"),
        "{}",
        text(&out.stderr)
    );
    assert!(!bad.exists());
}

#[test]
fn a_passphrase_export_needs_that_passphrase_to_verify() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    import_two(tmp.path(), &vault);
    let package = tmp.path().join("p.tar.age");
    // The vault passphrase, then the package's (as a script pipes them).
    let out = waarborg(
        &vault,
        &[
            "export",
            "--all",
            "--out",
            package.to_str().unwrap(),
            "--encrypt-passphrase",
        ],
        None,
        &format!("{PASSPHRASE}\nvoor de advocaat alleen\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let ok = verify_package(
        &package,
        &[],
        &[("WAARBORG_PACKAGE_PASSPHRASE", "voor de advocaat alleen")],
    );
    let wrong = verify_package(
        &package,
        &[],
        &[("WAARBORG_PACKAGE_PASSPHRASE", PASSPHRASE)],
    );
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    assert_eq!(wrong.status.code(), Some(3));
    assert!(text(&wrong.stderr).contains("[wrong-passphrase]"));
}

#[test]
fn backup_and_restore_give_the_same_vault_in_a_new_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    init(&vault);
    import_two(tmp.path(), &vault);
    let backup = tmp.path().join("usb").join("reservekopie.tar.age");
    std::fs::create_dir(backup.parent().unwrap()).unwrap();
    let out = waarborg(
        &vault,
        &["backup", "--out", backup.to_str().unwrap()],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Backup written and checked"),
        "{}",
        text(&out.stdout)
    );
    // Encrypted: not one vault file name or byte of JSON in the clear.
    let bytes = std::fs::read(&backup).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(!text(&bytes).contains("vault.json"));
    // The same name again is refused, nothing replaced.
    let again = waarborg(
        &vault,
        &["backup", "--out", backup.to_str().unwrap()],
        Some(PASSPHRASE),
        "",
    );
    assert_eq!(again.status.code(), Some(3));
    assert!(
        text(&again.stderr).contains("[exists]"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(std::fs::read(&backup).unwrap(), bytes);

    // A wrong passphrase restores nothing.
    let restored = tmp.path().join("restored");
    let wrong = waarborg(
        &restored,
        &[
            "restore",
            "--from",
            backup.to_str().unwrap(),
            "--to",
            restored.to_str().unwrap(),
        ],
        Some("not the passphrase"),
        "",
    );
    assert_eq!(wrong.status.code(), Some(3));
    assert!(
        text(&wrong.stderr).contains("[wrong-passphrase]"),
        "{}",
        text(&wrong.stderr)
    );
    assert!(!restored.exists());

    let out = waarborg(
        &restored,
        &[
            "restore",
            "--from",
            backup.to_str().unwrap(),
            "--to",
            restored.to_str().unwrap(),
        ],
        Some(PASSPHRASE),
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list = |dir: &Path| {
        let out = waarborg(dir, &["list", "--json"], Some(PASSPHRASE), "");
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    assert_eq!(list(&restored), list(&vault));
    let verify = waarborg(&restored, &["verify"], Some(PASSPHRASE), "");
    assert!(verify.status.success(), "{}", text(&verify.stdout));
    // The backup is in the custody log (of both: the entry was written before the copy).
    let log = waarborg(&restored, &["log", "--json"], Some(PASSPHRASE), "");
    let log: serde_json::Value = serde_json::from_slice(&log.stdout).unwrap();
    assert!(
        log["entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "backup"),
        "{log}"
    );
}
