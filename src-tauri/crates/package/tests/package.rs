#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Packages written and checked with the stock tools: `sha256sum -c` inside a folder, the
//! Debian `age` CLI with an identity file for an encrypted one (the archive unpacks with
//! `tar` to the same files), and `verify_package` naming every changed, missing or added
//! file. Cancels and full disks leave nothing behind.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use age::secrecy::{ExposeSecret, SecretString};
use waarborg_package::*;

/// Distinct bytes of length `len` (seeded so files differ).
fn pattern(seed: u8, len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

const FILES: &[(&str, usize)] = &[
    ("0001_Chat-met-K.txt", 1500),
    ("0002_Beschikking.pdf", 300_000),
    ("0003_Foto.jpeg", 2_500_000),
];

/// Writes the three files plus an index into a package at `out`.
fn write_package(out: &Path, protection: Protection) -> PathBuf {
    let mut writer = PackageWriter::create(out, protection, 1_764_000_000).unwrap();
    for (n, (name, len)) in FILES.iter().enumerate() {
        let bytes = pattern(n as u8, *len);
        writer
            .add_file(name, *len as u64, &mut &bytes[..], None)
            .unwrap();
    }
    writer.add_bytes(INDEX_JSON, b"[]").unwrap();
    writer.add_bytes(README, README_TEXT.as_bytes()).unwrap();
    writer.finish().unwrap()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn sha256sum_check(dir: &Path) -> std::process::Output {
    Command::new("sha256sum")
        .args(["-c", "MANIFEST.sha256"])
        .current_dir(dir)
        .output()
        .expect("sha256sum (coreutils)")
}

fn new_identity() -> (x25519::Identity, String) {
    let identity = x25519::Identity::generate();
    let text = format!("{}\n", identity.to_string().expose_secret());
    (identity, text)
}

fn no_progress() -> impl FnMut(u64) -> bool {
    |_| true
}

#[test]
fn a_folder_package_passes_sha256sum_and_verify_names_every_tampered_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = write_package(&tmp.path().join("pakket"), Protection::Folder);
    // Nothing else was left next to it.
    assert_eq!(names_in(tmp.path()), ["pakket"]);
    let check = sha256sum_check(&out);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    // The manifest covers every file but itself.
    let listed = String::from_utf8_lossy(&check.stdout).lines().count();
    assert_eq!(listed, names_in(&out).len() - 1);

    let report = verify_package(&out, &PackageKey::None, &mut no_progress()).unwrap();
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.kind, PackageKind::Folder);

    // Change one byte, remove one file, add one.
    let changed = out.join(FILES[1].0);
    let mut bytes = fs::read(&changed).unwrap();
    bytes[1000] ^= 1;
    fs::write(&changed, bytes).unwrap();
    fs::remove_file(out.join(FILES[0].0)).unwrap();
    fs::write(out.join("0004_extra.txt"), "toegevoegd").unwrap();
    let report = verify_package(&out, &PackageKey::None, &mut no_progress()).unwrap();
    assert!(!report.is_intact());
    let status = |name: &str| {
        report
            .files
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.status.clone())
            .unwrap()
    };
    assert_eq!(status(FILES[0].0), FileStatus::Missing);
    assert!(matches!(status(FILES[1].0), FileStatus::Changed { .. }));
    assert_eq!(status(FILES[2].0), FileStatus::Ok);
    assert_eq!(report.unlisted, ["0004_extra.txt"]);
    assert_eq!(
        report.failures(),
        [FILES[0].0, FILES[1].0, "0004_extra.txt"]
    );
    assert!(!sha256sum_check(&out).status.success());
}

