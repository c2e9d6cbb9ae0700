#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Opening is safe on every system, whatever system made the package: names Windows
//! would read as a drive, a stream, a device or another name are refused in archives and
//! manifests; a passphrase package asking for too much scrypt work is refused before any
//! work; a folder package is shown from the copy that was checked; packages are signed
//! so that stock `ssh-keygen -Y verify` checks them.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use age::secrecy::{ExposeSecret, SecretString};
use waarborg_package::*;

const VAULT_ID: &str = "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

fn no_progress() -> impl FnMut(u64) -> bool {
    |_| true
}

/// An encrypted archive holding `entries` (name → bytes) under the top folder `p`.
fn archive(path: &Path, identity: &x25519::Identity, entries: &[(&str, &[u8])]) {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, bytes) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        // Written into the header directly: the tar crate's own path checks are for
        // the local system, and a package may come from any.
        let full = format!("p/{name}");
        let gnu = h.as_gnu_mut().unwrap();
        gnu.name[..full.len()].copy_from_slice(full.as_bytes());
        h.set_cksum();
        builder.append(&h, *bytes).unwrap();
    }
    let tar_bytes = builder.into_inner().unwrap();
    fs::write(
        path,
        age::encrypt(&identity.to_public(), &tar_bytes).unwrap(),
    )
    .unwrap();
}

fn sha(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn archive_entries_unsafe_on_some_system_are_refused_with_their_own_code() {
    let tmp = tempfile::tempdir().unwrap();
    let identity = x25519::Identity::generate();
    let key = PackageKey::Identities(identity.to_string().expose_secret().to_owned().into());
    for bad in [
        "C:evil.txt",
        "a:stream",
        "sub\\..\\..\\x",
        "CON",
        "nul.txt",
        "Com1.jpg",
        "LPT9",
        "dot.",
        "space ",
        "ctl\u{1}x",
        "sub/AUX.pdf",
    ] {
        let path = tmp.path().join("bad.tar.age");
        let _ = fs::remove_file(&path);
        let manifest = format!("{}  ok.txt\n", sha(b"ok"));
        archive(
            &path,
            &identity,
            &[
                ("ok.txt", b"ok"),
                (bad, b"x"),
                ("MANIFEST.sha256", manifest.as_bytes()),
            ],
        );
        let err = verify_package(&path, &key, &mut no_progress()).unwrap_err();
        assert_eq!(err.code(), "unsafe-name", "{bad:?}: {err}");
        assert!(err.to_string().contains("not safe"), "{err}");
        // Opening (which unpacks) refuses it too, before writing that file.
        let err = open_package(&path, &key, &mut no_progress()).unwrap_err();
        assert_eq!(err.code(), "unsafe-name", "{bad:?}: {err}");
    }
}

#[test]
fn a_manifest_naming_an_unsafe_file_is_refused_with_its_own_code() {
    let tmp = tempfile::tempdir().unwrap();
    for bad in ["C:x", "CON", "prn.txt", "a.", "b ", "x\\y", "lpt3.doc"] {
        let dir = tmp.path().join("pkg");
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir(&dir).unwrap();
        fs::write(
            dir.join(MANIFEST),
            format!("{}  {bad}\n", sha(b"x")).as_bytes(),
        )
        .unwrap();
        let err = verify_package(&dir, &PackageKey::None, &mut no_progress()).unwrap_err();
        assert_eq!(err.code(), "unsafe-name", "{bad:?}: {err}");
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
    }
}

#[test]
fn a_passphrase_package_asking_for_more_work_than_the_cap_is_refused_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let passphrase = SecretString::from("gebruik dit niet".to_owned());
    let out = tmp.path().join("p.tar.age");
    let mut writer =
        PackageWriter::create(&out, Protection::Passphrase(passphrase.clone()), 0).unwrap();
    writer.add_bytes("a.txt", b"a").unwrap();
    let out = writer.finish().unwrap();
    // Raise the work factor in the header to 2^40 (the header MAC is checked only after
    // the key derivation, so the file reads as a package asking for that much work).
    let bytes = fs::read(&out).unwrap();
    let text_end = bytes.windows(4).position(|w| w == b"\n---").unwrap();
    let header = String::from_utf8(bytes[..text_end].to_vec()).unwrap();
    let line = header
        .lines()
        .find(|l| l.starts_with("-> scrypt "))
        .unwrap();
    let parts: Vec<&str> = line.split(' ').collect();
    let raised = format!("-> scrypt {} 40", parts[2]);
    let tampered = [header.replace(line, &raised).as_bytes(), &bytes[text_end..]].concat();
    let path = tmp.path().join("greedy.tar.age");
    fs::write(&path, tampered).unwrap();
    assert_eq!(package_kind(&path).unwrap(), PackageKind::Passphrase);
    let started = std::time::Instant::now();
    let err = verify_package(
        &path,
        &PackageKey::Passphrase(passphrase),
        &mut no_progress(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "work-factor-too-high", "{err}");
    assert!(err.to_string().contains("40"), "{err}");
    assert!(err.to_string().contains("20"), "{err}");
    // No assertion on speed; printed for the reader (2^40 would take days).
    println!("refused in {:?}", started.elapsed());
}

#[test]
fn a_folder_package_is_shown_from_the_copy_that_was_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("pkg");
    let mut writer = PackageWriter::create(&out, Protection::Folder, 0).unwrap();
    writer.add_bytes("0001_a.txt", b"the original").unwrap();
    let out = writer.finish().unwrap();
    let opened = open_package(&out, &PackageKey::None, &mut no_progress()).unwrap();
    assert!(opened.report.is_intact());
    // Changed on disk after the check: the viewer still serves what was checked.
    fs::write(out.join("0001_a.txt"), b"swapped afterwards").unwrap();
    let served = opened.verified_file("0001_a.txt").unwrap();
    assert!(
        !served.starts_with(&out),
        "{served:?} is the package itself"
    );
    assert_eq!(fs::read(&served).unwrap(), b"the original");
    let root = opened.root().to_owned();
    drop(opened);
    assert!(!root.exists(), "the private copy is deleted on close");
}

