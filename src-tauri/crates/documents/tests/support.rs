//! Helpers shared by the integration tests: example inputs and the stock PDF tools.
#![allow(
    dead_code,
    clippy::print_stderr,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use waarborg_documents::{ConsentForm, ParentingPlan};

pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

pub fn example_form() -> ConsentForm {
    serde_json::from_str(include_str!("../examples/data/consent.json")).unwrap()
}

pub fn example_plan() -> ParentingPlan {
    serde_json::from_str(include_str!("../examples/data/plan.json")).unwrap()
}

/// Whether a stock tool is installed; prints a note when it is not, so a skipped
/// check is visible in the test output.
pub fn have(tool: &str) -> bool {
    let found = Command::new(tool).arg("-v").output().is_ok()
        || Command::new(tool).arg("--version").output().is_ok();
    if !found {
        eprintln!("NOTE: {tool} is not installed; skipping the checks that need it");
    }
    found
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    waarborg_documents::write_pdf_atomically(&path, bytes).unwrap();
    // To look at the outputs: WAARBORG_KEEP_PDFS=/some/dir cargo test ...
    if let Some(keep) = std::env::var_os("WAARBORG_KEEP_PDFS") {
        std::fs::copy(&path, Path::new(&keep).join(name)).unwrap();
    }
    path
}

fn run(tool: &str, args: &[&str], path: &Path) -> String {
    let mut command = Command::new(tool);
    command.args(args).arg(path);
    if tool == "pdftotext" {
        command.arg("-"); // to stdout
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The text in drawing order (`pdftotext -raw`), every run of whitespace (including
/// no-break spaces) collapsed to one space, so wrapped values read as typed.
pub fn text(path: &Path) -> String {
    collapse(&run("pdftotext", &["-raw"], path).replace('\u{a0}', " ")) + " "
}

pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn pdfinfo(path: &Path) -> String {
    run("pdfinfo", &[], path)
}

pub fn pages(path: &Path) -> usize {
    pdfinfo(path)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

pub fn qpdf_check(path: &Path) {
    let output = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "qpdf --check failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

pub fn pdffonts(path: &Path) -> String {
    run("pdffonts", &[], path)
}

/// Every word's right and bottom edge (pt), from `pdftotext -bbox`, with the page width.
pub fn word_boxes(path: &Path) -> Vec<(String, f32, f32, f32)> {
    let html = run("pdftotext", &["-bbox"], path);
    let attr = |tag: &str, name: &str| -> f32 {
        let key = format!("{name}=\"");
        let start = tag.find(&key).unwrap() + key.len();
        let end = start + tag[start..].find('"').unwrap();
        tag[start..end].parse().unwrap()
    };
    let mut page_width = 0.0;
    let mut words = Vec::new();
    for piece in html.split('<').skip(1) {
        if piece.starts_with("page ") {
            page_width = attr(piece, "width");
        } else if piece.starts_with("word ") {
            let word = piece
                .split_once('>')
                .map(|(_, w)| w.to_owned())
                .unwrap_or_default();
            words.push((word, attr(piece, "xMax"), attr(piece, "yMax"), page_width));
        }
    }
    words
}
