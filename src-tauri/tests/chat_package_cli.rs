//! Chat exports on the command line (issue 18, parts 1 and 3): `waarborg export` puts
//! each chat export's transcript PDF beside it in the package (named after it, listed in
//! the index with its SHA-256 and what it was made from, covered by the manifest and its
//! signature, checked with the stock tools); an export without chats is as before;
//! `waarborg list --search` finds words inside a WhatsApp zip's chat text; a Telegram
//! Desktop export folder's photos and files become items linked to their message.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

#[path = "support/vault_cli.rs"]
mod vault_cli;
use vault_cli::{output_text as text, vault_command};

const PASSPHRASE: &str = "paarse olifant fietst langs de gracht";

fn waarborg(vault: &Path, args: &[&str]) -> Output {
    vault_command(vault, &vault.with_file_name("config"), "en_US.UTF-8")
        .args(args)
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    assert!(out.status.success(), "{}", text(out));
    text(out)
}

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("crates/chat/tests/data")
        .join(name)
}

fn new_vault(tmp: &Path) -> PathBuf {
    let vault = tmp.join("vault");
    ok(&waarborg(&vault, &["init", "--work-factor", "10"]));
    vault
}

/// Imports `path`; returns what was printed (one "… kept as ID …" line per item).
fn import(vault: &Path, path: &Path) -> String {
    ok(&waarborg(vault, &["import", path.to_str().unwrap()]))
}

/// The id printed after " kept as " on the line naming `name`.
fn kept_id(printed: &str, name: &str) -> String {
    let line = printed
        .lines()
        .find(|l| l.contains(name) && l.contains(" kept as "))
        .unwrap_or_else(|| panic!("{name} not kept: {printed}"));
    let after = line.split(" kept as ").nth(1).unwrap();
    after.split_whitespace().next().unwrap().to_owned()
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The lawyer's side with stock tools (docs/VAULT_FORMAT.md, "Checking a package"):
/// `sha256sum -c MANIFEST.sha256` and `ssh-keygen -Y verify`.
fn stock_check(package: &Path) {
    let sums = Command::new("sha256sum")
        .args(["-c", "--strict", "MANIFEST.sha256"])
        .current_dir(package)
        .output()
        .unwrap();
    assert!(sums.status.success(), "{}", text(&sums));
    let allowed = std::fs::read_to_string(package.join("allowed_signers")).unwrap();
    let vault_id = allowed.split_whitespace().next().unwrap().to_owned();
    let signature = Command::new("ssh-keygen")
        .args(["-Y", "verify", "-f", "allowed_signers", "-I", &vault_id])
        .args(["-n", "waarborg-package", "-s", "MANIFEST.sha256.sig"])
        .current_dir(package)
        .stdin(std::fs::File::open(package.join("MANIFEST.sha256")).unwrap())
        .output()
        .unwrap();
    assert!(signature.status.success(), "{}", text(&signature));
}

#[test]
fn an_export_with_a_whatsapp_chat_carries_its_transcript_pdf_and_verifies() {
    let tools = ["pdftotext", "sha256sum", "ssh-keygen"];
    if !tools.iter().all(|t| waarborg_testkit::require_tool(t)) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let vault = new_vault(tmp.path());
    let zip = sample("WhatsApp-chat met Mark.zip");
    let printed = import(&vault, &zip);
    let chat = kept_id(&printed, "WhatsApp-chat met Mark.zip ");
    let photo = kept_id(&printed, "IMG-20261126-WA0001.jpg");
    let zip_sha = sha(&std::fs::read(&zip).unwrap());

    let package = tmp.path().join("pakket");
    ok(&waarborg(
        &vault,
        &[
            "export",
            "--ids",
            &chat,
            &photo,
            "--out",
            package.to_str().unwrap(),
        ],
    ));
    let names = names_in(&package);
    let original = names.iter().find(|n| n.starts_with("0001_")).unwrap();
    assert!(original.ends_with(".zip"), "{names:?}");
    let transcript = format!("{}_transcript.pdf", original.strip_suffix(".zip").unwrap());
    assert!(names.contains(&transcript), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("0002_") && n.contains("transcript")),
        "a photo has no transcript: {names:?}"
    );

    // The PDF is the chat's transcript and names the export it was made from.
    let printed = pdf_text(&package.join(&transcript));
    let flat: String = printed.split_whitespace().collect();
    assert!(flat.contains(&zip_sha), "{printed}");
    assert!(printed.contains("WhatsApp-chat met Mark.zip"), "{printed}");
    assert!(printed.contains("Jij ziet haar nooit meer."), "{printed}");

    // Listed in the index with its SHA-256 and its relation to the original, and in the
    // manifest (so under the signature).
    let pdf_sha = sha(&std::fs::read(package.join(&transcript)).unwrap());
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("index.json")).unwrap()).unwrap();
    let entry = &index[0];
    assert_eq!(entry["transcript"]["file"], transcript.as_str());
    assert_eq!(entry["transcript"]["sha256"], pdf_sha.as_str());
    assert_eq!(entry["transcript"]["made_from"], original.as_str());
    assert_eq!(entry["transcript"]["made_from_sha256"], zip_sha.as_str());
    assert_eq!(entry["transcript"]["messages"], "all");
    let digest = entry["transcript"]["transcript_sha256"].as_str().unwrap();
    assert!(
        flat.contains(digest),
        "the transcript's own SHA-256 is printed"
    );
    assert!(index[1].get("transcript").is_none());
    let manifest = std::fs::read_to_string(package.join("MANIFEST.sha256")).unwrap();
    assert!(
        manifest.contains(&format!("{pdf_sha}  {transcript}")),
        "{manifest}"
    );
    let csv = std::fs::read_to_string(package.join("index.csv")).unwrap();
    assert!(
        csv.contains(&transcript) && csv.contains(",transcript,"),
        "{csv}"
    );

    // The printed evidence index names it under its chat.
    let index_pdf: String = pdf_text(&package.join("evidence-index.pdf"))
        .split_whitespace()
        .collect();
    assert!(index_pdf.contains("Transcriptinthispackage"), "{index_pdf}");
    assert!(index_pdf.contains(&pdf_sha), "{index_pdf}");

    stock_check(&package);
    let checked = waarborg(&vault, &["verify-package", package.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(0), "{}", text(&checked));

    // An encrypted package carries it too.
    let sealed = tmp.path().join("pakket.tar.age");
    let key = tmp.path().join("lawyer.txt");
    let made = Command::new("age-keygen").arg("-o").arg(&key).output();
    if let Ok(made) = made
        && made.status.success()
    {
        let public = text(&made)
            .split_whitespace()
            .find(|w| w.starts_with("age1"))
            .unwrap()
            .to_owned();
        ok(&waarborg(
            &vault,
            &[
                "export",
                "--ids",
                &chat,
                "--recipient",
                &public,
                "--out",
                sealed.to_str().unwrap(),
            ],
        ));
        let checked = waarborg(
            &vault,
            &[
                "verify-package",
                sealed.to_str().unwrap(),
                "--identity",
                key.to_str().unwrap(),
                "--json",
            ],
        );
        assert_eq!(checked.status.code(), Some(0), "{}", text(&checked));
        assert!(
            text(&checked).contains("_transcript.pdf"),
            "{}",
            text(&checked)
        );
    }
}

