//! Every PDF made from the vault carries the custody-log head on every page: as text
//! (`pdftotext`) and as a QR code that a stock reader (`zbarimg`, from the page rendered
//! by `pdftoppm`) decodes to exactly the `SEQ:HASH` that `waarborg verify --anchor` takes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::Path;
use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use support::*;
use waarborg_contract::LogAnchor;
use waarborg_documents::{
    CaseTimeline, CustodySummary, EvidenceEntry, EvidenceIndex, PoliceSheet, TimelineEntry,
    case_timeline_pdf, evidence_index_pdf, police_sheet_pdf,
};

fn anchor() -> LogAnchor {
    LogAnchor {
        seq: 18_446,
        hash: "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9".to_owned(),
    }
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
}

/// What `zbarimg` reads in page `page` of `pdf`, rendered at 150 dpi (a phone camera
/// on a printout sees no more).
fn qr_on_page(pdf: &Path, page: usize) -> String {
    let stem = pdf.with_extension(format!("p{page}"));
    let page_arg = page.to_string();
    let status = Command::new("pdftoppm")
        .args([
            "-r",
            "150",
            "-png",
            "-singlefile",
            "-f",
            &page_arg,
            "-l",
            &page_arg,
        ])
        .arg(pdf)
        .arg(&stem)
        .status()
        .unwrap();
    assert!(status.success(), "pdftoppm failed on page {page}");
    let output = Command::new("zbarimg")
        .args(["--raw", "-q", "-Sdisable", "-Sqrcode.enable"])
        .arg(stem.with_extension(format!("p{page}.png")))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "no QR code found on page {page}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

/// Every page: the anchor as text and as a QR code that decodes to it.
fn assert_marked_on_every_page(pdf: &Path) {
    let expected = anchor().to_string();
    let count = pages(pdf);
    for page in 1..=count {
        let page_arg = page.to_string();
        let output = Command::new("pdftotext")
            .args(["-f", &page_arg, "-l", &page_arg, "-raw"])
            .arg(pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = collapse(&String::from_utf8_lossy(&output.stdout));
        assert!(
            text.contains(&format!("Bewaarlogboek / Custody log: {expected}")),
            "page {page} of {}: no anchor text in {text}",
            pdf.display()
        );
        let read = qr_on_page(pdf, page);
        assert_eq!(read, expected, "page {page} of {}", pdf.display());
        assert_eq!(read.parse::<LogAnchor>().unwrap(), anchor());
    }
}

#[test]
fn the_police_sheet_timeline_and_evidence_index_carry_the_log_head_as_text_and_qr() {
    if !require_tools(&["pdftoppm", "pdftotext", "pdfinfo", "zbarimg"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();

    let sheet = PoliceSheet {
        generated_on: day(),
        log_anchor: Some(anchor()),
        ..Default::default()
    };
    let path = write(dir.path(), "sheet.pdf", &police_sheet_pdf(&sheet).unwrap());
    assert_marked_on_every_page(&path);

    let step = TimelineEntry {
        when: "2026-12-04 09:30".to_owned(),
        step: waarborg_contract::Text {
            nl: "Aangifte bij de politie".to_owned(),
            en: "Report to the police".to_owned(),
        },
        done: true,
        spoke_to: "Agent De Vries".to_owned(),
        reference: "PL0900-2026".to_owned(),
        outcome: "Aangifte opgenomen, zaak doorgezet naar de AVIM.".to_owned(),
        notes: String::new(),
    };
    let timeline = CaseTimeline {
        case_title: "Zeynep".to_owned(),
        removal_date: None,
        destination: None,
        generated_on: day(),
        log_anchor: Some(anchor()),
        entries: vec![step; 30],
    };
    let path = write(
        dir.path(),
        "timeline.pdf",
        &case_timeline_pdf(&timeline).unwrap(),
    );
    assert!(pages(&path) > 1, "the timeline should run over pages");
    assert_marked_on_every_page(&path);

    let entry = |n: u32| EvidenceEntry {
        number: n,
        file: format!("files/{n:04}_photo.jpg"),
        title: format!("Foto {n}"),
        category: "Overig / Other".to_owned(),
        event_date: None,
        imported_at: Utc.with_ymd_and_hms(2026, 11, 30, 8, 15, 0).unwrap(),
        provenance: "Eigen apparaat / Own device".to_owned(),
        original_name: format!("IMG_{n:04}.JPG"),
        size: 1024,
        sha256: format!("{n:064x}"),
        description: String::new(),
        thumbnail_jpeg: None,
        custody: Some(CustodySummary {
            imported: Some(Utc.with_ymd_and_hms(2026, 11, 30, 8, 15, 0).unwrap()),
            views: 2,
            last_view: Some(Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()),
            ..CustodySummary::default()
        }),
    };
    let index = EvidenceIndex {
        case_summary: String::new(),
        exported_at: Utc.with_ymd_and_hms(2026, 12, 5, 8, 0, 0).unwrap(),
        log_anchor: Some(anchor()),
        entries: (1..=6).map(entry).collect(),
        signing_fingerprint: None,
    };
    let path = write(
        dir.path(),
        "index.pdf",
        &evidence_index_pdf(&index).unwrap(),
    );
    assert_marked_on_every_page(&path);
}

#[test]
fn without_a_log_there_is_no_qr_code() {
    if !require_tools(&["pdftoppm", "zbarimg"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sheet = PoliceSheet {
        generated_on: day(),
        ..Default::default()
    };
    let path = write(dir.path(), "sheet.pdf", &police_sheet_pdf(&sheet).unwrap());
    let png = path.with_extension("png");
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-singlefile", "-f", "1", "-l", "1"])
        .arg(&path)
        .arg(path.with_extension(""))
        .status()
        .unwrap();
    assert!(status.success());
    let output = Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(&png)
        .output()
        .unwrap();
    // zbarimg exits 4 when it finds no symbol.
    assert_eq!(output.status.code(), Some(4), "{output:?}");
}
