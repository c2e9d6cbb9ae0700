//! The evidence index: the PDF in an export package that lists every numbered file
//! (`0001_<title>.<ext>`) with its title, category, dates, provenance, size and full
//! SHA-256, for the lawyer or the police officer who receives the package.
//!
//! A cover page says what the package is, when it was exported, how many files it
//! holds, the custody-log head after the export and how to check the files against
//! `MANIFEST.sha256`; then one block per file. Labels are the `doc-index-…` messages,
//! Dutch and English together: the index is always bilingual, whatever the app's language.
//!
//! Nothing is refused: as on the police sheet, characters the embedded font lacks
//! (emoji, Chinese) and control characters print as `?`, and right-to-left text is
//! printed as stored (unshaped) followed by a warning. The SHA-256 is always printed on
//! one line, made smaller when needed, so it can be compared character by character.

use chrono::{DateTime, NaiveDate, Utc};
use waarborg_contract::LogAnchor;

use crate::error::RenderError;
use crate::labels::{Label, right_to_left_warning};
use crate::layout::{
    BODY, CONTENT_WIDTH, Canvas, MARGIN_X, PAGE_WIDTH, Style, drawable, is_right_to_left,
};
use crate::police_pdf::NOT_FILLED_IN;

/// One exported file, as the index prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceEntry {
    /// 1-based, as in the file name.
    pub number: u32,
    /// The name in the package, e.g. "0001_Screenshot-WhatsApp.png".
    pub file: String,
    pub title: String,
    /// Already a display label, e.g. "Digitale communicatie / Digital communications".
    pub category: String,
    pub event_date: Option<NaiveDate>,
    pub imported_at: DateTime<Utc>,
    /// Display text, e.g. "Eigen apparaat / Own device — WhatsApp export, phone of the mother".
    pub provenance: String,
    pub original_name: String,
    /// Bytes.
    pub size: u64,
    /// 64 lowercase hex characters.
    pub sha256: String,
    pub description: String,
    /// A ~256 px JPEG for images; `None` otherwise.
    pub thumbnail_jpeg: Option<Vec<u8>>,
    /// What the custody log says about the file up to this export; `None` prints no
    /// custody block.
    pub custody: Option<CustodySummary>,
}

/// One file's custody, from the custody-log entries about it before this export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustodySummary {
    /// When the log says it was taken into the vault (`None`: no import entry, e.g. an
    /// item from before the log recorded imports).
    pub imported: Option<DateTime<Utc>>,
    /// Already a display label, e.g. "Eigen apparaat / Own device".
    pub source: String,
    /// How often it was opened or previewed, and the last time.
    pub views: u32,
    pub last_view: Option<DateTime<Utc>>,
    /// When its description was changed, oldest first.
    pub edits: Vec<DateTime<Utc>>,
    /// When it went into an earlier package, oldest first.
    pub earlier_exports: Vec<DateTime<Utc>>,
}

/// The whole index: a cover, then the entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceIndex {
    /// Free text from the parent; may be empty.
    pub case_summary: String,
    pub exported_at: DateTime<Utc>,
    /// The custody-log head after the export (`None`: an empty log), printed on the
    /// cover and, with its QR code, on every page.
    pub log_anchor: Option<LogAnchor>,
    pub entries: Vec<EvidenceEntry>,
    /// The fingerprint (`SHA256:…`) of the key that signed the package, printed on the
    /// cover so it can be compared with the parent's Settings and `ssh-keygen`.
    pub signing_fingerprint: Option<String>,
}

