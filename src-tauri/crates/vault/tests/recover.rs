#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! "I forgot my passphrase": a recovery key sets a new passphrase; recovery keys added
//! and removed one at a time, each change logged (issue 17 part 1).

mod common;

use std::fs;

use common::*;
use waarborg_vault::{CreateOptions, ExposeSecret, SecretString, Vault};

/// A new passphrase strong enough for the strength rule of vault creation.
const NEW: &str = "paarse olifant fietst langs de gracht";

fn vault_with_recovery(root: &std::path::Path) -> (std::path::PathBuf, age::x25519::Identity) {
    let lawyer = age::x25519::Identity::generate();
    let dir = root.join("v");
    let options = CreateOptions {
        recovery_recipients: vec![lawyer.to_public().to_string()],
        ..options()
    };
    let mut vault = Vault::create(&dir, &pass("forgotten passphrase"), &options).unwrap();
    let src = root.join("a.bin");
    fs::write(&src, pattern(3000)).unwrap();
    vault.import_file(&src, description("a")).unwrap();
    drop(vault);
    (dir, lawyer)
}

#[test]
fn recover_sets_a_new_passphrase_that_then_unlocks_and_logs_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, lawyer) = vault_with_recovery(tmp.path());
    let vault = Vault::recover(&dir, &lawyer.to_string(), &pass(NEW), TEST_WORK_FACTOR).unwrap();
    let last = vault.log_entries().unwrap().pop().unwrap();
    assert_eq!(last.kind.as_str(), "passphrase-changed");
    assert!(
        last.note.contains(&lawyer.to_public().to_string()),
        "the note names the recovery public key used: {}",
        last.note
    );
    assert!(!last.note.contains("AGE-SECRET-KEY"), "{}", last.note);
    drop(vault);

    let vault = Vault::unlock(&dir, &pass(NEW)).unwrap();
    assert_eq!(vault.items().len(), 1);
    drop(vault);
    assert_eq!(
        Vault::unlock(&dir, &pass("forgotten passphrase"))
            .unwrap_err()
            .code(),
        "wrong-passphrase"
    );
    // The recovery key keeps working.
    assert!(Vault::unlock_with_recovery(&dir, &lawyer.to_string()).is_ok());
}

#[test]
fn an_age_keygen_identity_file_with_its_comment_lines_is_a_recovery_key() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, lawyer) = vault_with_recovery(tmp.path());
    let file = format!(
        "# created: 2026-12-05T10:00:00Z\n# public key: {}\n{}\n",
        lawyer.to_public(),
        lawyer.to_string().expose_secret()
    );
    let vault = Vault::recover(&dir, &pass(&file), &pass(NEW), TEST_WORK_FACTOR).unwrap();
    drop(vault);
    assert!(Vault::unlock(&dir, &pass(NEW)).is_ok());
}

#[test]
fn a_wrong_or_malformed_recovery_key_changes_nothing_and_says_which() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _lawyer) = vault_with_recovery(tmp.path());
    let before = snapshot(&dir);
    let stranger = age::x25519::Identity::generate();
    let cases: [(SecretString, &str); 4] = [
        (stranger.to_string(), "wrong-recovery-key"),
        (pass("AGE-SECRET-KEY-1NOTAKEY"), "invalid-recovery-key"),
        // A public key pasted where the secret belongs.
        (
            pass(&stranger.to_public().to_string()),
            "invalid-recovery-key",
        ),
        (pass(""), "invalid-recovery-key"),
    ];
    for (key, code) in cases {
        let err = Vault::recover(&dir, &key, &pass(NEW), TEST_WORK_FACTOR).unwrap_err();
        assert_eq!(err.code(), code, "{err}");
        assert!(
            !err.to_string()
                .contains(&stranger.to_string().expose_secret()[16..]),
            "the message holds the secret key: {err}"
        );
        assert_eq!(snapshot(&dir), before, "{code}: the vault changed");
    }
    assert!(Vault::unlock(&dir, &pass("forgotten passphrase")).is_ok());
}

#[test]
fn an_empty_new_passphrase_is_refused_before_the_recovery_key_is_used() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, lawyer) = vault_with_recovery(tmp.path());
    let before = snapshot(&dir);
    let err = Vault::recover(&dir, &lawyer.to_string(), &pass(""), TEST_WORK_FACTOR).unwrap_err();
    assert_eq!(err.code(), "invalid-input");
    assert_eq!(snapshot(&dir), before, "the vault changed");
}

