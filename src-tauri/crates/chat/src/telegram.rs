//! Telegram Desktop's machine-readable export of one chat (`result.json`):
//! `{"name": …, "type": "personal_chat", "messages": [{"id", "type": "message" |
//! "service", "date": "2026-11-25T14:05:09", "from", "actor", "action", "text": "…" |
//! ["…", {"type": "bold", "text": "…"}], "photo", "file", "media_type"}]}`.
//! The dates are local time of the exporting computer, as with WhatsApp.
//!
//! The media are files beside `result.json` (`photos/…`, `files/…`, `video_files/…`,
//! `voice_messages/…`), named by each message relative to its folder. In a zip of the
//! export folder they are hashed and linked to their message as WhatsApp's are; next to
//! a `result.json` on disk they are found with [`media_paths`].

use serde::Deserialize;
use serde_json::Value;

use crate::{AttachmentRef, ChatError, ChatSource, DateOrder, ExportFile, Message, Transcript};

#[derive(Deserialize)]
struct Export {
    name: Option<String>,
    messages: Vec<Value>,
}

fn invalid(reason: impl Into<String>) -> ChatError {
    ChatError::InvalidTelegram {
        reason: reason.into(),
    }
}

/// `"text"` is a string or a list of strings and `{"text": …}` pieces.
fn text_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => parts
            .iter()
            .map(|p| match p {
                Value::String(s) => s.as_str(),
                Value::Object(o) => o.get("text").and_then(Value::as_str).unwrap_or(""),
                _ => "",
            })
            .collect(),
        _ => String::new(),
    }
}

fn str_field<'a>(m: &'a Value, key: &str) -> Option<&'a str> {
    m.get(key).and_then(Value::as_str)
}

/// The keys of a message that name a media file (Telegram Desktop 4.x/5.x).
const MEDIA_KEYS: [&str; 2] = ["photo", "file"];

/// Whether a media path is one Telegram wrote for a file it left out ("(File not
/// included. Change data exporting settings to download.)", "(File exceeds maximum size…").
fn omitted(path: &str) -> bool {
    path.starts_with('(')
}

/// Parses `result.json`. `folder` is where it lies in a zip (`ChatExport_x/`, or empty)
/// and `files` the zip's other entries, to be linked to the messages that name them.
pub(crate) fn parse(
    text: &str,
    folder: &str,
    mut files: Vec<ExportFile>,
) -> Result<Transcript, ChatError> {
    let value: Value = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
    if value.get("chats").is_some() && value.get("messages").is_none() {
        return Err(invalid("a whole-account export; export one chat instead"));
    }
    let export: Export = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
    let mut messages = Vec::with_capacity(export.messages.len());
    for (i, m) in export.messages.iter().enumerate() {
        let number = u32::try_from(i + 1).map_err(|_| invalid("too many messages"))?;
        let date =
            str_field(m, "date").ok_or_else(|| invalid(format!("message {number} has no date")))?;
        let parsed = chrono::NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M:%S")
            .map_err(|_| ChatError::UnknownDateFormat { line: i + 1 })?;
        let service = str_field(m, "type") == Some("service");
        let mut text = text_of(m.get("text"));
        let sender = if service {
            let actor = str_field(m, "actor").unwrap_or("");
            let action = str_field(m, "action").unwrap_or("");
            let line = [actor, action]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            text = if text.is_empty() {
                line
            } else {
                format!("{line}: {text}")
            };
            None
        } else {
            Some(str_field(m, "from").unwrap_or("").to_owned())
        };
        let mut attachments = Vec::new();
        for key in MEDIA_KEYS {
            if let Some(name) = str_field(m, key) {
                let mut attachment = AttachmentRef {
                    name: (!omitted(name)).then(|| name.to_owned()),
                    sha256: None,
                };
                if attachment.name.is_some()
                    && let Some(f) = files
                        .iter_mut()
                        .find(|f| f.message.is_none() && f.name == format!("{folder}{name}"))
                {
                    attachment.sha256 = Some(f.sha256.clone());
                    f.message = Some(number);
                }
                attachments.push(attachment);
            }
        }
        messages.push(Message {
            number,
            time: parsed.format("%Y-%m-%d %H:%M:%S").to_string(),
            sender,
            text,
            attachments,
        });
    }
    if messages.is_empty() && export.name.is_none() {
        return Err(ChatError::NotAChat);
    }
    Ok(Transcript::finish(
        ChatSource::Telegram,
        export.name,
        DateOrder::YearMonthDay,
        false,
        messages,
        files,
    ))
}

/// The media files a `result.json` names, in message order: `(message number, path as
/// written)`, leaving out those Telegram did not include. For importing the files beside
/// a `result.json` on disk; a path that is absolute or climbs out of the export folder
/// (`..`) is [`ChatError::UnsafeMediaPath`].
pub fn media_paths(text: &str) -> Result<Vec<(u32, String)>, ChatError> {
    let value: Value = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
    let export: Export = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
    let mut paths = Vec::new();
    for (i, m) in export.messages.iter().enumerate() {
        let number = u32::try_from(i + 1).map_err(|_| invalid("too many messages"))?;
        for key in MEDIA_KEYS {
            let Some(path) = str_field(m, key).filter(|p| !omitted(p)) else {
                continue;
            };
            let safe = !path.is_empty()
                && !path.starts_with(['/', '\\'])
                && !path.contains(':')
                && path
                    .split(['/', '\\'])
                    .all(|part| !part.is_empty() && part != "." && part != "..");
            if !safe {
                return Err(ChatError::UnsafeMediaPath {
                    path: path.to_owned(),
                });
            }
            paths.push((number, path.to_owned()));
        }
    }
    Ok(paths)
}