/// The labels: `doc-index-…` messages, printed Dutch / English.
const TITLE: Label = Label("doc-index-title");
const INTRO: Label = Label("doc-index-intro");
const CASE: Label = Label("doc-index-case");
const EXPORTED: Label = Label("doc-index-exported");
const COUNT: Label = Label("doc-index-count");
const LOG_HEAD: Label = Label("doc-index-log-head");
const SIGNING_KEY: Label = Label("doc-index-signing-key");
const NO_LOG: Label = Label("doc-index-no-log");
const LOG_ANCHOR: Label = Label("doc-log-anchor");
const NO_ITEMS: Label = Label("doc-index-no-items");
const VERIFY: Label = Label("doc-index-verify");
const VERIFY_INTRO: Label = Label("doc-index-verify-intro");
const VERIFY_OUTCOME: Label = Label("doc-index-verify-outcome");
const ITEMS: Label = Label("doc-index-items");
const ITEM: Label = Label("doc-index-item");
const ENTRY_TITLE: Label = Label("doc-index-entry-title");
const CATEGORY: Label = Label("doc-index-category");
const EVENT_DATE: Label = Label("doc-index-event-date");
const IMPORTED: Label = Label("doc-index-imported");
const PROVENANCE: Label = Label("doc-index-provenance");
const ORIGINAL: Label = Label("doc-index-original");
const SIZE: Label = Label("doc-index-size");
const DESCRIPTION: Label = Label("doc-index-description");
const UNKNOWN_DATE: Label = Label("doc-index-unknown-date");
const NO_DESCRIPTION: Label = Label("doc-index-no-description");
const CONTINUED: Label = Label("doc-index-continued");
const PREVIEW_UNREADABLE: Label = Label("doc-index-preview-unreadable");
const CUSTODY: Label = Label("doc-index-custody");
const CUSTODY_IMPORTED: Label = Label("doc-index-custody-imported");
const CUSTODY_NOT_LOGGED: Label = Label("doc-index-custody-not-logged");
const CUSTODY_VIEWS: Label = Label("doc-index-custody-views");
const CUSTODY_LAST: Label = Label("doc-index-custody-last");
const CUSTODY_EDITS: Label = Label("doc-index-custody-edits");
const CUSTODY_EXPORTS: Label = Label("doc-index-custody-exports");
const CUSTODY_NONE: Label = Label("doc-index-custody-none");
/// Commands are not translated.
const COMMANDS: [(&str, &str); 3] = [
    ("Linux", "sha256sum -c MANIFEST.sha256"),
    ("macOS", "shasum -a 256 -c MANIFEST.sha256"),
    (
        "Windows (PowerShell)",
        "Get-FileHash -Algorithm SHA256 .\\0001_…",
    ),
];

const LABEL: Style = Style::regular(7.5).gray(0.35);
const VALUE: Style = Style::regular(9.0);
/// Missing values: gray and smaller, so they never pass for a value.
const FLAG: Style = Style::regular(8.0).gray(0.5);
const HASH: Style = Style::regular(9.0);
/// The smallest size a hash or a file name is shrunk to before it is wrapped instead.
const SMALLEST: f32 = 6.0;
const HEADER: Style = Style::bold(10.5);
const LABEL_WIDTH: f32 = 160.0;
const VALUE_X: f32 = MARGIN_X + LABEL_WIDTH;
const VALUE_WIDTH: f32 = CONTENT_WIDTH - LABEL_WIDTH;
const RIGHT: f32 = PAGE_WIDTH - MARGIN_X;
const THUMB: f32 = 96.0;
const THUMB_GAP: f32 = 10.0;
const PAD: f32 = 2.5;

/// Renders the index. Only a defect in the embedded font makes this fail.
pub fn evidence_index_pdf(index: &EvidenceIndex) -> Result<Vec<u8>, RenderError> {
    let exported = utc(index.exported_at);
    let count = index.entries.len();
    let title = TITLE.joined();
    let header = format!(
        "{title}  |  {} {exported}  |  {count} {}",
        EXPORTED.joined(),
        Label("doc-index-files").format(&[("count", count.into())], " / ")
    );
    let mut canvas = Canvas::new(&title, &header)?;
    if let Some(anchor) = &index.log_anchor {
        canvas.mark_log_anchor(&LOG_ANCHOR.joined(), &anchor.to_string());
    }
    cover(&mut canvas, index, &exported);

    if !index.entries.is_empty() {
        canvas.new_page();
        canvas.title(
            &format!("{} ({count})", ITEMS.joined()),
            Style::bold(12.0).gray(0.2),
        );
        canvas.gap(2.0);
        for entry in &index.entries {
            entry_block(&mut canvas, entry);
        }
    }

    let note =
        Label("doc-index-footer-note").format(&[("exported", exported.as_str().into())], " ");
    Ok(canvas.finish(&note, |page, pages| {
        let args = [("page", page.into()), ("pages", pages.into())];
        Label("doc-footer-page").format(&args, " / ")
    }))
}

