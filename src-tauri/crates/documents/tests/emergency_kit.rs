//! The emergency kit (issue 17 part 2): one page, in the parent's language, with the
//! vault id, the folder, how to open and recover, the public recovery keys, and — only
//! when asked — the secret key as text and as a QR code that a stock reader decodes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::process::Command;

use chrono::NaiveDate;
use support::*;
use waarborg_contract::Language;
use waarborg_documents::{EmergencyKit, emergency_kit_pdf};

const ID: &str = "3f1c9d2e-8b7a-4c5d-9e6f-0a1b2c3d4e5f";
const DIR: &str = "/media/usb/Waarborg-kluis";
const PUBLIC: &str = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
const SECRET: &str = "AGE-SECRET-KEY-1QGMTXKHFEQXNV5WPK5TE0JZ8DLSMJ3U3GK6JQA2DNMUHWMFKRZSSEVFZWC";
const LAWYER: &str = "age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg";

fn kit(language: Language, new_key: Option<(&'static str, &'static str)>) -> Vec<u8> {
    let keys = match new_key {
        Some(_) => vec![LAWYER.to_owned(), PUBLIC.to_owned()],
        None => vec![LAWYER.to_owned()],
    };
    emergency_kit_pdf(&EmergencyKit {
        language,
        vault_id: ID,
        vault_dir: DIR,
        made_on: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
        recovery_keys: &keys,
        new_key,
    })
    .unwrap()
}

#[test]
fn the_kit_with_a_new_key_is_one_page_with_the_key_as_text_and_qr_code() {
    if !require_tools(&["pdftotext", "pdftoppm", "zbarimg", "pdfinfo"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    for (language, words) in [
        (
            Language::Nl,
            ["Noodkaart", "Wachtwoordzin vergeten?", "advocaat"],
        ),
        (
            Language::En,
            ["Emergency kit", "Forgot the passphrase?", "lawyer"],
        ),
    ] {
        let pdf = tmp.path().join(format!("kit-{language:?}.pdf"));
        std::fs::write(&pdf, kit(language, Some((PUBLIC, SECRET)))).unwrap();
        assert_eq!(pages(&pdf), 1, "{language:?}: the kit is one page");
        let found = collapse(&text(&pdf));
        for expected in [
            ID,
            DIR,
            PUBLIC,
            LAWYER,
            SECRET,
            "waarborg recover --identity",
        ] {
            assert!(
                found.contains(expected),
                "{language:?}: no {expected} in {found}"
            );
        }
        for word in words {
            assert!(found.contains(word), "{language:?}: no {word} in {found}");
        }
        let png = tmp.path().join(format!("kit-{language:?}"));
        let status = Command::new("pdftoppm")
            .args(["-r", "150", "-png", "-singlefile"])
            .arg(&pdf)
            .arg(&png)
            .status()
            .unwrap();
        assert!(status.success());
        let read = Command::new("zbarimg")
            .args(["--raw", "-q", "-Sdisable", "-Sqrcode.enable"])
            .arg(png.with_extension("png"))
            .output()
            .unwrap();
        assert!(read.status.success(), "no QR code on the kit");
        assert_eq!(String::from_utf8(read.stdout).unwrap().trim(), SECRET);
    }
}

#[test]
fn the_kit_without_a_new_key_has_no_secret_and_no_qr_code() {
    if !require_tools(&["pdftotext", "pdftoppm", "zbarimg", "pdfinfo"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("kit.pdf");
    let bytes = kit(Language::En, None);
    std::fs::write(&pdf, &bytes).unwrap();
    assert_eq!(pages(&pdf), 1);
    let found = collapse(&text(&pdf));
    assert!(found.contains(LAWYER), "{found}");
    assert!(found.contains("holds no secret key"), "{found}");
    assert!(!found.contains("AGE-SECRET-KEY"), "{found}");
    let png = tmp.path().join("kit");
    assert!(
        Command::new("pdftoppm")
            .args(["-r", "150", "-png", "-singlefile"])
            .arg(&pdf)
            .arg(&png)
            .status()
            .unwrap()
            .success()
    );
    let read = Command::new("zbarimg")
        .args(["--raw", "-q", "-Sdisable", "-Sqrcode.enable"])
        .arg(png.with_extension("png"))
        .output()
        .unwrap();
    assert!(!read.status.success(), "a QR code on a kit without a key");
}

/// Writes the kit for `docs/screenshots/` when asked (`WAARBORG_KIT_PNG=dir`).
#[test]
fn write_the_kit_for_the_docs_when_asked() {
    let Some(dir) = std::env::var_os("WAARBORG_KIT_PNG") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::write(
        dir.join("emergency-kit.pdf"),
        kit(Language::Nl, Some((PUBLIC, SECRET))),
    )
    .unwrap();
}
