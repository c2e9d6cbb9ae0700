//! The vault's records for an export package, as bilingual PDFs a lawyer reads beside
//! the evidence: the journal (every entry with its date, time, place, who was there,
//! the evidence it links to by its number in the package, and every earlier version
//! of an edited entry with when it was replaced), the people (as on the police sheet,
//! with photos and identity documents) and the travel records.
//!
//! As on the police sheet, nothing is refused: characters the font lacks print as `?`,
//! right-to-left text prints unshaped with a warning, empty fields print as
//! [`NOT_FILLED_IN`](crate::NOT_FILLED_IN). Every page carries the custody-log head as
//! text and QR code.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::Serialize;
use waarborg_contract::LogAnchor;

use crate::error::RenderError;
use crate::labels::Label;
use crate::layout::{BODY, Canvas, Cell, Style};
use crate::police_pdf::{SheetPerson, date_cell, flag_cell, list_cell, person, text_cell};

/// An item a record links to, as the package knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "in_package", rename_all = "kebab-case")]
pub enum EvidenceRef {
    /// In this package, under its number and file name.
    #[serde(rename = "yes")]
    InPackage { number: u32, file: String },
    /// In the vault (or once was) but not in this package: its title, when known.
    #[serde(rename = "no")]
    NotInPackage { title: String },
}

/// What a journal entry said at one time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalVersion {
    pub occurred_on: Option<NaiveDate>,
    pub occurred_at_time: Option<NaiveTime>,
    pub place: String,
    pub who_present: Vec<String>,
    pub what: String,
    pub evidence: Vec<EvidenceRef>,
}

/// An earlier version of an edited entry, and when the next one replaced it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplacedVersion {
    pub version: JournalVersion,
    pub replaced_at: DateTime<Utc>,
}

/// One journal entry: what it says now, when it was written and changed, and what it
/// said before (oldest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalPrintEntry {
    pub current: JournalVersion,
    pub written_at: DateTime<Utc>,
    pub changed_at: DateTime<Utc>,
    pub earlier: Vec<ReplacedVersion>,
}

/// The journal of a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalDocument {
    pub exported_at: DateTime<Utc>,
    pub log_anchor: Option<LogAnchor>,
    /// In the order they are printed (the caller sorts: by when it happened).
    pub entries: Vec<JournalPrintEntry>,
}

/// A person in the package: the police sheet's block, with what the sheet leaves out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfilePrint {
    /// Already a display label, e.g. "Kind / Child".
    pub role: String,
    pub person: SheetPerson,
    /// Whether phones, vehicles, addresses and family abroad print also when empty
    /// (the other parent), or only when filled in (a child).
    pub full: bool,
    pub notes: String,
    pub evidence: Vec<EvidenceRef>,
    pub changed_at: DateTime<Utc>,
}

/// The people of a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfilesDocument {
    pub exported_at: DateTime<Utc>,
    pub log_anchor: Option<LogAnchor>,
    pub people: Vec<ProfilePrint>,
}

/// A travel record in the package.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TravelPrint {
    /// Already a display label, e.g. "Vlucht / Flight".
    pub kind: String,
    pub title: String,
    pub departure: Option<NaiveDate>,
    pub return_date: Option<NaiveDate>,
    pub destination: String,
    /// Names typed and people linked.
    pub with_whom: Vec<String>,
    pub flight: String,
    pub booking_reference: String,
    pub licence_plate: String,
    pub address: String,
    pub notes: String,
    pub returned: bool,
    pub evidence: Vec<EvidenceRef>,
    pub changed_at: DateTime<Utc>,
}

/// The travel records of a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TravelRecords {
    pub exported_at: DateTime<Utc>,
    pub log_anchor: Option<LogAnchor>,
    pub trips: Vec<TravelPrint>,
}

const LOG_ANCHOR: Label = Label("doc-log-anchor");
const GRAY: Style = Style::regular(9.0).gray(0.35);

fn label(id: &str) -> String {
    Label(&format!("doc-records-{id}")).pair()
}

/// A new document with its two-language title, intro and the log anchor on every page.
fn start(
    title: Label<'_>,
    intro: Label<'_>,
    exported_at: DateTime<Utc>,
    anchor: Option<&LogAnchor>,
) -> Result<Canvas, RenderError> {
    let header = format!(
        "{}  |  {} {}",
        title.joined(),
        label("exported"),
        utc(exported_at)
    );
    let mut canvas = Canvas::new(&title.joined(), &header)?;
    if let Some(anchor) = anchor {
        canvas.mark_log_anchor(&LOG_ANCHOR.joined(), &anchor.to_string());
    }
    canvas.title(&title.nl(), Style::bold(15.0));
    canvas.title(&title.en(), Style::bold(12.0).gray(0.3));
    canvas.gap(4.0);
    intro.paragraphs(&mut canvas, BODY, 2.0);
    canvas.gap(4.0);
    Ok(canvas)
}

