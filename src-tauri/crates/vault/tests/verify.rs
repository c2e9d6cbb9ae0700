#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Tamper fixtures: each kind of damage is detected, named, and loses only itself.

mod common;

use std::fs;
use std::path::PathBuf;

use common::*;
use waarborg_vault::{ExposeSecret, Item, ProblemKind, Record, Vault};

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

// Items and the custody log. The metadata file is an item's commit point and its log entry
// is written right after; these tests put a vault in the state a stop between the two
// leaves. The log is hash-chained, so an entry cannot be taken out of a valid chain; a
// stop before the entry was written leaves `log/` exactly as it was before the operation.
// So the tests save `log/` (with the vault closed), run the real operation through the
// API, and put the saved `log/` back: byte for byte what the crash leaves on disk.

/// The files of `log/`, to put back with [`restore_log`].
fn save_log(dir: &std::path::Path) -> Vec<(PathBuf, Vec<u8>)> {
    snapshot(&dir.join("log"))
}

/// Makes `log/` exactly what [`save_log`] saw.
fn restore_log(dir: &std::path::Path, saved: &[(PathBuf, Vec<u8>)]) {
    fs::remove_dir_all(dir.join("log")).unwrap();
    fs::create_dir(dir.join("log")).unwrap();
    for (path, bytes) in saved {
        fs::write(path, bytes).unwrap();
    }
}

fn reopen(dir: &std::path::Path) -> Vault {
    Vault::unlock(dir, &pass("correct horse battery")).unwrap()
}

#[test]
fn normal_use_leaves_items_and_log_in_agreement() {
    let mut f = fixture();
    let [a, b, c] = [f.items[0].id, f.items[1].id, f.items[2].id];
    f.vault
        .edit_item(a, description("Item 0, renamed"))
        .unwrap();
    f.vault.edit_item(a, description("Item 0, again")).unwrap();
    f.vault.trash_item(b).unwrap();
    f.vault.restore_item(b).unwrap();
    f.vault.trash_item(b).unwrap();
    f.vault.trash_item(c).unwrap();
    f.vault.purge_item(c).unwrap();
    f.vault.log_view(a).unwrap();
    let report = f.vault.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    let Fixture {
        vault, dir, _tmp, ..
    } = f;
    drop(vault);
    let report = reopen(&dir).verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
}

#[test]
fn an_import_stopped_before_its_log_entry_is_named() {
    let Fixture {
        vault, dir, _tmp, ..
    } = fixture();
    drop(vault);
    let before = save_log(&dir);
    let mut vault = reopen(&dir);
    let src = _tmp.path().join("late.bin");
    fs::write(&src, pattern(5000)).unwrap();
    let item = vault.import_file(&src, description("Late")).unwrap();
    drop(vault);
    // The stop: the metadata is written, the import entry is not; the marker of the
    // import in progress is still there.
    restore_log(&dir, &before);
    fs::write(dir.join("pending").join(item.id.to_string()), b"").unwrap();

    let mut vault = reopen(&dir);
    // The item was committed: opening keeps it.
    assert_eq!(vault.item(item.id).unwrap().facts.sha256, item.facts.sha256);
    let report = vault.verify().unwrap();
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let p = &report.problems[0];
    assert_eq!(p.kind, ProblemKind::ItemNotInLog);
    assert_eq!(p.item, Some(item.id));
    assert_eq!(p.title.as_deref(), Some("Late"));
    assert_eq!(p.file, PathBuf::from(format!("meta/{}.age", item.id)));
    // Reported every time, not only once.
    assert_eq!(vault.verify().unwrap().problems.len(), 1);
}

#[test]
fn an_import_rolled_back_after_its_log_entry_is_named_by_seq() {
    let mut f = fixture();
    // A purged item is absent too, but its purge entry explains that.
    let purged = f.items[0].id;
    f.vault.trash_item(purged).unwrap();
    f.vault.purge_item(purged).unwrap();
    // A real failure: the head file cannot be replaced (a directory stands in its place),
    // so the log append fails after the entry file was written and the import rolls back.
    let head = f.dir.join("log/head.age");
    let saved_head = fs::read(&head).unwrap();
    fs::remove_file(&head).unwrap();
    fs::create_dir(&head).unwrap();
    fs::write(head.join("in-the-way"), b"").unwrap();
    let src = f.dir.parent().unwrap().join("rolled-back.bin");
    fs::write(&src, pattern(7000)).unwrap();
    f.vault
        .import_file(&src, description("Rolled back"))
        .unwrap_err();
    fs::remove_dir_all(&head).unwrap();
    fs::write(&head, saved_head).unwrap();
    let Fixture {
        vault, dir, _tmp, ..
    } = f;
    drop(vault);

    // On open the head is moved forward over the entry (a crash between entry and head
    // looks the same), so the chain is whole and names an item that is not there.
    let mut vault = reopen(&dir);
    let entry = vault
        .log_entries()
        .unwrap()
        .into_iter()
        .rfind(|e| e.kind.as_str() == "import")
        .unwrap();
    let id = entry.subject.unwrap();
    assert!(vault.item(id).is_err(), "the import was rolled back");
    assert!(!dir.join(format!("meta/{id}.age")).exists());
    let report = vault.verify().unwrap();
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let p = &report.problems[0];
    assert_eq!(p.kind, ProblemKind::LogNamesMissingItem);
    assert_eq!(p.item, Some(id));
    assert!(p.file.starts_with("log"), "{:?}", p.file);
    assert!(
        p.detail.contains(&format!("entry {} ", entry.seq)),
        "{}",
        p.detail
    );
}

