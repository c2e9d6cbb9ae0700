//! Crash safety with real processes, the `waarborg` command run as a user or a script
//! would: kill -9 during imports never leaves a partial item, and the writer lock keeps a
//! second process out (naming the holder) until the holder ends, even by kill -9.
//!
//! The command has no "keep the vault open" subcommand, so the tests hold a vault either
//! in this process (the vault library, as the window does) or with `waarborg passwd`,
//! which keeps the vault open while it waits on stdin for the new passphrase. (Crash
//! tests inside one process — a full disk — are in the vault crate's tests/crash.rs.)

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use sha2::Digest;
use waarborg_vault::{CreateOptions, ProblemKind, SecretString, Vault};

const PASSPHRASE: &str = "correct horse battery";
/// A low scrypt work factor keeps the tests fast; the default is tested by the vault crate.
const WORK_FACTOR: u8 = 4;

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

/// A new, empty vault at `root/vault`, made and closed by this process.
fn new_vault(root: &Path) -> PathBuf {
    let dir = root.join("vault");
    let options = CreateOptions {
        work_factor: WORK_FACTOR,
        recovery_recipients: Vec::new(),
    };
    drop(Vault::create(&dir, &pass(PASSPHRASE), &options).unwrap());
    dir
}

/// `waarborg --vault DIR …` in English, with the vault's passphrase in the environment.
fn waarborg(vault: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_waarborg"));
    command
        .arg("--vault")
        .arg(vault)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .env_remove("WAARBORG_NEW_PASSPHRASE")
        .env_remove("WAARBORG_VAULT")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    command
}

fn sha256_hex(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Some bytes that are not all the same, of the given length.
fn pattern(len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| (i.wrapping_mul(31) ^ (i >> 7)) as u8)
        .collect()
}

