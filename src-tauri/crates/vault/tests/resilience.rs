#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(unix)]
//! One bad file never locks the parent out: a damaged log head is rebuilt, stray files
//! and folders are reported and skipped, every damaged file is named while the rest stays
//! readable, `vault.lock` is never followed, and a pipe, socket, device or link loop
//! given to import is refused at once as a problem with that source.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use waarborg_vault::{ImportError, Item, ProblemKind, Record, Vault, VerifyReport};

const PASSPHRASE: &str = "correct horse battery";
/// How long an operation that must return at once may take before the test calls it a
/// hang (it never waits this long when the code is right).
const HANG: Duration = Duration::from_secs(60);

struct Fixture {
    tmp: tempfile::TempDir,
    dir: PathBuf,
    items: Vec<Item>,
}

/// A closed vault with three items and a journal record.
fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let mut items = Vec::new();
    for i in 0..3 {
        let src = tmp.path().join(format!("f{i}"));
        fs::write(&src, pattern(1000 + i)).unwrap();
        items.push(
            vault
                .import_file(&src, description(&format!("Item {i}")))
                .unwrap(),
        );
    }
    vault
        .create_record(Record::Journal(Default::default()))
        .unwrap();
    drop(vault);
    Fixture { tmp, dir, items }
}

fn unlock(dir: &Path) -> Vault {
    Vault::unlock(dir, &pass(PASSPHRASE)).unwrap_or_else(|e| panic!("{e} [{}]", e.code()))
}

/// Runs `f` on a thread and fails the test if it does not return within [`HANG`] (a
/// blocked `open` of a pipe would otherwise hang the test run).
fn at_once<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(HANG)
        .unwrap_or_else(|_| panic!("{what} did not return: it hangs"))
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo");
    assert!(status.success());
}

fn problems_of(report: &VerifyReport) -> Vec<(ProblemKind, String)> {
    report
        .problems
        .iter()
        .map(|p| (p.kind, p.file.to_string_lossy().into_owned()))
        .collect()
}

fn all_items_listed(vault: &Vault, items: &[Item]) {
    let listed: Vec<_> = vault.items().iter().map(|i| i.id).collect();
    let expected: Vec<_> = items.iter().map(|i| i.id).collect();
    assert_eq!(listed, expected);
}

// --- A damaged log head ---------------------------------------------------------------

#[test]
fn a_damaged_log_head_is_rebuilt_logged_and_reported() {
    type Damage = fn(&Path);
    let damages: [(&str, Damage); 4] = [
        ("flipped byte", |p| {
            let mut bytes = fs::read(p).unwrap();
            let n = bytes.len();
            bytes[n - 3] ^= 0x01;
            fs::write(p, bytes).unwrap();
        }),
        ("truncated", |p| {
            let bytes = fs::read(p).unwrap();
            fs::write(p, &bytes[..bytes.len() / 2]).unwrap();
        }),
        ("garbage", |p| {
            fs::write(p, b"not an age file at all").unwrap()
        }),
        ("empty", |p| fs::write(p, b"").unwrap()),
    ];
    for (how, damage) in damages {
        let f = fixture();
        let head = f.dir.join("log/head.age");
        damage(&head);
        // Today: damaged-vault, the parent locked out of everything.
        let mut vault = unlock(&f.dir);
        all_items_listed(&vault, &f.items);
        let rebuilt: Vec<_> = vault
            .log_entries()
            .unwrap()
            .into_iter()
            .filter(|e| e.kind.as_str() == "log-head-rebuilt")
            .collect();
        assert_eq!(rebuilt.len(), 1, "{how}");
        assert!(
            rebuilt[0].note.contains("damaged"),
            "{how}: {}",
            rebuilt[0].note
        );
        assert!(
            !rebuilt[0].note.contains("missing"),
            "{how}: {}",
            rebuilt[0].note
        );
        let report = vault.verify().unwrap();
        assert_eq!(
            problems_of(&report),
            [(ProblemKind::LogDamaged, "log/head.age".to_owned())],
            "{how}: {:?}",
            report.problems
        );
        assert!(report.problems[0].detail.contains("damaged"), "{how}");
        // The vault works on: a new entry chains onto the rebuilt head, and the next
        // open neither rebuilds again nor forgets the loss.
        let src = f.tmp.path().join("after");
        fs::write(&src, b"after the rebuild").unwrap();
        vault.import_file(&src, description("After")).unwrap();
        drop(vault);
        let mut vault = unlock(&f.dir);
        let report = vault.verify().unwrap();
        assert_eq!(report.problems.len(), 1, "{how}: {:?}", report.problems);
        assert_eq!(
            vault
                .log_entries()
                .unwrap()
                .iter()
                .filter(|e| e.kind.as_str() == "log-head-rebuilt")
                .count(),
            1,
            "{how}"
        );
    }
}

