#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Re-key with real kill -9: this test binary runs itself as a child process that
//! re-keys a vault and stops at a chosen step (or is killed at once, wherever it is); the
//! parent kills it with SIGKILL, then checks that the vault opens with the old or the new
//! passphrase, that the unlock completes the re-key, and that nothing was lost.

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use common::*;
use waarborg_vault::{CreateOptions, JournalEntry, Record, RekeyStep, UnlockNotice, Vault};

const OLD: &str = "correct horse battery";
const NEW: &str = "a brand new passphrase";
const CHILD_DIR: &str = "WAARBORG_TEST_REKEY_CHILD_DIR";
const CHILD_STOP: &str = "WAARBORG_TEST_REKEY_CHILD_STOP";

/// The child: unlocks, says so, re-keys, and at step `CHILD_STOP` (counting from 1) says
/// so and waits to be killed.
#[test]
#[ignore = "the child process of the kill -9 tests below"]
fn rekey_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let stop: usize = std::env::var(CHILD_STOP).unwrap().parse().unwrap();
    let mut vault = Vault::unlock(Path::new(&dir), &pass(OLD)).unwrap();
    let mut out = std::io::stdout();
    writeln!(out, "unlocked").unwrap();
    out.flush().unwrap();
    let mut count = 0;
    vault
        .rekey(&pass(NEW), TEST_WORK_FACTOR, &mut |step: RekeyStep| {
            count += 1;
            if count == stop {
                writeln!(out, "stopped at {step:?}").unwrap();
                out.flush().unwrap();
                loop {
                    std::thread::park();
                }
            }
        })
        .unwrap();
    writeln!(out, "done").unwrap();
}

/// Runs the child on `dir` until it reports `stop` (0: until it has unlocked) and kills
/// it with SIGKILL. Returns the line it stopped at.
fn rekey_and_kill(dir: &Path, stop: usize) -> String {
    let wanted = if stop == 0 { "unlocked" } else { "stopped at" };
    let seen = run_child_and_kill(
        "rekey_child",
        &[
            (CHILD_DIR, dir.to_string_lossy().into_owned()),
            (CHILD_STOP, stop.to_string()),
        ],
        &[wanted, "done"],
    );
    assert!(
        !seen.is_empty() && !seen.starts_with("done"),
        "the child ended without reaching step {stop}: {seen:?}"
    );
    seen
}

fn count_vault_files(dir: &Path) -> usize {
    snapshot(dir)
        .iter()
        .filter(|(p, _)| {
            p.extension().is_some_and(|e| e == "age") && !p.starts_with(dir.join("keys"))
        })
        .count()
}