#[test]
fn the_age_cli_decrypts_a_package_for_a_key_and_tar_unpacks_the_same_files() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = write_package(&tmp.path().join("folder"), Protection::Folder);
    let (identity, identity_text) = new_identity();
    let out = tmp.path().join("waarborg-export-2026.tar.age");
    write_package(&out, Protection::Recipients(vec![identity.to_public()]));
    assert_eq!(
        names_in(tmp.path()),
        [
            "folder",
            "waarborg-export-2026.tar.age",
            "waarborg-export-2026.tar.age.README.txt"
        ]
    );
    let note =
        fs::read_to_string(tmp.path().join("waarborg-export-2026.tar.age.README.txt")).unwrap();
    assert!(note.contains("age -d -i"), "{note}");

    let key_file = tmp.path().join("key.txt");
    fs::write(&key_file, &identity_text).unwrap();
    let tar_file = tmp.path().join("package.tar");
    let age = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&key_file)
        .arg("-o")
        .arg(&tar_file)
        .arg(&out)
        .output()
        .expect("the age CLI (Debian package age)");
    assert!(
        age.status.success(),
        "{}",
        String::from_utf8_lossy(&age.stderr)
    );
    let unpack = tmp.path().join("unpacked");
    fs::create_dir(&unpack).unwrap();
    let tar = Command::new("tar")
        .arg("-xf")
        .arg(&tar_file)
        .arg("-C")
        .arg(&unpack)
        .status()
        .unwrap();
    assert!(tar.success());
    let root = unpack.join("waarborg-export-2026");
    assert_eq!(names_in(&unpack), ["waarborg-export-2026"]);
    assert_eq!(names_in(&root), names_in(&folder));
    for name in names_in(&folder) {
        assert_eq!(
            fs::read(root.join(&name)).unwrap(),
            fs::read(folder.join(&name)).unwrap(),
            "{name}"
        );
    }
    assert!(sha256sum_check(&root).status.success());

    // The app's own check, streaming, with the right key, another key and none.
    let key = PackageKey::Identities(SecretString::from(identity_text));
    let report = verify_package(&out, &key, &mut no_progress()).unwrap();
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.kind, PackageKind::Keys);
    let (_, other) = new_identity();
    let err = verify_package(
        &out,
        &PackageKey::Identities(other.into()),
        &mut no_progress(),
    );
    assert_eq!(err.unwrap_err().code(), "no-matching-key");
    let err = verify_package(&out, &PackageKey::None, &mut no_progress());
    assert_eq!(err.unwrap_err().code(), "needs-identity");
    let err = verify_package(
        &out,
        &PackageKey::Identities("not a key".to_owned().into()),
        &mut no_progress(),
    );
    assert_eq!(err.unwrap_err().code(), "invalid-identity");

    // Opened for viewing: unpacked privately, only verified files are handed out.
    let opened = open_package(&out, &key, &mut no_progress()).unwrap();
    let file = opened.verified_file(FILES[2].0).unwrap();
    assert_eq!(fs::read(&file).unwrap(), pattern(2, FILES[2].1));
    assert!(opened.verified_file("../key.txt").is_none());
    let unpacked_root = opened.root().to_owned();
    drop(opened);
    assert!(!unpacked_root.exists(), "the private copy is deleted");
}

#[test]
fn a_passphrase_package_opens_with_the_passphrase_only() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("p.tar.age");
    let passphrase = "paarse olifant fietst langs de gracht";
    write_package(&out, Protection::Passphrase(passphrase.to_owned().into()));
    assert_eq!(package_kind(&out).unwrap(), PackageKind::Passphrase);
    let report = verify_package(
        &out,
        &PackageKey::Passphrase(passphrase.to_owned().into()),
        &mut no_progress(),
    )
    .unwrap();
    assert!(report.is_intact());
    let wrong = verify_package(
        &out,
        &PackageKey::Passphrase("fout".to_owned().into()),
        &mut no_progress(),
    );
    assert_eq!(wrong.unwrap_err().code(), "wrong-passphrase");
    let none = verify_package(&out, &PackageKey::None, &mut no_progress());
    assert_eq!(none.unwrap_err().code(), "needs-passphrase");

    // The stock age CLI asks on a terminal; `script` gives it one.
    let tar_file = tmp.path().join("p.tar");
    let mut child = Command::new("script")
        .args(["-qec"])
        .arg(format!(
            "age -d -o {} {}",
            tar_file.display(),
            out.display()
        ))
        .arg("/dev/null")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("script (util-linux)");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{passphrase}\n").as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    let list = Command::new("tar")
        .arg("-tf")
        .arg(&tar_file)
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&list.stdout);
    assert!(listing.contains("p/0003_Foto.jpeg"), "{listing}");
    assert!(listing.contains("p/MANIFEST.sha256"), "{listing}");
}

#[test]
fn a_changed_byte_in_an_encrypted_package_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (identity, text) = new_identity();
    let out = write_package(
        &tmp.path().join("x.tar.age"),
        Protection::Recipients(vec![identity.to_public()]),
    );
    let mut bytes = fs::read(&out).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x40;
    fs::write(&out, bytes).unwrap();
    let err = verify_package(
        &out,
        &PackageKey::Identities(text.into()),
        &mut no_progress(),
    );
    assert_eq!(err.unwrap_err().code(), "damaged");
}

