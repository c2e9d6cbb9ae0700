#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use waarborg_vault::{
    Category, CreateOptions, ItemDescription, Provenance, SecretString, SourceKind, Vault,
};

/// A low scrypt work factor keeps debug-build tests fast; the default is tested apart.
pub const TEST_WORK_FACTOR: u8 = 4;

pub fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

pub fn options() -> CreateOptions {
    CreateOptions {
        work_factor: TEST_WORK_FACTOR,
        recovery_recipients: Vec::new(),
    }
}

pub fn new_vault(root: &Path) -> (PathBuf, Vault) {
    let dir = root.join("vault");
    let vault = Vault::create(&dir, &pass("correct horse battery"), &options()).unwrap();
    (dir, vault)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn description(title: &str) -> ItemDescription {
    ItemDescription {
        category: Category::DigitalCommunications,
        title: title.to_owned(),
        description: "WhatsApp message about the summer holiday".to_owned(),
        event_date: chrono::NaiveDate::from_ymd_opt(2026, 7, 3),
        tags: vec!["holiday".to_owned()],
        people: vec!["Sam".to_owned()],
        provenance: Provenance {
            source_kind: SourceKind::OwnDevice,
            details: "screenshot on my phone".to_owned(),
        },
    }
}

/// Some bytes that are not all the same, of the given length.
pub fn pattern(len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| (i.wrapping_mul(31) ^ (i >> 7)) as u8)
        .collect()
}

/// Every file under `dir`, with its bytes (to prove nothing changed).
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().unwrap() != "vault.lock" {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The kill-a-child harness of the crash tests: runs this test binary's ignored test
/// `child` (exactly, with its output) in a child process with `env`, reads its output
/// until a line holds one of `markers`, kills it with SIGKILL (on Unix) and returns that
/// line from the marker on; empty when the child ended without printing one. The child
/// test prints a marker and then waits (`std::thread::park`) to be killed.
pub fn run_child_and_kill(child: &str, env: &[(&str, String)], markers: &[&str]) -> String {
    use std::io::BufRead;
    let mut command = std::process::Command::new(std::env::current_exe().unwrap());
    command
        .args([
            "--ignored",
            "--exact",
            child,
            "--nocapture",
            "--test-threads=1",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut process = command.spawn().unwrap();
    let stdout = std::io::BufReader::new(process.stdout.take().unwrap());
    let mut seen = String::new();
    for line in stdout.lines() {
        let line = line.unwrap();
        // libtest may print "test <child> ... " on the same line first.
        if let Some(at) = markers.iter().find_map(|m| line.find(m)) {
            seen = line[at..].to_owned();
            break;
        }
    }
    process.kill().unwrap(); // SIGKILL on Unix
    process.wait().unwrap();
    seen
}

/// Copies a folder tree (a vault, for one crash case each).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
