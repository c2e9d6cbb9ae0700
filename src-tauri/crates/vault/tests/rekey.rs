#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The key file kept twice, and re-key: a new vault key, every file re-encrypted to it.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use common::*;
use waarborg_vault::{
    CreateOptions, ExposeSecret, JournalEntry, Record, RekeyStep, UnlockNotice, Vault,
};

const OLD: &str = "correct horse battery";
const NEW: &str = "a brand new passphrase";

fn flip_byte(path: &Path, at_from_end: usize) {
    let mut bytes = fs::read(path).unwrap();
    let i = bytes.len() - at_from_end;
    bytes[i] ^= 0x40;
    fs::write(path, bytes).unwrap();
}

/// Every `.age` file of the vault outside `keys/`.
fn vault_files(dir: &Path) -> Vec<PathBuf> {
    snapshot(dir)
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.extension().is_some_and(|e| e == "age") && !p.starts_with(dir.join("keys")))
        .collect()
}

fn opens_with(path: &Path, identity: &age::x25519::Identity) -> bool {
    let Ok(file) = fs::File::open(path) else {
        return false;
    };
    let Ok(decryptor) = age::Decryptor::new_buffered(std::io::BufReader::new(file)) else {
        return false;
    };
    decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .is_ok()
}

fn secret_of(vault: &Vault) -> age::x25519::Identity {
    age::x25519::Identity::from_str(vault.identity_secret().expose_secret()).unwrap()
}

/// A vault with two items (one a JPEG, so it has a thumbnail), a journal entry, and a
/// recovery key.
fn filled_vault(
    root: &Path,
    recovery: &age::x25519::Identity,
) -> (PathBuf, Vec<(uuid::Uuid, Vec<u8>)>) {
    let dir = root.join("vault");
    let options = CreateOptions {
        recovery_recipients: vec![recovery.to_public().to_string()],
        ..options()
    };
    let mut vault = Vault::create(&dir, &pass(OLD), &options).unwrap();
    let mut items = Vec::new();
    for (name, bytes) in [("a.bin", pattern(300_000)), ("b.txt", b"hello".to_vec())] {
        let src = root.join(name);
        fs::write(&src, &bytes).unwrap();
        let item = vault.import_file(&src, description(name)).unwrap();
        items.push((item.id, bytes));
    }
    vault
        .create_record(Record::Journal(JournalEntry {
            what: "Sam was not brought back on Sunday".to_owned(),
            ..JournalEntry::default()
        }))
        .unwrap();
    drop(vault);
    (dir, items)
}

#[test]
fn a_flipped_byte_in_the_key_file_still_opens_and_the_copy_repairs_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    let recipient = vault.recipient();
    drop(vault);
    let key = dir.join("keys/identity.age");
    let copy = dir.join("keys/identity-copy.age");
    assert!(copy.exists(), "no second copy of the key file");
    // In the payload (the identity itself) and in the scrypt stanza's wrapped key: both
    // make the file refuse the passphrase.
    for at_from_end in [3, 80] {
        flip_byte(&key, at_from_end);
        let damaged = fs::read(&key).unwrap();
        let mut vault = Vault::unlock(&dir, &pass(OLD)).unwrap();
        assert_eq!(vault.recipient(), recipient);
        assert!(
            vault.unlock_notices().iter().any(|n| matches!(
                n,
                UnlockNotice::KeyFileRepaired { file, .. } if file == &key
            )),
            "{:?}",
            vault.unlock_notices()
        );
        assert_ne!(
            fs::read(&key).unwrap(),
            damaged,
            "the key file was not repaired"
        );
        let entries = vault.log_entries().unwrap();
        assert!(
            entries
                .iter()
                .any(|e| e.kind.as_str() == "key-file-repaired" && e.note.contains("identity.age")),
            "the repair is not logged"
        );
        let report = vault.verify().unwrap();
        assert!(report.is_intact(), "{:?}", report.problems);
        drop(vault);
        // Repaired: the first file opens on its own again (the copy is not needed).
        fs::remove_file(&copy).unwrap();
        let vault = Vault::unlock(&dir, &pass(OLD)).unwrap();
        assert!(matches!(
            vault.unlock_notices(),
            [UnlockNotice::KeyCopyCreated { .. }]
        ));
    }
}

