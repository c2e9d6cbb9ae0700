//! Text inside the evidence: what text files, chat exports and PDFs (their text layer)
//! say, so that search finds words inside them and shows the line they are on.
//!
//! The text is derived from the item's stored original by [`extract`], bounded in size
//! and time, so the same original always gives the same text. It is kept in one file,
//! `text-index.age` (encrypted to the vault recipient like every other file), loaded at
//! unlock and folded for search (NFKD, combining marks removed, lowercase), so a search
//! over 10,000 items decrypts nothing. The file is a cache in the sense of `index.age`:
//! an item without an entry (imported by an older Waarborg, or before a crash) gets one
//! from its original at the next [`Vault::index_texts`] (at unlock in the window and the
//! command line); a missing or damaged file is rebuilt the same way; `verify` never uses
//! it. Extraction never fails an import: a PDF whose text cannot be read is imported
//! anyway, with no text and a [`TextNote`] saying why.

use std::collections::HashMap;
use std::io::{self, Read};
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use memchr::memmem;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use uuid::Uuid;

use crate::error::IoFailure;
use crate::items::Item;
use crate::store;
use crate::vault::Vault;

pub(crate) const TEXT_INDEX_FILE: &str = "text-index.age";
const TEXT_INDEX_FORMAT: u32 = 1;
/// A text file (or chat export) is read up to this many bytes; the rest is not searched.
const MAX_TEXT_SOURCE: u64 = 16 * 1024 * 1024;
/// PDFs larger than this are not parsed for text (memory bound: the parser holds it).
const MAX_PDF_SOURCE: u64 = 64 * 1024 * 1024;
/// At most this much text (UTF-8 bytes) is kept per item.
const MAX_TEXT_KEPT: usize = 4 * 1024 * 1024;
/// A PDF's text layer is given this long; past it the item has no text (note `timed-out`).
const PDF_TIME_LIMIT: Duration = Duration::from_secs(20);
/// A matching line longer than this is cut around the match.
const MAX_LINE_SHOWN: usize = 240;

/// Why an item has no text, or only part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum TextNote {
    /// Not a kind of file text is read from (a photo, a video, …).
    NotText,
    /// Only the first part was read (a very large text file or text layer).
    Truncated,
    /// A PDF without a text layer (a scan) or one whose text could not be read.
    PdfUnreadable,
    /// A PDF larger than the limit for reading its text layer.
    PdfTooLarge,
    /// Reading the PDF's text layer took longer than the limit.
    PdfTimedOut,
    /// The stored original could not be read back (reported by `verify`).
    OriginalUnreadable,
}

/// The text of one item as stored in `text-index.age`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ItemText {
    /// SHA-256 of the original the text was taken from.
    pub(crate) sha256: String,
    pub(crate) text: String,
    pub(crate) note: Option<TextNote>,
}

crate::redacted_debug!(ItemText);

#[derive(Serialize, Deserialize)]
struct TextIndexFile {
    format: u32,
    entries: Vec<(Uuid, ItemText)>,
}

/// One entry in memory: the text, its folded form line for line, and where each line
/// starts in both (so a match's line is found without scanning the text again).
struct Entry {
    stored: ItemText,
    folded: String,
    folded_starts: Vec<usize>,
    line_starts: Vec<usize>,
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect()
}

/// Every item's text, in memory while the vault is open.
#[derive(Default)]
pub(crate) struct TextIndex {
    entries: HashMap<Uuid, Entry>,
    pub(crate) dirty: bool,
}

impl std::fmt::Debug for TextIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextIndex")
            .field("entries", &self.entries.len())
            .finish_non_exhaustive()
    }
}

/// What a search looks for, folded once, with its searcher built once.
pub(crate) struct Needle {
    folded: String,
    finder: memmem::Finder<'static>,
}

impl Needle {
    pub(crate) fn new(query: &str) -> Self {
        let folded = fold(query.trim());
        let finder = memmem::Finder::new(folded.as_bytes()).into_owned();
        Self { folded, finder }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.folded.is_empty() || self.folded.contains('\n')
    }
}