/// The item id and SHA-256 in a line of `waarborg import`
/// ("FILE kept as ID (SHA-256 HEX).").
fn imported_line(line: &str) -> (uuid::Uuid, String) {
    assert!(line.contains(" kept as "), "not an import line: {line:?}");
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || "().".contains(c))
        .collect();
    let id = words
        .iter()
        .find_map(|w| uuid::Uuid::parse_str(w).ok())
        .unwrap_or_else(|| panic!("no item id in {line:?}"));
    let sha = words
        .iter()
        .find(|w| w.len() == 64 && w.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap_or_else(|| panic!("no SHA-256 in {line:?}"));
    (id, (*sha).to_owned())
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

/// How many not-yet-imported copies each `waarborg import` gets: more than it can import
/// before the longest kill delay, so that it is killed while working.
const COPIES_PER_ROUND: usize = 12;

#[test]
fn kill_9_during_imports_never_leaves_a_partial_item() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path());
    let bytes = pattern(16 * 1024 * 1024);
    // The same bytes twice would be refused as a duplicate: each copy is the file with its
    // first 8 bytes XORed with its own number (same size, new SHA-256).
    let mut made = 0u64;
    let copy = |made: &mut u64| {
        *made += 1;
        let mut variant = bytes.clone();
        for (b, k) in variant.iter_mut().zip(made.to_le_bytes()) {
            *b ^= k;
        }
        let path = tmp.path().join(format!("copy-{made}.bin"));
        fs::write(&path, &variant).unwrap();
        (path, sha256_hex(&variant))
    };
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut rng = Lcg(seed);
    // Copies not in the vault yet (file, SHA-256).
    let mut waiting: Vec<(PathBuf, String)> = Vec::new();
    let mut reported = BTreeMap::new();
    let mut committed = BTreeSet::new();
    let mut unlogged = BTreeSet::new();
    let mut last_stderr = String::new();

    for round in 0..12 {
        while waiting.len() < COPIES_PER_ROUND {
            waiting.push(copy(&mut made));
        }
        let mut child = waarborg(&dir)
            .arg("import")
            .args(waiting.iter().map(|(path, _)| path))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let delay = Duration::from_millis(20 + rng.next() % 600);
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
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        for line in stdout.lines() {
            let (id, sha) = imported_line(line);
            reported.insert(id, sha);
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
        let mut kept = BTreeSet::new();
        for item in vault.items() {
            if let Some(sha) = reported.get(&item.id) {
                assert_eq!(&item.facts.sha256, sha);
            }
            assert_eq!(item.facts.size, bytes.len() as u64);
            kept.insert(item.facts.sha256.clone());
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
        drop(vault);
        // The next round imports only copies the vault does not hold yet.
        waiting.retain(|(path, sha)| {
            let keep = !kept.contains(sha);
            if !keep {
                fs::remove_file(path).unwrap();
            }
            keep
        });
        eprintln!(
            "round {round}: killed after {delay:?}, {} items",
            present.len()
        );
        committed = present;
        last_stderr = stderr;
    }
    // A command that never imports would pass every check above: it must have.
    assert!(
        !committed.is_empty(),
        "waarborg import committed nothing in 12 rounds; its last stderr:\n{last_stderr}"
    );
}

/// Starts `waarborg passwd` and returns once it holds the vault: it unlocks the vault
/// (passphrase from the environment), then waits on stdin for the new passphrase.
fn hold_with_the_command(dir: &Path) -> Child {
    let mut holder = waarborg(dir)
        .args(["passwd", "--work-factor", &WORK_FACTOR.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The lock file names its holder once the lock is taken.
    let named = format!("process {} on", holder.id());
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let note = fs::read_to_string(dir.join("vault.lock")).unwrap_or_default();
        if note.starts_with(&named) {
            return holder;
        }
        if let Some(status) = holder.try_wait().unwrap() {
            let mut stderr = String::new();
            holder
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            panic!("waarborg passwd ended ({status}) before holding the vault: {stderr}");
        }
        assert!(
            Instant::now() < deadline,
            "waarborg passwd did not open the vault within 30 s (vault.lock: {note:?})"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_second_process_is_refused_with_the_holder_named() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path());
    let mut holder = hold_with_the_command(&dir);

    let err = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap_err();
    assert_eq!(err.code(), "vault-locked-by-other-process");
    assert!(
        err.to_string().contains(&holder.id().to_string()),
        "holder not named: {err}"
    );
    // A wrong passphrase while locked is still just refused; nothing changes.
    let err = Vault::unlock(&dir, &pass("wrong")).unwrap_err();
    assert_eq!(err.code(), "vault-locked-by-other-process");

    // The holder finishes normally and lets go.
    let mut stdin = holder.stdin.take().unwrap();
    stdin.write_all(b"a new passphrase\n").unwrap();
    drop(stdin);
    let out = holder.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(Vault::unlock(&dir, &pass("a new passphrase")).is_ok());
}

#[test]
fn the_command_is_refused_while_another_process_holds_the_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path());
    let file = tmp.path().join("evidence.txt");
    fs::write(&file, "He said he would keep her in Ankara.\n").unwrap();
    // This process holds the vault, as the open window does.
    let vault = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap();

    for args in [vec!["list"], vec!["import", file.to_str().unwrap()]] {
        let out = waarborg(&dir).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {stderr}");
        assert!(
            stderr.contains("already open") && stderr.contains("[vault-locked-by-other-process]"),
            "{args:?}: {stderr}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert!(vault.items().is_empty());
    drop(vault);

    // Once this process lets go, the same import goes through.
    let out = waarborg(&dir)
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        Vault::unlock(&dir, &pass(PASSPHRASE))
            .unwrap()
            .items()
            .len(),
        1
    );
}

#[test]
fn the_lock_is_released_when_the_holder_is_killed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path());
    let mut holder = hold_with_the_command(&dir);
    assert_eq!(
        Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap_err().code(),
        "vault-locked-by-other-process"
    );
    holder.kill().unwrap(); // SIGKILL
    holder.wait().unwrap();
    // Unchanged: the old passphrase still opens it.
    assert!(Vault::unlock(&dir, &pass(PASSPHRASE)).is_ok());
}
