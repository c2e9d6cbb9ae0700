//! The evidence index of an export package as a real PDF, read back with poppler and
//! checked with qpdf.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::Path;
use std::process::Command;

use chrono::{DateTime, NaiveDate, Utc};
use support::*;
use waarborg_documents::{
    CustodySummary, EvidenceEntry, EvidenceIndex, NOT_FILLED_IN, evidence_index_pdf,
};

fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(y, mo, d)
        .unwrap()
        .and_hms_opt(h, mi, 7)
        .unwrap()
        .and_utc()
}

/// A small deterministic generator: the same cases every run, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn hex(&mut self) -> String {
        (0..64)
            .map(|_| char::from_digit((self.next() % 16) as u32, 16).unwrap())
            .collect()
    }
}

/// A 256x192 px gray JPEG with a diagonal gradient.
fn thumbnail() -> Vec<u8> {
    let levels: Vec<u8> = (0..24)
        .flat_map(|row| (0..32).map(move |col| (40 + (row + col) * 3) as u8))
        .collect();
    gray_jpeg(32, &levels)
}

const WORDS: &[&str] = &[
    "bericht",
    "schermafbeelding",
    "overdracht",
    "Schiphol",
    "ouderschapsplan",
    "café",
    "reünie",
    "financiële",
    "coördinatie",
    "Zeeuws-Vlaanderen",
    "één",
    "politie",
];

const MARKER: &str = "SLOTWOORDZEVENTIEN";

