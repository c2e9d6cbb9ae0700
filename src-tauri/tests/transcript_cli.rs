//! `waarborg transcript ID --out FILE.pdf [--marked] [--context N] [--date-order O]`
//! (issue 18): the transcript PDF of a chat export in the vault, read back with
//! pdftotext; an ambiguous chat is a question (`chat-date-order-needed`), answered once
//! with --date-order and remembered.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "support/vault_cli.rs"]
mod vault_cli;
use vault_cli::{output_text as text, vault_command};

const PASSPHRASE: &str = "paarse olifant fietst langs de gracht";

fn waarborg(vault: &Path, args: &[&str]) -> Output {
    vault_command(vault, &vault.with_file_name("config"), "en_US.UTF-8")
        .args(args)
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap()
}

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("crates/chat/tests/data")
        .join(name)
}

/// Imports `name` and returns its item id (from "kept as ID").
fn import(vault: &Path, name: &str) -> String {
    let out = waarborg(vault, &["import", sample(name).to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let printed = text(&out);
    let after = printed.split(" kept as ").nth(1).expect(&printed);
    after.split_whitespace().next().unwrap().to_owned()
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_transcript_of_a_chat_in_the_vault_and_an_ambiguous_one_answered_once() {
    if !waarborg_testkit::require_tool("pdftotext") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    assert!(waarborg(&vault, &["init"]).status.success());

    // A WhatsApp zip: the zip, and its photo as an item of its own.
    let out = waarborg(
        &vault,
        &[
            "import",
            sample("WhatsApp-chat met Mark.zip").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(text(&out).matches(" kept as ").count(), 2, "{}", text(&out));
    assert!(
        text(&out).contains("(IMG-20261126-WA0001.jpg) kept as"),
        "{}",
        text(&out)
    );

    let chat = import(&vault, "android-nl.txt");
    let pdf = tmp.path().join("chat.pdf");
    let out = waarborg(
        &vault,
        &["transcript", &chat, "--out", pdf.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    let printed = pdf_text(&pdf);
    assert!(printed.contains("android-nl.txt"), "{printed}");
    assert!(printed.contains("#3 25-11-2026 14:07 Mark"), "{printed}");
    assert!(printed.contains("#7 26-11-2026 21:40 Sanne"), "{printed}");

    // Nothing marked yet: the marked-only PDF says so.
    let marked = tmp.path().join("marked.pdf");
    let out = waarborg(
        &vault,
        &[
            "transcript",
            &chat,
            "--out",
            marked.to_str().unwrap(),
            "--marked",
            "--context",
            "2",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(pdf_text(&marked).contains("No messages are marked."));

    // Every day <= 12: asked, not guessed; answered once, then remembered.
    let ambiguous = import(&vault, "android-en-gb-ambiguous.txt");
    let asked = tmp.path().join("asked.pdf");
    let out = waarborg(
        &vault,
        &["transcript", &ambiguous, "--out", asked.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("chat-date-order-needed"),
        "{}",
        text(&out)
    );
    assert!(!asked.exists());
    let out = waarborg(
        &vault,
        &[
            "transcript",
            &ambiguous,
            "--out",
            asked.to_str().unwrap(),
            "--date-order",
            "day-month-year",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(pdf_text(&asked).contains("#1 03-04-2026 09:00 Sarah"));
    let again = tmp.path().join("again.pdf");
    let out = waarborg(
        &vault,
        &["transcript", &ambiguous, "--out", again.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(pdf_text(&again).contains("chosen by the parent"));
}
