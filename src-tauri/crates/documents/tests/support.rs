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

/// Whether the stock tools (poppler, qpdf) a test reads its PDF with are on PATH: without
/// them the test skips locally (with a note) and fails in CI.
#[allow(unused_imports)] // each test binary uses one or the other
pub use waarborg_testkit::{require_tool, require_tools};

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

/// A real baseline JPEG, made by hand: 8-bit gray, `levels` gives one flat 8x8 block
/// per entry (rows of `columns` blocks). Only DC coefficients are coded, which every
/// JPEG decoder reads.
pub fn gray_jpeg(columns: usize, levels: &[u8]) -> Vec<u8> {
    let rows = levels.len() / columns;
    let (width, height) = ((columns * 8) as u16, (rows * 8) as u16);
    let mut out = vec![0xFF, 0xD8];
    // Quantization table 0: every step 8, so a flat block's DC is its level - 128.
    out.extend([0xFF, 0xDB, 0x00, 67, 0x00]);
    out.extend([8u8; 64]);
    // Frame: 8 bit, height, width, one component (id 1, 1x1 sampling, table 0).
    out.extend([0xFF, 0xC0, 0x00, 11, 8]);
    out.extend(height.to_be_bytes());
    out.extend(width.to_be_bytes());
    out.extend([1, 1, 0x11, 0]);
    // The standard luminance DC table.
    out.extend([0xFF, 0xC4, 0x00, 31, 0x00]);
    out.extend([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    out.extend(0..=11u8);
    // An AC table with one code, "0", for end-of-block.
    out.extend([0xFF, 0xC4, 0x00, 20, 0x10, 1]);
    out.extend([0u8; 15]);
    out.push(0x00);
    // Scan.
    out.extend([0xFF, 0xDA, 0x00, 8, 1, 1, 0x00, 0, 63, 0]);
    const DC_CODES: [(u32, u32); 12] = [
        (0b00, 2),
        (0b010, 3),
        (0b011, 3),
        (0b100, 3),
        (0b101, 3),
        (0b110, 3),
        (0b1110, 4),
        (0b11110, 5),
        (0b111110, 6),
        (0b1111110, 7),
        (0b11111110, 8),
        (0b111111110, 9),
    ];
    let mut bits: Vec<bool> = Vec::new();
    let push = |value: u32, count: u32, bits: &mut Vec<bool>| {
        for i in (0..count).rev() {
            bits.push(value >> i & 1 == 1);
        }
    };
    let mut previous = 0i32;
    for &level in levels {
        let dc = i32::from(level) - 128;
        let diff = dc - previous;
        previous = dc;
        let size = 32 - diff.unsigned_abs().leading_zeros();
        let (code, length) = DC_CODES[size as usize];
        push(code, length, &mut bits);
        let extra = if diff >= 0 {
            diff as u32
        } else {
            (diff + (1 << size) - 1) as u32
        };
        push(extra, size, &mut bits);
        push(0, 1, &mut bits); // end of block
    }
    while !bits.len().is_multiple_of(8) {
        bits.push(true);
    }
    for byte in bits.chunks(8) {
        let byte = byte.iter().fold(0u8, |b, &bit| b << 1 | u8::from(bit));
        out.push(byte);
        if byte == 0xFF {
            out.push(0x00);
        }
    }
    out.extend([0xFF, 0xD9]);
    out
}
