#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Segment summaries in the verified-digest cache (issue 20): with a valid cache a check
//! does not decrypt the sealed custody log segments it knows, and every change to the
//! log is still reported exactly as `verify --full` reports it. Each case damages a
//! vault, copies it, and compares the default check of one copy with the full check of
//! the other, problem by problem (kind, file, detail).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use common::*;
use waarborg_contract::LogAnchor;
use waarborg_vault::{AnchorSource, LogKind, Record, Vault, VerifyMode, VerifyReport};

/// Small segments, so that a few entries make one; per process, so tests take turns.
const SEGMENT: usize = 4;
static THRESHOLD: Mutex<()> = Mutex::new(());
const PASS: &str = "correct horse battery";

/// A vault whose log holds imports, edits, a delete and restore, a record created and
/// edited, guide steps, in several sealed segments and a few single files; checked once
/// so that its cache knows every segment.
fn fixture(root: &Path) -> PathBuf {
    let (dir, mut vault) = new_vault(root);
    let mut ids = Vec::new();
    for n in 0..6 {
        let src = root.join(format!("f{n}.txt"));
        fs::write(&src, format!("evidence {n}")).unwrap();
        ids.push(
            vault
                .import_file(&src, description(&format!("Item {n}")))
                .unwrap()
                .id,
        );
    }
    vault
        .edit_item(ids[1], description("Item 1, renamed"))
        .unwrap();
    vault.trash_item(ids[2]).unwrap();
    vault.restore_item(ids[2]).unwrap();
    vault.trash_item(ids[3]).unwrap();
    let record = vault
        .create_record(Record::Journal(Default::default()))
        .unwrap()
        .id;
    // The first version, kept beside the vault for a case that puts it back.
    fs::copy(
        dir.join(format!("records/{record}.age")),
        root.join("record-v1.age"),
    )
    .unwrap();
    vault
        .update_record(record, Record::Journal(Default::default()))
        .unwrap();
    for _ in 0..SEGMENT * 3 + 2 {
        vault.log_event(LogKind::GuideStep, None, "a step").unwrap();
    }
    let report = vault.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    // The second check reads the summaries the first one wrote.
    let report = vault.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    // A few entries not sealed yet.
    while log_files(&dir, false).len() < 2 {
        vault.log_event(LogKind::GuideStep, None, "a step").unwrap();
    }
    dir
}

fn log_files(dir: &Path, segments: bool) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir.join("log"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name != "head.age" && name.starts_with("segment-") == segments
        })
        .collect();
    files.sort();
    files
}

/// What a report says, in full (the vault's folder, which some details name, as
/// `<vault>`).
fn said(report: &VerifyReport, dir: &Path) -> Vec<String> {
    let mut lines = vec![format!(
        "{} entries, head {:?}",
        report.log_entries_checked, report.log_head
    )];
    lines.extend(report.problems.iter().map(|p| {
        format!(
            "{:?} {:?} {:?} {}",
            p.kind,
            p.item,
            p.file.display(),
            p.detail.replace(&dir.display().to_string(), "<vault>")
        )
    }));
    lines
}

/// The default check of `dir` and the full check of a copy of it (both with
/// `anchors`): they must say the same. Returns what they said.
fn both_checks(root: &Path, dir: &Path, anchors: &[LogAnchor]) -> Vec<String> {
    let copy = root.join("copy");
    let _ = fs::remove_dir_all(&copy);
    copy_dir(dir, &copy);
    let anchors: Vec<_> = anchors
        .iter()
        .map(|a| (AnchorSource::Given, a.clone()))
        .collect();
    let mut cached = Vault::unlock(dir, &pass(PASS)).unwrap();
    let cached = cached
        .verify_with(&anchors, VerifyMode::Cached, &mut |_| {})
        .unwrap();
    let mut full = Vault::unlock(&copy, &pass(PASS)).unwrap();
    let full = full
        .verify_with(&anchors, VerifyMode::Full, &mut |_| {})
        .unwrap();
    let (cached, full) = (said(&cached, dir), said(&full, &copy));
    assert_eq!(cached, full, "the default check and --full differ");
    cached
}

/// Runs `damage` on a fresh fixture and compares the checks; `expect` must be among
/// what they report.
fn case(what: &str, damage: impl FnOnce(&Path), anchors: &[LogAnchor], expect: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture(tmp.path());
    assert!(
        log_files(&dir, true).len() >= 4,
        "{what}: the fixture has sealed segments"
    );
    damage(&dir);
    let said = both_checks(tmp.path(), &dir, anchors);
    assert!(
        said.iter().any(|l| l.contains(expect)),
        "{what}: expected {expect:?} in {said:#?}"
    );
}

fn with_small_segments(f: impl FnOnce()) {
    let _turn = THRESHOLD.lock().unwrap_or_else(|e| e.into_inner());
    waarborg_vault::set_seal_threshold(SEGMENT);
    f();
    waarborg_vault::set_seal_threshold(waarborg_vault::DEFAULT_SEAL_THRESHOLD);
}

