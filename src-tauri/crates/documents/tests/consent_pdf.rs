//! The consent form as a real PDF, read back with poppler and checked with qpdf.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::*;
use waarborg_documents::{
    ConsentForm, ConsentOptions, Destination, RenderError, Stay, ValidationCode, consent_form_pdf,
};

fn render(form: &ConsentForm) -> Vec<u8> {
    consent_form_pdf(form, ConsentOptions::new(today())).unwrap()
}

/// Every string the parent typed, with ISO dates as printed (dd-mm-yyyy).
fn filled_values(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) if !s.trim().is_empty() => {
            let printed = match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(date) => date.format("%d-%m-%Y").to_string(),
                Err(_) => s.clone(),
            };
            out.push(collapse(&printed));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| filled_values(v, out)),
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                // Enum values are printed as their translation, checked separately.
                if !["custody", "capacity", "kind"].contains(&key.as_str()) {
                    filled_values(v, out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn every_filled_value_and_both_languages_are_in_the_pdf() {
    if !require_tool("pdftotext") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let form = example_form();
    let path = write(dir.path(), "consent.pdf", &render(&form));
    let text = text(&path);

    let mut values = Vec::new();
    filled_values(&serde_json::to_value(&form).unwrap(), &mut values);
    assert!(values.len() > 40, "{values:?}");
    for value in &values {
        assert!(
            text.contains(value.as_str()),
            "{value:?} missing from the PDF text"
        );
    }
    for label in [
        // Dutch and English labels side by side.
        "Toestemming reizen met minderjarige naar het buitenland",
        "Consent letter for a minor travelling abroad",
        "Geboortedatum / Date of birth",
        "Achternaam / Surname",
        "Datum terug in Nederland / Date back in the Netherlands",
        "Moeder / Mother",
        "Vader / Father",
        "Paspoort / Passport",
        // The statement, in both languages, with the trip's dates.
        "van 19-12-2026 tot en met 03-01-2027",
        "from 19-12-2026 up to and including 03-01-2027",
        "uiterlijk op 03-01-2027 terug zijn in Nederland",
        "No consent is given to the child moving abroad",
        // Legalisation box, attachments and the checklist page.
        "Legalisation of the signature",
        "Mandatory (according to the Royal Netherlands Marechaussee)",
        "Advised (according to the Royal Netherlands Marechaussee)",
        "Also useful (according to Centrum IKO and municipalities)",
        "Reislijst / Travel checklist",
        "Pagina 4 van 4 / Page 4 of 4",
        "Not legal advice",
    ] {
        assert!(text.contains(label), "{label:?} missing");
    }
    assert!(text.contains("Zeynep Maja Wróbel"));
}

#[test]
fn the_pdf_is_valid_a4_with_metadata_and_embedded_subset_fonts() {
    if !require_tools(&["pdfinfo", "qpdf", "pdffonts"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "consent.pdf", &render(&example_form()));
    qpdf_check(&path);
    let info = pdfinfo(&path);
    assert_eq!(pages(&path), 4, "{info}");
    assert!(info.contains("A4"), "{info}");
    assert!(
        info.contains("Consent letter for a minor travelling abroad"),
        "{info}"
    );
    assert!(info.contains("Author:          Waarborg"), "{info}");
    assert!(!info.contains("1970"), "creation date not set: {info}");
    // Not claimed as PDF/X (printpdf writes an empty version key; it is blanked).
    assert!(!info.contains("PDF/X"), "{info}");
    let fonts = pdffonts(&path);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        assert!(row.contains("DejaVuSans"), "{row}");
        // emb, sub, uni
        assert!(
            row.contains("yes yes yes"),
            "not embedded+subset+unicode: {row}"
        );
    }
}

#[test]
fn names_in_many_scripts_come_out_exactly() {
    if !require_tool("pdftotext") {
        return;
    }
    let mut form = example_form();
    form.companion.full_name = "Αλέξανδρος Παπαδόπουλος".into();
    form.stays.push(Stay {
        host: "Анна Сергеевна Иванова".into(),
        address: "ул. Пушкина, д. 10, кв. 5, Москва".into(),
        phone: "+7 495 000 00 00".into(),
        email: String::new(),
    });
    form.holders[1].full_name = "Jörg Müller-Łęcki".into();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "consent.pdf", &render(&form));
    let text = text(&path);
    for name in [
        "Αλέξανδρος Παπαδόπουλος",
        "Анна Сергеевна Иванова",
        "ул. Пушкина, д. 10, кв. 5, Москва",
        "Jörg Müller-Łęcki",
        "Çağla Yıldız",
        "Kıbrıs Şehitleri Cd.",
    ] {
        assert!(text.contains(name), "{name:?} missing");
    }
}

#[test]
fn long_values_wrap_inside_the_page_and_add_pages() {
    if !require_tools(&["pdftotext", "pdfinfo", "qpdf"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let short = write(dir.path(), "short.pdf", &render(&example_form()));

    let mut form = example_form();
    let long_address = (1..=60)
        .map(|i| format!("Straatdeel{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    form.stays[0].address = long_address.clone();
    form.holders[0].full_name =
        "Maria-Fernanda Alejandra de los Ángeles Wilhelmina van Oldenbarnevelt-Hohenzollern".into();
    // One word far wider than any box must still be broken, not run off the page.
    form.child.document.issuing_authority = "X".repeat(300);
    form.trip.destinations = (1..=10)
        .map(|i| Destination {
            country: format!("Bestemmingsland nummer {i} / Destination country number {i}"),
            places: format!("Plaats {i}a, Plaats {i}b, Plaats {i}c, een heel lange plaatsnaam {i}"),
        })
        .collect();
    let long = write(dir.path(), "long.pdf", &render(&form));
    qpdf_check(&long);
    assert!(
        pages(&long) > pages(&short),
        "long content did not add pages"
    );

    let text = text(&long);
    for word in long_address.split(' ') {
        assert!(text.contains(word), "{word} lost");
    }
    assert!(text.contains("Hohenzollern"));
    for i in 1..=10 {
        assert!(
            text.contains(&format!("een heel lange plaatsnaam {i}")),
            "destination {i}"
        );
    }
    // No word ends right of the right margin or below the bottom margin.
    let words = word_boxes(&long);
    assert!(words.len() > 500);
    for (word, x_max, y_max, page_width) in &words {
        assert!(
            *x_max <= page_width - 40.0,
            "{word:?} runs off the page (x {x_max})"
        );
        assert!(
            *y_max <= 841.89 - 20.0,
            "{word:?} below the page (y {y_max})"
        );
    }
    let xs: usize = words
        .iter()
        .filter(|(w, ..)| !w.is_empty() && w.chars().all(|c| c == 'X'))
        .map(|(w, ..)| w.len())
        .sum();
    assert_eq!(xs, 300, "the long word lost characters");
}

#[test]
fn travelling_alone_strikes_the_companion_block() {
    if !require_tool("pdftotext") {
        return;
    }
    let mut form = example_form();
    form.companion = waarborg_documents::Companion {
        travels_alone: true,
        ..Default::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "alone.pdf", &render(&form));
    let text = text(&path);
    assert!(text.contains("Het kind reist alleen"));
    assert!(text.contains("The child travels alone"));
}

#[test]
fn an_invalid_form_produces_no_pdf_but_every_field_error() {
    let mut form = example_form();
    form.trip.return_date = "2026-12-01".into();
    form.child.surname.clear();
    let Err(RenderError::Invalid(errors)) = consent_form_pdf(&form, ConsentOptions::new(today()))
    else {
        panic!("expected validation errors");
    };
    let found: Vec<(&str, ValidationCode)> =
        errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    assert!(found.contains(&("trip.return_date", ValidationCode::ReturnBeforeDeparture)));
    assert!(found.contains(&("child.surname", ValidationCode::Required)));
    assert_eq!(
        RenderError::Invalid(errors).code(),
        "documents-invalid-input"
    );
}

#[test]
fn a_confirmed_past_departure_is_printed() {
    let mut form = example_form();
    form.trip.departure_date = "2026-11-20".into();
    assert!(matches!(
        consent_form_pdf(&form, ConsentOptions::new(today())),
        Err(RenderError::Invalid(_))
    ));
    form.confirm_past_departure = true;
    assert!(consent_form_pdf(&form, ConsentOptions::new(today())).is_ok());
}

#[test]
fn the_checklist_page_is_optional() {
    if !require_tool("pdfinfo") {
        return;
    }
    let options = ConsentOptions {
        include_checklist: false,
        ..ConsentOptions::new(today())
    };
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "no-list.pdf",
        &consent_form_pdf(&example_form(), options).unwrap(),
    );
    assert_eq!(pages(&path), 3);
}

#[test]
fn a_page_renders_to_an_image() {
    if !require_tool("pdftoppm") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "consent.pdf", &render(&example_form()));
    let prefix = dir.path().join("page");
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "30", "-png", "-f", "1", "-l", "1"])
        .arg(&path)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    let png = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with(".png"))
        .expect("a PNG");
    assert!(png.metadata().unwrap().len() > 1000);
}