/// NFKD, combining marks removed, lowercase: `Café` and `CAFE` both become `cafe`.
/// Line breaks are kept, so a position in the folded text names the same line.
pub(crate) fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn fold_lines(text: &str) -> String {
    text.split('\n').map(fold).collect::<Vec<_>>().join("\n")
}

impl TextIndex {
    fn insert(&mut self, id: Uuid, stored: ItemText) {
        let folded = fold_lines(&stored.text);
        let entry = Entry {
            folded_starts: line_starts(&folded),
            line_starts: line_starts(&stored.text),
            stored,
            folded,
        };
        self.entries.insert(id, entry);
        self.dirty = true;
    }

    pub(crate) fn remove(&mut self, id: Uuid) {
        if self.entries.remove(&id).is_some() {
            self.dirty = true;
        }
    }

    fn has_current(&self, item: &Item) -> bool {
        self.entries
            .get(&item.id)
            .is_some_and(|e| e.stored.sha256 == item.facts.sha256)
    }

    /// Whether the item's text contains the needle.
    pub(crate) fn contains(&self, id: Uuid, needle: &Needle) -> bool {
        !needle.is_empty()
            && self
                .entries
                .get(&id)
                .is_some_and(|e| needle.finder.find(e.folded.as_bytes()).is_some())
    }

    /// The first line of the item's text holding the needle, as written (cut to
    /// [`MAX_LINE_SHOWN`] around the match when longer).
    pub(crate) fn matching_line(&self, id: Uuid, needle: &Needle) -> Option<String> {
        if needle.is_empty() {
            return None;
        }
        let entry = self.entries.get(&id)?;
        let at = needle.finder.find(entry.folded.as_bytes())?;
        // The line holding the match: the last one starting at or before it.
        let line_no = entry.folded_starts.partition_point(|&start| start <= at) - 1;
        let start = *entry.line_starts.get(line_no)?;
        let end = entry
            .line_starts
            .get(line_no + 1)
            .map_or(entry.stored.text.len(), |next| next - 1);
        let line = entry.stored.text.get(start..end)?.trim();
        if line.len() <= MAX_LINE_SHOWN || line.chars().count() <= MAX_LINE_SHOWN {
            return Some(line.to_owned());
        }
        // Where the match is in the original line, roughly: the folded column in chars.
        let folded_start = entry.folded_starts[line_no];
        let column = entry
            .folded
            .get(folded_start..at)
            .map_or(0, |s| s.chars().count());
        let start = column.saturating_sub(MAX_LINE_SHOWN / 3);
        let cut: String = line.chars().skip(start).take(MAX_LINE_SHOWN).collect();
        Some(format!(
            "{}{}…",
            if start > 0 { "…" } else { "" },
            cut.trim()
        ))
    }
}

/// What [`Vault::item_text`] tells about an item's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ItemTextInfo {
    /// Characters of text found (0 when none).
    #[ts(type = "number")]
    pub chars: u64,
    pub note: Option<TextNote>,
}

