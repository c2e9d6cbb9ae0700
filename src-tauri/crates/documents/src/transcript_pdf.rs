//! The transcript of a chat export as a bilingual A4 PDF: every message with its number,
//! time (as exported), sender, text and attachments, either the whole chat or only the
//! messages the parent marked with a few messages of context around each. The header
//! names the export's file name and SHA-256 (the original is the evidence; the
//! transcript is derived from it and can be made again), and the custody-log head is
//! printed at the end and in every page's footer.

use chrono::NaiveDate;
use waarborg_chat::{ChatSource, DateOrder, Message, Transcript};
use waarborg_contract::LogAnchor;

use crate::consent_pdf::{Bilingual, finish};
use crate::error::RenderError;
use crate::labels::Label;
use crate::layout::{BODY, Canvas, Cell, Style, drawable};

/// What to print.
#[derive(Debug, Clone)]
pub struct TranscriptDocument<'a> {
    /// The export's file name as imported.
    pub file_name: &'a str,
    /// SHA-256 (hex) of the export's bytes: the anchor of the evidence.
    pub sha256: &'a str,
    pub transcript: &'a Transcript,
    /// The message numbers the parent marked.
    pub marked: &'a [u32],
    /// Only the marked messages (with `context` messages before and after each).
    pub marked_only: bool,
    pub context: u32,
    pub generated_on: NaiveDate,
    pub log_anchor: Option<&'a LogAnchor>,
}

const TITLE: Label = Label("doc-transcript-title");
const INTRO: Label = Label("doc-transcript-intro");
const FILE: Label = Label("doc-transcript-file");
const SHA256: Label = Label("doc-transcript-sha256");
const SOURCE: Label = Label("doc-transcript-source");
const MESSAGES: Label = Label("doc-transcript-messages");
const SELECTION: Label = Label("doc-transcript-selection");
const ALL: Label = Label("doc-transcript-all");
const MARKED_ONLY: Label = Label("doc-transcript-marked-only");
const TIMES: Label = Label("doc-transcript-times");
const TIMES_NOTE: Label = Label("doc-transcript-times-note");
const DATE_ORDER: Label = Label("doc-transcript-date-order");
const ORDER_DMY: Label = Label("doc-transcript-order-dmy");
const ORDER_MDY: Label = Label("doc-transcript-order-mdy");
const ORDER_YMD: Label = Label("doc-transcript-order-ymd");
const ORDER_CHOSEN: Label = Label("doc-transcript-order-chosen");
const DIGEST: Label = Label("doc-transcript-digest");
const GENERATED: Label = Label("doc-transcript-generated");
const SYSTEM: Label = Label("doc-transcript-system");
const MARKED: Label = Label("doc-transcript-marked");
const ATTACHMENT: Label = Label("doc-transcript-attachment");
const OMITTED: Label = Label("doc-transcript-omitted");
const SKIPPED: Label = Label("doc-transcript-skipped");
const NONE_MARKED: Label = Label("doc-transcript-none-marked");
const LOG: Label = Label("doc-timeline-log");
const LOG_HEAD: Label = Label("doc-timeline-log-head");
const LOG_ANCHOR: Label = Label("doc-log-anchor");

/// The message numbers to print: all, or the marked ones with `context` around each.
pub fn transcript_selection(
    transcript: &Transcript,
    marked: &[u32],
    marked_only: bool,
    context: u32,
) -> Vec<u32> {
    let count = u32::try_from(transcript.messages.len()).unwrap_or(u32::MAX);
    if !marked_only {
        return (1..=count).collect();
    }
    let mut keep = std::collections::BTreeSet::new();
    for &m in marked.iter().filter(|&&m| (1..=count).contains(&m)) {
        let from = m.saturating_sub(context).max(1);
        let to = m.saturating_add(context).min(count);
        keep.extend(from..=to);
    }
    keep.into_iter().collect()
}