#[test]
fn an_institution_and_court_consent_are_printed_and_the_legalisation_box_is_optional() {
    if !require_tool("pdftotext") {
        return;
    }
    let mut form = example_form();
    form.custody = waarborg_documents::Custody::CourtReplacedConsent;
    form.holders = vec![waarborg_documents::Holder {
        capacity: waarborg_documents::Capacity::Institution,
        full_name: "Gecertificeerde Instelling Jeugdbescherming Voorbeeld".into(),
        representative: "J. de Vries, jeugdbeschermer".into(),
        address: "Postbus 1234, 1000 AB Amsterdam".into(),
        phone: "+31 20 000 00 00".into(),
        ..Default::default()
    }];
    form.legalisation_box = false;
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "institution.pdf", &render(&form));
    let text = text(&path);
    for expected in [
        "Instelling / Institution",
        "Ondertekend namens de instelling door / Signed on behalf of the institution by",
        "J. de Vries, jeugdbeschermer",
        "De rechter heeft vervangende toestemming gegeven",
        "A court has given replacement consent",
        "Signature and stamp of the institution",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }
    assert!(!text.contains("Legalisation of the signature"));
    assert!(!text.contains("Holder 2"));
}

#[test]
fn a_box_taller_than_a_page_continues_on_the_next_page() {
    if !require_tools(&["pdftotext", "qpdf"]) {
        return;
    }
    let mut form = example_form();
    let words: Vec<String> = (1..=1500).map(|i| format!("w{i}")).collect();
    form.stays[0].address = words.join(" ");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "huge.pdf", &render(&form));
    qpdf_check(&path);
    let boxes = word_boxes(&path);
    let found: std::collections::BTreeSet<&str> = boxes.iter().map(|(w, ..)| w.as_str()).collect();
    for word in &words {
        assert!(found.contains(word.as_str()), "{word} lost");
    }
    for (word, x_max, y_max, page_width) in &boxes {
        assert!(*x_max <= page_width - 40.0, "{word:?} runs off the page");
        assert!(*y_max <= 841.89 - 20.0, "{word:?} below the page");
    }
}