fn cover(canvas: &mut Canvas, index: &EvidenceIndex, exported: &str) {
    canvas.title(&TITLE.nl(), Style::bold(16.0));
    canvas.title(&TITLE.en(), Style::bold(12.5).gray(0.3));
    canvas.gap(6.0);
    INTRO.paragraphs(canvas, BODY, 2.0);
    canvas.gap(10.0);
    rule(canvas);

    let summary = index.case_summary.trim();
    let case = if summary.is_empty() {
        Field::flag(canvas, CASE.joined(), NOT_FILLED_IN, VALUE_WIDTH)
    } else {
        Field::text(canvas, CASE.joined(), summary, VALUE_WIDTH)
    };
    case.draw(
        canvas,
        RIGHT,
        &format!("{}, {}", CASE.joined(), continued()),
    );
    let mut rows = vec![
        Field::plain(canvas, EXPORTED.joined(), exported, VALUE, VALUE_WIDTH),
        Field::plain(
            canvas,
            COUNT.joined(),
            &index.entries.len().to_string(),
            VALUE,
            VALUE_WIDTH,
        ),
        match &index.log_anchor {
            Some(anchor) => Field::hash(canvas, LOG_HEAD.joined(), &anchor.to_string()),
            None => Field::flag(canvas, LOG_HEAD.joined(), &NO_LOG.joined(), VALUE_WIDTH),
        },
    ];
    if let Some(fingerprint) = &index.signing_fingerprint {
        rows.push(Field::hash(canvas, SIGNING_KEY.joined(), fingerprint));
    }
    for row in &rows {
        row.draw(canvas, RIGHT, "");
    }
    if index.entries.is_empty() {
        canvas.gap(8.0);
        NO_ITEMS.paragraphs(canvas, Style::bold(9.5), 0.0);
    }

    canvas.gap(8.0);
    canvas.section(&VERIFY.joined(), 120.0);
    canvas.gap(5.0);
    VERIFY_INTRO.paragraphs(canvas, BODY, 2.0);
    canvas.gap(5.0);
    rule(canvas);
    for (system, command) in COMMANDS {
        Field::plain(
            canvas,
            system.to_owned(),
            command,
            Style::bold(9.0),
            VALUE_WIDTH,
        )
        .draw(canvas, RIGHT, "");
    }
    canvas.gap(6.0);
    VERIFY_OUTCOME.paragraphs(canvas, BODY, 2.0);
}

