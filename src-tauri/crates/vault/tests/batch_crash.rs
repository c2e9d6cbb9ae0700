#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! A phone folder imported in batches (issue 18, part 5), killed with `kill -9` at random
//! moments: every file reported as imported is in the vault with its SHA-256, nothing
//! half-imported is left (no pending marker, no temporary file, no content without
//! metadata), and the check finds nothing but what a kill could always leave (an item
//! whose log entry was not written, never one that was reported).
//!
//! The importer is this test binary itself, run again as the ignored test
//! `batch_import_child` with the vault and folder in its environment.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Read;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use waarborg_fs::BatchSync;
use waarborg_vault::{ItemDescription, ProblemKind, Vault};

const CHILD_VAULT: &str = "WAARBORG_BATCH_CRASH_VAULT";
const CHILD_FOLDER: &str = "WAARBORG_BATCH_CRASH_FOLDER";
/// `each-file`: the child syncs each batch the portable way ([`BatchSync::EachFile`],
/// what macOS and Windows use), else the platform's way (`syncfs` on Linux).
const CHILD_SYNC: &str = "WAARBORG_BATCH_CRASH_SYNC";

/// The importer: imports every file of the folder in batches and prints
/// `IMPORTED <id> <sha256>` for each once it is reported. Run only by the test below.
#[test]
#[ignore = "run by a_kill_during_a_batch_import_loses_only_unreported_files_*"]
fn batch_import_child() {
    let (Ok(vault), Ok(folder)) = (std::env::var(CHILD_VAULT), std::env::var(CHILD_FOLDER)) else {
        panic!("run by a_kill_during_a_batch_import_loses_only_unreported_files_*");
    };
    let how = match std::env::var(CHILD_SYNC).as_deref() {
        Ok("each-file") => BatchSync::EachFile,
        _ => BatchSync::PLATFORM,
    };
    let mut vault = Vault::unlock(&PathBuf::from(vault), &pass("correct horse battery")).unwrap();
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    println!("STARTED");
    vault.import_batch_syncing(
        how,
        &files,
        &mut |_| ItemDescription::default(),
        &mut |_, _| ControlFlow::Continue(()),
        &mut |_, result| {
            if let Ok(item) = result {
                println!("IMPORTED {} {}", item.id, item.facts.sha256);
            }
        },
    );
}

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
fn a_kill_during_a_batch_import_loses_only_unreported_files_syncfs() {
    kill_batch_imports(BatchSync::PLATFORM);
}

/// The portable way (macOS, Windows) run here too: the same guarantee.
#[test]
fn a_kill_during_a_batch_import_loses_only_unreported_files_each_file() {
    kill_batch_imports(BatchSync::EachFile);
}

#[allow(clippy::print_stderr)] // each round's outcome, for a failure's output
fn kill_batch_imports(how: BatchSync) {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    drop(vault);
    let folder = tmp.path().join("phone");
    fs::create_dir(&folder).unwrap();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut rng = Lcg(seed);
    let mut made = 0usize;
    let mut reported: BTreeMap<uuid::Uuid, String> = BTreeMap::new();
    let mut unlogged = BTreeSet::new();
    let mut committed = BTreeSet::new();
    for round in 0..8 {
        // Files not in the vault yet: topped up to 700 small ones (several batches).
        while fs::read_dir(&folder).unwrap().count() < 700 {
            made += 1;
            let bytes: Vec<u8> = pattern(3000)
                .iter()
                .zip(made.to_le_bytes().iter().cycle())
                .map(|(b, k)| b ^ k)
                .collect();
            fs::write(folder.join(format!("IMG-20260703-WA{made:05}.jpg")), bytes).unwrap();
        }
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "batch_import_child", "--nocapture"])
            .args(["--test-threads", "1"])
            .env(CHILD_VAULT, &dir)
            .env(CHILD_FOLDER, &folder)
            .env(
                CHILD_SYNC,
                match how {
                    BatchSync::EachFile => "each-file",
                    BatchSync::FileSystem => "platform",
                },
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = Duration::from_millis(100 + rng.next() % 2500);
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let mut stdout = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        for line in stdout.lines() {
            if let Some(rest) = line.strip_prefix("IMPORTED ") {
                let (id, sha) = rest.split_once(' ').unwrap();
                let id = uuid::Uuid::parse_str(id).unwrap();
                reported.insert(id, sha.to_owned());
                committed.insert(id);
            }
        }

        let mut vault = Vault::unlock(&dir, &pass("correct horse battery"))
            .unwrap_or_else(|e| panic!("round {round} (seed {seed}): does not open: {e}"));
        let present: BTreeSet<_> = vault.items().iter().map(|i| i.id).collect();
        let report = vault.verify().unwrap();
        for p in &report.problems {
            // Only an item committed (metadata) but not logged before the kill, and never
            // one that was reported as imported.
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
        assert!(
            committed.is_subset(&present),
            "round {round} (seed {seed}, delay {delay:?}): a reported import is missing"
        );
        for item in vault.items() {
            if let Some(sha) = reported.get(&item.id) {
                assert_eq!(&item.facts.sha256, sha, "round {round} (seed {seed})");
            }
        }
        assert_eq!(fs::read_dir(dir.join("pending")).unwrap().count(), 0);
        for sub in ["items", "meta", "thumbs", "log"] {
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
            present.len(),
            "round {round}: content without metadata"
        );
        // The next round imports only files the vault does not hold yet.
        let kept: BTreeSet<String> = vault
            .items()
            .iter()
            .map(|i| i.facts.sha256.clone())
            .collect();
        drop(vault);
        for e in fs::read_dir(&folder).unwrap() {
            let path = e.unwrap().path();
            if kept.contains(&sha256_hex(&fs::read(&path).unwrap())) {
                fs::remove_file(path).unwrap();
            }
        }
        eprintln!(
            "round {round}: killed after {delay:?}, {} items, {} reported",
            present.len(),
            committed.len()
        );
        committed = present;
    }
    assert!(
        !reported.is_empty(),
        "no file was reported as imported in 8 rounds (seed {seed})"
    );
}
