#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Signed packages: every export signs its manifest with the vault's Ed25519 key, and
//! stock `ssh-keygen -Y verify` accepts a real export and rejects a changed manifest. The
//! key is made for older vaults at their next unlock (logged), survives a re-key
//! unchanged, and a key file that does not open stops an export instead of being
//! replaced.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use common::*;
use waarborg_package::{
    ALLOWED_SIGNERS, MANIFEST, MANIFEST_SIG, PackageKey, SignatureStatus, verify_package,
};
use waarborg_vault::{ExposeSecret, SIGNING_KEY_CREATED_KIND, Vault};

const PASSPHRASE: &str = "correct horse battery";

fn ssh_keygen_verify(dir: &Path, principal: &str) -> std::process::Output {
    Command::new("ssh-keygen")
        .args(["-Y", "verify", "-f", ALLOWED_SIGNERS, "-I", principal])
        .args(["-n", "waarborg-package", "-s", MANIFEST_SIG])
        .current_dir(dir)
        .stdin(Stdio::from(fs::File::open(dir.join(MANIFEST)).unwrap()))
        .output()
        .expect("ssh-keygen")
}

fn import(vault: &mut Vault, root: &Path, name: &str, bytes: &[u8]) -> uuid::Uuid {
    let src = root.join(name);
    fs::write(&src, bytes).unwrap();
    vault.import_file(&src, description(name)).unwrap().id
}

#[test]
fn ssh_keygen_accepts_a_real_export_and_rejects_one_with_a_changed_manifest() {
    if !waarborg_testkit::require_tool("ssh-keygen") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let id = import(&mut vault, tmp.path(), "chat.txt", b"see you on the 3rd");
    let fingerprint = vault.signing_fingerprint().expect("a signing key");
    let report = vault.export_folder(&[id], &tmp.path().join("pkg")).unwrap();
    let out = report.path;
    let vault_id = vault.id().to_string();

    let ok = ssh_keygen_verify(&out, &vault_id);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(
        String::from_utf8_lossy(&ok.stdout).contains(&fingerprint),
        "ssh-keygen names the key Settings shows"
    );
    let checked = verify_package(&out, &PackageKey::None, &mut |_| true).unwrap();
    assert!(checked.is_intact());
    assert_eq!(
        checked.signature,
        SignatureStatus::Signed {
            fingerprint: fingerprint.clone(),
            signer: vault_id.clone()
        }
    );
    // Another principal is not accepted for this key.
    let other = ssh_keygen_verify(&out, "someone-else");
    assert!(!other.status.success());

    // Forged: a file replaced and the manifest regenerated, so `sha256sum -c` passes.
    let name = &report.files[0].file;
    fs::write(out.join(name), b"see you on the 4th").unwrap();
    let manifest = fs::read_to_string(out.join(MANIFEST)).unwrap();
    fs::write(
        out.join(MANIFEST),
        manifest.replace(
            &sha256_hex(b"see you on the 3rd"),
            &sha256_hex(b"see you on the 4th"),
        ),
    )
    .unwrap();
    let sums = Command::new("sha256sum")
        .args(["-c", "--quiet", MANIFEST])
        .current_dir(&out)
        .output()
        .unwrap();
    assert!(sums.status.success(), "the forgery is consistent");
    let bad = ssh_keygen_verify(&out, &vault_id);
    assert!(
        !bad.status.success(),
        "ssh-keygen accepted a changed manifest"
    );
    let checked = verify_package(&out, &PackageKey::None, &mut |_| true).unwrap();
    assert!(
        matches!(checked.signature, SignatureStatus::Mismatch { .. }),
        "{:?}",
        checked.signature
    );
}

#[test]
fn an_encrypted_export_is_signed_inside_the_archive() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let id = import(&mut vault, tmp.path(), "brief.txt", b"letter");
    let lawyer = age::x25519::Identity::generate();
    let options = waarborg_vault::ExportOptions {
        protection: waarborg_vault::Protection::Recipients(vec![lawyer.to_public()]),
        ..Default::default()
    };
    let report = vault
        .export_package(&[id], &tmp.path().join("p.tar.age"), options)
        .unwrap();
    let key = PackageKey::Identities(lawyer.to_string().expose_secret().to_owned().into());
    let checked = verify_package(&report.path, &key, &mut |_| true).unwrap();
    assert!(checked.is_intact(), "{checked:?}");
    assert_eq!(
        checked.signature.fingerprint(),
        vault.signing_fingerprint().as_deref()
    );
}

