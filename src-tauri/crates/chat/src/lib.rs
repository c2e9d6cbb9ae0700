//! Chat exports as evidence: WhatsApp (Android and iOS, the `.txt` and the `.zip` with
//! media, Dutch and English locales, 12- and 24-hour clocks) and Telegram Desktop's
//! JSON export (`result.json`), parsed into a numbered [`Transcript`].
//!
//! The transcript is *derived*: the original export stays the evidence, and the same
//! export always gives the same transcript, byte for byte ([`Transcript::canonical_json`]).
//! Nothing is guessed silently: a date order that the whole chat cannot decide (every
//! day ≤ 12) is [`ChatError::DateOrderNeeded`], to be asked once per chat and passed
//! back as [`ParseOptions::date_order`]. Memory is bounded: a chat text above
//! [`MAX_CHAT_TEXT`] is refused ([`ChatError::TooLarge`]); attachments are hashed
//! streaming, never held whole.

#![forbid(unsafe_code)]

mod error;
mod telegram;
mod whatsapp;
mod zipped;

use std::io::{Read, Seek};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

pub use error::ChatError;
pub use telegram::media_paths as telegram_media_paths;
pub use zipped::{copy_attachment, zip_chat_text, zip_names_a_chat};

/// The largest chat text (the `.txt`, `_chat.txt` in a zip, or `result.json`) parsed:
/// 64 MiB, about 800,000 messages. Larger exports are still imported as files.
pub const MAX_CHAT_TEXT: u64 = 64 * 1024 * 1024;
/// The most entries a chat zip may have.
pub const MAX_ZIP_ENTRIES: usize = 100_000;

/// Which program and form the export came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum ChatSource {
    /// WhatsApp on Android: `25-11-2026 14:05 - Name: text`.
    WhatsappAndroid,
    /// WhatsApp on iPhone: `[25-11-2026 14:05:09] Name: text`.
    WhatsappIos,
    /// Telegram Desktop's machine-readable export (`result.json`).
    Telegram,
}

/// How the numeric dates of a WhatsApp export are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    /// 03/04/26 is 3 April 2026 (Dutch, British).
    DayMonthYear,
    /// 03/04/26 is 4 March 2026 (United States).
    MonthDayYear,
    /// 2026-04-03: the year first (no question needed).
    YearMonthDay,
}

/// What the caller knows beyond the export itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// The parent's answer to [`ChatError::DateOrderNeeded`]. Ignored when the chat
    /// itself decides the order (a day above 12 somewhere).
    pub date_order: Option<DateOrder>,
}

/// One attachment a message names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ChatAttachment")]
pub struct AttachmentRef {
    /// The file name as the export gives it; `None` when the export left the media
    /// out (`<Media omitted>`, `image omitted`).
    pub name: Option<String>,
    /// SHA-256 (hex) of the attachment's bytes when the export carries them (zip).
    pub sha256: Option<String>,
}

/// One numbered message of the transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ChatMessage")]
pub struct Message {
    /// 1, 2, 3…: the number a lawyer or a court refers to.
    pub number: u32,
    /// The time as exported: `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS`, in the time
    /// zone of the phone that made the export (the export does not say which).
    pub time: String,
    /// The sender's name as exported; `None` for a system line ("X added Y").
    pub sender: Option<String>,
    /// The text (lines joined with `\n`), without the attachment notice.
    pub text: String,
    #[serde(default)]
    pub attachments: Vec<AttachmentRef>,
}

impl Message {
    /// A system line (no sender).
    pub fn is_system(&self) -> bool {
        self.sender.is_none()
    }
}

/// A file carried in the export (zip) besides the chat text: a WhatsApp attachment, or a
/// Telegram media file (its path in the zip).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ChatFile")]
pub struct ExportFile {
    /// The name inside the zip.
    pub name: String,
    #[ts(type = "number")]
    pub size: u64,
    pub sha256: String,
    /// The message that names it, if one does.
    pub message: Option<u32>,
}

/// The parsed chat. Derived from the export: [`Transcript::canonical_json`] is the same
/// bytes for the same export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Transcript {
    pub source: ChatSource,
    /// The chat's name where the export says it (Telegram; the WhatsApp file name).
    pub chat_name: Option<String>,
    /// The date order the dates were read with, and whether the parent chose it.
    pub date_order: DateOrder,
    pub date_order_chosen: bool,
    pub messages: Vec<Message>,
    /// Files in the export other than the chat text, in zip order.
    #[serde(default)]
    pub files: Vec<ExportFile>,
    /// The senders, in order of first appearance.
    pub senders: Vec<String>,
}