#[test]
fn an_export_without_chats_is_as_before() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = new_vault(tmp.path());
    let note = tmp.path().join("notes.txt");
    std::fs::write(&note, "boodschappen: brood, melk\n").unwrap();
    let id = kept_id(&import(&vault, &note), "notes.txt");
    let photo = sample("ChatExport_2026-11-26/files/afspraak.png");
    let png = kept_id(&import(&vault, &photo), "afspraak.png");
    let package = tmp.path().join("pakket");
    ok(&waarborg(
        &vault,
        &[
            "export",
            "--ids",
            &id,
            &png,
            "--out",
            package.to_str().unwrap(),
        ],
    ));
    let names = names_in(&package);
    assert!(
        names[0].starts_with("0001_notes") && names[1].starts_with("0002_afspraak"),
        "{names:?}"
    );
    assert_eq!(
        names[2..],
        [
            "MANIFEST.sha256",
            "MANIFEST.sha256.sig",
            "README.txt",
            "allowed_signers",
            "custody-log.json",
            "evidence-index.pdf",
            "index.csv",
            "index.json",
        ]
    );
    let index = std::fs::read_to_string(package.join("index.json")).unwrap();
    assert!(!index.contains("transcript"), "{index}");
    let csv = std::fs::read_to_string(package.join("index.csv")).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
}