/// One file: a shaded bar with its number and file name, the fields (the thumbnail
/// at their right), the SHA-256 and the description. The bar, the fields, the hash
/// and a short description (or the start of a long one) stay on one page; a long
/// description flows on, under a "continued" line with the file name.
fn entry_block(canvas: &mut Canvas, entry: &EvidenceEntry) {
    let thumbnail = entry.thumbnail_jpeg.as_deref();
    let side = if thumbnail.is_some() {
        VALUE_WIDTH - THUMB - THUMB_GAP
    } else {
        VALUE_WIDTH
    };
    let event_date = match entry.event_date {
        Some(date) => Field::plain(
            canvas,
            EVENT_DATE.joined(),
            &date.format("%Y-%m-%d").to_string(),
            VALUE,
            side,
        ),
        None => Field::flag(canvas, EVENT_DATE.joined(), &UNKNOWN_DATE.joined(), side),
    };
    let meta = [
        Field::text(canvas, ENTRY_TITLE.joined(), &entry.title, side),
        Field::text(canvas, CATEGORY.joined(), &entry.category, side),
        event_date,
        Field::plain(
            canvas,
            format!("{} (UTC)", IMPORTED.joined()),
            &utc(entry.imported_at),
            VALUE,
            side,
        ),
        Field::text(canvas, PROVENANCE.joined(), &entry.provenance, side),
        Field::text(canvas, ORIGINAL.joined(), &entry.original_name, side),
        Field::plain(canvas, SIZE.joined(), &human_size(entry.size), VALUE, side),
    ];
    let hash = Field::hash(canvas, "SHA-256".to_owned(), &entry.sha256);
    let custody = entry.custody.as_ref().map(|c| {
        Field::plain(
            canvas,
            CUSTODY.joined(),
            &custody_text(c),
            VALUE,
            VALUE_WIDTH,
        )
    });
    let description = if entry.description.trim().is_empty() {
        Field::flag(
            canvas,
            DESCRIPTION.joined(),
            &NO_DESCRIPTION.joined(),
            VALUE_WIDTH,
        )
    } else {
        Field::text(
            canvas,
            DESCRIPTION.joined(),
            entry.description.trim(),
            VALUE_WIDTH,
        )
    };

    let name = drawable(entry.file.trim());
    let number = format!("{} {}", ITEM.joined(), entry.number);
    let number_width = canvas.text_width(&number, HEADER) + 14.0;
    let name_width = CONTENT_WIDTH - 12.0 - number_width;
    let name_lines = fitted(canvas, &name, HEADER, name_width);
    let bar = name_lines
        .iter()
        .map(|(_, s)| s.line_height())
        .sum::<f32>()
        .max(HEADER.line_height())
        + 8.0;

    let fields: f32 = meta.iter().map(Field::height).sum();
    let beside = if thumbnail.is_some() {
        fields.max(THUMB + 2.0 * PAD)
    } else {
        fields
    };
    // A short description stays with its block; a long one starts with two lines.
    let start_of_description = if description.lines.len() <= 4 {
        description.height()
    } else {
        description.first_lines(2)
    };
    canvas.gap(10.0);
    let custody_height = custody.as_ref().map_or(0.0, Field::height);
    canvas.ensure(bar + beside + hash.height() + custody_height + start_of_description);

    // The bar.
    let top = canvas.y();
    canvas.rect(MARGIN_X, top - bar, CONTENT_WIDTH, bar, None, Some(0.88));
    let baseline = top - 4.0 - HEADER.size;
    canvas.text(MARGIN_X + 6.0, baseline, &number, HEADER);
    let mut y = baseline;
    for (line, style) in &name_lines {
        canvas.text(MARGIN_X + 6.0 + number_width, y, line, *style);
        y -= style.line_height();
    }
    canvas.set_y(top - bar);

    // The fields, the thumbnail at their right.
    let top = canvas.y();
    let page = canvas.page_count();
    let right = if let Some(jpeg) = thumbnail {
        thumbnail_box(canvas, jpeg, RIGHT - THUMB, top - PAD - THUMB);
        VALUE_X + side
    } else {
        RIGHT
    };
    let label = format!("{name}, {}", continued());
    for field in &meta {
        field.draw(canvas, right, &label);
    }
    if thumbnail.is_some() && canvas.page_count() == page && canvas.y() > top - THUMB - 2.0 * PAD {
        canvas.set_y(top - THUMB - 2.0 * PAD);
        rule(canvas);
    }
    hash.draw(canvas, RIGHT, &label);
    if let Some(custody) = &custody {
        custody.draw(canvas, RIGHT, &label);
    }
    description.draw(
        canvas,
        RIGHT,
        &format!("{name}, {} {}", DESCRIPTION.joined(), continued()),
    );
}

/// The custody block's lines: imported (when, from what), views, edits, earlier
/// exports; each "Dutch / English: value", "none" where the log has nothing.
fn custody_text(custody: &CustodySummary) -> String {
    let none = || CUSTODY_NONE.joined();
    let times = |at: &[DateTime<Utc>]| {
        if at.is_empty() {
            none()
        } else {
            at.iter().map(|t| utc(*t)).collect::<Vec<_>>().join(", ")
        }
    };
    let imported = match custody.imported {
        Some(at) if custody.source.trim().is_empty() => utc(at),
        Some(at) => format!("{}, {}", utc(at), custody.source.trim()),
        None => CUSTODY_NOT_LOGGED.joined(),
    };
    let views = match custody.last_view {
        Some(last) if custody.views > 0 => format!(
            "{}× ({} {})",
            custody.views,
            CUSTODY_LAST.joined(),
            utc(last)
        ),
        _ => none(),
    };
    [
        format!("{}: {imported}", CUSTODY_IMPORTED.joined()),
        format!("{}: {views}", CUSTODY_VIEWS.joined()),
        format!("{}: {}", CUSTODY_EDITS.joined(), times(&custody.edits)),
        format!(
            "{}: {}",
            CUSTODY_EXPORTS.joined(),
            times(&custody.earlier_exports)
        ),
    ]
    .join("\n")
}