#[test]
fn a_missing_key_file_is_rewritten_from_the_copy_and_a_wrong_passphrase_stays_wrong() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    let key = dir.join("keys/identity.age");
    fs::remove_file(&key).unwrap();
    let before = snapshot(&dir);
    assert_eq!(
        Vault::unlock(&dir, &pass("not it")).unwrap_err().code(),
        "wrong-passphrase"
    );
    assert_eq!(
        snapshot(&dir),
        before,
        "a wrong passphrase changed the vault"
    );
    drop(Vault::unlock(&dir, &pass(OLD)).unwrap());
    assert!(key.exists());
    fs::remove_file(dir.join("keys/identity-copy.age")).unwrap();
    drop(Vault::unlock(&dir, &pass(OLD)).unwrap());
}

#[test]
fn an_older_vault_with_one_key_file_gets_its_copy_on_the_next_unlock() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    // What a vault written before copies existed has in keys/.
    fs::remove_file(dir.join("keys/identity-copy.age")).unwrap();
    fs::remove_file(dir.join("keys/key-check.age")).unwrap();
    let mut vault = Vault::unlock(&dir, &pass(OLD)).unwrap();
    assert!(matches!(
        vault.unlock_notices(),
        [UnlockNotice::KeyCopyCreated { .. }]
    ));
    assert!(
        vault
            .log_entries()
            .unwrap()
            .iter()
            .any(|e| e.kind.as_str() == "key-copy-created")
    );
    assert!(vault.verify().unwrap().is_intact());
    drop(vault);
    // The copy alone opens the vault.
    fs::remove_file(dir.join("keys/identity.age")).unwrap();
    drop(Vault::unlock(&dir, &pass(OLD)).unwrap());
}

#[test]
fn verify_reports_a_damaged_or_differing_key_file_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    flip_byte(&dir.join("keys/identity-copy.age"), 3);
    let report = vault.verify().unwrap();
    let problem = report
        .problems
        .iter()
        .find(|p| p.file == Path::new("keys/identity-copy.age"))
        .unwrap_or_else(|| panic!("not reported: {:?}", report.problems));
    assert_eq!(
        serde_json::to_value(problem.kind).unwrap(),
        "key-file-damaged"
    );
    // Another vault's key file (whose passphrase someone else knows) in its place.
    let other = tmp.path().join("other");
    drop(Vault::create(&other, &pass("theirs"), &options()).unwrap());
    fs::copy(
        other.join("keys/identity.age"),
        dir.join("keys/identity.age"),
    )
    .unwrap();
    let report = vault.verify().unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.file == Path::new("keys/identity.age")),
        "{:?}",
        report.problems
    );
    drop(vault);
    // With the passphrase the swapped first file is refused, the copy is damaged: the
    // vault is not opened with a foreign key.
    assert!(Vault::unlock(&dir, &pass("theirs")).is_err());
}

