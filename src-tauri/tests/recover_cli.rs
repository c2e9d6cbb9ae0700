//! `waarborg recover --identity FILE` (issue 17 part 1): the passphrase is forgotten, the
//! lawyer's key file (as `age-keygen` writes it) opens the vault and a new passphrase is
//! set; a key file that is not the vault's changes nothing and says so.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

#[path = "support/vault_cli.rs"]
mod vault_cli;
use vault_cli::{output_text as text, vault_command};

const FORGOTTEN: &str = "correct horse battery staple";
const NEW: &str = "paarse olifant fietst langs de gracht";

fn waarborg(vault: &Path, passphrase: &str, args: &[&str]) -> Output {
    vault_command(vault, &vault.with_file_name("config"), "en_US.UTF-8")
        .args(args)
        .env("WAARBORG_PASSPHRASE", passphrase)
        .env("WAARBORG_NEW_PASSPHRASE", NEW)
        .output()
        .unwrap()
}

fn keygen(file: &Path) -> String {
    let out = Command::new("age-keygen")
        .arg("-o")
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("# public key: ").map(str::to_owned))
        .unwrap()
}

fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn recover_with_the_lawyers_key_file_sets_a_new_passphrase_and_a_wrong_key_changes_nothing() {
    if !waarborg_testkit::require_tools(&["age-keygen"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let lawyer = tmp.path().join("lawyer.txt");
    let public = keygen(&lawyer);
    let stranger = tmp.path().join("stranger.txt");
    keygen(&stranger);
    let vault = tmp.path().join("vault");
    let out = waarborg(
        &vault,
        FORGOTTEN,
        &["init", "--work-factor", "10", "--recovery", &public],
    );
    assert!(out.status.success(), "{}", text(&out));

    // Not this vault's key: refused, named, nothing changed.
    let before = snapshot(&vault);
    let out = waarborg(
        &vault,
        "",
        &["recover", "--identity", stranger.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        text(&out).contains("[wrong-recovery-key]"),
        "{}",
        text(&out)
    );
    assert!(
        text(&out).contains("does not open this vault"),
        "{}",
        text(&out)
    );
    // A file that is no key file at all, and one that does not exist.
    let junk = tmp.path().join("junk.txt");
    std::fs::write(&junk, "hello").unwrap();
    let out = waarborg(
        &vault,
        "",
        &["recover", "--identity", junk.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        text(&out).contains("[invalid-recovery-key]"),
        "{}",
        text(&out)
    );
    let missing = tmp.path().join("nope.txt");
    let out = waarborg(
        &vault,
        "",
        &["recover", "--identity", missing.to_str().unwrap()],
    );
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("nope.txt"),
        "names the file: {}",
        text(&out)
    );
    assert_eq!(
        snapshot(&vault),
        before,
        "a refused recovery changed the vault"
    );

    let out = waarborg(
        &vault,
        "",
        &[
            "recover",
            "--identity",
            lawyer.to_str().unwrap(),
            "--work-factor",
            "10",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("new passphrase"), "{}", text(&out));
    let secret = std::fs::read_to_string(&lawyer).unwrap();
    let secret_line = secret
        .lines()
        .find(|l| l.starts_with("AGE-SECRET"))
        .unwrap();
    assert!(!text(&out).contains(secret_line), "the key was printed");

    // The new passphrase opens it; the forgotten one does not; the log says how.
    let out = waarborg(&vault, NEW, &["log"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("passphrase-changed"), "{}", text(&out));
    assert!(text(&out).contains(&public), "{}", text(&out));
    let out = waarborg(&vault, FORGOTTEN, &["list"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(text(&out).contains("[wrong-passphrase]"), "{}", text(&out));
}

/// The kit proves itself: the secret printed on it (read back with pdftotext) opens the
/// vault's recovery file with the stock `age` tool, giving the vault's identity, and its
/// QR code (zbarimg) holds the same key; then `waarborg recover` works with it.
#[test]
fn the_kit_with_a_new_key_is_a_working_recovery_key_for_the_age_tool() {
    if !waarborg_testkit::require_tools(&["age", "pdftotext", "pdftoppm", "zbarimg"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    let out = waarborg(&vault, FORGOTTEN, &["init", "--work-factor", "10"]);
    assert!(out.status.success(), "{}", text(&out));
    let kit = tmp.path().join("kit.pdf");
    let out = waarborg(
        &vault,
        FORGOTTEN,
        &["kit", "--out", kit.to_str().unwrap(), "--new-recovery-key"],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains("AGE-SECRET-KEY"), "{}", text(&out));
    // An existing file is not replaced.
    let again = waarborg(&vault, FORGOTTEN, &["kit", "--out", kit.to_str().unwrap()]);
    assert_ne!(again.status.code(), Some(0), "{}", text(&again));

    let printed = Command::new("pdftotext")
        .arg(&kit)
        .arg("-")
        .output()
        .unwrap();
    let printed = String::from_utf8(printed.stdout).unwrap();
    let secret = printed
        .split_whitespace()
        .find(|w| w.starts_with("AGE-SECRET-KEY-1"))
        .expect("the secret key is printed")
        .to_owned();
    let png = tmp.path().join("kit");
    assert!(
        Command::new("pdftoppm")
            .args(["-r", "150", "-png", "-singlefile"])
            .arg(&kit)
            .arg(&png)
            .status()
            .unwrap()
            .success()
    );
    let scanned = Command::new("zbarimg")
        .args(["--raw", "-q", "-Sdisable", "-Sqrcode.enable"])
        .arg(png.with_extension("png"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(scanned.stdout).unwrap().trim(), secret);

    let key_file = tmp.path().join("typed-from-the-kit.txt");
    std::fs::write(&key_file, format!("{secret}\n")).unwrap();
    let opened = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&key_file)
        .arg(vault.join("keys").join("recovery.age"))
        .output()
        .unwrap();
    assert!(opened.status.success(), "{}", text(&opened));
    let identity = String::from_utf8(opened.stdout).unwrap();
    assert!(
        identity.starts_with("AGE-SECRET-KEY-1"),
        "the vault's identity"
    );
    // That identity is the vault's: it opens the custody log head with age too.
    let identity_file = tmp.path().join("identity.txt");
    std::fs::write(&identity_file, &identity).unwrap();
    let head = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&identity_file)
        .arg(vault.join("log").join("head.age"))
        .output()
        .unwrap();
    assert!(head.status.success(), "{}", text(&head));
    assert!(String::from_utf8_lossy(&head.stdout).contains("\"seq\""));

    // And the kit's key recovers the vault in Waarborg.
    let out = waarborg(
        &vault,
        "",
        &[
            "recover",
            "--identity",
            key_file.to_str().unwrap(),
            "--work-factor",
            "10",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = waarborg(&vault, NEW, &["log"]);
    assert!(
        text(&out).contains("recovery-keys-changed"),
        "{}",
        text(&out)
    );
}

/// `waarborg recover --identity-image`: a crooked phone photo (JPEG) of the printed kit
/// recovers the vault; a photo of a kit without a secret key says that no QR code was
/// found (in the parent's language, naming the file) and changes nothing.
#[test]
fn recover_from_a_photo_of_the_printed_kit() {
    if !waarborg_testkit::require_tools(&["pdftoppm", "convert"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    let out = waarborg(&vault, FORGOTTEN, &["init", "--work-factor", "10"]);
    assert!(out.status.success(), "{}", text(&out));
    let photo = |kit: &Path, name: &str| {
        let png = tmp.path().join(name);
        assert!(
            Command::new("pdftoppm")
                .args(["-r", "120", "-png", "-singlefile"])
                .arg(kit)
                .arg(&png)
                .status()
                .unwrap()
                .success()
        );
        let jpg = tmp.path().join(format!("{name}.jpg"));
        assert!(
            Command::new("convert")
                .arg(png.with_extension("png"))
                .args(["-background", "white", "-rotate", "-5", "-quality", "85"])
                .arg(&jpg)
                .status()
                .unwrap()
                .success()
        );
        jpg
    };
    let plain = tmp.path().join("plain.pdf");
    let out = waarborg(
        &vault,
        FORGOTTEN,
        &["kit", "--out", plain.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    let kit = tmp.path().join("kit.pdf");
    let out = waarborg(
        &vault,
        FORGOTTEN,
        &["kit", "--out", kit.to_str().unwrap(), "--new-recovery-key"],
    );
    assert!(out.status.success(), "{}", text(&out));

    let before = snapshot(&vault);
    let no_code = photo(&plain, "foto-zonder-sleutel");
    let out = vault_command(&vault, &vault.with_file_name("config"), "nl_NL.UTF-8")
        .args(["recover", "--identity-image", no_code.to_str().unwrap()])
        .env("WAARBORG_NEW_PASSPHRASE", NEW)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        text(&out).contains("[key-image-no-qr-code]"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("goed licht"), "{}", text(&out));
    assert!(
        text(&out).contains("foto-zonder-sleutel.jpg"),
        "{}",
        text(&out)
    );
    assert_eq!(
        snapshot(&vault),
        before,
        "a refused recovery changed the vault"
    );
    // One key source, not two.
    let both = waarborg(
        &vault,
        "",
        &[
            "recover",
            "--identity",
            "key.txt",
            "--identity-image",
            no_code.to_str().unwrap(),
        ],
    );
    assert_eq!(both.status.code(), Some(2), "{}", text(&both));

    let photo = photo(&kit, "foto-noodkaart");
    let out = waarborg(
        &vault,
        "",
        &[
            "recover",
            "--identity-image",
            photo.to_str().unwrap(),
            "--work-factor",
            "10",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains("AGE-SECRET-KEY"), "{}", text(&out));
    let out = waarborg(&vault, NEW, &["list"]);
    assert!(out.status.success(), "{}", text(&out));
}
