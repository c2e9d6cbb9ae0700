//! The police information sheet as a real PDF, read back with poppler and checked
//! with qpdf.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::process::Command;

use chrono::NaiveDate;
use support::*;
use waarborg_contract::Language;
use waarborg_documents::{
    NOT_FILLED_IN, PoliceSheet, SheetDocument, SheetPerson, SheetTrip, police_sheet_pdf,
    save_police_sheet,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A 4x5-block "portrait": light face on a darker background.
fn photo() -> Vec<u8> {
    #[rustfmt::skip]
    let levels = [
        60, 90, 90, 60,
        60, 220, 220, 60,
        60, 210, 210, 60,
        40, 120, 120, 40,
        30, 120, 120, 30,
    ];
    gray_jpeg(4, &levels)
}

fn full_sheet() -> PoliceSheet {
    let passport = |number: &str, country: &str, expires: NaiveDate| SheetDocument {
        kind: "Paspoort / Passport".into(),
        number: number.into(),
        issuing_country: country.into(),
        expires_on: Some(expires),
    };
    PoliceSheet {
        children: vec![
            SheetPerson {
                full_name: "Zeynep Maja Wróbel".into(),
                birth_date: Some(date(2016, 6, 30)),
                birth_place: "Utrecht".into(),
                nationalities: vec!["Nederlandse".into(), "Poolse".into()],
                documents: vec![passport("NXK4R81P2", "Nederland", date(2031, 3, 1))],
                description: "1,35 m, slank, lang donkerblond haar, bril met rood montuur".into(),
                photo_jpeg: Some(photo()),
                ..Default::default()
            },
            SheetPerson {
                full_name: "Emir Wróbel".into(),
                birth_date: Some(date(2019, 2, 14)),
                birth_place: "Utrecht".into(),
                nationalities: vec!["Nederlandse".into()],
                documents: vec![passport("NPL07Q3X9", "Nederland", date(2024, 1, 10))],
                description: "1,10 m, kort bruin haar".into(),
                phones: vec!["+31 6 1111 2222".into()],
                photo_jpeg: Some(photo()),
                ..Default::default()
            },
        ],
        other_parent: Some(SheetPerson {
            full_name: "Tomasz Wróbel".into(),
            other_names: vec!["Tom Wrobel".into()],
            birth_date: Some(date(1985, 9, 3)),
            birth_place: "Gdańsk".into(),
            nationalities: vec!["Poolse".into()],
            documents: vec![
                passport("EA9912345", "Polen / Poland", date(2029, 5, 5)),
                SheetDocument {
                    kind: "Rijbewijs / Driving licence".into(),
                    number: "5012345678".into(),
                    issuing_country: "Nederland".into(),
                    expires_on: Some(date(2025, 12, 1)),
                },
            ],
            description: "1,85 m, kaal, tatoeage op linker onderarm".into(),
            addresses: vec![
                "Kanaalweg 12, 3526 KL Utrecht".into(),
                "ul. Długa 5, 80-827 Gdańsk, Polen".into(),
            ],
            phones: vec!["+31 6 9876 5432".into(), "+48 501 234 567".into()],
            vehicles: vec!["Grijze Škoda Octavia, kenteken GZ-123-K".into()],
            family_abroad: vec!["Moeder: Halina Wróbel, Gdańsk".into()],
            photo_jpeg: Some(photo()),
        }),
        trips: vec![SheetTrip {
            title: "Kerstvakantie Polen".into(),
            departure: Some(date(2026, 12, 19)),
            return_date: Some(date(2027, 1, 3)),
            destination: "Gdańsk, Polen".into(),
            flight: "KL1363".into(),
            address: "ul. Długa 5, 80-827 Gdańsk".into(),
        }],
        court_orders: vec![
            "Beschikking rechtbank Midden-Nederland 12-03-2025 (gezag)".into(),
            "Ouderschapsplan bekrachtigd 01-04-2025".into(),
        ],
        reporting_parent_name: "Anna de Vries".into(),
        reporting_parent_phone: "+31 6 1234 5678".into(),
        reporting_parent_email: "anna@example.nl".into(),
        removal_date: Some(date(2026, 11, 24)),
        generated_on: date(2026, 11, 25),
        log_anchor: None,
    }
}

fn layout_text(path: &std::path::Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

fn pdfimages_list(path: &std::path::Path) -> Vec<String> {
    let output = Command::new("pdfimages")
        .arg("-list")
        .arg(path)
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .skip(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_full_sheet_has_every_detail_in_both_languages_and_the_photos() {
    if !require_tools(&["pdftotext", "pdfinfo", "qpdf", "pdfimages"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "police.pdf",
        &police_sheet_pdf(&full_sheet()).unwrap(),
    );
    qpdf_check(&path);
    let info = pdfinfo(&path);
    assert!(info.contains("A4"), "{info}");
    let pages = pages(&path);
    let layout = layout_text(&path);
    let text = text(&path);
    for expected in [
        "Informatieblad voor de politie",
        "Information sheet for the police",
        "Zeynep Maja Wróbel",
        "Emir Wróbel",
        "Tomasz Wróbel",
        "Tom Wrobel",
        "NXK4R81P2",
        "NPL07Q3X9",
        "EA9912345",
        "30-06-2016 (10 jaar / years)",
        "Kerstvakantie Polen",
        "19-12-2026",
        "03-01-2027",
        "KL1363",
        "Beschikking rechtbank Midden-Nederland 12-03-2025 (gezag)",
        "Ouderschapsplan bekrachtigd 01-04-2025",
        "+31 6 1234 5678",
        "anna@example.nl",
        "+48 501 234 567",
        "GZ-123-K",
        "Halina Wróbel",
        "24-11-2026",
    ] {
        assert!(layout.contains(expected), "{expected:?} missing:\n{layout}");
    }
    // Expired documents are marked, valid ones not.
    assert!(text.contains("10-01-2024 — VERLOPEN / EXPIRED"), "{text}");
    assert!(text.contains("01-12-2025 — VERLOPEN / EXPIRED"), "{text}");
    assert!(!text.contains("01-03-2031 — VERLOPEN"), "{text}");
    assert_eq!(layout.matches("VERLOPEN").count(), 2);
    // Page numbers "n / m" on every page.
    for page in 1..=pages {
        assert!(text.contains(&format!(" {page} / {pages} ")), "{text}");
    }
    // Three photos, embedded as given (DCT, gray, 32x40).
    let images = pdfimages_list(&path);
    assert_eq!(images.len(), 3, "{images:?}");
    for image in &images {
        assert!(image.contains("32    40  gray"), "{image}");
        assert!(image.contains("jpeg"), "{image}");
    }
    // The children's empty "other names" are flagged, not left out.
    assert_eq!(text.matches(NOT_FILLED_IN).count(), 2, "{text}");
}

#[test]
fn an_unknown_other_parent_is_flagged_field_by_field() {
    if !require_tools(&["pdftotext", "qpdf", "pdfimages"]) {
        return;
    }
    let mut sheet = full_sheet();
    sheet.other_parent = None;
    for child in &mut sheet.children {
        child.photo_jpeg = None;
    }
    sheet.trips.clear();
    sheet.court_orders.clear();
    sheet.reporting_parent_email.clear();
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "unknown.pdf",
        &police_sheet_pdf(&sheet).unwrap(),
    );
    qpdf_check(&path);
    let text = text(&path);
    let start = text.find("Andere ouder / Other parent").unwrap();
    let end = text.find("Reizen / Trips").unwrap();
    let block = &text[start..end];
    for label in [
        "Volledige naam / Full name",
        "Andere namen / Other names",
        "Geboortedatum / Date of birth",
        "Geboorteplaats / Place of birth",
        "Nationaliteit(en) / Nationality(ies)",
        "Reisdocumenten / Travel documents",
        "Signalement / Description",
        "Telefoon / Phone",
        "Voertuigen / Vehicles",
        "Adressen / Addresses",
        "Familie in het buitenland / Family abroad",
    ] {
        assert!(block.contains(label), "{label:?} missing from {block}");
    }
    assert_eq!(block.matches(NOT_FILLED_IN).count(), 11, "{block}");
    assert!(block.contains("Geen foto / No photo"), "{block}");
    // Trips, court orders and the e-mail address too.
    let rest = &text[end..];
    assert_eq!(rest.matches(NOT_FILLED_IN).count(), 3, "{rest}");
    assert!(pdfimages_list(&path).is_empty());
}

#[test]
fn an_empty_sheet_still_prints_and_flags_everything() {
    if !require_tools(&["qpdf", "pdftotext"]) {
        return;
    }
    let sheet = PoliceSheet {
        generated_on: date(2026, 11, 25),
        ..Default::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.pdf", &police_sheet_pdf(&sheet).unwrap());
    qpdf_check(&path);
    let text = text(&path);
    assert!(text.matches(NOT_FILLED_IN).count() >= 18, "{text}");
}

#[test]
fn non_latin_names_and_bad_photos_do_not_break_the_sheet() {
    if !require_tools(&["pdftotext", "qpdf"]) {
        return;
    }
    let mut sheet = full_sheet();
    sheet.children[0].full_name = "İpek Şahin".into();
    sheet.children[0].photo_jpeg = Some(b"\x89PNG\r\n\x1a\n not a jpeg".to_vec());
    sheet.children[1].photo_jpeg = Some(photo()[..40].to_vec());
    let other = sheet.other_parent.as_mut().unwrap();
    other.full_name = "أحمد الحسيني".into();
    other.other_names = vec!["Ahmed Al-Husseini".into(), "王小明".into()];
    other.family_abroad = vec!["Bell\u{7}\u{0}e".into()];
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "scripts.pdf",
        &police_sheet_pdf(&sheet).unwrap(),
    );
    qpdf_check(&path);
    let text = text(&path);
    assert!(text.contains("İpek Şahin"), "{text}");
    assert!(text.contains("Ahmed Al-Husseini"), "{text}");
    assert!(
        text.contains("right-to-left script, may print incorrectly"),
        "{text}"
    );
    assert!(text.contains("Photo unreadable"), "{text}");
    assert!(text.contains("Bell??e"), "{text}");
}

#[test]
fn saving_uses_a_safe_unique_name_in_the_ui_language() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = full_sheet();
    let first = save_police_sheet(&sheet, dir.path(), Language::Nl).unwrap();
    assert_eq!(
        first.file_name().unwrap(),
        "politieblad-zeynep-maja-wróbel-2026-11-25.pdf"
    );
    let second = save_police_sheet(&sheet, dir.path(), Language::Nl).unwrap();
    assert_eq!(
        second.file_name().unwrap(),
        "politieblad-zeynep-maja-wróbel-2026-11-25-2.pdf"
    );
    let english = save_police_sheet(&sheet, &dir.path().join("new"), Language::En).unwrap();
    assert_eq!(
        english.file_name().unwrap(),
        "police-sheet-zeynep-maja-wróbel-2026-11-25.pdf"
    );
    assert!(std::fs::read(&english).unwrap().starts_with(b"%PDF"));
    let nobody = PoliceSheet {
        generated_on: date(2026, 11, 25),
        ..Default::default()
    };
    let path = save_police_sheet(&nobody, dir.path(), Language::En).unwrap();
    assert_eq!(path.file_name().unwrap(), "police-sheet-2026-11-25.pdf");
}