impl Vault {
    /// Loads `text-index.age` (at unlock). Entries of items no longer in the vault or
    /// whose original changed are dropped; items without an entry get one from
    /// [`Vault::index_texts`].
    pub(crate) fn load_texts(&mut self) {
        let path = self.dir.join(TEXT_INDEX_FILE);
        let Some(file) = store::read_sealed(&path, &self.identity)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<TextIndexFile>(&bytes).ok())
            .filter(|f| f.format == TEXT_INDEX_FORMAT)
        else {
            return;
        };
        for (id, stored) in file.entries {
            if self
                .items
                .get(&id)
                .is_some_and(|i| i.facts.sha256 == stored.sha256)
            {
                self.texts.insert(id, stored);
            }
        }
        self.texts.dirty = false;
    }

    /// Writes `text-index.age` when it changed (a cache: a failure only means the texts
    /// are extracted again at the next unlock).
    pub(crate) fn write_texts(&mut self) -> Result<(), IoFailure> {
        if !self.texts.dirty {
            return Ok(());
        }
        let path = self.dir.join(TEXT_INDEX_FILE);
        let mut entries: Vec<(Uuid, ItemText)> = self
            .texts
            .entries
            .iter()
            .map(|(id, e)| (*id, e.stored.clone()))
            .collect();
        entries.sort_by_key(|(id, _)| *id);
        let json = serde_json::to_vec(&TextIndexFile {
            format: TEXT_INDEX_FORMAT,
            entries,
        })
        .map_err(|e| IoFailure::new("encode", &path, io::Error::other(e)))?;
        let json = zeroize::Zeroizing::new(json);
        store::write_sealed(&path, &self.recipient, &json)?;
        self.texts.dirty = false;
        Ok(())
    }

    /// How many items have no text entry yet (an older vault's first unlock).
    pub fn texts_missing(&self) -> usize {
        self.items
            .values()
            .filter(|i| !self.texts.has_current(i))
            .count()
    }

    /// Extracts the text of every item that has none yet, calling `progress(done, total)`
    /// after each; `Break` stops (what was done is kept in memory, and written when the
    /// vault is closed). When all are done, writes `text-index.age`. Returns how many
    /// items were done.
    pub fn index_texts(
        &mut self,
        progress: &mut dyn FnMut(usize, usize) -> ControlFlow<()>,
    ) -> usize {
        let todo: Vec<Uuid> = self
            .items
            .values()
            .filter(|i| !self.texts.has_current(i))
            .map(|i| i.id)
            .collect();
        let total = todo.len();
        let mut done = 0;
        for id in todo {
            self.extract_text_of(id);
            done += 1;
            if progress(done, total).is_break() {
                break;
            }
        }
        if done > 0 && done == total {
            let _ = self.write_texts();
        }
        done
    }

    /// Test-only (feature `bench-generator`): sets an item's text as if extracted, for
    /// the text-search benchmark (`examples/text_search.rs`).
    #[cfg(feature = "bench-generator")]
    #[doc(hidden)]
    pub fn bench_set_text(&mut self, id: Uuid, text: String) {
        if let Some(item) = self.items.get(&id) {
            let sha256 = item.facts.sha256.clone();
            self.texts.insert(
                id,
                ItemText {
                    sha256,
                    text,
                    note: None,
                },
            );
        }
    }

    /// What is known about an item's text (none before [`Vault::index_texts`] reached it).
    pub fn item_text(&self, id: Uuid) -> Option<ItemTextInfo> {
        self.texts.entries.get(&id).map(|e| ItemTextInfo {
            chars: u64::try_from(e.stored.text.chars().count()).unwrap_or(u64::MAX),
            note: e.stored.note,
        })
    }

    /// Extracts the text of one item from its stored original into the index (memory).
    pub(crate) fn extract_text_of(&mut self, id: Uuid) {
        let Some(item) = self.items.get(&id) else {
            return;
        };
        let sha256 = item.facts.sha256.clone();
        let kind = TextKind::of(&item.facts.media_type, &item.facts.original_name);
        let (text, note) = match kind {
            None => self
                .zipped_chat_text(id)
                .unwrap_or((String::new(), Some(TextNote::NotText))),
            Some(kind) => {
                let limit = match kind {
                    TextKind::Plain => MAX_TEXT_SOURCE,
                    TextKind::Pdf => MAX_PDF_SOURCE,
                };
                if kind == TextKind::Pdf && item.facts.size > limit {
                    (String::new(), Some(TextNote::PdfTooLarge))
                } else {
                    match self.read_original(id, limit) {
                        Ok(bytes) => extract(kind, &bytes, item.facts.size > limit),
                        Err(_) => (String::new(), Some(TextNote::OriginalUnreadable)),
                    }
                }
            }
        };
        self.texts.insert(id, ItemText { sha256, text, note });
    }

    fn read_original(&self, id: Uuid, limit: u64) -> Result<Vec<u8>, crate::ItemError> {
        let reader = self.content_reader(id)?;
        let mut bytes = Vec::new();
        reader
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| crate::ItemError::DamagedItem {
                id: id.to_string(),
                file: self.path(crate::vault::ITEMS_DIR, id),
                reason: e.to_string(),
            })?;
        Ok(bytes)
    }
}

/// How text is taken from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextKind {
    /// Text files, chat exports (WhatsApp `.txt`, Telegram `.json`), e-mail, CSV.
    Plain,
    Pdf,
}

