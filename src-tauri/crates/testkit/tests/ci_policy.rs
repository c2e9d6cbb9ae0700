//! The helper as tests meet it: this test binary runs itself as a child process with a
//! `PATH` that holds no `age`, once with `CI` set and once without, and reads the result.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::process::{Command, Output};

use waarborg_testkit::{mount_tmpfs, require_tool};

/// Run only by the tests below, in a child process whose environment they choose.
#[test]
#[ignore = "a child process of the tests below"]
fn child_requires_the_age_cli() {
    let available = require_tool("age");
    println!("require_tool returned {available}");
}

fn run_child(ci: Option<&str>) -> (Output, String) {
    let empty = tempfile::tempdir().unwrap();
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([
            "--exact",
            "child_requires_the_age_cli",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("PATH", empty.path());
    match ci {
        Some(value) => command.env("CI", value),
        None => command.env_remove("CI"),
    };
    let output = command.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output, text)
}

#[test]
fn with_ci_set_a_missing_tool_fails_the_test() {
    let (output, text) = run_child(Some("1"));
    assert!(!output.status.success(), "the child passed:\n{text}");
    assert!(
        text.contains("CI is set, so this test may not skip: not on PATH: age"),
        "{text}"
    );
    assert!(!text.contains("require_tool returned"), "{text}");
}

#[test]
fn without_ci_a_missing_tool_skips_and_says_why() {
    for ci in [None, Some("")] {
        let (output, text) = run_child(ci);
        assert!(output.status.success(), "CI={ci:?}:\n{text}");
        assert!(text.contains("skipped: not on PATH: age"), "{text}");
        assert!(text.contains("require_tool returned false"), "{text}");
    }
}

#[test]
#[cfg(target_os = "linux")]
fn a_small_tmpfs_mounts_fills_and_unmounts() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("small");
    std::fs::create_dir(&dir).unwrap();
    let Some(tmpfs) = mount_tmpfs(&dir, "1m") else {
        return; // not root, and CI unset (mount_tmpfs said why)
    };
    assert_eq!(tmpfs.path(), dir);
    let err = std::fs::write(dir.join("big"), vec![0u8; 2 * 1024 * 1024]).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::StorageFull, "{err}");
    drop(tmpfs);
    // Unmounted: the same folder takes 2 MiB again (it is on the temp dir's disk now).
    std::fs::write(dir.join("big"), vec![0u8; 2 * 1024 * 1024]).unwrap();
}