fn signed_folder(out: &Path, signer: &PackageSigner) -> std::path::PathBuf {
    let mut writer = PackageWriter::create(out, Protection::Folder, 0)
        .unwrap()
        .with_signer(signer.clone());
    writer.add_bytes("0001_a.txt", b"evidence").unwrap();
    writer.add_bytes(README, README_TEXT.as_bytes()).unwrap();
    writer.finish().unwrap()
}

fn ssh_keygen_verify(dir: &Path) -> std::process::Output {
    let manifest = fs::File::open(dir.join(MANIFEST)).unwrap();
    Command::new("ssh-keygen")
        .args(["-Y", "verify", "-f", ALLOWED_SIGNERS, "-I", VAULT_ID])
        .args(["-n", "waarborg-package", "-s", MANIFEST_SIG])
        .current_dir(dir)
        .stdin(Stdio::from(manifest))
        .output()
        .expect("ssh-keygen")
}

#[test]
fn a_signed_package_checks_with_ssh_keygen_and_a_changed_manifest_does_not() {
    if !waarborg_testkit::require_tool("ssh-keygen") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let signer = PackageSigner::generate(VAULT_ID).unwrap();
    let out = signed_folder(&tmp.path().join("pkg"), &signer);
    let ok = ssh_keygen_verify(&out);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let said = String::from_utf8_lossy(&ok.stdout);
    assert!(said.contains(&signer.fingerprint()), "{said}");
    let report = verify_package(&out, &PackageKey::None, &mut no_progress()).unwrap();
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(
        report.signature,
        SignatureStatus::Signed {
            fingerprint: signer.fingerprint(),
            signer: VAULT_ID.to_owned()
        }
    );
    // The manifest is in the manifest's own check as allowed_signers is.
    assert!(report.files.iter().any(|f| f.name == ALLOWED_SIGNERS));

    // A forger edits a file and regenerates the manifest: sha256sum -c passes, the
    // signature does not.
    fs::write(out.join("0001_a.txt"), b"forged").unwrap();
    let manifest = fs::read_to_string(out.join(MANIFEST)).unwrap();
    let forged = manifest.replace(&sha(b"evidence"), &sha(b"forged"));
    fs::write(out.join(MANIFEST), forged).unwrap();
    let bad = ssh_keygen_verify(&out);
    assert!(
        !bad.status.success(),
        "ssh-keygen accepted a changed manifest"
    );
    let report = verify_package(&out, &PackageKey::None, &mut no_progress()).unwrap();
    assert!(report.is_intact(), "consistent, but…");
    assert!(
        matches!(report.signature, SignatureStatus::Mismatch { .. }),
        "{:?}",
        report.signature
    );
}

#[test]
fn a_package_made_without_the_vaults_key_is_unsigned_or_signed_by_another_key() {
    let tmp = tempfile::tempdir().unwrap();
    let vault_key = PackageSigner::generate(VAULT_ID).unwrap();
    // Someone with only the lawyer's public key builds an encrypted package.
    let lawyer = x25519::Identity::generate();
    let out = tmp.path().join("forged.tar.age");
    let mut writer =
        PackageWriter::create(&out, Protection::Recipients(vec![lawyer.to_public()]), 0).unwrap();
    writer.add_bytes("0001_a.txt", b"forged").unwrap();
    let out = writer.finish().unwrap();
    let key = PackageKey::Identities(lawyer.to_string().expose_secret().to_owned().into());
    let report = verify_package(&out, &key, &mut no_progress()).unwrap();
    assert!(report.is_intact());
    assert_eq!(report.signature, SignatureStatus::Unsigned);

    // Or signs it with a key of their own under the vault's id: signed, but not with
    // the vault's fingerprint.
    let theirs = PackageSigner::generate(VAULT_ID).unwrap();
    let out = tmp.path().join("forged-signed.tar.age");
    let mut writer =
        PackageWriter::create(&out, Protection::Recipients(vec![lawyer.to_public()]), 0)
            .unwrap()
            .with_signer(theirs.clone());
    writer.add_bytes("0001_a.txt", b"forged").unwrap();
    let out = writer.finish().unwrap();
    let report = verify_package(&out, &key, &mut no_progress()).unwrap();
    assert_eq!(
        report.signature.fingerprint(),
        Some(theirs.fingerprint().as_str())
    );
    assert_ne!(
        report.signature.fingerprint(),
        Some(vault_key.fingerprint().as_str())
    );
}