impl TextKind {
    pub(crate) fn of(media_type: &str, original_name: &str) -> Option<Self> {
        let extension = Path::new(original_name)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if media_type == "application/pdf" {
            Some(Self::Pdf)
        } else if media_type.starts_with("text/")
            || media_type == "message/rfc822"
            || (media_type == "application/octet-stream"
                && matches!(extension.as_str(), "json" | "txt" | "csv" | "log" | "md"))
        {
            Some(Self::Plain)
        } else {
            None
        }
    }
}

/// The text of `bytes` (the original, or its first part when `cut`), bounded to
/// [`MAX_TEXT_KEPT`].
pub(crate) fn extract(kind: TextKind, bytes: &[u8], cut: bool) -> (String, Option<TextNote>) {
    let (text, note) = match kind {
        TextKind::Plain => (decode_text(bytes), cut.then_some(TextNote::Truncated)),
        TextKind::Pdf => pdf_text(bytes.to_vec()),
    };
    let (text, truncated) = bound(text);
    (text, note.or(truncated.then_some(TextNote::Truncated)))
}

/// UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else as lossy UTF-8.
/// Line ends become `\n`; NUL and other control characters but tab become spaces.
pub(crate) fn decode_text(bytes: &[u8]) -> String {
    let decoded = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    };
    decoded
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn utf16(bytes: &[u8], decode: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| decode([p[0], p[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn bound(mut text: String) -> (String, bool) {
    if text.len() <= MAX_TEXT_KEPT {
        return (text, false);
    }
    let mut end = MAX_TEXT_KEPT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    (text, true)
}

/// A PDF's text layer, page by page, on a thread of its own that is given
/// [`PDF_TIME_LIMIT`] (a hostile PDF can make a parser loop or panic; neither reaches the
/// import). Past the limit the thread is left to finish on its own.
fn pdf_text(bytes: Vec<u8>) -> (String, Option<TextNote>) {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("pdf-text".to_owned())
        .spawn(move || {
            let _ = tx.send(pdf_text_now(&bytes));
        });
    if spawned.is_err() {
        return (String::new(), Some(TextNote::PdfUnreadable));
    }
    match rx.recv_timeout(PDF_TIME_LIMIT) {
        Ok(Some(text)) if !text.trim().is_empty() => (text, None),
        Ok(_) | Err(mpsc::RecvTimeoutError::Disconnected) => {
            (String::new(), Some(TextNote::PdfUnreadable))
        }
        Err(mpsc::RecvTimeoutError::Timeout) => (String::new(), Some(TextNote::PdfTimedOut)),
    }
}

fn pdf_text_now(bytes: &[u8]) -> Option<String> {
    let document = lopdf::Document::load_mem(bytes).ok()?;
    let mut text = String::new();
    for page in document.get_pages().keys() {
        if let Ok(page_text) = document.extract_text(&[*page]) {
            text.push_str(&page_text);
            if !text.ends_with('\n') {
                text.push('\n');
            }
        }
        if text.len() > MAX_TEXT_KEPT {
            break;
        }
    }
    Some(decode_text(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Café ÉÉN"), "cafe een");
        assert_eq!(fold("ﬁle"), "file");
    }

    #[test]
    fn utf16_with_a_bom_is_read() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Hé\r\ndaar".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode_text(&le), "Hé\ndaar");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Hé".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode_text(&be), "Hé");
    }

    #[test]
    fn the_matching_line_is_returned_as_written() {
        let mut index = TextIndex::default();
        let id = Uuid::new_v4();
        index.insert(
            id,
            ItemText {
                sha256: String::new(),
                text: "eerste regel\nJe ziet haar NOOIT meer terug\nderde".to_owned(),
                note: None,
            },
        );
        let needle = Needle::new("nooit meer");
        assert!(index.contains(id, &needle));
        assert_eq!(
            index.matching_line(id, &needle).as_deref(),
            Some("Je ziet haar NOOIT meer terug")
        );
        assert!(!index.contains(id, &Needle::new("vandaag")));
    }

    #[test]
    fn text_is_bounded() {
        let (text, cut) = bound("é".repeat(MAX_TEXT_KEPT));
        assert!(cut && text.len() <= MAX_TEXT_KEPT);
    }
}
