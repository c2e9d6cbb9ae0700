#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Tamper fixtures: each kind of damage is detected, named, and loses only itself.

mod common;

use std::fs;
use std::path::PathBuf;

use common::*;
use waarborg_vault::{Item, ProblemKind, Record, Vault};

struct Fixture {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    vault: Vault,
    items: Vec<Item>,
}

fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let mut items = Vec::new();
    for (i, size) in [10usize, 300_000, 70_000].into_iter().enumerate() {
        let src = tmp.path().join(format!("f{i}"));
        fs::write(&src, pattern(size + i)).unwrap();
        items.push(
            vault
                .import_file(&src, description(&format!("Item {i}")))
                .unwrap(),
        );
    }
    vault
        .create_record(Record::Journal(Default::default()))
        .unwrap();
    Fixture {
        _tmp: tmp,
        dir,
        vault,
        items,
    }
}

fn flip_byte(path: &std::path::Path, from_end: usize) {
    let mut bytes = fs::read(path).unwrap();
    let n = bytes.len();
    bytes[n - from_end] ^= 0x01;
    fs::write(path, bytes).unwrap();
}

fn file(f: &Fixture, sub: &str, item: usize) -> PathBuf {
    f.dir.join(sub).join(format!("{}.age", f.items[item].id))
}

/// The remaining items still export intact.
fn others_intact(f: &mut Fixture, damaged: &[usize]) {
    for i in 0..f.items.len() {
        if damaged.contains(&i) {
            continue;
        }
        let out = f
            .dir
            .parent()
            .unwrap()
            .join(format!("check-{i}-{}", uuid::Uuid::new_v4()));
        f.vault.export_item(f.items[i].id, &out).unwrap();
        assert_eq!(
            sha256_hex(&fs::read(&out).unwrap()),
            f.items[i].facts.sha256
        );
    }
}

#[test]
fn an_intact_vault_verifies_clean_and_the_check_is_logged() {
    let mut f = fixture();
    let report = f.vault.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    assert_eq!(report.items_checked, 3);
    assert_eq!(report.records_checked, 1);
    assert_eq!(report.log_entries_checked, 5);
    let head_before = report.log_head.unwrap();
    assert_ne!(f.vault.log_head().unwrap(), head_before, "verify is logged");
}

#[test]
fn a_flipped_byte_in_content_is_named_with_its_title() {
    for from_end in [1usize, 5000, 200_000] {
        let mut f = fixture();
        flip_byte(&file(&f, "items", 1), from_end);
        let report = f.vault.verify().unwrap();
        assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
        let p = &report.problems[0];
        assert_eq!(p.kind, ProblemKind::ContentUndecryptable);
        assert_eq!(p.item, Some(f.items[1].id));
        assert_eq!(p.title.as_deref(), Some("Item 1"));
        assert_eq!(
            p.file,
            PathBuf::from(format!("items/{}.age", f.items[1].id))
        );
        others_intact(&mut f, &[1]);
    }
}

#[test]
fn a_truncated_or_removed_content_file_is_named() {
    let mut f = fixture();
    let path = file(&f, "items", 1);
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    fs::remove_file(file(&f, "items", 2)).unwrap();
    let report = f.vault.verify().unwrap();
    let mut found: Vec<_> = report.problems.iter().map(|p| (p.item, p.kind)).collect();
    found.sort_by_key(|(i, _)| *i);
    let mut expected = vec![
        (Some(f.items[1].id), ProblemKind::ContentUndecryptable),
        (Some(f.items[2].id), ProblemKind::ContentMissing),
    ];
    expected.sort_by_key(|(i, _)| *i);
    assert_eq!(found, expected);
    assert_eq!(report.problems.len(), 2);
    others_intact(&mut f, &[1, 2]);
}

#[test]
fn swapped_content_is_a_hash_mismatch() {
    let mut f = fixture();
    // A valid age file of the vault, but another item's bytes.
    fs::copy(file(&f, "items", 0), file(&f, "items", 2)).unwrap();
    let report = f.vault.verify().unwrap();
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].kind, ProblemKind::HashMismatch);
    assert_eq!(report.problems[0].item, Some(f.items[2].id));
    assert!(report.problems[0].detail.contains(&f.items[2].facts.sha256));
}

#[test]
fn damaged_or_missing_metadata_is_named_and_content_is_kept() {
    let mut f = fixture();
    flip_byte(&file(&f, "meta", 0), 3);
    fs::remove_file(file(&f, "meta", 1)).unwrap();
    let report = f.vault.verify().unwrap();
    let mut found: Vec<_> = report.problems.iter().map(|p| (p.item, p.kind)).collect();
    found.sort_by_key(|(i, _)| *i);
    let mut expected = vec![
        (Some(f.items[0].id), ProblemKind::MetadataUndecryptable),
        (Some(f.items[1].id), ProblemKind::MetadataMissing),
    ];
    expected.sort_by_key(|(i, _)| *i);
    assert_eq!(found, expected);
    assert!(
        file(&f, "items", 1).exists(),
        "content without metadata is kept"
    );
    // Reopening does not delete anything either.
    let content = file(&f, "items", 1);
    let Fixture { vault, dir, .. } = f;
    drop(vault);
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert!(content.exists());
    assert_eq!(vault.items().len(), 1);
}

#[test]
fn a_damaged_thumbnail_or_record_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let png = tmp.path().join("p.png");
    image::RgbImage::from_fn(300, 300, |x, _| image::Rgb([x as u8, 0, 0]))
        .save(&png)
        .unwrap();
    let item = vault.import_file(&png, description("Photo")).unwrap();
    let record = vault
        .create_record(Record::Journal(Default::default()))
        .unwrap()
        .id;
    flip_byte(&dir.join(format!("thumbs/{}.age", item.id)), 2);
    flip_byte(&dir.join(format!("records/{record}.age")), 2);
    let report = vault.verify().unwrap();
    let kinds: Vec<_> = report.problems.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            ProblemKind::ThumbnailUndecryptable,
            ProblemKind::RecordUndecryptable
        ]
    );
}

#[test]
fn log_tampering_is_detected_by_verify() {
    let mut f = fixture();
    // Remove one log entry file (not the head).
    let log_files: Vec<_> = fs::read_dir(f.dir.join("log"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "head.age")
        .collect();
    assert_eq!(log_files.len(), 5);
    let victim = &log_files[0];
    fs::remove_file(victim).unwrap();
    let report = f.vault.verify().unwrap();
    assert!(
        report
            .problems
            .iter()
            .all(|p| p.kind == ProblemKind::LogDamaged)
    );
    assert!(!report.problems.is_empty());
    others_intact(&mut f, &[]);
}

#[test]
fn a_lost_log_head_is_reported() {
    let f = fixture();
    fs::remove_file(f.dir.join("log/head.age")).unwrap();
    let Fixture {
        vault, dir, _tmp, ..
    } = f;
    drop(vault);
    let mut vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    // On open the head is rebuilt from the chain so the vault stays usable, and the loss
    // is recorded in the log itself: verify keeps reporting it.
    let report = vault.verify().unwrap();
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!(report.problems[0].kind, ProblemKind::LogDamaged);
    assert!(report.problems[0].detail.contains("missing"));
    drop(vault);
    let mut vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(vault.verify().unwrap().problems.len(), 1);
}
