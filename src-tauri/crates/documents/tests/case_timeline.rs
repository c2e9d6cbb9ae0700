//! The case timeline PDF: real documents, checked with poppler and qpdf.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::*;
use waarborg_contract::{Language, Text};
use waarborg_documents::{CaseTimeline, TimelineEntry, case_timeline_pdf, save_case_timeline};

const HEAD: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

fn entry(when: &str, nl: &str, en: &str, reference: &str, outcome: &str) -> TimelineEntry {
    TimelineEntry {
        when: when.into(),
        step: Text {
            nl: nl.into(),
            en: en.into(),
        },
        done: true,
        spoke_to: String::new(),
        reference: reference.into(),
        outcome: outcome.into(),
        notes: String::new(),
    }
}

/// Four steps, logged out of order, with a long note and names in several scripts.
fn timeline() -> CaseTimeline {
    let long_note = (1..=80)
        .map(|i| format!("Notitiewoord{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut police = entry(
        "2026-11-25 14:05",
        "Aangifte doen bij de politie",
        "Report to the police",
        "PL0900-2026112501",
        "Aangifte opgenomen; signalering aangevraagd.",
    );
    police.spoke_to = "Agent İsmail Çelik, bureau Utrecht-Centrum".into();
    police.notes = long_note;
    let mut central = entry(
        "2026-11-26 09:30",
        "Centrale Autoriteit bellen",
        "Call the Central Authority",
        "CA-2026-4471",
        "Teruggeleidingsverzoek gestart.",
    );
    central.spoke_to = "Mw. Dąbrowska-Łęcka".into();
    let mut iko = entry(
        "2026-11-25 11:40",
        "Centrum IKO bellen",
        "Call Centrum IKO",
        "IKO-55821",
        "Advies: direct aangifte doen.",
    );
    iko.notes = "Zeynep had haar paspoort bij zich (Kıbrıs Şehitleri Cd.).".into();
    let mut lawyer = entry(
        "2026-11-27 16:00",
        "Advocaat inschakelen",
        "Engage a lawyer",
        "",
        "",
    );
    lawyer.done = false;
    CaseTimeline {
        case_title: "Zeynep Müller".into(),
        removal_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 24),
        destination: Some("Türkiye".into()),
        generated_on: today(),
        log_anchor: Some(waarborg_contract::LogAnchor {
            seq: 41,
            hash: HEAD.into(),
        }),
        entries: vec![police, central, iko, lawyer],
    }
}

fn position(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing from:\n{text}"))
}

