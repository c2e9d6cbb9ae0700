//! The information sheet for the police: on paper, in Dutch and English, what an
//! officer needs when a parent reports a child taken abroad — the children (with a
//! photo), the other parent, the trips, the court orders the parent holds and how to
//! reach the parent.
//!
//! Nothing is refused and nothing is invented: the sheet is printed from whatever the
//! vault holds, and every field that is empty prints as [`NOT_FILLED_IN`] in gray, so
//! the officer sees what is unknown. Labels are the `doc-police-…` messages, Dutch and
//! English together: the sheet is always bilingual, whatever the app's language.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use waarborg_contract::{Language, LogAnchor};

use crate::error::{RenderError, SaveError};
use crate::labels::{Label, right_to_left_warning};
use crate::layout::{
    BODY, CONTENT_WIDTH, Canvas, Cell, MARGIN_X, Style, drawable, is_right_to_left,
};
use crate::output::{safe_stem, write_new};

/// What an empty field prints as.
pub const NOT_FILLED_IN: &str = "— niet ingevuld / not filled in";

/// A travel or identity document of a person on the sheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetDocument {
    /// E.g. "Paspoort / Passport".
    pub kind: String,
    pub number: String,
    pub issuing_country: String,
    pub expires_on: Option<NaiveDate>,
}

/// A child or the other parent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetPerson {
    pub full_name: String,
    pub other_names: Vec<String>,
    pub birth_date: Option<NaiveDate>,
    pub birth_place: String,
    pub nationalities: Vec<String>,
    pub documents: Vec<SheetDocument>,
    pub description: String,
    pub addresses: Vec<String>,
    pub phones: Vec<String>,
    pub vehicles: Vec<String>,
    pub family_abroad: Vec<String>,
    /// JPEG bytes of a photo (e.g. a 256 px thumbnail), when there is one.
    pub photo_jpeg: Option<Vec<u8>>,
}

/// A planned or recent trip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetTrip {
    pub title: String,
    pub departure: Option<NaiveDate>,
    pub return_date: Option<NaiveDate>,
    pub destination: String,
    pub flight: String,
    pub address: String,
}

/// Everything on the police information sheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PoliceSheet {
    pub children: Vec<SheetPerson>,
    pub other_parent: Option<SheetPerson>,
    pub trips: Vec<SheetTrip>,
    /// Titles of court orders and custody documents the parent holds.
    pub court_orders: Vec<String>,
    pub reporting_parent_name: String,
    pub reporting_parent_phone: String,
    pub reporting_parent_email: String,
    pub removal_date: Option<NaiveDate>,
    pub generated_on: NaiveDate,
    /// The vault's custody-log head when the sheet was made: printed with its QR code
    /// on every page.
    pub log_anchor: Option<LogAnchor>,
}

const TITLE: Label = Label("doc-police-title");
const INTRO: Label = Label("doc-police-intro");
/// Empty fields: gray and smaller than a value, so they never pass for one.
const FLAG: Style = Style::regular(8.0).gray(0.5);
const EXPIRED: Style = Style::bold(9.5);
/// Share of the width left of the photo.
const FIELDS: f32 = 0.8;