#[test]
fn a_missing_log_head_is_still_logged_as_missing() {
    let f = fixture();
    fs::remove_file(f.dir.join("log/head.age")).unwrap();
    let vault = unlock(&f.dir);
    let entries = vault.log_entries().unwrap();
    let rebuilt = entries.last().unwrap();
    assert_eq!(rebuilt.kind.as_str(), "log-head-rebuilt");
    assert!(rebuilt.note.contains("missing"), "{}", rebuilt.note);
}

#[test]
fn a_remembered_key_still_opens_a_vault_whose_head_is_damaged() {
    let f = fixture();
    let store: std::sync::Arc<keyring_core::CredentialStore> =
        keyring_core::mock::Store::new().unwrap();
    let keychain = waarborg_vault::DeviceKeychain::with_store(store);
    unlock(&f.dir).remember_on_device(&keychain).unwrap();
    fs::write(f.dir.join("log/head.age"), b"garbage").unwrap();
    let vault = Vault::unlock_with_keychain(&f.dir, &keychain)
        .unwrap_or_else(|e| panic!("{e} [{}]", e.code()));
    all_items_listed(&vault, &f.items);
}

// --- Stray files and folders ----------------------------------------------------------

#[test]
fn stray_folders_and_files_are_reported_and_skipped_never_fatal() {
    let f = fixture();
    let id = f.items[1].id;
    type Make = Box<dyn Fn(&Path)>;
    let stray: Vec<(&str, Make)> = vec![
        ("items/.tmp-x", Box::new(|p| fs::create_dir(p).unwrap())),
        (".tmp-y", Box::new(|p| fs::create_dir(p).unwrap())),
        ("log/.tmp-z", Box::new(|p| fs::create_dir(p).unwrap())),
        (
            "pending/0b5a1f7c-8a4e-4c1e-9d55-3b2f6f0f2a11",
            Box::new(|p| {
                fs::create_dir(p).unwrap();
                fs::write(p.join("inside"), b"x").unwrap();
            }),
        ),
        (
            "meta/7d2c9a8e-1111-4b7a-9c3d-5e6f7a8b9c0d.age",
            Box::new(|p| fs::create_dir(p).unwrap()),
        ),
        (
            "log/1c9e6f2a-2222-4d3b-8e4f-6a7b8c9d0e1f.age",
            Box::new(|p| fs::create_dir(p).unwrap()),
        ),
        (
            "records/3e4f5a6b-3333-4c7d-8e9f-0a1b2c3d4e5f.age",
            Box::new(mkfifo),
        ),
        (
            "items/notes.txt",
            Box::new(|p| fs::write(p, b"hello").unwrap()),
        ),
        (
            "thumbs/5a6b7c8d-4444-4e9f-8a0b-1c2d3e4f5a6b.age",
            Box::new(|p| std::os::unix::fs::symlink("/etc/hostname", p).unwrap()),
        ),
    ];
    for (path, make) in &stray {
        make(&f.dir.join(path));
    }
    // A pipe where an item's thumbnail belongs: reading it must not block.
    let thumb = f.dir.join(format!("thumbs/{id}.age"));
    mkfifo(&thumb);

    let dir = f.dir.clone();
    let mut vault = at_once("unlock", move || unlock(&dir));
    all_items_listed(&vault, &f.items);
    assert_eq!(vault.records(None).len(), 1);
    let report = at_once("verify", move || {
        let report = vault.verify().unwrap();
        drop(vault);
        report
    });
    let mut found = problems_of(&report);
    found.sort_by(|a, b| a.1.cmp(&b.1));
    let mut expected: Vec<(ProblemKind, String)> = stray
        .iter()
        .map(|(p, _)| (ProblemKind::StrayFile, (*p).to_owned()))
        .chain([(ProblemKind::StrayFile, format!("thumbs/{id}.age"))])
        .collect();
    expected.sort_by(|a, b| a.1.cmp(&b.1));
    assert_eq!(found, expected, "{:?}", report.problems);
    // Nothing Waarborg did not make was removed.
    for (path, _) in &stray {
        assert!(
            fs::symlink_metadata(f.dir.join(path)).is_ok(),
            "{path} was removed"
        );
    }
}