#[test]
fn a_vault_without_recovery_key_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    let before = snapshot(&dir);
    let key = age::x25519::Identity::generate().to_string();
    let err = Vault::recover(&dir, &key, &pass(NEW), TEST_WORK_FACTOR).unwrap_err();
    assert_eq!(err.code(), "no-recovery-key");
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn recovery_keys_are_added_and_removed_one_at_a_time_and_each_change_is_logged() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    assert_eq!(vault.recovery_recipients(), Some(vec![]));
    let lawyer = age::x25519::Identity::generate();
    let sister = age::x25519::Identity::generate();
    let (l, s) = (
        lawyer.to_public().to_string(),
        sister.to_public().to_string(),
    );

    vault.add_recovery_recipient(&l).unwrap();
    vault.add_recovery_recipient(&format!("  {s}\n")).unwrap();
    // Adding one already kept changes nothing.
    let entries = vault.log_entries().unwrap().len();
    vault.add_recovery_recipient(&l).unwrap();
    assert_eq!(vault.log_entries().unwrap().len(), entries);
    assert_eq!(
        vault.recovery_recipients(),
        Some(vec![l.clone(), s.clone()])
    );
    assert_eq!(
        vault
            .add_recovery_recipient("age1nonsense")
            .unwrap_err()
            .code(),
        "invalid-recovery-key"
    );
    drop(vault);
    assert!(Vault::unlock_with_recovery(&dir, &lawyer.to_string()).is_ok());
    let mut vault = Vault::unlock_with_recovery(&dir, &sister.to_string()).unwrap();

    vault.remove_recovery_recipient(&l).unwrap();
    assert_eq!(
        vault.remove_recovery_recipient(&l).unwrap_err().code(),
        "unknown-recovery-key"
    );
    let notes: Vec<String> = vault
        .log_entries()
        .unwrap()
        .into_iter()
        .filter(|e| e.kind.as_str() == "recovery-keys-changed")
        .map(|e| e.note)
        .collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes[0].contains(&format!("added {l}")), "{notes:?}");
    assert!(notes[1].contains(&format!("added {s}")), "{notes:?}");
    assert!(notes[2].contains(&format!("removed {l}")), "{notes:?}");
    assert!(notes[2].starts_with("1 recovery key(s)"), "{notes:?}");
    drop(vault);
    assert_eq!(
        Vault::unlock_with_recovery(&dir, &lawyer.to_string())
            .unwrap_err()
            .code(),
        "wrong-recovery-key"
    );
    let mut vault = Vault::unlock_with_recovery(&dir, &sister.to_string()).unwrap();
    vault.remove_recovery_recipient(&s).unwrap();
    assert_eq!(vault.recovery_recipients(), Some(vec![]));
    assert!(!dir.join("keys/recovery.age").exists());
}

/// The list of recovery keys must name every key that opens the recovery file, also
/// when a change stops half-way (else a re-key would drop a working recovery key
/// silently). The stop is a write that fails: a folder stands where the list goes.
#[test]
fn a_change_that_stops_half_way_never_leaves_a_recovery_key_the_list_does_not_name() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let lawyer = age::x25519::Identity::generate();
    let sister = age::x25519::Identity::generate();
    let (l, s) = (
        lawyer.to_public().to_string(),
        sister.to_public().to_string(),
    );
    vault.add_recovery_recipient(&l).unwrap();
    let list = dir.join("keys/recovery-keys.age");
    let list_bytes = fs::read(&list).unwrap();
    let block = |path: &std::path::Path| {
        fs::remove_file(path).unwrap();
        fs::create_dir(path).unwrap();
        fs::write(path.join("x"), b"x").unwrap();
    };
    let unblock = |path: &std::path::Path, bytes: &[u8]| {
        fs::remove_dir_all(path).unwrap();
        fs::write(path, bytes).unwrap();
    };

    // Adding: the list cannot be written.
    block(&list);
    assert!(vault.add_recovery_recipient(&s).is_err());
    unblock(&list, &list_bytes);
    drop(vault);
    let opens = Vault::unlock_with_recovery(&dir, &sister.to_string()).is_ok();
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    let named = vault.recovery_recipients().unwrap();
    assert!(
        !opens || named.contains(&s),
        "the sister's key opens the recovery file but the list names only {named:?}"
    );
    drop(vault);

    // Removing: the recovery file is rewritten first, then the list, which fails.
    let mut vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    vault.add_recovery_recipient(&s).unwrap();
    let list_bytes = fs::read(&list).unwrap();
    block(&list);
    assert!(vault.remove_recovery_recipient(&l).is_err());
    unblock(&list, &list_bytes);
    drop(vault);
    let mut vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    let named = vault.recovery_recipients().unwrap();
    for (key, public) in [(&lawyer, &l), (&sister, &s)] {
        if Vault::unlock_with_recovery(&dir, &key.to_string()).is_ok() {
            assert!(
                named.contains(public),
                "{public} opens, not named: {named:?}"
            );
        }
    }
    // What the list names survives a re-key; the parent sees the half-removed key in
    // Settings and removes it again.
    assert!(named.contains(&s));
    vault
        .rekey(&pass(NEW), TEST_WORK_FACTOR, &mut |_| {})
        .unwrap();
    drop(vault);
    assert!(Vault::unlock_with_recovery(&dir, &sister.to_string()).is_ok());
}