/// Renders the sheet. Only a defect in the embedded font makes this fail.
pub fn police_sheet_pdf(sheet: &PoliceSheet) -> Result<Vec<u8>, RenderError> {
    let today = sheet.generated_on;
    let names: Vec<String> = sheet
        .children
        .iter()
        .map(|c| drawable(c.full_name.trim()))
        .filter(|n| !n.is_empty())
        .collect();
    let title = TITLE.joined();
    let header = if names.is_empty() {
        title.clone()
    } else {
        format!("{title}  |  {}", names.join(", "))
    };
    let mut canvas = Canvas::new(&title, &header)?;
    if let Some(anchor) = &sheet.log_anchor {
        canvas.mark_log_anchor(&Label("doc-log-anchor").joined(), &anchor.to_string());
    }
    canvas.title(&TITLE.nl(), Style::bold(15.0));
    canvas.title(&TITLE.en(), Style::bold(12.0).gray(0.3));
    canvas.gap(4.0);
    INTRO.paragraphs(&mut canvas, BODY, 0.0);
    canvas.gap(4.0);
    canvas.row(&[
        date_cell(
            &Label("doc-police-removal-date").joined_by(" — "),
            sheet.removal_date,
            0.4,
        ),
        Cell::new(label("prepared-on"), day(today), 0.3),
        text_cell(&label("reporter-phone"), &sheet.reporting_parent_phone, 0.3),
    ]);

    // The children.
    if sheet.children.is_empty() {
        canvas.section(&label("child"), 40.0);
        canvas.gap(3.0);
        canvas.row(&[flag_cell(&label("child"), 1.0)]);
    }
    let count = sheet.children.len();
    for (i, child) in sheet.children.iter().enumerate() {
        let heading = if count > 1 {
            Label("doc-police-child-n").format(&[("n", (i + 1).into())], " / ")
        } else {
            label("child")
        };
        person(&mut canvas, &heading, child, today, false);
    }

    // The other parent.
    let nobody = SheetPerson::default();
    person(
        &mut canvas,
        &label("other-parent"),
        sheet.other_parent.as_ref().unwrap_or(&nobody),
        today,
        true,
    );

    // Trips.
    canvas.section(&label("trips"), 50.0);
    canvas.gap(3.0);
    if sheet.trips.is_empty() {
        canvas.row(&[flag_cell(&label("trips"), 1.0)]);
    }
    for (i, trip) in sheet.trips.iter().enumerate() {
        if i > 0 {
            canvas.gap(4.0);
        }
        canvas.ensure(70.0);
        canvas.row(&[
            text_cell(&label("trip"), &trip.title, 0.4),
            date_cell(&label("departure"), trip.departure, 0.3),
            date_cell(&label("return"), trip.return_date, 0.3),
        ]);
        canvas.row(&[
            text_cell(&label("destination"), &trip.destination, 0.4),
            text_cell(&label("flight"), &trip.flight, 0.3),
            text_cell(&label("address"), &trip.address, 0.3),
        ]);
    }

    // Court orders.
    canvas.section(&label("court-orders"), 30.0);
    canvas.gap(3.0);
    canvas.row(&[list_cell(
        &label("court-order-title"),
        &sheet
            .court_orders
            .iter()
            .map(|t| format!("• {}", t.trim()))
            .collect::<Vec<_>>(),
        1.0,
    )]);

    // The reporting parent.
    canvas.section(&label("reporter-contact"), 40.0);
    canvas.gap(3.0);
    canvas.row(&[
        text_cell(&label("name"), &sheet.reporting_parent_name, 0.4),
        text_cell(&label("phone"), &sheet.reporting_parent_phone, 0.25),
        text_cell(&label("email"), &sheet.reporting_parent_email, 0.35),
    ]);

    let note = Label("doc-police-footer-note").format(&[("date", day(today).into())], " ");
    Ok(canvas.finish(&note, |page, pages| format!("{page} / {pages}")))
}

/// Renders the sheet and writes it into `dir` (created if missing) under a name such
/// as `politieblad-zeynep-yilmaz-2026-11-25.pdf` (`police-sheet-…` in English);
/// never replaces a file. Returns the path written.
pub fn save_police_sheet(
    sheet: &PoliceSheet,
    dir: &Path,
    ui_language: Language,
) -> Result<PathBuf, SaveError> {
    let bytes = police_sheet_pdf(sheet)?;
    let prefix = match ui_language {
        Language::Nl => "politieblad",
        Language::En => "police-sheet",
    };
    let child = sheet
        .children
        .first()
        .map(|c| c.full_name.as_str())
        .unwrap_or_default();
    let stem = safe_stem(&format!("{prefix} {child} {}", sheet.generated_on));
    write_new(dir, &stem, &bytes)
}

/// One person's block: a section heading, the photo at the right, the fields left of
/// it. `full` adds what matters for the other parent (phones, vehicles, addresses,
/// family abroad); for a child those print only when there are any.
pub(crate) fn person(
    canvas: &mut Canvas,
    heading: &str,
    p: &SheetPerson,
    today: NaiveDate,
    full: bool,
) {
    let name = drawable(p.full_name.trim());
    let heading = if name.is_empty() {
        heading.to_owned()
    } else {
        format!("{heading}: {name}")
    };
    let photo_width = CONTENT_WIDTH * (1.0 - FIELDS) - 8.0;
    let photo_height = photo_width * 1.3;
    canvas.section(&heading, photo_height + 6.0);
    canvas.gap(3.0);
    canvas.ensure(photo_height + 6.0);
    let top = canvas.y();
    let page = canvas.page_count();
    photo(
        canvas,
        p.photo_jpeg.as_deref(),
        PHOTO_X,
        top - photo_height,
        photo_width,
        photo_height,
    );

    let w = FIELDS;
    canvas.row(&[
        text_cell(&label("full-name"), &p.full_name, w * 0.6),
        list_cell(&label("other-names"), &p.other_names, w * 0.4),
    ]);
    canvas.row(&[
        match p.birth_date {
            Some(born) => Cell::new(
                label("birth-date"),
                format!("{} ({} {})", day(born), age(born, today), label("years")),
                w * 0.35,
            ),
            None => flag_cell(&label("birth-date"), w * 0.35),
        },
        text_cell(&label("birth-place"), &p.birth_place, w * 0.3),
        list_cell(&label("nationalities"), &p.nationalities, w * 0.35),
    ]);
    if p.documents.is_empty() {
        canvas.row(&[flag_cell(&label("documents"), w)]);
    }
    for document in &p.documents {
        let expiry = match document.expires_on {
            Some(date) if date < today => Cell::new(
                label("valid-until"),
                format!("{} — {}", day(date), label("expired")),
                w * 0.3,
            )
            .styled(EXPIRED),
            other => date_cell(&label("valid-until"), other, w * 0.3),
        };
        canvas.row(&[
            text_cell(&label("document"), &document.kind, w * 0.25),
            text_cell(&label("number"), &document.number, w * 0.25),
            text_cell(
                &label("issuing-country"),
                &document.issuing_country,
                w * 0.2,
            ),
            expiry,
        ]);
    }
    canvas.row(&[text_cell(&label("description"), &p.description, w)]);
    if full {
        canvas.row(&[
            list_cell(&label("phone"), &p.phones, w * 0.5),
            list_cell(&label("vehicles"), &p.vehicles, w * 0.5),
        ]);
    } else {
        // A child's phone, if it has one; no flag for what a child need not have.
        for (label, items) in [
            (&label("phone"), &p.phones),
            (&label("vehicles"), &p.vehicles),
        ] {
            if !items.is_empty() {
                canvas.row(&[list_cell(label, items, w)]);
            }
        }
    }
    if full || !p.addresses.is_empty() {
        canvas.row(&[list_cell(&label("addresses"), &p.addresses, w)]);
    }
    if full || !p.family_abroad.is_empty() {
        canvas.row(&[list_cell(&label("family-abroad"), &p.family_abroad, w)]);
    }
    // Short blocks still end below the photo.
    if canvas.page_count() == page && canvas.y() > top - photo_height {
        canvas.set_y(top - photo_height);
    }
}