#[test]
fn leftover_temporary_files_are_still_removed_at_open() {
    let f = fixture();
    let tmp_file = f.dir.join("meta/.tmp-leftover");
    fs::write(&tmp_file, b"half").unwrap();
    let mut vault = unlock(&f.dir);
    assert!(!tmp_file.exists());
    assert!(vault.verify().unwrap().is_intact());
}

// --- Damaged files are named, the rest stays readable ---------------------------------

#[test]
fn an_undecryptable_metadata_and_record_file_are_named_and_the_rest_stays_readable() {
    let f = fixture();
    let mut vault = unlock(&f.dir);
    let keep = vault
        .create_record(Record::Journal(Default::default()))
        .unwrap()
        .id;
    let damaged_record = vault
        .records(None)
        .into_iter()
        .find(|r| r.id != keep)
        .unwrap()
        .id;
    drop(vault);
    let meta = f.dir.join(format!("meta/{}.age", f.items[0].id));
    fs::write(&meta, b"garbage").unwrap();
    let record = f.dir.join(format!("records/{damaged_record}.age"));
    let mut bytes = fs::read(&record).unwrap();
    bytes.truncate(bytes.len() - 10);
    fs::write(&record, bytes).unwrap();
    // The index would still have the item: take it away so the damage is seen at open.
    fs::remove_file(f.dir.join("index.age")).unwrap();

    let mut vault = unlock(&f.dir);
    all_items_listed(&vault, &f.items[1..]);
    let ids: Vec<_> = vault.records(None).iter().map(|r| r.id).collect();
    assert_eq!(ids, [keep]);
    let report = vault.verify().unwrap();
    let found = problems_of(&report);
    assert!(
        found.contains(&(
            ProblemKind::MetadataUndecryptable,
            format!("meta/{}.age", f.items[0].id)
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            ProblemKind::RecordUndecryptable,
            format!("records/{damaged_record}.age")
        )),
        "{found:?}"
    );
    for item in &f.items[1..] {
        let out = f.tmp.path().join(format!("out-{}", item.id));
        vault.export_item(item.id, &out).unwrap();
        assert_eq!(sha256_hex(&fs::read(&out).unwrap()), item.facts.sha256);
    }
}

// --- vault.lock -----------------------------------------------------------------------