/// A chat whose dates can be read two ways, never answered: the package goes without
/// its transcript, says why in index.json, and the command says so.
#[test]
fn a_chat_without_a_transcript_is_exported_all_the_same_and_said_so() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = new_vault(tmp.path());
    let chat = kept_id(
        &import(&vault, &sample("android-en-gb-ambiguous.txt")),
        "android-en-gb-ambiguous.txt",
    );
    let package = tmp.path().join("pakket");
    let out = waarborg(
        &vault,
        &["export", "--ids", &chat, "--out", package.to_str().unwrap()],
    );
    let said = ok(&out);
    assert!(
        said.contains("without its transcript") && said.contains("day or the month"),
        "{said}"
    );
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("index.json")).unwrap()).unwrap();
    assert_eq!(index[0]["transcript_problem"], "chat-date-order-needed");
    assert!(!names_in(&package).iter().any(|n| n.contains("transcript")));
}

/// A WhatsApp zip cut off before its end (its chat entry still named at its start): the
/// original goes into the package unchanged, without a transcript, and index.json and
/// the command say why (`chat-damaged-zip`).
#[test]
fn a_cut_off_whatsapp_zip_is_exported_without_a_transcript_and_said_so() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = new_vault(tmp.path());
    let zip = sample("truncated.zip");
    let chat = kept_id(&import(&vault, &zip), "truncated.zip");
    let package = tmp.path().join("pakket");
    let said = ok(&waarborg(
        &vault,
        &["export", "--ids", &chat, "--out", package.to_str().unwrap()],
    ));
    assert!(
        said.contains("without its transcript") && said.contains("cannot be read to the end"),
        "{said}"
    );
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("index.json")).unwrap()).unwrap();
    assert_eq!(index[0]["transcript_problem"], "chat-damaged-zip");
    assert!(index[0].get("transcript").is_none());
    let original = package.join(index[0]["file"].as_str().unwrap());
    assert_eq!(
        std::fs::read(original).unwrap(),
        std::fs::read(&zip).unwrap()
    );
    assert!(!names_in(&package).iter().any(|n| n.contains("transcript")));
}

#[test]
fn list_search_finds_a_word_only_inside_a_whatsapp_zip() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = new_vault(tmp.path());
    let zip = sample("WhatsApp-chat met Mark.zip");
    let chat = kept_id(&import(&vault, &zip), "WhatsApp-chat met Mark.zip ");
    // "moeder" is in the chat text inside the zip, nowhere in a name or description.
    let json: serde_json::Value = serde_json::from_str(&ok(&waarborg(
        &vault,
        &["list", "--search", "moeder", "--json"],
    )))
    .unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{json}");
    assert_eq!(rows[0]["id"], chat.as_str());
    assert_eq!(
        rows[0]["matching_line"],
        "Ik neem haar mee naar mijn moeder."
    );
    // Gained again from the stored original when the text index is gone.
    std::fs::remove_file(vault.join("text-index.age")).unwrap();
    let again = ok(&waarborg(&vault, &["list", "--search", "moeder"]));
    assert_eq!(again.lines().count(), 1, "{again}");
}

#[test]
fn importing_a_telegram_result_json_imports_its_photos_and_files_and_names_what_is_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = new_vault(tmp.path());
    let printed = import(&vault, &sample("ChatExport_2026-11-26/result.json"));
    assert_eq!(printed.matches(" kept as ").count(), 3, "{printed}");
    assert!(
        printed.contains("(photos/photo_1@26-11-2026_09-15-33.jpg) kept as"),
        "{printed}"
    );
    assert!(
        printed.contains("(files/afspraak.png) kept as"),
        "{printed}"
    );

    // result.json without its folders: the chat is kept, each missing folder named once.
    let alone = tmp.path().join("alone");
    std::fs::create_dir(&alone).unwrap();
    let json = std::fs::read_to_string(sample("ChatExport_2026-11-26/result.json")).unwrap();
    std::fs::write(alone.join("result.json"), json.replace("4243", "4245")).unwrap();
    let out = waarborg(
        &vault,
        &["import", alone.join("result.json").to_str().unwrap()],
    );
    let said = text(&out);
    assert_eq!(out.status.code(), Some(3), "{said}");
    let kept = said
        .lines()
        .filter(|l| l.contains(" kept as ") && l.contains("(SHA-256 "))
        .count();
    assert_eq!(kept, 1, "{said}");
    assert!(
        said.contains("(photos/)") && said.contains("[chat-media-folder-missing]"),
        "{said}"
    );
    assert!(
        said.contains("not next to result.json"),
        "translated: {said}"
    );
}
