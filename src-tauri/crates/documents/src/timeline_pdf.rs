//! The case timeline: the emergency steps a parent logged after a child was taken, as a
//! bilingual A4 PDF for the police, a lawyer or the Central Authority.
//!
//! Every label (a `doc-timeline-…` message) is printed Dutch / English; the values are printed as the parent typed
//! them. Entries come in chronological order; empty fields are left out. At the end
//! the custody log's head hash ties the printout to the vault's log.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use waarborg_contract::{Language, LogAnchor, Text};

use crate::consent_pdf::{Bilingual, finish};
use crate::error::{RenderError, SaveError};
use crate::labels::{Label, right_to_left_warning};
use crate::layout::{BODY, Canvas, Cell, Style, drawable, is_right_to_left};
use crate::output::{safe_stem, write_new};

/// One logged step, as the parent recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// When the step was taken, as the parent's local time, e.g. "2026-11-25 14:05".
    pub when: String,
    /// The step's title in both languages.
    pub step: Text,
    pub done: bool,
    pub spoke_to: String,
    pub reference: String,
    pub outcome: String,
    pub notes: String,
}

/// The whole timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseTimeline {
    /// e.g. the child's name; may be empty.
    pub case_title: String,
    /// Date of removal / missed return, when known.
    pub removal_date: Option<NaiveDate>,
    /// Destination country name as the parent chose it, when known.
    pub destination: Option<String>,
    pub generated_on: NaiveDate,
    /// The vault's custody-log head, printed (and as a QR code on every page) so the
    /// timeline can be tied to the log.
    pub log_anchor: Option<LogAnchor>,
    pub entries: Vec<TimelineEntry>,
}

/// The timeline's labels: `doc-timeline-…` messages, printed Dutch / English.
const TITLE: Label = Label("doc-timeline-title");
const INTRO: Label = Label("doc-timeline-intro");
const CASE: Label = Label("doc-timeline-case");
const REMOVAL: Label = Label("doc-timeline-removal");
const DESTINATION: Label = Label("doc-timeline-destination");
const GENERATED: Label = Label("doc-timeline-generated");
const STEPS: Label = Label("doc-timeline-steps");
const NO_STEPS: Label = Label("doc-timeline-no-steps");
const DONE: Label = Label("doc-timeline-done");
const NOT_DONE: Label = Label("doc-timeline-not-done");
const SPOKE_TO: Label = Label("doc-timeline-spoke-to");
const REFERENCE: Label = Label("doc-timeline-reference");
const OUTCOME: Label = Label("doc-timeline-outcome");
const NOTES: Label = Label("doc-timeline-notes");
const LOG: Label = Label("doc-timeline-log");
const LOG_HEAD: Label = Label("doc-timeline-log-head");
const LOG_NOTE: Label = Label("doc-timeline-log-note");
const LOG_ANCHOR: Label = Label("doc-log-anchor");

/// Renders the timeline. It is a record of what happened, so text is never refused:
/// as on the police sheet and the evidence index, a character the font lacks (or a
/// control character) prints as `?`, and a value in a right-to-left script (Arabic,
/// Hebrew, …), which the PDF can neither shape nor reorder, prints with the bilingual
/// note "right-to-left script, may print incorrectly" under it. The vault keeps the
/// exact text.
pub fn case_timeline_pdf(timeline: &CaseTimeline) -> Result<Vec<u8>, RenderError> {
    let labels = Bilingual::new();
    let case = drawable(timeline.case_title.trim());
    let case = case.as_str();
    let title = TITLE.joined();
    let header = if case.is_empty() {
        TITLE.joined_by("  |  ")
    } else {
        format!("{}  |  {case}", TITLE.joined_by("  |  "))
    };
    let mut canvas = Canvas::new(&title, &header)?;
    canvas.title(&TITLE.nl(), Style::bold(15.0));
    canvas.title(&TITLE.en(), Style::bold(12.0).gray(0.3));
    canvas.gap(4.0);
    INTRO.paragraphs(&mut canvas, BODY, 0.0);
    canvas.gap(6.0);
    summary(&mut canvas, timeline);

    let mut entries: Vec<&TimelineEntry> = timeline.entries.iter().collect();
    entries.sort_by_cached_key(|e| sort_key(&e.when));
    canvas.section(
        &format!("{} ({})", STEPS.joined(), entries.len()),
        if entries.is_empty() { 30.0 } else { 70.0 },
    );
    if entries.is_empty() {
        canvas.gap(4.0);
        NO_STEPS.paragraphs(&mut canvas, Style::regular(9.5), 0.0);
    }
    for (number, entry) in entries.iter().enumerate() {
        entry_block(&mut canvas, number + 1, entry);
    }

    if let Some(anchor) = &timeline.log_anchor {
        let anchor = anchor.to_string();
        canvas.mark_log_anchor(&LOG_ANCHOR.joined(), &anchor);
        canvas.section(&LOG.joined(), 70.0);
        canvas.row(&[Cell::new(LOG_HEAD.joined(), &anchor, 1.0)]);
        canvas.gap(3.0);
        LOG_NOTE.paragraphs(&mut canvas, Style::regular(8.5), 1.5);
    }
    Ok(finish(canvas, &labels))
}

/// Renders the timeline and writes it into `dir` (created if missing) under a name
/// such as `tijdlijn-anna-de-vries-2026-11-25.pdf` (`timeline-…` in English); an
/// existing file is never replaced. Returns the path written.
pub fn save_case_timeline(
    timeline: &CaseTimeline,
    dir: &Path,
    ui_language: Language,
) -> Result<PathBuf, SaveError> {
    let bytes = case_timeline_pdf(timeline)?;
    let prefix = match ui_language {
        Language::Nl => "tijdlijn",
        Language::En => "timeline",
    };
    let stem = safe_stem(&format!(
        "{prefix} {} {}",
        timeline.case_title,
        timeline.generated_on.format("%Y-%m-%d")
    ));
    write_new(dir, &stem, &bytes)
}