fn finish(canvas: Canvas, exported_at: DateTime<Utc>) -> Vec<u8> {
    let note =
        Label("doc-records-footer-note").format(&[("exported", utc(exported_at).into())], " ");
    canvas.finish(&note, |page, pages| {
        Label("doc-footer-page").format(&[("page", page.into()), ("pages", pages.into())], " / ")
    })
}

/// Renders the journal. Only a defect in the embedded font makes this fail.
pub fn journal_pdf(journal: &JournalDocument) -> Result<Vec<u8>, RenderError> {
    let mut canvas = start(
        Label("doc-journal-title"),
        Label("doc-journal-intro"),
        journal.exported_at,
        journal.log_anchor.as_ref(),
    )?;
    canvas.section(
        &format!("{} ({})", label("entries"), journal.entries.len()),
        60.0,
    );
    if journal.entries.is_empty() {
        canvas.gap(4.0);
        Label("doc-journal-empty").paragraphs(&mut canvas, Style::regular(9.5), 0.0);
    }
    for (index, entry) in journal.entries.iter().enumerate() {
        canvas.gap(10.0);
        canvas.ensure(90.0);
        canvas.paragraph(
            &format!(
                "{} {}   ·   {}",
                label("number"),
                index + 1,
                when(&entry.current)
            ),
            Style::bold(10.5),
            0.0,
        );
        canvas.gap(2.0);
        version_rows(&mut canvas, &entry.current);
        let changed = if entry.earlier.is_empty() {
            String::new()
        } else {
            format!("   ·   {} {}", label("changed"), utc(entry.changed_at))
        };
        canvas.paragraph(
            &format!("{} {}{changed}", label("written"), utc(entry.written_at)),
            GRAY,
            0.0,
        );
        for (n, earlier) in entry.earlier.iter().enumerate() {
            canvas.gap(4.0);
            canvas.ensure(70.0);
            canvas.paragraph(
                &format!(
                    "{} {}   ·   {} {}",
                    label("earlier-version"),
                    n + 1,
                    label("replaced-at"),
                    utc(earlier.replaced_at)
                ),
                Style::bold(9.0).gray(0.3),
                0.0,
            );
            version_rows(&mut canvas, &earlier.version);
        }
    }
    Ok(finish(canvas, journal.exported_at))
}

/// "24-11-2026 14:05", "24-11-2026", or "date unknown".
fn when(version: &JournalVersion) -> String {
    match (version.occurred_on, version.occurred_at_time) {
        (Some(day), Some(time)) => format!("{} {}", day.format("%d-%m-%Y"), time.format("%H:%M")),
        (Some(day), None) => day.format("%d-%m-%Y").to_string(),
        (None, _) => label("date-unknown"),
    }
}

/// The rows of one version: when and where, who was there, what happened, evidence.
fn version_rows(canvas: &mut Canvas, version: &JournalVersion) {
    let time = match version.occurred_at_time {
        Some(t) => Cell::new(label("time"), t.format("%H:%M").to_string(), 0.2),
        None => flag_cell(&label("time"), 0.2),
    };
    canvas.row(&[
        date_cell(&label("date"), version.occurred_on, 0.25),
        time,
        text_cell(&label("place"), &version.place, 0.55),
    ]);
    canvas.row(&[list_cell(&label("present"), &version.who_present, 1.0)]);
    canvas.row(&[text_cell(&label("what"), &version.what, 1.0)]);
    canvas.row(&[evidence_cell(&version.evidence, 1.0)]);
}

/// "Nr. 3 — 0003_Screenshot.png" per linked item in the package; the title and "not
/// in this package" for one that is not.
fn evidence_cell(evidence: &[EvidenceRef], share: f32) -> Cell {
    let lines: Vec<String> = evidence
        .iter()
        .map(|e| match e {
            EvidenceRef::InPackage { number, file } => {
                format!("{} {number} — {file}", label("number"))
            }
            EvidenceRef::NotInPackage { title } if title.trim().is_empty() => {
                label("not-in-package")
            }
            EvidenceRef::NotInPackage { title } => {
                format!("{} — {}", title.trim(), label("not-in-package"))
            }
        })
        .collect();
    if lines.is_empty() {
        Cell::new(label("evidence"), label("no-evidence"), share).styled(GRAY)
    } else {
        list_cell(&label("evidence"), &lines, share)
    }
}