/// `text` as the font can print it: a character it lacks (CJK, most emoji) is written as
/// its code point, `[U+738B]`, so nothing is dropped or silently replaced.
fn printable(text: &str) -> String {
    let drawn = drawable(text);
    let mut out = String::with_capacity(text.len());
    for (original, shown) in text.chars().zip(drawn.chars()) {
        if original == shown || original.is_whitespace() {
            out.push(shown);
        } else if original.is_control() {
            out.push('?');
        } else {
            out.push_str(&format!("[U+{:04X}]", u32::from(original)));
        }
    }
    out
}

/// "25-11-2026 14:05" (or with seconds), from the transcript's `YYYY-MM-DD HH:MM[:SS]`.
fn display_time(time: &str) -> String {
    match (
        time.get(0..4),
        time.get(5..7),
        time.get(8..10),
        time.get(10..),
    ) {
        (Some(y), Some(m), Some(d), Some(rest)) => format!("{d}-{m}-{y}{rest}"),
        _ => time.to_owned(),
    }
}

fn source_name(source: ChatSource) -> &'static str {
    match source {
        ChatSource::WhatsappAndroid => "WhatsApp (Android)",
        ChatSource::WhatsappIos => "WhatsApp (iPhone)",
        ChatSource::Telegram => "Telegram Desktop",
    }
}

/// Renders the transcript PDF.
pub fn transcript_pdf(doc: &TranscriptDocument<'_>) -> Result<Vec<u8>, RenderError> {
    let labels = Bilingual::new();
    let t = doc.transcript;
    let title = TITLE.joined();
    let header = format!(
        "{}  |  {}",
        TITLE.joined_by("  |  "),
        printable(doc.file_name)
    );
    let mut canvas = Canvas::new(&title, &header)?;
    canvas.title(&TITLE.nl(), Style::bold(15.0));
    canvas.title(&TITLE.en(), Style::bold(12.0).gray(0.3));
    canvas.gap(4.0);
    INTRO.paragraphs(&mut canvas, BODY, 0.0);
    canvas.gap(6.0);

    let selected = transcript_selection(t, doc.marked, doc.marked_only, doc.context);
    let order = match t.date_order {
        DateOrder::DayMonthYear => ORDER_DMY,
        DateOrder::MonthDayYear => ORDER_MDY,
        DateOrder::YearMonthDay => ORDER_YMD,
    };
    let mut order_text = order.joined();
    if t.date_order_chosen {
        order_text = format!("{order_text} ({})", ORDER_CHOSEN.joined());
    }
    canvas.row(&[Cell::new(FILE.joined(), printable(doc.file_name), 1.0)]);
    canvas.row(&[Cell::new(SHA256.joined(), doc.sha256, 1.0)]);
    canvas.row(&[
        Cell::new(SOURCE.joined(), source_name(t.source), 0.5),
        Cell::new(MESSAGES.joined(), t.messages.len().to_string(), 0.5),
    ]);
    let selection = if doc.marked_only {
        MARKED_ONLY.format(
            &[
                ("marked", doc.marked.len().into()),
                ("context", doc.context.into()),
                ("printed", selected.len().into()),
            ],
            " / ",
        )
    } else {
        ALL.joined()
    };
    canvas.row(&[
        Cell::new(SELECTION.joined(), selection, 0.5),
        Cell::new(DATE_ORDER.joined(), order_text, 0.5),
    ]);
    canvas.row(&[Cell::new(TIMES.joined(), TIMES_NOTE.joined(), 1.0)]);
    canvas.row(&[
        Cell::new(DIGEST.joined(), t.digest(), 0.75),
        Cell::new(
            GENERATED.joined(),
            doc.generated_on.format("%d-%m-%Y").to_string(),
            0.25,
        ),
    ]);
    if let Some(anchor) = doc.log_anchor {
        canvas.row(&[Cell::new(LOG_HEAD.joined(), anchor.to_string(), 1.0)]);
    }
    canvas.gap(6.0);

    canvas.section(&MESSAGES.joined(), 60.0);
    if doc.marked_only && selected.is_empty() {
        canvas.gap(4.0);
        NONE_MARKED.paragraphs(&mut canvas, Style::regular(9.5), 0.0);
    }
    let mut previous: Option<u32> = None;
    for &number in &selected {
        let gap = match previous {
            None => number.saturating_sub(1),
            Some(p) => number.saturating_sub(p + 1),
        };
        if gap > 0 {
            skipped(&mut canvas, gap);
        }
        previous = Some(number);
        let Some(message) = usize::try_from(number)
            .ok()
            .and_then(|n| t.messages.get(n.wrapping_sub(1)))
        else {
            continue;
        };
        message_block(&mut canvas, message, doc.marked.contains(&number));
    }
    let count = u32::try_from(t.messages.len()).unwrap_or(u32::MAX);
    if let Some(last) = previous
        && last < count
    {
        skipped(&mut canvas, count - last);
    }

    if let Some(anchor) = doc.log_anchor {
        let anchor = anchor.to_string();
        canvas.mark_log_anchor(&LOG_ANCHOR.joined(), &anchor);
        canvas.section(&LOG.joined(), 40.0);
        canvas.row(&[Cell::new(LOG_HEAD.joined(), &anchor, 1.0)]);
    }
    Ok(finish(canvas, &labels))
}