#[test]
fn an_older_vault_gets_its_signing_key_at_the_next_unlock_and_keeps_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    let made_with_vault = vault.signing_fingerprint().unwrap();
    drop(vault);
    // A vault made before packages were signed has no key file.
    fs::remove_file(dir.join("keys").join("signing.age")).unwrap();
    let vault = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap();
    let fingerprint = vault.signing_fingerprint().expect("made at unlock");
    assert_ne!(fingerprint, made_with_vault, "a new key");
    let created: Vec<_> = vault
        .log_entries()
        .unwrap()
        .into_iter()
        .filter(|e| e.kind.as_str() == SIGNING_KEY_CREATED_KIND)
        .collect();
    assert_eq!(created.len(), 1, "made at this unlock");
    let create = &vault.log_entries().unwrap()[0];
    assert!(create.note.contains(&made_with_vault), "{}", create.note);
    assert!(
        created[0].note.contains(&fingerprint),
        "{}",
        created[0].note
    );
    drop(vault);
    // The next unlock keeps it and logs nothing more.
    let vault = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap();
    assert_eq!(vault.signing_fingerprint().unwrap(), fingerprint);
    let count = vault
        .log_entries()
        .unwrap()
        .iter()
        .filter(|e| e.kind.as_str() == SIGNING_KEY_CREATED_KIND)
        .count();
    assert_eq!(count, 1);
    // The key file is an age file encrypted to the vault key, like the rest.
    let age_file = fs::read(dir.join("keys").join("signing.age")).unwrap();
    assert!(age_file.starts_with(b"age-encryption.org/v1"));
    assert!(!String::from_utf8_lossy(&age_file).contains("OPENSSH"));
}

#[test]
fn a_rekey_carries_the_signing_key_and_leaves_nothing_in_keys_for_the_old_key() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    vault
        .set_recovery_recipients(&[age::x25519::Identity::generate().to_public().to_string()])
        .unwrap();
    let fingerprint = vault.signing_fingerprint().unwrap();
    let old = vault.identity_secret();
    let old: age::x25519::Identity = old.expose_secret().parse().unwrap();
    vault
        .rekey(&pass("new passphrase"), TEST_WORK_FACTOR, &mut |_| {})
        .unwrap();
    assert_eq!(
        vault.signing_fingerprint().as_deref(),
        Some(fingerprint.as_str())
    );
    // Every file in keys/ encrypted to a key is now encrypted to the new one: none opens
    // with the old key any more (the passphrase files are scrypt, the recovery file is
    // for the recovery keys).
    for entry in fs::read_dir(dir.join("keys")).unwrap() {
        let path = entry.unwrap().path();
        let file = fs::File::open(&path).unwrap();
        let decryptor = age::Decryptor::new(file).unwrap();
        if decryptor.is_scrypt() {
            continue;
        }
        assert!(
            decryptor
                .decrypt(std::iter::once(&old as &dyn age::Identity))
                .is_err(),
            "{} still opens with the old key",
            path.display()
        );
    }
    drop(vault);
    let vault = Vault::unlock(&dir, &pass("new passphrase")).unwrap();
    assert_eq!(vault.signing_fingerprint().unwrap(), fingerprint);
}

#[test]
fn a_signing_key_that_does_not_open_stops_the_export_and_is_never_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let id = import(&mut vault, tmp.path(), "a.txt", b"a");
    let key_file = dir.join("keys").join("signing.age");
    let mut bytes = fs::read(&key_file).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    fs::write(&key_file, &bytes).unwrap();
    let out = tmp.path().join("pkg");
    let err = vault.export_folder(&[id], &out).unwrap_err();
    assert_eq!(err.code(), "signing-key-damaged");
    assert!(err.to_string().contains("signing.age"), "{err}");
    assert!(!out.exists());
    assert_eq!(vault.signing_fingerprint(), None);
    drop(vault);
    // Unlocking still works and leaves the damaged file as it is; the check names it.
    let mut vault = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap();
    assert_eq!(fs::read(&key_file).unwrap(), bytes);
    let report = vault.verify().unwrap();
    let kinds: Vec<_> = report
        .problems
        .iter()
        .map(|p| (p.kind, p.file.clone()))
        .collect();
    assert_eq!(
        kinds,
        [(
            waarborg_vault::ProblemKind::SigningKeyDamaged,
            std::path::PathBuf::from("keys/signing.age")
        )]
    );
    drop(vault);
    // Taken away entirely while the vault is open: named too.
    let mut vault = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap();
    fs::remove_file(&key_file).unwrap();
    let report = vault.verify().unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.kind == waarborg_vault::ProblemKind::SigningKeyDamaged),
        "{:?}",
        report.problems
    );
}
