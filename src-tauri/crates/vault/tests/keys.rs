#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Passphrase, recovery keys and the on-disk secrecy of a vault.

mod common;

use std::fs;

use common::*;
use waarborg_vault::{CreateOptions, ExposeSecret, Record, SecretString, Vault, read_info};

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a.bin");
    fs::write(&src, pattern(1000)).unwrap();
    vault.import_file(&src, description("a")).unwrap();
    drop(vault);
    let before = snapshot(&dir);
    for attempt in ["", "Correct horse battery", "correct horse battery "] {
        let err = Vault::unlock(&dir, &pass(attempt)).unwrap_err();
        assert_eq!(err.code(), "wrong-passphrase", "{attempt:?}");
    }
    assert_eq!(
        snapshot(&dir),
        before,
        "a wrong passphrase changed the vault"
    );
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(vault.items().len(), 1);
}

#[test]
fn changing_the_passphrase_rewrites_only_the_key_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a.bin");
    fs::write(&src, pattern(5000)).unwrap();
    let item = vault.import_file(&src, description("a")).unwrap();
    let content_before = fs::read(dir.join(format!("items/{}.age", item.id))).unwrap();
    let key_before = fs::read(dir.join("keys/identity.age")).unwrap();
    vault
        .change_passphrase(&pass("new passphrase"), TEST_WORK_FACTOR)
        .unwrap();
    drop(vault);
    assert_ne!(fs::read(dir.join("keys/identity.age")).unwrap(), key_before);
    assert_eq!(
        fs::read(dir.join(format!("items/{}.age", item.id))).unwrap(),
        content_before,
        "content was re-encrypted"
    );
    assert_eq!(
        Vault::unlock(&dir, &pass("correct horse battery"))
            .unwrap_err()
            .code(),
        "wrong-passphrase"
    );
    let mut vault = Vault::unlock(&dir, &pass("new passphrase")).unwrap();
    let out = tmp.path().join("out.bin");
    vault.export_item(item.id, &out).unwrap();
    assert_eq!(fs::read(out).unwrap(), pattern(5000));
}

#[test]
fn a_recovery_key_opens_the_vault_without_the_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let lawyer = age::x25519::Identity::generate();
    let other = age::x25519::Identity::generate();
    let options = CreateOptions {
        recovery_recipients: vec![
            other.to_public().to_string(),
            lawyer.to_public().to_string(),
        ],
        ..options()
    };
    let dir = tmp.path().join("v");
    let vault = Vault::create(&dir, &pass("forgotten"), &options).unwrap();
    let id = vault.id();
    drop(vault);
    let recovered = Vault::unlock_with_recovery(&dir, &lawyer.to_string()).unwrap();
    assert_eq!(recovered.id(), id);
    drop(recovered);

    let stranger = age::x25519::Identity::generate();
    let err = Vault::unlock_with_recovery(&dir, &stranger.to_string()).unwrap_err();
    assert_eq!(err.code(), "wrong-recovery-key");
    let err = Vault::unlock_with_recovery(&dir, &pass("not a key")).unwrap_err();
    assert_eq!(err.code(), "invalid-recovery-key");
}

#[test]
fn recovery_keys_can_be_replaced_and_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let lawyer = age::x25519::Identity::generate();
    assert_eq!(
        vault
            .set_recovery_recipients(&["age1nonsense".to_owned()])
            .unwrap_err()
            .code(),
        "invalid-recovery-key"
    );
    vault
        .set_recovery_recipients(&[lawyer.to_public().to_string()])
        .unwrap();
    drop(vault);
    let vault = Vault::unlock_with_recovery(&dir, &lawyer.to_string()).unwrap();
    let mut vault = vault;
    vault.set_recovery_recipients(&[]).unwrap();
    drop(vault);
    assert_eq!(
        Vault::unlock_with_recovery(&dir, &lawyer.to_string())
            .unwrap_err()
            .code(),
        "no-recovery-key"
    );
}

#[test]
fn an_absurd_work_factor_in_the_key_file_is_refused_before_any_work() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    // Rewrite the scrypt stanza's work factor to 2^40 (would need 128 TiB of memory), in
    // both copies of the key file.
    for path in [
        dir.join("keys/identity.age"),
        dir.join("keys/identity-copy.age"),
    ] {
        let text = fs::read(&path).unwrap();
        let header_end = text.windows(4).position(|w| w == b"\n---").unwrap();
        let header = String::from_utf8(text[..header_end].to_vec()).unwrap();
        let needle = format!(" {}\n", TEST_WORK_FACTOR);
        assert!(header.contains(&needle), "{header}");
        let new_header = header.replacen(&needle, " 40\n", 1);
        let mut bytes = new_header.into_bytes();
        bytes.extend_from_slice(&text[header_end..]);
        fs::write(&path, bytes).unwrap();
    }
    let err = Vault::unlock(&dir, &pass("correct horse battery")).unwrap_err();
    assert_eq!(err.code(), "work-factor-too-high");
    assert!(err.to_string().contains("40"), "{err}");
}

#[test]
fn a_damaged_key_file_is_named_not_taken_for_a_wrong_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    fs::write(dir.join("keys/identity.age"), b"garbage").unwrap();
    fs::write(dir.join("keys/identity-copy.age"), b"garbage").unwrap();
    let err = Vault::unlock(&dir, &pass("correct horse battery")).unwrap_err();
    assert_eq!(err.code(), "damaged-vault");
}