/// Renders the people. Only a defect in the embedded font makes this fail.
pub fn profiles_pdf(profiles: &ProfilesDocument) -> Result<Vec<u8>, RenderError> {
    let mut canvas = start(
        Label("doc-profiles-title"),
        Label("doc-profiles-intro"),
        profiles.exported_at,
        profiles.log_anchor.as_ref(),
    )?;
    if profiles.people.is_empty() {
        Label("doc-profiles-empty").paragraphs(&mut canvas, Style::regular(9.5), 0.0);
    }
    let today = profiles.exported_at.date_naive();
    for profile in &profiles.people {
        canvas.gap(6.0);
        person(
            &mut canvas,
            &profile.role,
            &profile.person,
            today,
            profile.full,
        );
        canvas.row(&[
            text_cell(&label("notes"), &profile.notes, 0.6),
            evidence_cell(&profile.evidence, 0.4),
        ]);
        canvas.paragraph(
            &format!("{} {}", label("changed"), utc(profile.changed_at)),
            GRAY,
            0.0,
        );
    }
    Ok(finish(canvas, profiles.exported_at))
}

/// Renders the travel records. Only a defect in the embedded font makes this fail.
pub fn travel_pdf(travel: &TravelRecords) -> Result<Vec<u8>, RenderError> {
    let mut canvas = start(
        Label("doc-travel-title"),
        Label("doc-travel-intro"),
        travel.exported_at,
        travel.log_anchor.as_ref(),
    )?;
    if travel.trips.is_empty() {
        Label("doc-travel-empty").paragraphs(&mut canvas, Style::regular(9.5), 0.0);
    }
    for (index, trip) in travel.trips.iter().enumerate() {
        let title = trip.title.trim();
        let heading = if title.is_empty() {
            format!("{}. {}", index + 1, trip.kind)
        } else {
            format!("{}. {} — {title}", index + 1, trip.kind)
        };
        canvas.section(&crate::layout::drawable(&heading), 90.0);
        canvas.gap(3.0);
        canvas.row(&[
            date_cell(&label("departure"), trip.departure, 0.25),
            date_cell(&label("return"), trip.return_date, 0.25),
            text_cell(&label("destination"), &trip.destination, 0.5),
        ]);
        canvas.row(&[
            list_cell(&label("with-whom"), &trip.with_whom, 0.5),
            text_cell(&label("flight"), &trip.flight, 0.25),
            text_cell(&label("booking"), &trip.booking_reference, 0.25),
        ]);
        canvas.row(&[
            text_cell(&label("address"), &trip.address, 0.75),
            text_cell(&label("plate"), &trip.licence_plate, 0.25),
        ]);
        canvas.row(&[
            text_cell(&label("notes"), &trip.notes, 0.6),
            evidence_cell(&trip.evidence, 0.4),
        ]);
        let returned = if trip.returned {
            format!("   ·   {}", label("returned"))
        } else {
            String::new()
        };
        canvas.paragraph(
            &format!("{} {}{returned}", label("changed"), utc(trip.changed_at)),
            GRAY,
            0.0,
        );
    }
    Ok(finish(canvas, travel.exported_at))
}

/// "2026-11-30 08:15 UTC", as the evidence index prints times.
fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_names_its_number_or_says_it_is_not_in_the_package() {
        let cell = evidence_cell(
            &[
                EvidenceRef::InPackage {
                    number: 3,
                    file: "0003_x.png".to_owned(),
                },
                EvidenceRef::NotInPackage {
                    title: "Brief".to_owned(),
                },
            ],
            1.0,
        );
        assert_eq!(
            cell.value,
            "Nr. / No. 3 — 0003_x.png\nBrief — niet in dit pakket / not in this package"
        );
        assert_eq!(evidence_cell(&[], 1.0).value, "geen / none");
    }

    #[test]
    fn a_time_prints_only_with_its_date() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 24);
        let time = NaiveTime::from_hms_opt(14, 5, 0);
        let v = |occurred_on, occurred_at_time| JournalVersion {
            occurred_on,
            occurred_at_time,
            ..JournalVersion::default()
        };
        assert_eq!(when(&v(day, time)), "24-11-2026 14:05");
        assert_eq!(when(&v(day, None)), "24-11-2026");
        assert_eq!(when(&v(None, time)), "datum onbekend / date unknown");
    }
}