/// A row of the index: a label at the left, wrapped value lines at its right.
struct Field {
    label: Vec<String>,
    lines: Vec<(String, Style)>,
}

impl Field {
    /// A value as typed: characters the font lacks print as `?`, right-to-left text
    /// gets a warning.
    fn text(canvas: &Canvas, label: String, value: &str, width: f32) -> Self {
        let value = value.trim();
        if value.is_empty() {
            return Self::flag(canvas, label, NOT_FILLED_IN, width);
        }
        let mut printed = drawable(value);
        if value.chars().any(is_right_to_left) {
            printed.push('\n');
            printed.push_str(&right_to_left_warning());
        }
        Self::plain(canvas, label, &printed, VALUE, width)
    }

    fn plain(canvas: &Canvas, label: String, value: &str, style: Style, width: f32) -> Self {
        let lines = canvas
            .wrap(&drawable(value), style, width)
            .into_iter()
            .map(|line| (line, style))
            .collect();
        Self::with_lines(canvas, label, lines)
    }

    fn flag(canvas: &Canvas, label: String, text: &str, width: f32) -> Self {
        Self::plain(canvas, label, text, FLAG, width)
    }

    /// A hash on one line over the full value width, smaller if it must be.
    fn hash(canvas: &Canvas, label: String, hash: &str) -> Self {
        let lines = fitted(canvas, &drawable(hash.trim()), HASH, VALUE_WIDTH);
        Self::with_lines(canvas, label, lines)
    }

    fn with_lines(canvas: &Canvas, label: String, lines: Vec<(String, Style)>) -> Self {
        Self {
            label: canvas.wrap(&label, LABEL, LABEL_WIDTH - 8.0),
            lines,
        }
    }

    fn label_height(&self) -> f32 {
        // The first label line sits on the value's first baseline.
        let first = self.lines.first().map_or(VALUE.size, |(_, s)| s.size);
        first + (self.label.len().max(1) - 1) as f32 * LABEL.line_height() + 3.0
    }

    fn height(&self) -> f32 {
        let values: f32 = self.lines.iter().map(|(_, s)| s.line_height()).sum();
        values.max(self.label_height()) + 2.0 * PAD
    }

    /// The height of the label with the first `n` value lines.
    fn first_lines(&self, n: usize) -> f32 {
        let values: f32 = self
            .lines
            .iter()
            .take(n)
            .map(|(_, s)| s.line_height())
            .sum();
        values.max(self.label_height()) + 2.0 * PAD
    }

    /// Draws the row from the current position, with a rule under it ending at
    /// `right`. Value lines that do not fit continue on the next page under a gray
    /// `continued` line.
    fn draw(&self, canvas: &mut Canvas, right: f32, continued: &str) {
        canvas.ensure(self.first_lines(1));
        let top = canvas.y() - PAD;
        let first = self.lines.first().map_or(VALUE.size, |(_, s)| s.size);
        let mut label_y = top - first;
        for line in &self.label {
            canvas.text(MARGIN_X, label_y, line, LABEL);
            label_y -= LABEL.line_height();
        }
        let label_bottom = top - self.label_height();
        let mut y = top;
        let page = canvas.page_count();
        for (line, style) in &self.lines {
            canvas.set_y(y);
            if canvas.room() < style.line_height() + PAD {
                canvas.new_page();
                let note = Style::regular(7.5).gray(0.45);
                let note_top = canvas.y();
                canvas.text(MARGIN_X, note_top - note.size, continued, note);
                y = note_top - note.line_height() - PAD;
            }
            canvas.text(VALUE_X, y - style.size, line, *style);
            y -= style.line_height();
        }
        let bottom = if canvas.page_count() == page {
            y.min(label_bottom) - PAD
        } else {
            y - PAD
        };
        canvas.set_y(bottom);
        canvas.hline(MARGIN_X, right, bottom, 0.3, 0.82);
    }
}

