#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Crash safety with real processes: kill -9 during imports, and two processes at once.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use waarborg_vault::{ProblemKind, Vault};

const PASSPHRASE: &str = "correct horse battery";

/// A small deterministic generator for the kill delays (seed printed on failure).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn kill_9_during_imports_never_leaves_a_partial_item() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    let bytes = pattern(16 * 1024 * 1024);
    let src = tmp.path().join("video.bin");
    fs::write(&src, &bytes).unwrap();
    // Every copy the tool imports has this size; each has its own SHA-256 (see
    // examples/vault_tool.rs), reported on stdout once committed.
    let mut reported = std::collections::BTreeMap::new();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut rng = Lcg(seed);
    let mut committed = BTreeSet::new();
    let mut unlogged = BTreeSet::new();

    for round in 0..12 {
        let mut child = Command::new(vault_tool())
            .arg("import")
            .arg(&dir)
            .arg(&src)
            .arg("1000")
            .env("WAARBORG_PASSPHRASE", PASSPHRASE)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = Duration::from_millis(20 + rng.next() % 600);
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            let line = line.unwrap();
            let mut parts = line.split(' ');
            assert_eq!(parts.next(), Some("imported"));
            let id = uuid::Uuid::parse_str(parts.next().unwrap()).unwrap();
            reported.insert(id, parts.next().unwrap().to_owned());
            committed.insert(id);
        }

        let mut vault = Vault::unlock(&dir, &pass(PASSPHRASE))
            .unwrap_or_else(|e| panic!("round {round} (seed {seed}): does not open: {e}"));
        let report = vault.verify().unwrap();
        let present: BTreeSet<_> = vault.items().iter().map(|i| i.id).collect();
        // The one thing a kill may leave: an import killed after its metadata was written
        // (the commit point) and before its log entry. The item is kept, and the check
        // says that the log does not record it. Only this round's import can be that.
        for p in &report.problems {
            let expected = p.kind == ProblemKind::ItemNotInLog
                && p.item.is_some_and(|id| {
                    unlogged.contains(&id) || (!committed.contains(&id) && present.contains(&id))
                });
            assert!(
                expected,
                "round {round} (seed {seed}, delay {delay:?}): {:?}",
                report.problems
            );
            unlogged.extend(p.item);
        }
        assert!(report.problems.len() <= unlogged.len());
        assert!(
            committed.is_subset(&present),
            "round {round} (seed {seed}): a reported import is missing"
        );
        for item in vault.items() {
            if let Some(sha) = reported.get(&item.id) {
                assert_eq!(&item.facts.sha256, sha);
            }
            assert_eq!(item.facts.size, bytes.len() as u64);
        }
        // Uncommitted work was rolled back: no pending markers, no temporary files, and
        // no content file without metadata.
        assert_eq!(fs::read_dir(dir.join("pending")).unwrap().count(), 0);
        for sub in ["items", "meta", "thumbs", "log", "records", "keys"] {
            for e in fs::read_dir(dir.join(sub)).unwrap() {
                let name = e.unwrap().file_name();
                assert!(
                    !name.to_string_lossy().starts_with(".tmp-"),
                    "round {round}: leftover {name:?}"
                );
            }
        }
        assert_eq!(
            fs::read_dir(dir.join("items")).unwrap().count(),
            present.len()
        );
        eprintln!(
            "round {round}: killed after {delay:?}, {} items",
            present.len()
        );
        committed = present;
    }
}

#[test]
fn a_second_process_is_refused_with_the_holder_named() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    let mut holder = Command::new(vault_tool())
        .arg("hold")
        .arg(&dir)
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(holder.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "holding");

    let err = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap_err();
    assert_eq!(err.code(), "vault-locked-by-other-process");
    assert!(
        err.to_string().contains(&holder.id().to_string()),
        "holder not named: {err}"
    );
    // A wrong passphrase while locked is still just refused; nothing changes.
    drop(holder.stdin.take());
    assert!(holder.wait().unwrap().success());
    assert!(Vault::unlock(&dir, &pass(PASSPHRASE)).is_ok());
}

#[test]
fn the_lock_is_released_when_the_holder_is_killed() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    let mut holder = Command::new(vault_tool())
        .arg("hold")
        .arg(&dir)
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(holder.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    holder.kill().unwrap();
    holder.wait().unwrap();
    assert!(Vault::unlock(&dir, &pass(PASSPHRASE)).is_ok());
}

/// Unmounts the small tmpfs when the test ends, also on failure.
struct Mount(std::path::PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_is_a_clear_error_and_the_vault_stays_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("small");
    fs::create_dir(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=3m", "tmpfs"])
        .arg(&mnt)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    let _mount = Mount(mnt.clone());
    let dir = mnt.join("vault");
    let mut vault = Vault::create(&dir, &pass(PASSPHRASE), &options()).unwrap();
    let src = tmp.path().join("big.bin");
    let mut imported = Vec::new();
    let err = loop {
        // Different bytes each time: the same bytes again would be a duplicate.
        let mut bytes = pattern(700 * 1024);
        bytes[0] = u8::try_from(imported.len()).unwrap();
        fs::write(&src, &bytes).unwrap();
        match vault.import_file(&src, description("fill")) {
            Ok(item) => imported.push(item.id),
            Err(e) => break e,
        }
        assert!(imported.len() < 10, "the 3 MiB disk never filled");
    };
    assert_eq!(err.code(), "disk-full", "{err}");
    assert!(!imported.is_empty());
    drop(vault);
    // Nothing half-written is left, every committed item is intact.
    let mut vault = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap();
    let present: Vec<_> = vault.items().iter().map(|i| i.id).collect();
    assert_eq!(present.len(), imported.len());
    assert_eq!(
        fs::read_dir(dir.join("items")).unwrap().count(),
        imported.len()
    );
    for (n, id) in imported.iter().enumerate() {
        let out = tmp.path().join(id.to_string());
        vault
            .export_item(*id, &out)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut bytes = pattern(700 * 1024);
        bytes[0] = u8::try_from(n).unwrap();
        assert_eq!(fs::read(&out).unwrap(), bytes);
    }
    // The check itself may not be able to log on a full disk; free some space first.
    let first = imported[0];
    vault.trash_item(first).ok();
    if vault.purge_item(first).is_ok() {
        let report = vault.verify().unwrap();
        assert!(report.is_intact(), "{:?}", report.problems);
    }
}

#[test]
fn creating_a_vault_on_a_full_disk_leaves_the_folder_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("small");
    fs::create_dir(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&mnt)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    let _mount = Mount(mnt.clone());
    let dir = mnt.join("vault");
    fs::create_dir(&dir).unwrap();
    // Fill the disk, leaving a few KiB: the folders fit, the key file does not.
    let filler = mnt.join("filler");
    let _ = fs::write(&filler, vec![0u8; 1024 * 1024]);
    let err = Vault::create(&dir, &pass(PASSPHRASE), &options()).unwrap_err();
    assert_eq!(err.code(), "disk-full", "{err}");
    let left: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    fs::remove_file(&filler).unwrap();
    assert!(Vault::create(&dir, &pass(PASSPHRASE), &options()).is_ok());
}