#[test]
fn cancelling_leaves_nothing_and_an_existing_name_is_never_replaced() {
    for protection in [
        Protection::Folder,
        Protection::Recipients(vec![new_identity().0.to_public()]),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("pakket.tar.age");
        let mut calls = 0;
        let mut writer = PackageWriter::create(&out, protection, 0)
            .unwrap()
            .with_progress(|_| {
                calls += 1;
                calls < 3
            });
        let big = pattern(7, 8 << 20);
        let err = writer
            .add_file("0001_big.bin", big.len() as u64, &mut &big[..], None)
            .unwrap_err();
        assert_eq!(err.code(), "cancelled");
        drop(writer);
        assert_eq!(names_in(tmp.path()), Vec::<String>::new());
    }
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("bestaat"), "oud").unwrap();
    let err =
        PackageWriter::create(&tmp.path().join("bestaat"), Protection::Folder, 0).unwrap_err();
    assert_eq!(err.code(), "exists");
    assert_eq!(fs::read(tmp.path().join("bestaat")).unwrap(), b"oud");
}

#[test]
fn content_that_does_not_match_its_recorded_hash_fails_the_package() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("p");
    let mut writer = PackageWriter::create(&out, Protection::Folder, 0).unwrap();
    let err = writer
        .add_file("0001_a.txt", 3, &mut &b"abc"[..], Some(&"0".repeat(64)))
        .unwrap_err();
    assert_eq!(err.code(), "damaged-item");
    // A shorter content than announced is refused as well.
    let err = writer
        .add_file("0002_b.txt", 10, &mut &b"abc"[..], None)
        .unwrap_err();
    assert_eq!(err.code(), "damaged-item");
    for bad in ["../x", "/abs", MANIFEST] {
        assert!(writer.add_bytes(bad, b"x").is_err(), "{bad}");
    }
}

#[test]
fn a_full_disk_is_a_clear_error_and_leaves_no_half_package() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("usb");
    fs::create_dir(&mnt).unwrap();
    // A small disk needs root: without it this skips locally and fails in CI.
    let Some(_mount) = waarborg_testkit::mount_tmpfs(&mnt, "2m") else {
        return;
    };
    for (name, protection) in [
        ("folder", Protection::Folder),
        (
            "file.tar.age",
            Protection::Recipients(vec![new_identity().0.to_public()]),
        ),
    ] {
        let out = mnt.join(name);
        let result = (|| {
            let mut writer = PackageWriter::create(&out, protection, 0)?;
            for (n, (file, len)) in FILES.iter().enumerate() {
                let bytes = pattern(n as u8, *len);
                writer.add_file(file, *len as u64, &mut &bytes[..], None)?;
            }
            writer.finish()
        })();
        assert_eq!(result.unwrap_err().code(), "disk-full", "{name}");
        assert_eq!(names_in(&mnt), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn archives_with_links_or_names_outside_their_folder_are_not_packages() {
    let tmp = tempfile::tempdir().unwrap();
    let (identity, text) = new_identity();
    type Build = Box<dyn Fn(&mut tar::Builder<Vec<u8>>)>;
    let cases: Vec<(&str, Build)> = vec![
        (
            "link",
            Box::new(|b| {
                let mut h = tar::Header::new_gnu();
                h.set_entry_type(tar::EntryType::Symlink);
                h.set_size(0);
                b.append_link(&mut h, "p/MANIFEST.sha256", "/etc/passwd")
                    .unwrap();
            }),
        ),
        (
            "two roots",
            Box::new(|b| {
                for path in ["p/MANIFEST.sha256", "q/x"] {
                    let mut h = tar::Header::new_gnu();
                    h.set_size(0);
                    b.append_data(&mut h, path, &[][..]).unwrap();
                }
            }),
        ),
    ];
    for (label, build) in cases {
        let mut builder = tar::Builder::new(Vec::new());
        build(&mut builder);
        let tar_bytes = builder.into_inner().unwrap();
        let encrypted = age::encrypt(&identity.to_public(), &tar_bytes).unwrap();
        let path = tmp
            .path()
            .join(format!("{}.tar.age", label.replace(' ', "-")));
        fs::write(&path, encrypted).unwrap();
        let err = verify_package(
            &path,
            &PackageKey::Identities(text.clone().into()),
            &mut no_progress(),
        )
        .unwrap_err();
        assert_eq!(err.code(), "not-a-package", "{label}: {err}");
    }
    // A random file is not a package either.
    let junk = tmp.path().join("junk.bin");
    fs::write(&junk, pattern(1, 100)).unwrap();
    assert_eq!(package_kind(&junk).unwrap_err().code(), "not-a-package");
}

#[test]
fn archive_roots_are_safe_folder_names() {
    assert_eq!(
        archive_root(Path::new("/a/waarborg-export-1.tar.age")),
        "waarborg-export-1"
    );
    assert_eq!(archive_root(Path::new("x y.age")), "x-y");
    assert_eq!(archive_root(Path::new("...age")), "waarborg-export");
}