#[test]
fn folders_that_are_not_vaults_or_too_new_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(
        Vault::unlock(tmp.path(), &pass("x")).unwrap_err().code(),
        "not-a-vault"
    );
    fs::write(tmp.path().join("vault.json"), b"{\"hello\": 1}").unwrap();
    assert_eq!(
        Vault::unlock(tmp.path(), &pass("x")).unwrap_err().code(),
        "not-a-vault"
    );
    let (dir, vault) = new_vault(tmp.path());
    let id = vault.id();
    drop(vault);
    let newer =
        format!("{{\"format\":\"waarborg-vault\",\"format_version\":2,\"vault_id\":\"{id}\"}}");
    fs::write(dir.join("vault.json"), newer).unwrap();
    assert_eq!(
        Vault::unlock(&dir, &pass("correct horse battery"))
            .unwrap_err()
            .code(),
        "newer-format-version"
    );
}

#[test]
fn nothing_readable_is_on_disk_but_the_format_version_and_vault_id() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("Paspoort Sam Jansen.txt");
    fs::write(&src, b"PLAINTEXT-CONTENT-MARKER").unwrap();
    vault
        .import_file(&src, description("TITLE-MARKER"))
        .unwrap();
    vault
        .create_record(Record::Person(waarborg_vault::PersonProfile {
            given_names: "NAME-MARKER".to_owned(),
            ..Default::default()
        }))
        .unwrap();
    let secret = vault.identity_secret();
    drop(vault);

    let info = read_info(&dir).unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.join("vault.json")).unwrap()).unwrap();
    let keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["format", "format_version", "vault_id"]);
    assert_eq!(info.format_version, 1);

    for (path, bytes) in snapshot(&dir) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(!name.contains("Paspoort"), "{name}");
        let text = String::from_utf8_lossy(&bytes);
        for marker in [
            "PLAINTEXT-CONTENT-MARKER",
            "TITLE-MARKER",
            "NAME-MARKER",
            "Paspoort",
            "holiday",
            secret.expose_secret(),
        ] {
            assert!(
                !text.contains(marker),
                "{marker} in plain text in {}",
                path.display()
            );
        }
        if path.parent().unwrap() != dir {
            let stem = name.trim_end_matches(".age");
            assert!(
                uuid::Uuid::parse_str(stem).is_ok()
                    || name == "head.age"
                    || name == "identity.age"
                    || name == "identity-copy.age"
                    || name == "key-check.age"
                    || name == "recovery-keys.age"
                    || name == "recovery.age"
                    || name == "signing.age",
                "unexpected file name {name}"
            );
        }
    }
}

#[test]
fn the_passphrase_type_does_not_print_its_secret() {
    let p = SecretString::from("hunter2".to_owned());
    assert!(!format!("{p:?}").contains("hunter2"));
}

/// Returns the damaged bytes, or `None` to remove the file.
type Damage = fn(&[u8]) -> Option<Vec<u8>>;

#[test]
fn tampered_key_files_are_named_and_never_rewritten() {
    let lawyer = age::x25519::Identity::generate();
    let damage: [(&str, Damage); 3] = [
        ("flipped last byte", |b| {
            let mut b = b.to_vec();
            let n = b.len();
            b[n - 1] ^= 1;
            Some(b)
        }),
        ("truncated", |b| Some(b[..b.len() - 10].to_vec())),
        ("removed", |_| None),
    ];
    for (what, damage) in damage {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let options = CreateOptions {
            recovery_recipients: vec![lawyer.to_public().to_string()],
            ..options()
        };
        drop(Vault::create(&dir, &pass("pw"), &options).unwrap());
        // Both copies of the passphrase key file (one alone is repaired from the other:
        // tests/rekey.rs), or the recovery file.
        for files in [
            &["keys/identity.age", "keys/identity-copy.age"][..],
            &["keys/recovery.age"],
        ] {
            let file = files[0];
            let originals: Vec<_> = files
                .iter()
                .map(|f| fs::read(dir.join(f)).unwrap())
                .collect();
            for (f, original) in files.iter().zip(&originals) {
                match damage(original) {
                    Some(bytes) => fs::write(dir.join(f), bytes).unwrap(),
                    None => fs::remove_file(dir.join(f)).unwrap(),
                }
            }
            let before = snapshot(&dir);
            let err = if file.ends_with("identity.age") {
                Vault::unlock(&dir, &pass("pw")).unwrap_err()
            } else {
                Vault::unlock_with_recovery(&dir, &lawyer.to_string()).unwrap_err()
            };
            let expected = if what == "removed" && file.ends_with("recovery.age") {
                "no-recovery-key"
            } else {
                "damaged-vault"
            };
            assert_eq!(err.code(), expected, "{what} {file}: {err}");
            assert_eq!(snapshot(&dir), before, "{what} {file}: the vault changed");
            for (f, original) in files.iter().zip(&originals) {
                fs::write(dir.join(f), original).unwrap();
            }
        }
        // Repaired from a backup copy, both ways in work again.
        assert!(Vault::unlock(&dir, &pass("pw")).is_ok());
        assert!(Vault::unlock_with_recovery(&dir, &lawyer.to_string()).is_ok());
    }
}
