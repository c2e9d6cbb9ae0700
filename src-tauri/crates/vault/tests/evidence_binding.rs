#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Records, thumbnails and edit histories are bound to the custody log: each case is
//! driven as the other parent would, changing files on disk between close and reopen,
//! then `verify`.

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use common::*;
use uuid::Uuid;
use waarborg_vault::{
    ExposeSecret, JournalEntry, LogKind, PersonProfile, ProblemKind, Record, StepLogEntry,
    TravelRecord, Vault, VerifyReport,
};

const PASSPHRASE: &str = "correct horse battery";

fn reopen(dir: &Path) -> Vault {
    Vault::unlock(dir, &pass(PASSPHRASE)).unwrap()
}

fn record_file(dir: &Path, id: Uuid) -> PathBuf {
    dir.join("records").join(format!("{id}.age"))
}

fn journal(what: &str) -> Record {
    Record::Journal(JournalEntry {
        occurred_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 14),
        what: what.to_owned(),
        ..JournalEntry::default()
    })
}

/// The problems as (subject, kind), sorted.
fn found(report: &VerifyReport) -> Vec<(Option<Uuid>, ProblemKind)> {
    let mut found: Vec<_> = report.problems.iter().map(|p| (p.item, p.kind)).collect();
    found.sort_by_key(|(id, _)| *id);
    found
}

/// Encrypts `plaintext` to the vault's public key, as anyone holding it (or the
/// passphrase) could.
fn seal(recipient: &str, plaintext: &[u8]) -> Vec<u8> {
    let recipient: age::x25519::Recipient = recipient.parse().unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    out
}

fn png(path: &Path, red: u8) {
    image::RgbImage::from_fn(300, 200, |x, y| image::Rgb([red, x as u8, y as u8]))
        .save(path)
        .unwrap();
}

// Part 1: records are evidence too.

#[test]
fn a_deleted_record_file_of_every_kind_is_named_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let mut ids = vec![
        vault
            .create_record(journal("He took the passports"))
            .unwrap()
            .id,
        vault
            .create_record(Record::Person(PersonProfile {
                given_names: "Sam".to_owned(),
                ..PersonProfile::default()
            }))
            .unwrap()
            .id,
        vault
            .create_record(Record::Travel(TravelRecord {
                title: "Flight to Casablanca".to_owned(),
                ..TravelRecord::default()
            }))
            .unwrap()
            .id,
        vault
            .create_record(Record::Step(StepLogEntry {
                step_id: "call-police".to_owned(),
                scenario: "taken-abroad".to_owned(),
                ..StepLogEntry::default()
            }))
            .unwrap()
            .id,
    ];
    ids.sort();
    drop(vault);
    for &id in &ids {
        fs::remove_file(record_file(&dir, id)).unwrap();
    }
    let report = reopen(&dir).verify().unwrap();
    let expected: Vec<_> = ids
        .iter()
        .map(|&id| (Some(id), ProblemKind::RecordMissing))
        .collect();
    assert_eq!(found(&report), expected, "{:?}", report.problems);
    for p in &report.problems {
        assert!(p.file.starts_with("records"), "{p:?}");
        assert!(p.detail.contains("entry"), "{p:?}");
    }
}

#[test]
fn an_older_copy_of_a_record_put_back_is_named_older_version() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let id = vault
        .create_record(journal("He said he would not bring her back"))
        .unwrap()
        .id;
    drop(vault);
    let first = fs::read(record_file(&dir, id)).unwrap();
    let mut vault = reopen(&dir);
    vault
        .update_record(
            id,
            journal("He said he would not bring her back; his brother heard it"),
        )
        .unwrap();
    drop(vault);
    fs::write(record_file(&dir, id), first).unwrap();
    let report = reopen(&dir).verify().unwrap();
    assert_eq!(
        found(&report),
        [(Some(id), ProblemKind::RecordOlderVersion)],
        "{:?}",
        report.problems
    );
}

#[test]
fn a_record_rewritten_with_the_key_is_named_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let stored = vault
        .create_record(journal("He hit the door"))
        .unwrap()
        .clone();
    let recipient = vault.recipient();
    drop(vault);
    // Someone with the passphrase rewrites the entry: valid, decrypts, same id.
    let mut forged = stored;
    forged.record = journal("Nothing happened");
    let bytes = seal(&recipient, &serde_json::to_vec(&forged).unwrap());
    fs::write(record_file(&dir, forged.id), bytes).unwrap();
    let mut vault = reopen(&dir);
    let report = vault.verify().unwrap();
    assert_eq!(
        found(&report),
        [(Some(forged.id), ProblemKind::RecordChanged)],
        "{:?}",
        report.problems
    );
    // The vault still opens and shows what is there: nothing is hidden or lost.
    assert_eq!(
        vault.record(forged.id).unwrap().record,
        journal("Nothing happened")
    );
}

