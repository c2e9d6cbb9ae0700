//! One bad file never locks the parent out, on the command line: a damaged log head
//! still opens (and `verify` names it, exit 1), a pipe given to `import` is refused at
//! once with a message naming it (exit 3), a linked `vault.lock` is never written.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const PASSPHRASE: &str = "correct horse battery staple";
/// Longer than any of these commands takes; only a hang reaches it.
const HANG: Duration = Duration::from_secs(120);

/// `waarborg --vault VAULT ARGS`; a run that does not end within [`HANG`] is killed and
/// fails the test (a blocked `open` of a pipe would otherwise hang the test run).
fn waarborg(vault: &Path, args: &[&str]) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_waarborg"))
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .env("XDG_CONFIG_HOME", vault.with_extension("config"))
        .env_remove("WAARBORG_VAULT")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run waarborg");
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(HANG) {
        Ok(output) => output.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("waarborg {args:?} did not end: it hangs");
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn vault_with_one_item(root: &Path) -> std::path::PathBuf {
    let vault = root.join("vault");
    let out = waarborg(&vault, &["init", "--work-factor", "10"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let file = root.join("message.txt");
    std::fs::write(&file, "I will take her to Ankara.\n").unwrap();
    let out = waarborg(&vault, &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    vault
}

#[test]
fn a_damaged_log_head_still_opens_and_verify_names_it() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = vault_with_one_item(tmp.path());
    std::fs::write(vault.join("log/head.age"), b"replaced by garbage").unwrap();
    // Today: damaged-vault, exit 3, for every command.
    let list = waarborg(&vault, &["list", "--json"]);
    assert_eq!(list.status.code(), Some(0), "{}", text(&list.stderr));
    let items: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(items.as_array().unwrap().len(), 1);
    let out = waarborg(&vault, &["verify", "--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = report["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0]["kind"], "log-damaged");
    assert_eq!(problems[0]["file"], "log/head.age");
    assert!(
        problems[0]["detail"].as_str().unwrap().contains("damaged"),
        "{problems:?}"
    );
}

#[test]
fn importing_a_pipe_is_refused_at_once_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = vault_with_one_item(tmp.path());
    let pipe = tmp.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap()
            .success()
    );
    let file = tmp.path().join("after.txt");
    std::fs::write(&file, "the next file is still imported").unwrap();
    // Today: waits for a writer for ever.
    let out = waarborg(
        &vault,
        &["import", pipe.to_str().unwrap(), file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains(pipe.to_str().unwrap()), "{stderr}");
    assert!(stderr.contains("[source-special-file]"), "{stderr}");
    assert!(stderr.contains("pipe, socket or device"), "{stderr}");
    assert!(text(&out.stdout).contains("after.txt"));
}

#[test]
fn a_linked_vault_lock_is_refused_and_its_target_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = vault_with_one_item(tmp.path());
    let victim = tmp.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    let lock = vault.join("vault.lock");
    std::fs::remove_file(&lock).unwrap();
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let out = waarborg(&vault, &["list"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("[lock-file-not-a-file]"), "{stderr}");
    assert!(stderr.contains("vault.lock"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
}