#[test]
fn the_timeline_prints_every_step_in_order_with_both_languages_and_the_head_hash() {
    if !require_tools(&["pdftotext", "pdfinfo", "qpdf"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = save_case_timeline(&timeline(), dir.path(), Language::Nl).unwrap();
    assert_eq!(
        path.file_name().unwrap().to_str().unwrap(),
        "tijdlijn-zeynep-müller-2026-11-25.pdf"
    );
    // A second copy by the shared helper, kept with WAARBORG_KEEP_PDFS.
    write(dir.path(), "timeline.pdf", &std::fs::read(&path).unwrap());
    qpdf_check(&path);
    let info = pdfinfo(&path);
    assert!(info.contains("A4"), "{info}");
    assert!(info.contains("Timeline of steps taken"), "{info}");

    let layout = collapse(&run_layout(&path));
    for label in [
        "Tijdlijn van de genomen stappen",
        "Timeline of steps taken",
        "Zeynep Müller",
        "24-11-2026",
        "Türkiye",
        "Gemaakt op / Generated on",
        HEAD,
        "Laatste regel van het bewaarlogboek (nummer:hash) / Custody log head (entry:hash)",
        "Agent İsmail Çelik",
        "Dąbrowska-Łęcka",
        "Kıbrıs Şehitleri Cd.",
        "Nog niet gedaan / Not done yet",
    ] {
        position(&layout, label);
    }
    // Chronological, whatever order they were logged in: date, title, reference, outcome.
    let order = [
        "25-11-2026 11:40",
        "Centrum IKO bellen",
        "Call Centrum IKO",
        "IKO-55821",
        "Advies: direct aangifte doen.",
        "25-11-2026 14:05",
        "Aangifte doen bij de politie",
        "Report to the police",
        "PL0900-2026112501",
        "Aangifte opgenomen; signalering aangevraagd.",
        "26-11-2026 09:30",
        "CA-2026-4471",
        "Teruggeleidingsverzoek gestart.",
        "27-11-2026 16:00",
        "Engage a lawyer",
        // The head also stands in every page's footer; its own section comes last.
        "Link to the custody log",
    ];
    let at: Vec<usize> = order.iter().map(|n| position(&layout, n)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{order:?} at {at:?}");
    // The long note is kept whole, wrapped inside the page.
    let raw = text(&path);
    for i in 1..=80 {
        position(&raw, &format!("Notitiewoord{i} "));
    }
    for (word, x_max, _, page_width) in word_boxes(&path) {
        assert!(x_max <= page_width - 40.0, "{word:?} runs off (x {x_max})");
    }
    // Empty fields are left out, not printed as blank labels: the lawyer step has
    // neither reference nor outcome, and only two steps have someone spoken to.
    assert_eq!(
        layout
            .matches("Referentienummer / Reference number")
            .count(),
        3
    );
    assert_eq!(layout.matches("Uitkomst / Outcome").count(), 3);
    assert_eq!(layout.matches("Gesproken met / Spoke to").count(), 2);
    assert_eq!(layout.matches("Notities / Notes").count(), 2);
}

#[test]
fn forty_steps_flow_over_numbered_a4_pages() {
    if !require_tools(&["pdftotext", "pdfinfo", "qpdf"]) {
        return;
    }
    let mut timeline = timeline();
    timeline.entries = (0..40)
        .rev()
        .map(|i| {
            let mut e = entry(
                &format!("2026-11-{:02} {:02}:15", 25 + i / 10, 8 + i % 10),
                &format!("Stap nummer {i}"),
                &format!("Step number {i}"),
                &format!("REF-{i:03}"),
                &format!("Uitkomst van stap {i}"),
            );
            e.notes = "Lange notitie die over meerdere regels doorloopt. ".repeat(i % 4 + 1);
            e
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "timeline-40.pdf",
        &case_timeline_pdf(&timeline).unwrap(),
    );
    qpdf_check(&path);
    let info = pdfinfo(&path);
    assert!(info.contains("A4"), "{info}");
    let count = pages(&path);
    assert!(count > 1, "{info}");
    let layout = collapse(&run_layout(&path));
    position(
        &layout,
        &format!("Pagina 1 van {count} / Page 1 of {count}"),
    );
    position(
        &layout,
        &format!("Pagina {count} van {count} / Page {count} of {count}"),
    );
    let at: Vec<usize> = (0..40)
        .map(|i| position(&layout, &format!("REF-{i:03}")))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    position(&layout, HEAD);
}

#[test]
fn an_empty_timeline_still_renders_and_says_so_in_both_languages() {
    if !require_tools(&["pdftotext", "qpdf"]) {
        return;
    }
    let timeline = CaseTimeline {
        case_title: String::new(),
        removal_date: None,
        destination: None,
        generated_on: today(),
        log_anchor: None,
        entries: Vec::new(),
    };
    let dir = tempfile::tempdir().unwrap();
    let path = save_case_timeline(&timeline, dir.path(), Language::En).unwrap();
    assert_eq!(
        path.file_name().unwrap().to_str().unwrap(),
        "timeline-2026-11-25.pdf"
    );
    // Saving again never replaces the first file.
    let again = save_case_timeline(&timeline, dir.path(), Language::En).unwrap();
    assert_eq!(
        again.file_name().unwrap().to_str().unwrap(),
        "timeline-2026-11-25-2.pdf"
    );
    qpdf_check(&path);
    assert_eq!(pages(&path), 1);
    let layout = collapse(&run_layout(&path));
    position(&layout, "Er zijn nog geen stappen vastgelegd.");
    position(&layout, "No steps have been logged yet.");
    assert!(!layout.contains("Zaak / Case"), "{layout}");
    assert!(!layout.contains("Custody log head"), "{layout}");
}

#[test]
fn right_to_left_and_unprintable_text_prints_with_a_note_instead_of_failing() {
    if !require_tools(&["pdftotext", "qpdf"]) {
        return;
    }
    let mut timeline = timeline();
    timeline.case_title = "נועה כהן".into();
    timeline.entries[2].notes = "اتصلت بالسفارة في أنقرة".into();
    timeline.entries[0].spoke_to = "bad\u{7}bell 王".into();
    let dir = tempfile::tempdir().unwrap();
    let path = save_case_timeline(&timeline, dir.path(), Language::Nl).unwrap();
    qpdf_check(&path);
    let layout = collapse(&run_layout(&path));
    // Every value is there; the right-to-left ones with the note (case and notes).
    assert_eq!(
        layout
            .matches("right-to-left script, may print incorrectly")
            .count(),
        2,
        "{layout}"
    );
    position(&layout, "schrift van rechts naar links");
    position(&layout, "bad?bell ?");
    position(&layout, "Mw. Dąbrowska-Łęcka");
    position(&layout, "PL0900-2026112501");
}

/// `pdftotext -layout`, as a reader would see the page.
fn run_layout(path: &std::path::Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}