#[test]
fn a_record_file_the_log_never_saw_is_named_not_logged() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    let recipient = vault.recipient();
    let existing = vault.records(None).len();
    drop(vault);
    let id = Uuid::new_v4();
    let planted = serde_json::json!({
        "id": id,
        "created_at": "2026-01-02T10:00:00Z",
        "updated_at": "2026-01-02T10:00:00Z",
        "record": {"kind": "journal", "what": "She shouted at him"},
    });
    fs::write(
        record_file(&dir, id),
        seal(&recipient, &serde_json::to_vec(&planted).unwrap()),
    )
    .unwrap();
    let mut vault = reopen(&dir);
    assert_eq!(vault.records(None).len(), existing + 1);
    let report = vault.verify().unwrap();
    assert_eq!(
        found(&report),
        [(Some(id), ProblemKind::RecordNotInLog)],
        "{:?}",
        report.problems
    );
}

#[test]
fn a_purged_record_put_back_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let id = vault.create_record(journal("Threat by text")).unwrap().id;
    let copy = fs::read(record_file(&dir, id)).unwrap();
    vault.delete_record(id).unwrap();
    vault.purge_record(id).unwrap();
    assert!(!record_file(&dir, id).exists());
    assert!(vault.verify().unwrap().is_intact());
    drop(vault);
    fs::write(record_file(&dir, id), copy).unwrap();
    let report = reopen(&dir).verify().unwrap();
    assert_eq!(
        found(&report),
        [(Some(id), ProblemKind::RecordOlderVersion)],
        "{:?}",
        report.problems
    );
    assert!(report.problems[0].detail.contains("deleted for good"));
}

#[test]
fn each_record_change_is_logged_with_the_hash_of_the_plaintext_written() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let id = vault.create_record(journal("first")).unwrap().id;
    vault.update_record(id, journal("second")).unwrap();
    vault.delete_record(id).unwrap();
    vault.restore_record(id).unwrap();
    let identity = vault.identity_secret();
    let about: Vec<_> = vault
        .log_entries_about(id)
        .unwrap()
        .into_iter()
        .map(|e| (e.kind, e.sha256))
        .collect();
    let kinds: Vec<_> = about.iter().map(|(k, _)| k.clone()).collect();
    assert_eq!(
        kinds,
        [
            LogKind::RecordCreate,
            LogKind::RecordEdit,
            LogKind::RecordDelete,
            LogKind::RecordRestore
        ]
    );
    // The newest hash is the SHA-256 of exactly what `age -d` gives for the file.
    let identity: age::x25519::Identity = identity.expose_secret().parse().unwrap();
    let sealed = fs::read(record_file(&dir, id)).unwrap();
    let plaintext = age::decrypt(&identity, &sealed).unwrap();
    assert_eq!(
        about.last().unwrap().1.as_deref(),
        Some(sha256_hex(&plaintext).as_str())
    );
    assert!(about.iter().all(|(_, sha)| sha.is_some()));
}

#[test]
fn a_journal_edit_keeps_what_was_written_and_when_it_was_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let id = vault.create_record(journal("first words")).unwrap().id;
    let before = chrono::Utc::now();
    vault.update_record(id, journal("second words")).unwrap();
    vault.update_record(id, journal("third words")).unwrap();
    drop(vault);
    let mut vault = reopen(&dir);
    let stored = vault.record(id).unwrap();
    assert_eq!(stored.record, journal("third words"));
    let history: Vec<_> = stored.history.iter().map(|v| v.record.clone()).collect();
    assert_eq!(history, [journal("first words"), journal("second words")]);
    assert!(stored.history[0].replaced_at >= before);
    assert!(stored.history[0].replaced_at <= stored.history[1].replaced_at);
    assert!(vault.verify().unwrap().is_intact());
}