#[test]
fn rekey_makes_a_new_key_and_the_old_key_file_no_longer_opens_anything() {
    let tmp = tempfile::tempdir().unwrap();
    let lawyer = age::x25519::Identity::generate();
    let (dir, items) = filled_vault(tmp.path(), &lawyer);
    let stolen_key_file = fs::read(dir.join("keys/identity.age")).unwrap();

    let mut vault = Vault::unlock(&dir, &pass(OLD)).unwrap();
    let old_identity = secret_of(&vault);
    let entries_before = vault.log_entries().unwrap();
    let mut steps = Vec::new();
    let report = vault
        .rekey(&pass(NEW), TEST_WORK_FACTOR, &mut |s| steps.push(s))
        .unwrap();
    assert!(report.damaged.is_empty(), "{:?}", report.damaged);
    assert_eq!(report.recipient, vault.recipient());
    assert!(matches!(steps.first(), Some(RekeyStep::Started { .. })));
    assert_eq!(steps.last(), Some(&RekeyStep::Finished));
    let new_identity = secret_of(&vault);
    assert_ne!(new_identity.to_public(), old_identity.to_public());

    // The log is one chain: the same entries (same bytes, same hashes) plus `rekey`.
    let entries_after = vault.log_entries().unwrap();
    assert_eq!(&entries_after[..entries_before.len()], &entries_before[..]);
    assert_eq!(
        entries_after[entries_before.len()].kind.as_str(),
        waarborg_vault::REKEY_KIND
    );
    let report = vault.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    drop(vault);

    // Every file is encrypted to the new key only.
    let files = vault_files(&dir);
    assert!(files.len() >= 8, "{files:?}");
    for file in &files {
        assert!(
            opens_with(file, &new_identity),
            "{} not re-keyed",
            file.display()
        );
        assert!(
            !opens_with(file, &old_identity),
            "{} still opens with the old key",
            file.display()
        );
    }
    // A copy of the old key file plus the old passphrase yields the old key, which opens
    // nothing of the vault as it is now.
    fs::write(dir.join("keys/identity.age"), &stolen_key_file).unwrap();
    fs::remove_file(dir.join("keys/identity-copy.age")).unwrap();
    assert!(Vault::unlock(&dir, &pass(OLD)).is_err());
    fs::remove_file(dir.join("keys/identity.age")).unwrap();
    // The copy of the new key was not there: put back the new key files by a recovery unlock
    // (the recovery file is rewritten for the same recovery key).
    let mut recovered = Vault::unlock_with_recovery(&dir, &lawyer.to_string()).unwrap();
    assert_eq!(recovered.recipient(), new_identity.to_public().to_string());
    recovered
        .change_passphrase(&pass(NEW), TEST_WORK_FACTOR)
        .unwrap();
    drop(recovered);
    let mut vault = Vault::unlock(&dir, &pass(NEW)).unwrap();
    for (id, bytes) in &items {
        let out = tmp.path().join(format!("{id}.out"));
        vault.export_item(*id, &out).unwrap();
        assert_eq!(&fs::read(&out).unwrap(), bytes);
    }
    assert_eq!(vault.records(None).len(), 1);
    assert!(vault.thumbnail(items[0].0).is_ok());
}

#[test]
fn rekey_is_refused_when_the_recovery_keys_are_not_known() {
    let tmp = tempfile::tempdir().unwrap();
    let lawyer = age::x25519::Identity::generate();
    let (dir, _) = filled_vault(tmp.path(), &lawyer);
    // A vault made before the list of recovery keys was kept.
    fs::remove_file(dir.join("keys/recovery-keys.age")).unwrap();
    let mut vault = Vault::unlock(&dir, &pass(OLD)).unwrap();
    let before = snapshot(&dir);
    let err = vault
        .rekey(&pass(NEW), TEST_WORK_FACTOR, &mut |_| {})
        .unwrap_err();
    assert_eq!(err.code(), "rekey-recovery-keys-unknown");
    assert_eq!(snapshot(&dir), before, "a refused re-key changed the vault");
    // Setting them again makes the re-key possible.
    vault
        .set_recovery_recipients(&[lawyer.to_public().to_string()])
        .unwrap();
    vault
        .rekey(&pass(NEW), TEST_WORK_FACTOR, &mut |_| {})
        .unwrap();
    drop(vault);
    drop(Vault::unlock_with_recovery(&dir, &lawyer.to_string()).unwrap());
}

#[test]
fn the_rekeyed_files_open_with_the_age_command() {
    if !waarborg_testkit::require_tool("age") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let lawyer = age::x25519::Identity::generate();
    let (dir, items) = filled_vault(tmp.path(), &lawyer);
    let mut vault = Vault::unlock(&dir, &pass(OLD)).unwrap();
    vault
        .rekey(&pass(NEW), TEST_WORK_FACTOR, &mut |_| {})
        .unwrap();
    let key = tmp.path().join("identity.txt");
    fs::write(&key, vault.identity_secret().expose_secret()).unwrap();
    drop(vault);
    let (id, bytes) = &items[0];
    let out = std::process::Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&key)
        .arg(dir.join(format!("items/{id}.age")))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(&out.stdout, bytes);
}