#[test]
fn changes_to_cached_segments_are_reported_as_by_the_full_check() {
    with_small_segments(|| {
        case(
            "a changed byte",
            |dir| {
                let path = log_files(dir, true)[1].clone();
                let mut bytes = fs::read(&path).unwrap();
                let n = bytes.len();
                bytes[n - 2] ^= 1;
                fs::write(&path, bytes).unwrap();
            },
            &[],
            "LogDamaged",
        );
        case(
            "a removed segment",
            |dir| fs::remove_file(&log_files(dir, true)[1]).unwrap(),
            &[],
            "is missing (removed)",
        );
        case(
            "a segment replaced by another of the same vault",
            |dir| {
                let segments = log_files(dir, true);
                fs::copy(&segments[0], &segments[2]).unwrap();
            },
            &[],
            "its lines do not hold exactly those in order",
        );
        case(
            "an older segment copied in beside the newer one",
            |dir| {
                let segments = log_files(dir, true);
                let name = segments[2].file_name().unwrap().to_string_lossy();
                // The same range under a name that sorts after it: two files claim it.
                let twin = segments[2].with_file_name(name.replace(".age", ".x.age"));
                fs::copy(&segments[2], twin).unwrap();
            },
            &[],
            "",
        );
        case(
            "a segment copied under a name overlapping two others",
            |dir| {
                let segments = log_files(dir, true);
                let range = |p: &Path| {
                    let name = p.file_name().unwrap().to_string_lossy().into_owned();
                    let (first, last) = name
                        .strip_prefix("segment-")
                        .unwrap()
                        .strip_suffix(".age")
                        .unwrap()
                        .split_once('-')
                        .unwrap();
                    (first.to_owned(), last.to_owned())
                };
                let (first, _) = range(&segments[1]);
                let (_, last) = range(&segments[2]);
                // Holds entries of the second segment: both are read, as in a full check.
                fs::copy(
                    &segments[1],
                    dir.join("log").join(format!("segment-{first}-{last}.age")),
                )
                .unwrap();
            },
            &[],
            "two entries claim position",
        );
        case(
            "an older record file put back",
            |dir| {
                let record = fs::read_dir(dir.join("records"))
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .next()
                    .unwrap();
                fs::copy(dir.parent().unwrap().join("record-v1.age"), record).unwrap();
            },
            &[],
            "RecordOlderVersion",
        );
        case(
            "a record file copied under another id",
            |dir| {
                let record = fs::read_dir(dir.join("records"))
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .next()
                    .unwrap();
                fs::copy(
                    record,
                    dir.join(format!("records/{}.age", uuid::Uuid::new_v4())),
                )
                .unwrap();
            },
            &[],
            "names another id",
        );
        case(
            "two segments swapped in name",
            |dir| {
                let segments = log_files(dir, true);
                let swap = dir.join("log").join("swap");
                fs::rename(&segments[1], &swap).unwrap();
                fs::rename(&segments[3], &segments[1]).unwrap();
                fs::rename(&swap, &segments[3]).unwrap();
            },
            &[],
            "its lines do not hold exactly those in order",
        );
        case(
            "a single entry file removed",
            |dir| {
                let singles = log_files(dir, false);
                assert!(singles.len() >= 2, "{singles:?}");
                // Named at random: the newest (the head's) or an earlier one.
                fs::remove_file(&singles[0]).unwrap();
            },
            &[],
            "LogDamaged",
        );
        case(
            "an item's import entry in a segment taken out",
            |dir| {
                // The first segment holds the first imports; without it the items
                // and log are not compared (entries are lost), as in a full check.
                fs::remove_file(&log_files(dir, true)[0]).unwrap();
            },
            &[],
            "entry 0 is missing",
        );
    });
}

/// The hash of entry `seq`: the next entry's `prev`.
fn hash_of(dir: &Path, seq: u64) -> String {
    let vault = Vault::unlock(dir, &pass(PASS)).unwrap();
    let entries = vault.log_entries().unwrap();
    entries[usize::try_from(seq).unwrap() + 1].prev.clone()
}

#[test]
fn anchors_inside_cached_segments_are_checked_as_by_the_full_check() {
    with_small_segments(|| {
        let tmp = tempfile::tempdir().unwrap();
        let dir = fixture(tmp.path());
        // Entry 6 is inside the second segment (entries 4 to 7).
        let hash = hash_of(&dir, 6);
        let contained = LogAnchor {
            seq: 6,
            hash: hash.clone(),
        };
        let said = both_checks(tmp.path(), &dir, std::slice::from_ref(&contained));
        assert!(
            !said.iter().any(|l| l.contains("AnchorNotInLog")),
            "{said:#?}"
        );
        let rewritten = LogAnchor {
            seq: 6,
            hash: "ab".repeat(32),
        };
        let said = both_checks(tmp.path(), &dir, &[rewritten]);
        assert!(
            said.iter()
                .any(|l| l.contains("AnchorNotInLog") && l.contains("another hash")),
            "{said:#?}"
        );
        let behind = LogAnchor {
            seq: 10_000,
            hash: hash.clone(),
        };
        let said = both_checks(tmp.path(), &dir, &[behind]);
        assert!(
            said.iter()
                .any(|l| l.contains("AnchorNotInLog") && l.contains("older copy")),
            "{said:#?}"
        );
        // The anchor's segment changed: unreadable, reported as damage (and the anchor
        // is not judged), as in a full check.
        let segment = log_files(&dir, true)[1].clone();
        let mut bytes = fs::read(&segment).unwrap();
        bytes[40] ^= 1;
        fs::write(&segment, bytes).unwrap();
        let said = both_checks(tmp.path(), &dir, &[contained]);
        assert!(said.iter().any(|l| l.contains("LogDamaged")), "{said:#?}");
    });
}