#[test]
fn deleting_a_record_moves_it_to_the_trash_until_restored_or_purged() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let kept = vault.create_record(journal("kept")).unwrap().id;
    let id = vault.create_record(journal("to the trash")).unwrap().id;
    assert_eq!(vault.restore_record(id).unwrap_err().code(), "not-in-trash");
    assert_eq!(vault.purge_record(id).unwrap_err().code(), "not-in-trash");
    vault.delete_record(id).unwrap();
    // Hidden from the lists, the search and the documents; the file is still there.
    let listed: Vec<_> = vault.records(None).iter().map(|r| r.id).collect();
    assert_eq!(listed, [kept]);
    assert!(vault.search_journal("trash").is_empty());
    let trashed: Vec<_> = vault.trashed_records(None).iter().map(|r| r.id).collect();
    assert_eq!(trashed, [id]);
    assert!(record_file(&dir, id).exists());
    drop(vault);
    let mut vault = reopen(&dir);
    assert!(vault.record(id).unwrap().trashed_at.is_some());
    vault.restore_record(id).unwrap();
    assert_eq!(vault.records(None).len(), 2);
    vault.delete_record(id).unwrap();
    vault.purge_record(id).unwrap();
    assert!(!record_file(&dir, id).exists());
    assert_eq!(vault.record(id).unwrap_err().code(), "not-found");
    assert!(vault.verify().unwrap().is_intact());
}

#[test]
fn a_trashed_record_put_back_out_of_the_trash_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let id = vault.create_record(journal("evidence")).unwrap().id;
    drop(vault);
    let before = fs::read(record_file(&dir, id)).unwrap();
    let mut vault = reopen(&dir);
    vault.delete_record(id).unwrap();
    drop(vault);
    fs::write(record_file(&dir, id), before).unwrap();
    let report = reopen(&dir).verify().unwrap();
    assert_eq!(
        found(&report),
        [(Some(id), ProblemKind::RecordOlderVersion)]
    );
}

/// A record as a build before this change left it: a `record-create` entry without a
/// hash, a file without history or trash state.
fn legacy_record(vault: &mut Vault, dir: &Path, what: &str) -> Uuid {
    let id = Uuid::new_v4();
    let json = serde_json::json!({
        "id": id,
        "created_at": "2025-11-02T10:00:00Z",
        "updated_at": "2025-11-02T10:00:00Z",
        "record": {"kind": "journal", "what": what},
    });
    fs::write(
        record_file(dir, id),
        seal(&vault.recipient(), &serde_json::to_vec(&json).unwrap()),
    )
    .unwrap();
    vault
        .log_event(LogKind::RecordCreate, Some(id), "journal")
        .unwrap();
    vault
        .log_event(LogKind::RecordEdit, Some(id), "journal")
        .unwrap();
    id
}

#[test]
fn records_from_before_hashing_are_checked_for_presence_until_their_next_change() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let old = legacy_record(&mut vault, &dir, "written by an older build");
    let removed = legacy_record(&mut vault, &dir, "deleted by an older build");
    fs::remove_file(record_file(&dir, removed)).unwrap();
    vault
        .log_event(LogKind::RecordDelete, Some(removed), "journal")
        .unwrap();
    drop(vault);
    let legacy_copy = fs::read(record_file(&dir, old)).unwrap();

    // Opens, lists and verifies clean: an old delete (no hash) removed the file.
    let mut vault = reopen(&dir);
    assert_eq!(vault.records(None).len(), 1);
    let report = vault.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);

    // Its next change starts the hashing; the old copy put back is then caught.
    vault.update_record(old, journal("corrected")).unwrap();
    assert_eq!(vault.record(old).unwrap().history.len(), 1);
    assert!(vault.verify().unwrap().is_intact());
    drop(vault);
    fs::write(record_file(&dir, old), &legacy_copy).unwrap();
    let report = reopen(&dir).verify().unwrap();
    assert_eq!(found(&report), [(Some(old), ProblemKind::RecordChanged)]);

    // Presence is checked even without a hash.
    fs::remove_file(record_file(&dir, old)).unwrap();
    let report = reopen(&dir).verify().unwrap();
    assert_eq!(found(&report), [(Some(old), ProblemKind::RecordMissing)]);
}

// Part 2: thumbnails are bound to their item.