const PHOTO_X: f32 = MARGIN_X + CONTENT_WIDTH * FIELDS + 8.0;

/// The photo fitted into its frame, or the empty frame with a caption saying why.
fn photo(canvas: &mut Canvas, jpeg: Option<&[u8]>, x: f32, y: f32, width: f32, height: f32) {
    canvas.rect(x, y, width, height, Some(0.45), None);
    let caption = match jpeg {
        Some(bytes) if canvas.jpeg(bytes, x + 1.0, y + 1.0, width - 2.0, height - 2.0) => {
            return;
        }
        Some(_) => label("photo-unreadable"),
        None => label("no-photo"),
    };
    let lines = canvas.wrap(&caption, FLAG, width - 8.0);
    let mut line_y = y + height / 2.0 + lines.len() as f32 * FLAG.size * 0.6;
    for line in &lines {
        let line_width = canvas.text_width(line, FLAG);
        canvas.text(x + (width - line_width) / 2.0, line_y, line, FLAG);
        line_y -= FLAG.size * 1.28;
    }
}

/// A `doc-police-…` label: "Dutch / English", or once where both are the same.
fn label(id: &str) -> String {
    Label(&format!("doc-police-{id}")).pair()
}

/// A value as typed (trimmed), or the flag when empty. Characters the fonts lack
/// print as `?`; right-to-left text gets a warning, as it prints unshaped.
pub(crate) fn text_cell(label: &str, value: &str, share: f32) -> Cell {
    let value = value.trim();
    if value.is_empty() {
        return flag_cell(label, share);
    }
    let mut printed = drawable(value);
    if value.chars().any(is_right_to_left) {
        printed.push('\n');
        printed.push_str(&right_to_left_warning());
    }
    Cell::new(label, printed, share)
}

/// One line per non-empty item, or the flag when there are none.
pub(crate) fn list_cell(label: &str, items: &[String], share: f32) -> Cell {
    let items: Vec<&str> = items
        .iter()
        .map(|i| i.trim())
        .filter(|i| !i.is_empty() && *i != "•")
        .collect();
    text_cell(label, &items.join("\n"), share)
}

pub(crate) fn date_cell(label: &str, date: Option<NaiveDate>, share: f32) -> Cell {
    match date {
        Some(date) => Cell::new(label, day(date), share),
        None => flag_cell(label, share),
    }
}

pub(crate) fn flag_cell(label: &str, share: f32) -> Cell {
    Cell::new(label, NOT_FILLED_IN, share).styled(FLAG)
}

fn day(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// Whole years from `born` to `today` (0 for a birth date in the future).
fn age(born: NaiveDate, today: NaiveDate) -> i32 {
    let mut years = today.year() - born.year();
    if (today.month(), today.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    years.max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn ages_count_whole_years() {
        assert_eq!(age(date(2016, 6, 30), date(2026, 6, 29)), 9);
        assert_eq!(age(date(2016, 6, 30), date(2026, 6, 30)), 10);
        assert_eq!(age(date(2030, 1, 1), date(2026, 1, 1)), 0);
    }

    #[test]
    fn empty_values_and_lists_are_flagged() {
        assert_eq!(text_cell("x", "  ", 1.0).value, NOT_FILLED_IN);
        assert_eq!(list_cell("x", &[" ".into()], 1.0).value, NOT_FILLED_IN);
        assert_eq!(list_cell("x", &["a".into(), "b".into()], 1.0).value, "a\nb");
        assert_eq!(date_cell("x", None, 1.0).value, NOT_FILLED_IN);
        assert!(text_cell("x", "أحمد", 1.0).value.contains("right-to-left"));
    }
}