/// A vault with items, a journal entry and a recovery key; returns the item contents.
fn filled_vault(root: &Path) -> (PathBuf, Vec<(uuid::Uuid, Vec<u8>)>) {
    let dir = root.join("vault");
    let lawyer = age::x25519::Identity::generate();
    let options = CreateOptions {
        recovery_recipients: vec![lawyer.to_public().to_string()],
        ..options()
    };
    let mut vault = Vault::create(&dir, &pass(OLD), &options).unwrap();
    let mut items = Vec::new();
    for i in 0..6 {
        let src = root.join(format!("{i}.bin"));
        let bytes = pattern(70_000 * (i + 1) + i);
        fs::write(&src, &bytes).unwrap();
        let item = vault
            .import_file(&src, description(&format!("{i}")))
            .unwrap();
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

/// Everything in the vault is there and intact; returns the number of `rekey` entries.
fn check_contents(vault: &mut Vault, items: &[(uuid::Uuid, Vec<u8>)], scratch: &Path) -> usize {
    for (id, bytes) in items {
        let out = scratch.join(format!("{id}.out"));
        vault.export_item(*id, &out).unwrap();
        assert_eq!(&fs::read(&out).unwrap(), bytes, "item {id} changed");
        fs::remove_file(out).unwrap();
    }
    assert_eq!(vault.records(None).len(), 1);
    let report = vault.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    vault
        .log_entries()
        .unwrap()
        .iter()
        .filter(|e| e.kind.as_str() == waarborg_vault::REKEY_KIND)
        .count()
}

#[test]
fn kill_9_at_any_step_of_a_rekey_leaves_a_vault_that_opens_and_completes() {
    if !cfg!(unix) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (template, items) = filled_vault(tmp.path());
    let files = count_vault_files(&template);
    // Steps: Started, one per file, Logged, KeySwitched 1, KeySwitched 2, Finished.
    let steps = files + 5;
    let mut stops = vec![
        0,
        1,
        2,
        3,
        files / 2,
        files,
        files + 1,
        files + 2,
        files + 3,
    ];
    stops.push(files + 4);
    stops.push(steps);
    stops.sort_unstable();
    stops.dedup();
    for stop in stops {
        let case = tmp.path().join(format!("case-{stop}"));
        let dir = case.join("vault");
        copy_dir(&template, &dir);
        let seen = rekey_and_kill(&dir, stop);
        let in_progress = dir.join("keys/rekey.age").exists();
        let finished = seen.contains("Finished");

        // The killed vault, opened with the old passphrase and (a copy) with the new.
        let with_new = case.join("with-new");
        copy_dir(&dir, &with_new);
        let old = Vault::unlock(&dir, &pass(OLD));
        let new = Vault::unlock(&with_new, &pass(NEW));
        let mut recipients = Vec::new();
        for (name, opened, should_open) in [
            // Once both key files hold the new key, only the new passphrase opens.
            (
                "old",
                old,
                !finished && !seen.contains("KeySwitched { file: 2 }"),
            ),
            ("new", new, in_progress || finished),
        ] {
            match opened {
                Ok(mut vault) => {
                    assert!(
                        should_open,
                        "step {stop} ({seen}): opened with the {name} passphrase"
                    );
                    if in_progress {
                        assert!(
                            vault
                                .unlock_notices()
                                .contains(&UnlockNotice::RekeyCompleted),
                            "step {stop}: the re-key was not completed on unlock"
                        );
                    }
                    let rekeys = check_contents(&mut vault, &items, &case);
                    assert_eq!(
                        rekeys,
                        usize::from(in_progress || finished),
                        "step {stop} ({seen}): {name}"
                    );
                    recipients.push(vault.recipient());
                }
                Err(e) => {
                    assert!(
                        !should_open,
                        "step {stop} ({seen}): the {name} passphrase: {e}"
                    );
                    assert_eq!(e.code(), "wrong-passphrase", "step {stop}: {e}");
                }
            }
        }
        assert!(
            !recipients.is_empty(),
            "step {stop}: opens with neither passphrase"
        );
        recipients.dedup();
        assert_eq!(recipients.len(), 1, "step {stop}: two different keys");
        // Completed once, it opens with the new passphrase only; before the journal was
        // written, it is the old vault, without leftovers of the new key.
        let completed = in_progress || finished;
        for dir in [&dir, &with_new] {
            let (good, bad) = if completed { (NEW, OLD) } else { (OLD, NEW) };
            // (The copy that did not open above completes its re-key here.)
            drop(Vault::unlock(dir, &pass(good)).unwrap());
            assert_eq!(
                Vault::unlock(dir, &pass(bad)).unwrap_err().code(),
                "wrong-passphrase",
                "step {stop}"
            );
            let vault = Vault::unlock(dir, &pass(good)).unwrap();
            assert!(
                vault.unlock_notices().is_empty(),
                "step {stop}: {:?}",
                vault.unlock_notices()
            );
            drop(vault);
            assert!(!dir.join("keys/rekey.age").exists());
            assert!(!dir.join("keys/rekey-identity.age").exists());
            assert!(!dir.join("keys/rekey-identity-copy.age").exists());
        }
    }
}

#[test]
fn a_rekey_killed_half_way_completes_on_a_recovery_key_unlock_too() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let lawyer = age::x25519::Identity::generate();
    let options = CreateOptions {
        recovery_recipients: vec![lawyer.to_public().to_string()],
        ..options()
    };
    let mut vault = Vault::create(&dir, &pass(OLD), &options).unwrap();
    let src = tmp.path().join("a.bin");
    fs::write(&src, pattern(200_000)).unwrap();
    let item = vault.import_file(&src, description("a")).unwrap();
    drop(vault);
    rekey_and_kill(&dir, 3);
    assert!(dir.join("keys/rekey.age").exists());
    let mut vault = Vault::unlock_with_recovery(&dir, &lawyer.to_string()).unwrap();
    assert!(
        vault
            .unlock_notices()
            .contains(&UnlockNotice::RekeyCompleted)
    );
    let out = tmp.path().join("out");
    vault.export_item(item.id, &out).unwrap();
    assert_eq!(fs::read(out).unwrap(), pattern(200_000));
    assert!(vault.verify().unwrap().is_intact());
    drop(vault);
    drop(Vault::unlock(&dir, &pass(NEW)).unwrap());
}