fn title(rng: &mut Rng, n: u32) -> String {
    match n % 7 {
        0 => format!("Overdracht bij het café in Zeeuws-Vlaanderen, poging {n}"),
        1 => "Verklaring over de reünie en de financiële coördinatie".to_owned(),
        2 => format!("Screenshot WhatsApp {}", rng.below(1000)),
        _ => (0..3 + rng.below(6))
            .map(|_| WORDS[rng.below(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A text of `len` characters or more, in paragraphs, ending in `end`.
fn description(rng: &mut Rng, len: usize, end: &str) -> String {
    let mut text = String::new();
    while text.chars().count() < len {
        let sentence: Vec<&str> = (0..6 + rng.below(10))
            .map(|_| WORDS[rng.below(WORDS.len())])
            .collect();
        text.push_str(&sentence.join(" "));
        text.push_str(if rng.below(5) == 0 { ".\n\n" } else { ". " });
    }
    format!("{}{end}", text.trim_end())
}

fn many_entries(count: u32) -> (Vec<EvidenceEntry>, usize) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let jpeg = thumbnail();
    let mut thumbnails = 0;
    let entries = (1..=count)
        .map(|number| {
            let mut title = title(&mut rng, number);
            if number == 17 {
                title = "Een heel lange titel over de gebeurtenissen rond de overdracht op \
                         Schiphol, met de berichten ervoor en erna en de reactie van de \
                         politie en de Centrale Autoriteit in Den Haag"
                    .to_owned();
            }
            let thumbnail_jpeg = (number % 4 == 1).then(|| jpeg.clone());
            thumbnails += usize::from(thumbnail_jpeg.is_some());
            let stem: String = title
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .take(60)
                .collect();
            let description = match number {
                3 => description(&mut rng, 2000, MARKER),
                // A description long enough to flow over a page.
                42 => description(&mut rng, 6000, "EINDEVANDELANGSTE"),
                n if n % 9 == 0 => String::new(),
                _ => {
                    let len = 40 + rng.below(400);
                    description(&mut rng, len, &format!("eind{number}"))
                }
            };
            EvidenceEntry {
                number,
                file: format!(
                    "{number:04}_{stem}.{}",
                    ["png", "pdf", "jpg", "m4a"][rng.below(4)]
                ),
                title,
                category: "Digitale communicatie / Digital communications".to_owned(),
                event_date: (number % 5 != 0).then(|| {
                    NaiveDate::from_ymd_opt(2026, 1 + number % 12, 1 + number % 28).unwrap()
                }),
                imported_at: at(2026, 11, 25, number % 24, number % 60),
                provenance: "Eigen apparaat / Own device — WhatsApp export, telefoon van de moeder"
                    .to_owned(),
                original_name: format!("IMG_{:04}.PNG", 1000 + number),
                size: rng.next() % 50_000_000,
                sha256: rng.hex(),
                description,
                thumbnail_jpeg,
                // Most files have a custody block; some (as from an older caller) none.
                custody: (number % 6 != 0).then(|| CustodySummary {
                    imported: Some(at(2026, 11, 25, number % 24, number % 60)),
                    source: "Eigen apparaat / Own device".to_owned(),
                    views: number % 3,
                    last_view: (number % 3 > 0).then(|| at(2026, 11, 28, 9, number % 60)),
                    edits: (0..number % 4)
                        .map(|d| at(2026, 11, 26 + d, 10, 5))
                        .collect(),
                    earlier_exports: Vec::new(),
                }),
            }
        })
        .collect();
    (entries, thumbnails)
}

fn index(entries: Vec<EvidenceEntry>) -> EvidenceIndex {
    let mut rng = Rng(7);
    EvidenceIndex {
        case_summary: "Zeynep (9) is op 24 november 2026 niet teruggebracht uit Gdańsk.".to_owned(),
        exported_at: at(2026, 11, 30, 8, 15),
        log_anchor: Some(waarborg_contract::LogAnchor {
            seq: 1207,
            hash: rng.hex(),
        }),
        entries,
        signing_fingerprint: Some("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8".to_owned()),
    }
}

fn poppler(tool: &str, args: &[&str], path: &Path) -> String {
    let mut command = Command::new(tool);
    command.args(args).arg(path);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "{tool} {args:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

/// `pdftotext -layout`, no-break spaces as spaces.
fn layout(path: &Path) -> String {
    poppler("pdftotext", &["-layout"], path).replace('\u{a0}', " ")
}

fn images(path: &Path) -> usize {
    poppler("pdfimages", &["-list"], path)
        .lines()
        .skip(2)
        .count()
}

fn tools() -> bool {
    require_tools(&["pdftotext", "pdfinfo", "qpdf", "pdfimages"])
}

/// Whether the words of `needle` occur in `haystack` in order (other text, such as a
/// page footer and the next page's header, may come between them).
fn in_order(haystack: &str, needle: &str) -> bool {
    let mut words = haystack.split_whitespace();
    needle
        .split_whitespace()
        .all(|wanted| words.any(|w| w == wanted))
}

#[test]
fn an_empty_export_is_one_valid_page_saying_zero_items() {
    if !tools() {
        return;
    }
    let empty = EvidenceIndex {
        case_summary: "  ".to_owned(),
        exported_at: at(2026, 11, 30, 8, 15),
        log_anchor: None,
        entries: Vec::new(),
        signing_fingerprint: None,
    };
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "empty.pdf",
        &evidence_index_pdf(&empty).unwrap(),
    );
    qpdf_check(&path);
    assert_eq!(pages(&path), 1);
    let text = text(&path);
    for expected in [
        "Bewijsoverzicht / Evidence index",
        "Aantal bestanden / Number of items 0 ",
        "Geëxporteerd op / Exported at 2026-11-30 08:15 UTC",
        "This package contains no files.",
        "no entries in the custody log",
        NOT_FILLED_IN,
        "sha256sum -c MANIFEST.sha256",
        "shasum -a 256 -c MANIFEST.sha256",
        "Get-FileHash -Algorithm SHA256",
        "Pagina 1 van 1 / Page 1 of 1",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    assert_eq!(images(&path), 0);
}

#[test]
fn a_large_export_lists_every_file_with_its_whole_hash_and_numbered_pages() {
    if !tools() {
        return;
    }
    let (entries, thumbnails) = many_entries(120);
    let index = index(entries);
    let started = std::time::Instant::now();
    let bytes = evidence_index_pdf(&index).unwrap();
    let elapsed = started.elapsed();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "index-120.pdf", &bytes);
    qpdf_check(&path);
    let count = pages(&path);
    eprintln!(
        "120 entries: {count} pages, {} bytes, rendered in {elapsed:?}",
        bytes.len()
    );
    assert!(count > 1);
    let layout = layout(&path);
    let raw = text(&path);
    for k in 1..=count {
        let footer = format!("Pagina {k} van {count} / Page {k} of {count}");
        assert!(layout.contains(&footer), "{footer:?} missing");
    }
    assert!(raw.contains("Aantal bestanden / Number of items 120 "));
    assert!(layout.contains(&index.log_anchor.as_ref().unwrap().to_string()));
    assert_eq!(images(&path), thumbnails);

    let page_texts: Vec<&str> = layout.split('\u{c}').collect();
    for (i, entry) in index.entries.iter().enumerate() {
        assert!(layout.contains(&entry.file), "{} missing", entry.file);
        assert!(
            layout.contains(&entry.sha256),
            "hash of {} split",
            entry.file
        );
        // The bar with the file name and the hash are never on different pages.
        let page = page_texts
            .iter()
            .position(|p| p.contains(&entry.file))
            .unwrap();
        assert!(
            page_texts[page].contains(&entry.sha256),
            "{} and its hash on different pages",
            entry.file
        );
        // Every description in full, in order, within its own block.
        let start = raw.find(&entry.file).unwrap();
        let end = index
            .entries
            .get(i + 1)
            .map_or(raw.len(), |next| raw.find(&next.file).unwrap());
        let block = &raw[start..end];
        assert!(
            in_order(block, &entry.description),
            "description of {} incomplete",
            entry.file
        );
        assert!(in_order(block, &entry.title), "title of {}", entry.file);
        assert!(block.contains(&entry.original_name));
    }
    // Nothing runs into the right margin, not even a hash printed at full width.
    for (word, right, _, page_width) in word_boxes(&path) {
        assert!(right <= page_width - 42.0, "{word:?} ends at {right}");
    }
    assert!(raw.contains(MARKER));
    assert!(raw.contains("EINDEVANDELANGSTE"));
    // The empty descriptions and event dates are flagged.
    assert_eq!(
        raw.matches("— geen beschrijving / no description").count(),
        index
            .entries
            .iter()
            .filter(|e| e.description.is_empty())
            .count()
    );
    assert_eq!(
        raw.matches("— onbekend / unknown").count(),
        index
            .entries
            .iter()
            .filter(|e| e.event_date.is_none())
            .count()
    );
}

#[test]
fn sizes_dates_and_the_cover_are_printed_as_given() {
    if !tools() {
        return;
    }
    let (mut entries, _) = many_entries(3);
    entries[0].size = 2_413_771;
    entries[1].size = 1;
    entries[0].event_date = NaiveDate::from_ymd_opt(2026, 11, 24);
    entries[0].imported_at = at(2026, 11, 25, 14, 3);
    let index = index(entries);
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "sizes.pdf",
        &evidence_index_pdf(&index).unwrap(),
    );
    qpdf_check(&path);
    let raw = text(&path);
    assert!(
        raw.contains("Grootte / Size 2.4 MB (2 413 771 bytes)"),
        "{raw}"
    );
    assert!(raw.contains("Grootte / Size 1 byte"), "{raw}");
    assert!(
        raw.contains("Datum gebeurtenis / Event date 2026-11-24"),
        "{raw}"
    );
    assert!(raw.contains("2026-11-25 14:03 UTC"), "{raw}");
    // The cover is a page of its own, with the case and the log head.
    let cover = poppler("pdftotext", &["-layout", "-f", "1", "-l", "1"], &path);
    assert!(cover.contains(&index.log_anchor.as_ref().unwrap().to_string()));
    assert!(cover.contains("niet teruggebracht uit Gdańsk"));
    assert!(cover.contains("2026-11-30 08:15 UTC"));
    // The package signing key, to compare with the parent's Settings (issue 15).
    assert!(
        cover.contains("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8"),
        "{cover}"
    );
    assert!(!cover.contains(&index.entries[0].file));
    assert!(!cover.contains("no entries in the custody log"));

    let mut without = index.clone();
    without.log_anchor = None;
    let path = write(
        dir.path(),
        "no-log.pdf",
        &evidence_index_pdf(&without).unwrap(),
    );
    let cover = poppler("pdftotext", &["-layout", "-f", "1", "-l", "1"], &path);
    assert!(cover.contains("no entries in the custody log"), "{cover}");
    assert!(!cover.contains(&index.log_anchor.as_ref().unwrap().to_string()));
}

#[test]
fn each_file_has_its_custody_summary_imported_views_edits_and_earlier_exports() {
    if !tools() {
        return;
    }
    let (mut entries, _) = many_entries(3);
    entries[0].custody = Some(CustodySummary {
        imported: Some(at(2026, 11, 20, 7, 41)),
        source: "Ontvangen / Received".to_owned(),
        views: 3,
        last_view: Some(at(2026, 11, 29, 21, 12)),
        edits: vec![at(2026, 11, 21, 9, 2), at(2026, 11, 22, 18, 30)],
        earlier_exports: vec![at(2026, 11, 23, 11, 0)],
    });
    entries[1].custody = Some(CustodySummary::default());
    entries[2].custody = None;
    let index = index(entries);
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "custody.pdf",
        &evidence_index_pdf(&index).unwrap(),
    );
    qpdf_check(&path);
    let raw = text(&path);
    let first = [
        "Bewaring / Custody",
        "Opgenomen / Imported: 2026-11-20 07:41 UTC, Ontvangen / Received",
        "Bekeken / Viewed: 3× (laatst / last 2026-11-29 21:12 UTC)",
        "Beschrijving gewijzigd / Description edited: 2026-11-21 09:02 UTC, 2026-11-22 18:30 UTC",
        "Eerder geëxporteerd / Exported before: 2026-11-23 11:00 UTC",
    ];
    for line in first {
        assert!(raw.contains(line), "{line} missing in {raw}");
    }
    // Nothing in the log: said so, not left blank.
    assert!(
        raw.contains("Opgenomen / Imported: niet in het bewaarlogboek / not in the custody log"),
        "{raw}"
    );
    assert!(raw.contains("Bekeken / Viewed: nooit / never"), "{raw}");
    // The third file (no summary given) has no custody block.
    assert_eq!(raw.matches("Bewaring / Custody").count(), 2, "{raw}");
    // The log head stays on every page.
    let anchor = index.log_anchor.as_ref().unwrap().to_string();
    for page in 1..=pages(&path) {
        let p = page.to_string();
        let text = poppler("pdftotext", &["-raw", "-f", &p, "-l", &p], &path);
        assert!(collapse(&text).contains(&anchor), "page {page}");
    }
}

#[test]
fn emoji_right_to_left_text_and_bad_thumbnails_do_not_break_the_index() {
    if !tools() {
        return;
    }
    let (mut entries, _) = many_entries(3);
    entries[0].title = "Verjaardag 🎂 met 王小明".to_owned();
    entries[0].thumbnail_jpeg = Some(b"\x89PNG\r\n\x1a\n not a jpeg".to_vec());
    entries[1].provenance = "Bericht van أحمد".to_owned();
    entries[1].thumbnail_jpeg = Some(thumbnail());
    entries[2].description = "Bell\u{7}e\u{0}".to_owned();
    entries[2].thumbnail_jpeg = None;
    let mut index = index(entries);
    index.case_summary = "Zaak 👧 Zeynep".to_owned();
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "scripts.pdf",
        &evidence_index_pdf(&index).unwrap(),
    );
    qpdf_check(&path);
    let raw = text(&path);
    assert!(raw.contains("Verjaardag ? met ???"), "{raw}");
    assert!(raw.contains("Zaak ? Zeynep"), "{raw}");
    assert!(
        raw.contains("right-to-left script, may print incorrectly"),
        "{raw}"
    );
    assert!(raw.contains("Bell?e?"), "{raw}");
    assert!(
        raw.contains("Voorbeeld onleesbaar / Preview unreadable"),
        "{raw}"
    );
    assert_eq!(images(&path), 1);
}
