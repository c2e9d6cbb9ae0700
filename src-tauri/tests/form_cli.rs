//! `waarborg form consent|clauses`, run as a user or script would run it, on the
//! documented example files; the PDFs read back with poppler and qpdf.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

mod support;
use support::waarborg;

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../docs/forms")
        .join(name)
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    String::from_utf8(out.stdout).unwrap()
}

fn qpdf_check(pdf: &Path) {
    let status = Command::new("qpdf")
        .arg("--check")
        .arg(pdf)
        .status()
        .unwrap();
    assert!(status.success(), "qpdf --check {}", pdf.display());
}

#[test]
fn the_example_consent_form_becomes_a_bilingual_pdf_with_every_name_exact() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("consent.pdf");
    let input = example("consent.example.json");
    let run = waarborg(
        &[
            "form",
            "consent",
            "--input",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--today",
            "2026-11-25",
        ],
        "nl_NL.UTF-8",
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("Opgeslagen"));
    let text = pdftotext(&out);
    for expected in [
        "Çağla Yıldız",
        "Łukasz Wróbel",
        "NX1234567",
        "Atatürk Caddesi 5, İzmir",
        "TK1952",
    ] {
        assert!(text.contains(expected), "{expected} missing");
    }
    qpdf_check(&out);
}

#[test]
fn the_example_clauses_become_a_plan_in_the_chosen_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plan.pdf");
    let input = example("clauses.example.json");
    let run = waarborg(
        &[
            "form",
            "clauses",
            "--input",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "en",
        ],
        "en_US.UTF-8",
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdftotext(&out);
    assert!(text.contains("Jörg Müller"));
    assert!(text.contains("21"), "the holiday length parameter");
    qpdf_check(&out);
}

#[test]
fn an_incomplete_form_lists_its_problems_by_field_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("form.json");
    std::fs::write(&input, r#"{"custody": "sole"}"#).unwrap();
    let out = tmp.path().join("consent.pdf");
    let run = waarborg(
        &[
            "form",
            "consent",
            "--input",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        "nl_NL.UTF-8",
    );
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(stderr.contains("er is niets geschreven"), "{stderr}");
    assert!(stderr.contains("child.surname: Vul dit in"), "{stderr}");
    assert!(!out.exists(), "no PDF for an incomplete form");
}

#[test]
fn unusable_input_is_exit_2_with_the_place_of_the_json_error() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("form.json");
    std::fs::write(&input, "{\n  \"custody\": ,\n}").unwrap();
    let out = tmp.path().join("x.pdf");
    let args = |lang: &'static str| {
        vec![
            "form".to_owned(),
            "consent".to_owned(),
            "--input".to_owned(),
            input.to_str().unwrap().to_owned(),
            "--out".to_owned(),
            out.to_str().unwrap().to_owned(),
            "--lang".to_owned(),
            lang.to_owned(),
        ]
    };
    let bad_json = waarborg(
        &args("both").iter().map(String::as_str).collect::<Vec<_>>(),
        "en_US.UTF-8",
    );
    assert_eq!(bad_json.status.code(), Some(2));
    let stderr = String::from_utf8(bad_json.stderr).unwrap();
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("docs/FORMS.md"), "{stderr}");

    let one_language = waarborg(
        &args("nl").iter().map(String::as_str).collect::<Vec<_>>(),
        "en_US.UTF-8",
    );
    assert_eq!(one_language.status.code(), Some(2));
    assert!(
        String::from_utf8(one_language.stderr)
            .unwrap()
            .contains("always in Dutch and English")
    );
    assert!(!out.exists());
}

#[test]
fn form_failures_print_like_every_subcommand_with_their_stable_code() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("x.pdf");
    let run = |args: &[&str]| {
        let mut all = vec!["form"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--out", out.to_str().unwrap()]);
        let output = waarborg(&all, "en_US.UTF-8");
        (
            output.status.code(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let missing = tmp.path().join("missing.json");
    let (code, stderr) = run(&["consent", "--input", missing.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(stderr.starts_with("waarborg: "), "{stderr}");
    assert!(stderr.contains("missing.json"), "{stderr}");
    assert!(stderr.trim_end().ends_with("[form-unreadable]"), "{stderr}");

    let plan = example("clauses.example.json");
    let (code, stderr) = run(&["clauses", "--input", plan.to_str().unwrap(), "--lang", "de"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("--lang de"), "{stderr}");
    assert!(stderr.contains("[invalid-argument]"), "{stderr}");

    // The PDF cannot be written: the translated message, the code, and the English
    // detail for a bug report under it.
    let blocked = tmp.path().join("not-a-folder");
    std::fs::write(&blocked, "").unwrap();
    let output = waarborg(
        &[
            "form",
            "clauses",
            "--input",
            plan.to_str().unwrap(),
            "--out",
            blocked.join("plan.pdf").to_str().unwrap(),
        ],
        "en_US.UTF-8",
    );
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let mut lines = stderr.lines();
    assert!(
        lines.next().unwrap().ends_with("[documents-write]"),
        "{stderr}"
    );
    assert!(
        lines.next().unwrap().starts_with("  (could not write"),
        "{stderr}"
    );
    assert!(!out.exists());
}
