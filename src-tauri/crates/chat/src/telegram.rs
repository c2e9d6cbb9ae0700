//! Telegram Desktop's machine-readable export of one chat (`result.json`):
//! `{"name": …, "type": "personal_chat", "messages": [{"id", "type": "message" |
//! "service", "date": "2026-11-25T14:05:09", "from", "actor", "action", "text": "…" |
//! ["…", {"type": "bold", "text": "…"}], "photo", "file", "media_type"}]}`.
//! The dates are local time of the exporting computer, as with WhatsApp.

use serde::Deserialize;
use serde_json::Value;

use crate::{AttachmentRef, ChatError, ChatSource, DateOrder, Message, Transcript};

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

pub(crate) fn parse(text: &str) -> Result<Transcript, ChatError> {
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
        for key in ["photo", "file"] {
            if let Some(name) = str_field(m, key) {
                let omitted = name.starts_with("(File not included");
                attachments.push(AttachmentRef {
                    name: (!omitted).then(|| name.to_owned()),
                    sha256: None,
                });
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
        Vec::new(),
    ))
}