#[test]
fn forms_render_from_several_threads_at_once() {
    let form = example_form();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let form = form.clone();
            std::thread::spawn(move || consent_form_pdf(&form, ConsentOptions::new(today())))
        })
        .collect();
    let outputs: Vec<Vec<u8>> = handles
        .into_iter()
        .map(|h| h.join().unwrap().unwrap())
        .collect();
    assert!(outputs.iter().all(|o| o.starts_with(b"%PDF")));
}

#[test]
fn odd_characters_do_not_break_the_file() {
    if !require_tools(&["qpdf", "pdftotext"]) {
        return;
    }
    let mut form = example_form();
    form.stays[0].host = "Emoji 😀 host\twith tab\r\nand new line".into();
    form.trip.purpose = "   ".into();
    form.holders[0].address = "Line one\nLine two\n\nLine four".into();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "odd.pdf", &render(&form));
    qpdf_check(&path);
    let text = text(&path);
    for expected in [
        "Emoji",
        "with tab",
        "and new line",
        "Line one Line two",
        "Line four",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }
}

#[test]
fn scripts_the_pdf_would_garble_are_refused_per_field() {
    let mut form = example_form();
    form.stays[0].address = "محمد العلي, 12 شارع".into();
    form.holders[1].full_name = "王小明".into();
    let Err(RenderError::Invalid(errors)) = consent_form_pdf(&form, ConsentOptions::new(today()))
    else {
        panic!("expected validation errors");
    };
    let found: Vec<(&str, ValidationCode)> =
        errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    assert_eq!(
        found,
        [
            (
                "holders[1].full_name",
                ValidationCode::UnsupportedCharacters
            ),
            ("stays[0].address", ValidationCode::UnsupportedCharacters),
        ]
    );
}