/// Writes a rendered transcript into `dir` (created if missing) as
/// `transcript-<export name>-<date>.pdf`; an existing file is never replaced.
pub fn save_transcript(
    pdf: &[u8],
    dir: &std::path::Path,
    file_name: &str,
    generated_on: NaiveDate,
) -> Result<std::path::PathBuf, crate::error::SaveError> {
    let stem = crate::output::safe_stem(&format!(
        "transcript {file_name} {}",
        generated_on.format("%Y-%m-%d")
    ));
    crate::output::write_new(dir, &stem, pdf)
}

fn skipped(canvas: &mut Canvas, count: u32) {
    canvas.gap(2.0);
    canvas.paragraph(
        &SKIPPED.format(&[("count", count.into())], " / "),
        Style::regular(8.0).gray(0.45),
        0.0,
    );
    canvas.gap(2.0);
}

fn message_block(canvas: &mut Canvas, m: &Message, marked: bool) {
    let sender = match &m.sender {
        Some(s) => printable(s),
        None => SYSTEM.joined(),
    };
    let mut head = format!("#{}   {}   {sender}", m.number, display_time(&m.time));
    if marked {
        head = format!("{head}   [{}]", MARKED.joined());
    }
    canvas.ensure(3.0 * BODY.line_height());
    canvas.gap(3.0);
    let style = if marked {
        Style::bold(9.0)
    } else {
        Style::bold(9.0).gray(0.25)
    };
    canvas.paragraph(&head, style, 0.0);
    if !m.text.is_empty() {
        let text_style = if m.is_system() {
            Style::regular(9.0).gray(0.4)
        } else {
            BODY
        };
        canvas.paragraph(&printable(&m.text), text_style, 14.0);
    }
    for a in &m.attachments {
        let line = match (&a.name, &a.sha256) {
            (Some(name), Some(sha)) => {
                format!(
                    "{}: {}  (SHA-256 {sha})",
                    ATTACHMENT.joined(),
                    printable(name)
                )
            }
            (Some(name), None) => format!("{}: {}", ATTACHMENT.joined(), printable(name)),
            (None, _) => OMITTED.joined(),
        };
        canvas.paragraph(&line, Style::regular(8.0).gray(0.3), 14.0);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn characters_the_font_lacks_are_printed_as_code_points_never_dropped() {
        assert_eq!(printable("ok \u{738B}!"), "ok [U+738B]!");
        assert_eq!(printable("Noor"), "Noor");
    }

    #[test]
    fn display_time_is_day_month_year() {
        assert_eq!(display_time("2026-11-25 14:05"), "25-11-2026 14:05");
        assert_eq!(display_time("2026-11-25 14:05:09"), "25-11-2026 14:05:09");
    }
}