#[test]
fn another_items_thumbnail_copied_over_is_named_and_never_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let (a, b) = (tmp.path().join("a.png"), tmp.path().join("b.png"));
    png(&a, 250);
    png(&b, 10);
    let a = vault.import_file(&a, description("Bruise")).unwrap();
    let b = vault.import_file(&b, description("Letter")).unwrap();
    assert!(a.thumbnail_sha256.is_some());
    let b_thumb = vault.thumbnail(b.id).unwrap().unwrap();
    assert_eq!(
        b.thumbnail_sha256.as_deref(),
        Some(sha256_hex(&b_thumb).as_str())
    );
    drop(vault);
    let thumbs = dir.join("thumbs");
    fs::copy(
        thumbs.join(format!("{}.age", a.id)),
        thumbs.join(format!("{}.age", b.id)),
    )
    .unwrap();
    let mut vault = reopen(&dir);
    let report = vault.verify().unwrap();
    assert_eq!(
        found(&report),
        [(Some(b.id), ProblemKind::ThumbnailMismatch)],
        "{:?}",
        report.problems
    );
    assert_eq!(report.problems[0].title.as_deref(), Some("Letter"));
    assert_eq!(
        report.problems[0].file,
        Path::new("thumbs").join(format!("{}.age", b.id))
    );
    // Refused where every PDF and the window take thumbnails from.
    let refused = vault.thumbnail(b.id).unwrap_err();
    assert_eq!(refused.code(), "damaged-item");
    assert!(vault.thumbnail(a.id).unwrap().is_some());
}

#[test]
fn a_thumbnail_of_an_item_from_before_binding_is_bound_at_the_next_unlock_and_logged() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a.png");
    png(&src, 99);
    let item = vault.import_file(&src, description("Old photo")).unwrap();
    let identity = vault.identity_secret();
    let recipient = vault.recipient();
    drop(vault);
    // Rewrite the metadata as an older build wrote it: no thumbnail hash.
    let identity: age::x25519::Identity = identity.expose_secret().parse().unwrap();
    let meta = dir.join("meta").join(format!("{}.age", item.id));
    let mut json: serde_json::Value =
        serde_json::from_slice(&age::decrypt(&identity, &fs::read(&meta).unwrap()).unwrap())
            .unwrap();
    json.as_object_mut().unwrap().remove("thumbnail_sha256");
    fs::write(&meta, seal(&recipient, &serde_json::to_vec(&json).unwrap())).unwrap();
    let thumb = dir.join("thumbs").join(format!("{}.age", item.id));
    let picture = age::decrypt(&identity, &fs::read(&thumb).unwrap()).unwrap();

    // The first unlock binds it (trust on first use) and says so in the log.
    let mut vault = reopen(&dir);
    assert_eq!(vault.thumbnail(item.id).unwrap(), Some(picture));
    let bound: Vec<_> = vault
        .log_entries()
        .unwrap()
        .into_iter()
        .filter(|e| e.kind.as_str() == "thumbnails-bound")
        .collect();
    assert_eq!(bound.len(), 1, "one entry for the binding");
    assert!(
        bound[0].note.starts_with("1 thumbnail"),
        "{}",
        bound[0].note
    );
    assert!(vault.verify().unwrap().is_intact());
    drop(vault);

    // Once bound, a swap is caught like any other, and the next unlock binds nothing.
    let other = tmp.path().join("b.png");
    png(&other, 7);
    let mut vault = reopen(&dir);
    let second = vault.import_file(&other, description("New photo")).unwrap();
    drop(vault);
    fs::copy(
        dir.join("thumbs").join(format!("{}.age", second.id)),
        &thumb,
    )
    .unwrap();
    let mut vault = reopen(&dir);
    assert!(vault.thumbnail(item.id).is_err());
    let report = vault.verify().unwrap();
    assert_eq!(
        found(&report),
        [(Some(item.id), ProblemKind::ThumbnailMismatch)],
        "{:?}",
        report.problems
    );
    let entries = vault.log_entries().unwrap();
    assert_eq!(
        entries
            .iter()
            .filter(|e| e.kind.as_str() == "thumbnails-bound")
            .count(),
        1
    );
}

// Part 3: the edit history matches the log exactly.

#[test]
fn an_older_metadata_file_with_fewer_versions_is_named_with_both_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("chat.txt");
    fs::write(&src, b"we will be back on Sunday").unwrap();
    let item = vault.import_file(&src, description("Chat")).unwrap();
    drop(vault);
    let meta = dir.join("meta").join(format!("{}.age", item.id));
    let original = fs::read(&meta).unwrap();
    let mut vault = reopen(&dir);
    vault
        .edit_item(item.id, description("Chat, 3 July"))
        .unwrap();
    vault
        .edit_item(item.id, description("Chat, 3 July, about the holiday"))
        .unwrap();
    drop(vault);
    fs::write(&meta, original).unwrap();
    let report = reopen(&dir).verify().unwrap();
    assert_eq!(
        found(&report),
        [(Some(item.id), ProblemKind::ItemChangeNotInLog)],
        "{:?}",
        report.problems
    );
    let detail = &report.problems[0].detail;
    assert!(
        detail.contains("keeps 0 earlier descriptions") && detail.contains("records 2 edits"),
        "{detail}"
    );
}