impl Transcript {
    /// The transcript's canonical form: compact JSON, fields in declaration order, no
    /// maps. The same export gives the same bytes.
    pub fn canonical_json(&self) -> Vec<u8> {
        // Invariant: the structure has only strings, numbers, options and vectors, so
        // serialising it cannot fail; an empty result would still be reproducible.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// SHA-256 (hex) of [`Transcript::canonical_json`].
    pub fn digest(&self) -> String {
        hex(&Sha256::digest(self.canonical_json()))
    }

    fn finish(
        source: ChatSource,
        chat_name: Option<String>,
        date_order: DateOrder,
        date_order_chosen: bool,
        messages: Vec<Message>,
        files: Vec<ExportFile>,
    ) -> Self {
        let mut senders: Vec<String> = Vec::new();
        for m in &messages {
            if let Some(s) = &m.sender
                && !senders.contains(s)
            {
                senders.push(s.clone());
            }
        }
        Self {
            source,
            chat_name,
            date_order,
            date_order_chosen,
            messages,
            files,
            senders,
        }
    }
}

/// What the bytes are, judged from the name and the first bytes only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    WhatsappText,
    WhatsappZip,
    TelegramJson,
}

/// Whether a file looks like a chat export worth parsing: a `.zip` (a WhatsApp export
/// holds a `.txt`), a `.txt` whose first line is a WhatsApp header, or a `.json` with
/// Telegram's `"messages"`. `head` is the file's first bytes (a few KiB).
pub fn sniff(file_name: &str, head: &[u8]) -> Option<Kind> {
    let lower = file_name.to_lowercase();
    if head.starts_with(b"PK\x03\x04") {
        return Some(Kind::WhatsappZip);
    }
    let text = String::from_utf8_lossy(head);
    if lower.ends_with(".json") {
        return (text.contains("\"messages\"") || text.contains("\"type\""))
            .then_some(Kind::TelegramJson);
    }
    if lower.ends_with(".txt") {
        let first = text.lines().find(|l| !l.trim().is_empty())?;
        return whatsapp::parse_header(first).map(|_| Kind::WhatsappText);
    }
    None
}

/// Parses a chat export. `file_name` picks the form (`.zip`, `.json`, otherwise text);
/// `reader` gives the export's bytes.
pub fn parse<R: Read + Seek>(
    file_name: &str,
    mut reader: R,
    options: ParseOptions,
) -> Result<Transcript, ChatError> {
    let mut magic = [0u8; 4];
    let n = read_up_to(&mut reader, &mut magic)?;
    reader
        .seek(std::io::SeekFrom::Start(0))
        .map_err(|e| ChatError::Io(e.to_string()))?;
    if n == 4 && &magic == b"PK\x03\x04" || file_name.to_lowercase().ends_with(".zip") {
        return zipped::parse_zip(file_name, reader, options);
    }
    let text = read_text(reader)?;
    if file_name.to_lowercase().ends_with(".json") {
        return telegram::parse(&text, "", Vec::new());
    }
    whatsapp::parse(&text, chat_name_from_file(file_name), options, Vec::new())
}

fn read_up_to(reader: &mut impl Read, buf: &mut [u8]) -> Result<usize, ChatError> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ChatError::Io(e.to_string())),
        }
    }
    Ok(filled)
}

/// Reads at most [`MAX_CHAT_TEXT`] bytes as UTF-8 (lossy: a broken byte becomes U+FFFD,
/// never an error), refusing anything longer before holding it.
pub(crate) fn read_text(reader: impl Read) -> Result<String, ChatError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_CHAT_TEXT + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ChatError::Io(e.to_string()))?;
    if bytes.len() as u64 > MAX_CHAT_TEXT {
        return Err(ChatError::TooLarge {
            limit: MAX_CHAT_TEXT,
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text))
}

/// "WhatsApp Chat with Anna.txt" / "WhatsApp-chat met Anna.txt" → "Anna".
fn chat_name_from_file(file_name: &str) -> Option<String> {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = base
        .strip_suffix(".txt")
        .or_else(|| base.strip_suffix(".zip"))?;
    for prefix in [
        "WhatsApp Chat with ",
        "WhatsApp-chat met ",
        "WhatsApp Chat - ",
        "WhatsApp-chat - ",
    ] {
        if let Some(name) = stem.strip_prefix(prefix) {
            return Some(name.trim().to_owned());
        }
    }
    None
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}