#[test]
fn a_linked_vault_lock_never_touches_its_target() {
    let f = fixture();
    let victim = f.tmp.path().join("victim.txt");
    let victim_bytes = b"the other parent's file, which must stay as it is\n".to_vec();
    fs::write(&victim, &victim_bytes).unwrap();
    let lock = f.dir.join("vault.lock");
    let _ = fs::remove_file(&lock);
    std::os::unix::fs::symlink(&victim, &lock).unwrap();

    let wrong = Vault::unlock(&f.dir, &pass("wrong")).unwrap_err();
    assert_eq!(fs::read(&victim).unwrap(), victim_bytes);
    assert_eq!(wrong.code(), "lock-file-not-a-file", "{wrong}");
    assert!(wrong.to_string().contains("vault.lock"), "{wrong}");

    let right = Vault::unlock(&f.dir, &pass(PASSPHRASE)).unwrap_err();
    assert_eq!(fs::read(&victim).unwrap(), victim_bytes);
    assert_eq!(right.code(), "lock-file-not-a-file", "{right}");
    // The link itself is left for the parent to remove, as the message says.
    assert!(
        fs::symlink_metadata(&lock)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    fs::remove_file(&lock).unwrap();
    all_items_listed(&unlock(&f.dir), &f.items);
    assert_eq!(fs::read(&victim).unwrap(), victim_bytes);
}

#[test]
fn a_vault_lock_that_is_a_pipe_or_a_folder_is_refused_at_once() {
    let f = fixture();
    let lock = f.dir.join("vault.lock");
    let _ = fs::remove_file(&lock);
    mkfifo(&lock);
    let dir = f.dir.clone();
    let err = at_once("unlock", move || {
        Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap_err()
    });
    assert_eq!(err.code(), "lock-file-not-a-file", "{err}");
    fs::remove_file(&lock).unwrap();
    fs::create_dir(&lock).unwrap();
    let err = Vault::unlock(&f.dir, &pass(PASSPHRASE)).unwrap_err();
    assert_eq!(err.code(), "lock-file-not-a-file", "{err}");
}

#[test]
fn the_lock_holder_is_written_only_after_the_passphrase_is_checked() {
    let f = fixture();
    let lock = f.dir.join("vault.lock");
    fs::write(&lock, b"process 1 on an earlier day").unwrap();
    let err = Vault::unlock(&f.dir, &pass("wrong")).unwrap_err();
    assert_eq!(err.code(), "wrong-passphrase");
    assert_eq!(fs::read(&lock).unwrap(), b"process 1 on an earlier day");
    let vault = unlock(&f.dir);
    let holder = fs::read_to_string(&lock).unwrap();
    assert!(holder.contains(&std::process::id().to_string()), "{holder}");
    drop(vault);
}

// --- Importing pipes, sockets, devices and link loops ---------------------------------

fn import_error(vault: Vault, source: PathBuf) -> (Vault, ImportError) {
    at_once("import", move || {
        let mut vault = vault;
        let err = vault
            .import_file(&source, description("Special"))
            .unwrap_err();
        (vault, err)
    })
}

#[test]
fn a_pipe_socket_or_device_is_refused_at_once_naming_the_file() {
    let f = fixture();
    let fifo = f.tmp.path().join("pipe");
    mkfifo(&fifo);
    let socket = f.tmp.path().join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let link_to_fifo = f.tmp.path().join("link-to-pipe");
    std::os::unix::fs::symlink(&fifo, &link_to_fifo).unwrap();
    let mut vault = unlock(&f.dir);
    for source in [
        fifo.clone(),
        socket.clone(),
        link_to_fifo.clone(),
        PathBuf::from("/dev/zero"),
        PathBuf::from("/dev/null"),
    ] {
        let (back, err) = import_error(vault, source.clone());
        vault = back;
        assert_eq!(
            err.code(),
            "source-special-file",
            "{}: {err}",
            source.display()
        );
        assert!(
            err.to_string().contains(&source.display().to_string()),
            "{err}"
        );
    }
    all_items_listed(&vault, &f.items);
    assert!(vault.verify().unwrap().is_intact());
}

#[test]
fn a_link_to_a_regular_file_is_imported() {
    let f = fixture();
    let target = f.tmp.path().join("real.txt");
    fs::write(&target, b"behind a link").unwrap();
    let link = f.tmp.path().join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let mut vault = unlock(&f.dir);
    let item = vault.import_file(&link, description("Linked")).unwrap();
    assert_eq!(item.facts.sha256, sha256_hex(b"behind a link"));
}

#[test]
fn a_link_loop_is_a_problem_with_the_source_not_the_vault() {
    let f = fixture();
    let a = f.tmp.path().join("a");
    let b = f.tmp.path().join("b");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let mut vault = unlock(&f.dir);
    let err = vault.import_file(&a, description("Loop")).unwrap_err();
    assert_eq!(err.code(), "source-unreadable", "{err}");
    assert!(err.to_string().contains(&a.display().to_string()), "{err}");
    assert!(
        matches!(err, ImportError::SourceUnreadable { ref path, .. } if *path == a),
        "{err:?}"
    );
}

#[test]
fn suggesting_a_description_for_a_pipe_named_like_a_photo_does_not_hang() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("IMG_0001.jpg");
    mkfifo(&fifo);
    let suggested = at_once("suggest_description", move || {
        waarborg_vault::suggest_description(&fifo)
    });
    assert_eq!(suggested.title, "IMG_0001");
    assert_eq!(suggested.event_date, None);
}

#[test]
fn a_pipe_in_place_of_the_key_file_does_not_hang_the_unlock() {
    let f = fixture();
    let key = f.dir.join("keys/identity.age");
    fs::remove_file(&key).unwrap();
    mkfifo(&key);
    let dir = f.dir.clone();
    let opened = at_once("unlock", move || {
        Vault::unlock(&dir, &pass(PASSPHRASE)).map(|v| v.items().len())
    });
    // The second copy of the key file opens the vault.
    assert_eq!(opened.unwrap_or_else(|e| panic!("{e} [{}]", e.code())), 3);
}