/// `text` on one line in `style`, made smaller (down to [`SMALLEST`]) until it fits
/// `width`; only what does not fit even then is wrapped.
fn fitted(canvas: &Canvas, text: &str, style: Style, width: f32) -> Vec<(String, Style)> {
    let natural = canvas.text_width(text, style);
    let style = if natural <= width {
        style
    } else {
        let size = (style.size * width / natural * 0.999).max(SMALLEST);
        Style { size, ..style }
    };
    canvas
        .wrap(text, style, width)
        .into_iter()
        .map(|line| (line, style))
        .collect()
}

/// The thumbnail in a thin frame, or the frame with a caption when the bytes are not
/// a readable JPEG.
fn thumbnail_box(canvas: &mut Canvas, jpeg: &[u8], x: f32, y: f32) {
    canvas.rect(x, y, THUMB, THUMB, Some(0.6), None);
    if canvas.jpeg(jpeg, x + 2.0, y + 2.0, THUMB - 4.0, THUMB - 4.0) {
        return;
    }
    let lines = canvas.wrap(&PREVIEW_UNREADABLE.joined(), FLAG, THUMB - 8.0);
    let mut line_y = y + THUMB / 2.0 + lines.len() as f32 * FLAG.size * 0.6;
    for line in &lines {
        let width = canvas.text_width(line, FLAG);
        canvas.text(x + (THUMB - width) / 2.0, line_y, line, FLAG);
        line_y -= FLAG.line_height();
    }
}

/// A thin full-width rule at the current position.
fn rule(canvas: &mut Canvas) {
    let y = canvas.y();
    canvas.hline(MARGIN_X, RIGHT, y, 0.3, 0.82);
}

fn continued() -> String {
    CONTINUED.joined()
}

/// "2026-11-30 08:15 UTC".
fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// "2.4 MB (2 413 771 bytes)": decimal units, one decimal below 100, and the exact
/// count with no-break spaces between groups of three digits.
fn human_size(bytes: u64) -> String {
    let exact = grouped(bytes);
    if bytes < 1000 {
        let unit = if bytes == 1 { "byte" } else { "bytes" };
        return format!("{exact} {unit}");
    }
    const UNITS: [&str; 6] = ["kB", "MB", "GB", "TB", "PB", "EB"];
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 999.95 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let shown = if value < 99.95 {
        format!("{value:.1}")
    } else {
        format!("{value:.0}")
    };
    format!("{shown}\u{a0}{} ({exact} bytes)", UNITS[unit])
}

fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_readable_and_exact() {
        // No-break spaces inside the number and between the figure and its unit.
        let nb = |s: &str| s.replace('_', "\u{a0}");
        assert_eq!(human_size(0), "0 bytes");
        assert_eq!(human_size(1), "1 byte");
        assert_eq!(human_size(999), "999 bytes");
        assert_eq!(human_size(1000), nb("1.0_kB (1_000 bytes)"));
        assert_eq!(human_size(2_413_771), nb("2.4_MB (2_413_771 bytes)"));
        assert_eq!(human_size(999_950), nb("1.0_MB (999_950 bytes)"));
        assert_eq!(human_size(123_456_789), nb("123_MB (123_456_789 bytes)"));
        assert!(human_size(u64::MAX).starts_with("18.4\u{a0}EB"));
    }

    #[test]
    fn a_hash_stays_on_one_line_even_in_a_narrow_box() {
        let canvas = Canvas::new("t", "h").unwrap();
        let hash = "0123456789abcdef".repeat(4);
        for width in [250.0, 300.0, VALUE_WIDTH] {
            let lines = fitted(&canvas, &hash, HASH, width);
            assert_eq!(lines.len(), 1, "{width}");
            assert!(canvas.text_width(&lines[0].0, lines[0].1) <= width);
        }
        // What does not fit at the smallest size is wrapped, not cut.
        let lines = fitted(&canvas, &hash.repeat(3), HASH, 150.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat_text(), hash.repeat(3));
    }

    trait Concat {
        fn concat_text(&self) -> String;
    }
    impl Concat for Vec<(String, Style)> {
        fn concat_text(&self) -> String {
            self.iter().map(|(l, _)| l.as_str()).collect()
        }
    }
}
