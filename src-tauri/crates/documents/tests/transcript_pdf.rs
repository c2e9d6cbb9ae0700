//! The transcript PDF of a chat export (issue 18 part 3): the whole chat or only the
//! marked messages with context, each message with its number, the export's file name
//! and SHA-256 and the custody-log head, read back with `pdftotext`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::fs::File;
use std::path::PathBuf;

use support::*;
use waarborg_chat::{ParseOptions, Transcript};
use waarborg_contract::LogAnchor;
use waarborg_documents::{TranscriptDocument, transcript_pdf, transcript_selection};

fn chat(name: &str) -> Transcript {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../chat/tests/data")
        .join(name);
    waarborg_chat::parse(name, File::open(path).unwrap(), ParseOptions::default()).unwrap()
}

const SHA: &str = "5f2b8e0c7a1d4f3e9b6a2c8d0e1f4a7b3c9d2e5f8a1b4c7d0e3f6a9b2c5d8e1f";

fn anchor() -> LogAnchor {
    LogAnchor {
        seq: 42,
        hash: "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9".to_owned(),
    }
}

#[test]
fn selection_is_marked_messages_with_context() {
    let t = chat("android-nl.txt");
    assert_eq!(
        transcript_selection(&t, &[], false, 0),
        [1, 2, 3, 4, 5, 6, 7]
    );
    assert_eq!(transcript_selection(&t, &[3, 7], true, 1), [2, 3, 4, 6, 7]);
    assert_eq!(transcript_selection(&t, &[1], true, 0), [1]);
    assert_eq!(transcript_selection(&t, &[99], true, 2), Vec::<u32>::new());
}

#[test]
fn whole_chat_pdf_reads_back_with_numbers_file_hash_and_log_head() {
    if !require_tool("pdftotext") {
        return;
    }
    let t = chat("WhatsApp-chat met Mark.zip");
    let anchor = anchor();
    let pdf = transcript_pdf(&TranscriptDocument {
        file_name: "WhatsApp-chat met Mark.zip",
        sha256: SHA,
        transcript: &t,
        marked: &[3],
        marked_only: false,
        context: 0,
        generated_on: today(),
        log_anchor: Some(&anchor),
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "transcript-all.pdf", &pdf);
    let text = text(&path);
    for expected in [
        "Transcript van een chatexport",
        "Chat export transcript",
        "WhatsApp-chat met Mark.zip",
        SHA,
        "#1 25-11-2026 14:05",
        "#3 25-11-2026 14:07 Mark [gemarkeerd / marked]",
        "Jij ziet haar nooit meer.",
        "Ik neem haar mee naar mijn moeder.",
        "#7 26-11-2026 21:40 Sanne",
        "IMG-20261126-WA0001.jpg",
        "Bijlage weggelaten door de export / Attachment left out by the export",
        "42:b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
        &t.digest(),
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(
        !text.contains("niet afgedrukt"),
        "the whole chat skips nothing"
    );
}

#[test]
fn marked_only_pdf_prints_the_marks_with_context_and_says_what_was_left_out() {
    if !require_tool("pdftotext") {
        return;
    }
    let t = chat("android-nl.txt");
    let pdf = transcript_pdf(&TranscriptDocument {
        file_name: "WhatsApp-chat met Mark.txt",
        sha256: SHA,
        transcript: &t,
        marked: &[3, 7],
        marked_only: true,
        context: 1,
        generated_on: today(),
        log_anchor: Some(&anchor()),
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = text(&write(dir.path(), "transcript-marked.pdf", &pdf));
    for expected in [
        "#2 ",
        "#3 ",
        "#4 ",
        "#6 ",
        "#7 ",
        "… 1 berichten niet afgedrukt …",
        "2 gemarkeerde berichten met 1 berichten context (5 afgedrukt)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    for absent in ["#1 ", "#5 ", "Kijk maar"] {
        assert!(
            !text.contains(absent),
            "{absent:?} should not be printed:\n{text}"
        );
    }
}

#[test]
fn the_same_input_gives_the_same_text() {
    let t = chat("telegram-result.json");
    let doc = TranscriptDocument {
        file_name: "result.json",
        sha256: SHA,
        transcript: &t,
        marked: &[],
        marked_only: false,
        context: 0,
        generated_on: today(),
        log_anchor: None,
    };
    assert!(transcript_pdf(&doc).unwrap().starts_with(b"%PDF"));
}