#[test]
fn a_purge_stopped_before_its_log_entry_is_named() {
    let mut f = fixture();
    let id = f.items[1].id;
    f.vault.trash_item(id).unwrap();
    let Fixture {
        vault, dir, _tmp, ..
    } = f;
    drop(vault);
    let before = save_log(&dir);
    let mut vault = reopen(&dir);
    vault.purge_item(id).unwrap();
    drop(vault);
    restore_log(&dir, &before);

    let report = reopen(&dir).verify().unwrap();
    let found: Vec<_> = report.problems.iter().map(|p| (p.item, p.kind)).collect();
    assert_eq!(found, [(Some(id), ProblemKind::LogNamesMissingItem)]);
}

#[test]
fn edits_and_trash_changes_stopped_before_their_log_entry_are_named() {
    let mut f = fixture();
    let [edited, trashed, restored] = [f.items[0].id, f.items[1].id, f.items[2].id];
    f.vault.trash_item(restored).unwrap();
    let Fixture {
        vault, dir, _tmp, ..
    } = f;
    drop(vault);
    let before = save_log(&dir);
    let mut vault = reopen(&dir);
    vault.edit_item(edited, description("Changed")).unwrap();
    vault.trash_item(trashed).unwrap();
    vault.restore_item(restored).unwrap();
    drop(vault);
    restore_log(&dir, &before);

    let report = reopen(&dir).verify().unwrap();
    let mut found: Vec<_> = report
        .problems
        .iter()
        .map(|p| (p.item, p.kind, p.title.clone()))
        .collect();
    found.sort_by_key(|(i, _, _)| *i);
    let mut expected = vec![
        (
            Some(edited),
            ProblemKind::ItemChangeNotInLog,
            Some("Changed".to_owned()),
        ),
        (
            Some(trashed),
            ProblemKind::ItemChangeNotInLog,
            Some("Item 1".to_owned()),
        ),
        (
            Some(restored),
            ProblemKind::ItemChangeNotInLog,
            Some("Item 2".to_owned()),
        ),
    ];
    expected.sort_by_key(|(i, _, _)| *i);
    assert_eq!(found, expected, "{:?}", report.problems);
}

