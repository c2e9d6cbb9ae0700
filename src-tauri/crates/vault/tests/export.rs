#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Export to a folder, checked with the stock tools: `sha256sum -c MANIFEST.sha256`
//! passes inside it, file names are safe whatever the titles, a changed file fails the
//! check, and an export never replaces or half-writes a folder.

mod common;

use std::fs;
use std::process::Command;

use common::*;
use waarborg_vault::LogKind;

fn sha256sum_check(dir: &std::path::Path) -> std::process::Output {
    Command::new("sha256sum")
        .args(["-c", "MANIFEST.sha256"])
        .current_dir(dir)
        .output()
        .expect("sha256sum (coreutils)")
}

#[test]
fn an_exported_folder_verifies_with_sha256sum_and_names_files_safely() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let mut ids = Vec::new();
    for (i, (title, name)) in [
        ("Chat with K / 3 July", "chat.txt"),
        ("../../etc/passwd", "x.PDF"),
        ("Foto 📷 van de speeltuin", "IMG_0001.jpeg"),
        (&"long ".repeat(40) as &str, "long.bin"),
        ("", "no title.png"),
    ]
    .into_iter()
    .enumerate()
    {
        let src = tmp.path().join(name);
        fs::write(&src, pattern(1000 + i)).unwrap();
        ids.push(vault.import_file(&src, description(title)).unwrap().id);
    }
    let out = tmp.path().join("package");
    let report = vault.export_folder(&ids, &out).unwrap();
    let names: Vec<_> = report.files.iter().map(|f| f.file.clone()).collect();
    assert_eq!(names[0], "0001_Chat-with-K-3-July.txt");
    assert_eq!(names[1], "0002_etc-passwd.pdf");
    // Letters and symbols that are safe everywhere stay (issue 15, part 5).
    assert_eq!(names[2], "0003_Foto-📷-van-de-speeltuin.jpeg");
    assert!(
        names[3].starts_with("0004_long-long") && names[3].len() <= 70,
        "{}",
        names[3]
    );
    assert_eq!(names[4], "0005_no-title.png");
    for name in &names {
        assert!(!name.contains('/') && !name.contains(".."), "{name}");
    }

    let check = sha256sum_check(&out);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&check.stdout)
            .matches(": OK")
            .count(),
        // Five originals, index.json/csv, the log extract, the README and allowed_signers
        // (the signature, MANIFEST.sha256.sig, is beside the manifest, not in it).
        10
    );
    for extra in [
        "index.json",
        "index.csv",
        "custody-log.json",
        "README.txt",
        "allowed_signers",
        "MANIFEST.sha256.sig",
    ] {
        assert!(out.join(extra).exists(), "{extra}");
    }
    let index: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.as_array().unwrap().len(), 5);
    assert_eq!(index[0]["category"], "digital-communications");
    let csv = fs::read_to_string(out.join("index.csv")).unwrap();
    assert!(csv.starts_with("number,file,id,title"), "{csv}");
    assert_eq!(csv.lines().count(), 6);
    let custody: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("custody-log.json")).unwrap()).unwrap();
    assert_eq!(custody["log_head"], vault.log_head().unwrap());
    assert!(
        fs::read_to_string(out.join("README.txt"))
            .unwrap()
            .contains("Get-FileHash")
    );
    // Every item's export is in the custody log.
    for id in &ids {
        let kinds: Vec<_> = vault
            .log_entries_about(*id)
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(kinds.last(), Some(&LogKind::Export));
    }

    // A changed file fails the check, by name.
    fs::write(out.join(&names[2]), b"changed").unwrap();
    let check = sha256sum_check(&out);
    assert!(!check.status.success());
    assert!(String::from_utf8_lossy(&check.stdout).contains(&format!("{}: FAILED", names[2])));
}

#[test]
fn an_export_never_replaces_a_folder_or_leaves_a_half_package() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a.txt");
    fs::write(&src, b"a").unwrap();
    let a = vault.import_file(&src, description("A")).unwrap().id;
    let out = tmp.path().join("exists");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("keep.txt"), b"mine").unwrap();
    assert_eq!(
        vault.export_folder(&[a], &out).unwrap_err().code(),
        "exists"
    );
    assert_eq!(fs::read(out.join("keep.txt")).unwrap(), b"mine");

    // A damaged item stops the export: no package under the name, no staging left.
    let target = tmp.path().join("package");
    let content = dir.join("items").join(format!("{a}.age"));
    let mut bytes = fs::read(&content).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    fs::write(&content, bytes).unwrap();
    assert!(vault.export_folder(&[a], &target).is_err());
    assert!(!target.exists());
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".waarborg-export-")
        })
        .collect();
    assert!(leftovers.is_empty(), "staging folder left behind");
}

#[test]
fn a_cancelled_export_keeps_nothing_and_the_log_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("video.bin");
    fs::write(&src, pattern(6 << 20)).unwrap();
    let id = vault.import_file(&src, description("Video")).unwrap().id;
    let out = tmp.path().join("pakket.tar.age");
    let mut reports = 0;
    let options = waarborg_vault::ExportOptions {
        protection: waarborg_vault::Protection::Recipients(vec![
            age::x25519::Identity::generate().to_public(),
        ]),
        index_pdf: None,
        chat_transcripts: None,
        records: None,
        progress: Some(Box::new(|_| {
            reports += 1;
            reports < 3
        })),
    };
    let err = vault.export_package(&[id], &out, options).unwrap_err();
    assert_eq!(err.code(), "cancelled");
    assert!(!out.exists());
    let names: Vec<String> = fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".waarborg-export-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    // Nothing was logged as exported: the cancel came before the export entries.
    let exports: Vec<_> = vault
        .log_entries()
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == LogKind::Export)
        .collect();
    assert!(exports.is_empty(), "{exports:?}");
}

#[test]
fn an_export_that_fails_after_logging_adds_an_entry_saying_nothing_was_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a.txt");
    fs::write(&src, b"a").unwrap();
    let id = vault.import_file(&src, description("A")).unwrap().id;
    let out = tmp.path().join("pakket");
    let failing: waarborg_vault::IndexPdf<'_> = &|_| Err("the font is missing".to_owned());
    let options = waarborg_vault::ExportOptions {
        index_pdf: Some(failing),
        ..Default::default()
    };
    assert!(vault.export_package(&[id], &out, options).is_err());
    assert!(!out.exists());
    let entries = vault.log_entries().unwrap();
    let last = entries.last().unwrap();
    assert_eq!(last.kind, LogKind::Export);
    assert_eq!(last.subject, None);
    assert!(
        last.note.contains("failed") && last.note.contains("pakket"),
        "{}",
        last.note
    );
    // The vault still checks out: the failure entry is a normal log entry.
    assert!(vault.verify().unwrap().problems.is_empty());
}