/// A value as the parent typed it, as the font can print it: characters it lacks as
/// `?`; a right-to-left script with the note that it may print incorrectly.
fn shown(value: &str) -> String {
    let mut printed = drawable(value);
    if value.chars().any(is_right_to_left) {
        printed.push('\n');
        printed.push_str(&right_to_left_warning());
    }
    printed
}

/// The formats a parent's `when` may come in, most specific first.
const DATE_TIME_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
];

fn parse_when(when: &str) -> Option<NaiveDateTime> {
    let when = when.trim();
    DATE_TIME_FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(when, f).ok())
        .or_else(|| {
            NaiveDate::parse_from_str(when, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

/// Chronological for every format [`parse_when`] reads (seconds or not, `T` or space);
/// anything else sorts by its text, after the readable times.
fn sort_key(when: &str) -> (bool, String) {
    match parse_when(when) {
        Some(at) => (false, at.format("%Y-%m-%d %H:%M:%S").to_string()),
        None => (true, when.trim().to_owned()),
    }
}

/// dd-mm-yyyy hh:mm, as the other documents print dates; unreadable text as typed.
fn display_when(when: &str) -> String {
    match parse_when(when) {
        Some(at) if when.trim().len() <= 10 => at.format("%d-%m-%Y").to_string(),
        Some(at) => at.format("%d-%m-%Y %H:%M").to_string(),
        None => when.trim().to_owned(),
    }
}

fn summary(canvas: &mut Canvas, timeline: &CaseTimeline) {
    let mut cells: Vec<(String, String)> = Vec::new();
    let case = timeline.case_title.trim();
    if !case.is_empty() {
        cells.push((CASE.joined(), shown(case)));
    }
    if let Some(date) = timeline.removal_date {
        cells.push((REMOVAL.joined(), date.format("%d-%m-%Y").to_string()));
    }
    if let Some(country) = timeline.destination.as_deref().map(str::trim)
        && !country.is_empty()
    {
        cells.push((DESTINATION.joined(), shown(country)));
    }
    cells.push((
        GENERATED.joined(),
        timeline.generated_on.format("%d-%m-%Y").to_string(),
    ));
    // Two boxes a row, so the bilingual labels fit on one line.
    for pair in cells.chunks(2) {
        let share = 1.0 / pair.len() as f32;
        let row: Vec<Cell> = pair
            .iter()
            .map(|(label, value)| Cell::new(label.clone(), value.clone(), share))
            .collect();
        canvas.row(&row);
    }
}

fn entry_block(canvas: &mut Canvas, number: usize, entry: &TimelineEntry) {
    canvas.gap(8.0);
    // Keep the heading with the start of what follows.
    canvas.ensure(80.0);
    let status = if entry.done { DONE } else { NOT_DONE };
    canvas.paragraph(
        &format!(
            "{number}.  {}   ·   {}",
            drawable(&display_when(&entry.when)),
            status.joined()
        ),
        Style::bold(9.0).gray(0.2),
        0.0,
    );
    canvas.gap(1.0);
    let nl = drawable(entry.step.nl.trim());
    let en = drawable(entry.step.en.trim());
    let (nl, en) = (nl.as_str(), en.as_str());
    let mut titles: Vec<(&str, Style)> = Vec::new();
    if !nl.is_empty() {
        titles.push((nl, Style::bold(10.5)));
    }
    if !en.is_empty() && en != nl {
        titles.push((en, Style::regular(9.5).gray(0.3)));
    }
    if titles.is_empty() {
        titles.push(("–", Style::bold(10.5)));
    }
    canvas.checkbox(entry.done, &titles, 0.0);
    canvas.gap(2.0);

    let spoke_to = entry.spoke_to.trim();
    let reference = entry.reference.trim();
    let cells: Vec<(Label, &str)> = [(SPOKE_TO, spoke_to), (REFERENCE, reference)]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .collect();
    let shares: &[f32] = if cells.len() == 2 {
        &[0.6, 0.4]
    } else {
        &[1.0]
    };
    let row: Vec<Cell> = cells
        .into_iter()
        .zip(shares)
        .map(|((label, value), &share)| Cell::new(label.joined(), shown(value), share))
        .collect();
    if !row.is_empty() {
        canvas.row(&row);
    }
    for (label, value) in [(OUTCOME, &entry.outcome), (NOTES, &entry.notes)] {
        let value = value.trim();
        if !value.is_empty() {
            canvas.row(&[Cell::new(label.joined(), shown(value), 1.0)]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_sort_chronologically_whatever_their_spelling() {
        let mut whens = vec![
            "2026-11-25 14:05",
            "later that day",
            "2026-11-25T09:30",
            "2026-11-24",
            "2026-11-25 14:05:30",
        ];
        whens.sort_by_cached_key(|w| sort_key(w));
        assert_eq!(
            whens,
            [
                "2026-11-24",
                "2026-11-25T09:30",
                "2026-11-25 14:05",
                "2026-11-25 14:05:30",
                "later that day"
            ]
        );
        assert_eq!(display_when("2026-11-25 14:05"), "25-11-2026 14:05");
        assert_eq!(display_when("2026-11-24"), "24-11-2026");
        assert_eq!(display_when(" gisteren "), "gisteren");
    }
}