#[test]
fn a_lost_import_entry_is_log_damage_only() {
    let mut f = fixture();
    // Take the first item's import entry out of the log: the chain shows a gap. What the
    // lost entry was about is unknown, so no item is blamed besides.
    let id = f.items[0].id;
    let identity: age::x25519::Identity =
        f.vault.identity_secret().expose_secret().parse().unwrap();
    let victim = fs::read_dir(f.dir.join("log"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "head.age")
        .find(|p| {
            let bytes = age::decrypt(&identity, &fs::read(p).unwrap()).unwrap();
            let entry: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            entry["kind"] == "import" && entry["subject"] == id.to_string()
        })
        .unwrap();
    fs::remove_file(&victim).unwrap();
    let report = f.vault.verify().unwrap();
    assert!(!report.problems.is_empty());
    assert!(
        report
            .problems
            .iter()
            .all(|p| p.kind == ProblemKind::LogDamaged),
        "{:?}",
        report.problems
    );
}

#[test]
fn after_a_rebuilt_head_items_of_removed_entries_are_named() {
    let f = fixture();
    // Entries 0 create, 1–3 imports, 4 record-create. Remove the head and the newest two
    // entries: the chain that is left is whole, only the missing head tells.
    let identity: age::x25519::Identity =
        f.vault.identity_secret().expose_secret().parse().unwrap();
    let Fixture {
        vault,
        dir,
        _tmp,
        items,
    } = f;
    drop(vault);
    for e in fs::read_dir(dir.join("log")).unwrap() {
        let path = e.unwrap().path();
        if path.file_name().unwrap() == "head.age" {
            fs::remove_file(&path).unwrap();
            continue;
        }
        let bytes = age::decrypt(&identity, &fs::read(&path).unwrap()).unwrap();
        let entry: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        if entry["seq"].as_u64().unwrap() >= 3 {
            fs::remove_file(&path).unwrap();
        }
    }
    let report = reopen(&dir).verify().unwrap();
    let found: Vec<_> = report.problems.iter().map(|p| (p.item, p.kind)).collect();
    // The record's create entry (4) went with them: records are compared with the log too.
    let record = fs::read_dir(dir.join("records"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let record: uuid::Uuid = record
        .path()
        .file_stem()
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        found,
        [
            (Some(items[2].id), ProblemKind::ItemNotInLog),
            (Some(record), ProblemKind::RecordNotInLog),
            (None, ProblemKind::LogDamaged),
        ],
        "{:?}",
        report.problems
    );
}

#[test]
fn after_a_failed_head_update_the_next_entry_chains_on_instead_of_forking() {
    let mut f = fixture();
    let head = f.dir.join("log/head.age");
    let saved_head = fs::read(&head).unwrap();
    fs::remove_file(&head).unwrap();
    fs::create_dir(&head).unwrap();
    let src = f.dir.parent().unwrap().join("rolled-back.bin");
    fs::write(&src, pattern(7000)).unwrap();
    f.vault
        .import_file(&src, description("Rolled back"))
        .unwrap_err();
    fs::remove_dir_all(&head).unwrap();
    fs::write(&head, saved_head).unwrap();
    // Same session, next entry: it must take the next seq, not the rolled-back one's.
    let kept = f.items[1].id;
    f.vault.log_view(kept).unwrap();
    let Fixture {
        vault, dir, _tmp, ..
    } = f;
    drop(vault);
    let mut vault = reopen(&dir);
    let report = vault.verify().unwrap();
    let kinds: Vec<_> = report.problems.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [ProblemKind::LogNamesMissingItem],
        "{:?}",
        report.problems
    );
}

/// The parent's marks on a chat export (`chats/<item-id>.age`): damaged, foreign or
/// naming an item that is not there, each is named; purging the chat removes its marks.
#[test]
fn chat_marks_that_do_not_read_or_name_no_item_are_named() {
    let mut f = fixture();
    let chat = f.items[0].id;
    let other = f.items[1].id;
    f.vault.set_chat_marks(chat, &[1, 3]).unwrap();
    f.vault.set_chat_marks(other, &[2]).unwrap();
    assert!(f.vault.verify().unwrap().is_intact());
    let marks = |id: uuid::Uuid| PathBuf::from(format!("chats/{id}.age"));
    let problems = |vault: &mut Vault| -> Vec<(ProblemKind, PathBuf)> {
        let report = vault.verify().unwrap();
        report
            .problems
            .iter()
            .map(|p| (p.kind, p.file.clone()))
            .collect()
    };

    // A flipped byte; then not JSON of chat notes (an item's metadata file copied in).
    flip_byte(&f.dir.join(marks(chat)), 2);
    assert_eq!(
        problems(&mut f.vault),
        [(ProblemKind::ChatNotesUndecryptable, marks(chat))]
    );
    fs::copy(file(&f, "meta", 0), f.dir.join(marks(chat))).unwrap();
    let report = f.vault.verify().unwrap();
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!(report.problems[0].kind, ProblemKind::ChatNotesUndecryptable);
    assert_eq!(report.problems[0].title.as_deref(), Some("Item 0"));
    assert!(report.problems[0].detail.contains("not chat notes"));
    fs::remove_file(f.dir.join(marks(chat))).unwrap();
    assert!(f.vault.verify().unwrap().is_intact(), "no marks is fine");

    // Marks for an item that is not in the vault (a copy named after a made-up id).
    let nobody = uuid::Uuid::new_v4();
    fs::copy(f.dir.join(marks(other)), f.dir.join(marks(nobody))).unwrap();
    assert_eq!(
        problems(&mut f.vault),
        [(ProblemKind::ChatNotesWithoutItem, marks(nobody))]
    );
    fs::remove_file(f.dir.join(marks(nobody))).unwrap();

    // Anything else in chats/ is a stray file, skipped.
    fs::write(f.dir.join("chats/notes.txt"), b"x").unwrap();
    fs::create_dir(f.dir.join(format!("chats/{}.age", uuid::Uuid::new_v4()))).unwrap();
    let found = problems(&mut f.vault);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .all(|(kind, file)| *kind == ProblemKind::StrayFile && file.starts_with("chats"))
    );
    fs::remove_file(f.dir.join("chats/notes.txt")).unwrap();
    for e in fs::read_dir(f.dir.join("chats")).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            fs::remove_dir(path).unwrap();
        }
    }

    // Purging the chat item removes its marks with it.
    f.vault.trash_item(other).unwrap();
    f.vault.purge_item(other).unwrap();
    assert!(!f.dir.join(marks(other)).exists());
    assert!(f.vault.verify().unwrap().is_intact());
}
