//! What the parent adds to a chat export: which messages matter (marks) and, when the
//! export's dates can be read two ways, which way (the answer asked once per chat).
//!
//! Kept in `chats/<item-id>.age` (JSON, encrypted to the vault recipient like every
//! other file), one file per chat item; every change is logged (`chat-marks`,
//! `chat-date-order`) with the item's id and SHA-256 and the message numbers, never
//! their text. The transcript itself is not stored: it is derived from the original
//! export whenever it is needed (`waarborg-chat`), so it cannot drift from it.

use std::fs;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{IoFailure, ItemError};
use crate::log::LogKind;
use crate::store::{self, ReadFailure};
use crate::vault::Vault;

/// Log kind of a change to a chat's marks (note: the message numbers marked).
pub const CHAT_MARKS_KIND: &str = "chat-marks";
/// Log kind of the parent's answer to an ambiguous date order.
pub const CHAT_DATE_ORDER_KIND: &str = "chat-date-order";

pub(crate) const CHATS_DIR: &str = "chats";

/// The parent's notes on one chat item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct ChatNotes {
    /// The parent's answer when the export's dates can be read either way:
    /// `day-month-year` or `month-day-year`; `None` until asked.
    pub date_order: Option<String>,
    /// Marked message numbers, ascending, no duplicates.
    pub marked: Vec<u32>,
    pub updated_at: Option<DateTime<Utc>>,
}

impl Vault {
    fn chat_notes_path(&self, id: Uuid) -> std::path::PathBuf {
        self.dir.join(CHATS_DIR).join(format!("{id}.age"))
    }

    /// The notes on chat item `id` (empty when there are none yet).
    pub fn chat_notes(&self, id: Uuid) -> Result<ChatNotes, ItemError> {
        self.item(id)?;
        let path = self.chat_notes_path(id);
        match store::read_sealed(&path, &self.identity) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| ItemError::DamagedItem {
                id: id.to_string(),
                file: path,
                reason: e.to_string(),
            }),
            Err(ReadFailure::Missing) => Ok(ChatNotes::default()),
            Err(e) => Err(ItemError::DamagedItem {
                id: id.to_string(),
                file: path,
                reason: e.reason(),
            }),
        }
    }

    /// Sets the marked messages of chat item `id` (sorted, duplicates removed) and logs
    /// the change (`chat-marks`, note: the numbers marked). Unchanged marks write nothing.
    pub fn set_chat_marks(&mut self, id: Uuid, marked: &[u32]) -> Result<ChatNotes, ItemError> {
        let mut notes = self.chat_notes(id)?;
        let mut marked = marked.to_vec();
        marked.sort_unstable();
        marked.dedup();
        if notes.marked == marked {
            return Ok(notes);
        }
        let note = if marked.is_empty() {
            "marked: none".to_owned()
        } else {
            let numbers: Vec<String> = marked.iter().map(u32::to_string).collect();
            format!("marked: {}", numbers.join(", "))
        };
        notes.marked = marked;
        self.write_chat_notes(id, notes, CHAT_MARKS_KIND, note)
    }

    /// Records the parent's answer to "day or month first?" for chat item `id`.
    pub fn set_chat_date_order(
        &mut self,
        id: Uuid,
        date_order: &str,
    ) -> Result<ChatNotes, ItemError> {
        if !matches!(date_order, "day-month-year" | "month-day-year") {
            return Err(ItemError::InvalidInput {
                reason: format!("unknown date order {date_order:?}"),
            });
        }
        let mut notes = self.chat_notes(id)?;
        if notes.date_order.as_deref() == Some(date_order) {
            return Ok(notes);
        }
        notes.date_order = Some(date_order.to_owned());
        let note = format!("dates read as {date_order}");
        self.write_chat_notes(id, notes, CHAT_DATE_ORDER_KIND, note)
    }

    fn write_chat_notes(
        &mut self,
        id: Uuid,
        mut notes: ChatNotes,
        kind: &str,
        note: String,
    ) -> Result<ChatNotes, ItemError> {
        notes.updated_at = Some(Utc::now());
        let path = self.chat_notes_path(id);
        let dir = self.dir.join(CHATS_DIR);
        if !dir.is_dir() {
            fs::create_dir_all(&dir).map_err(|e| IoFailure::new("create", &dir, e))?;
            store::sync_parent(&dir)?;
        }
        let json = serde_json::to_vec(&notes).map_err(|e| ItemError::InvalidInput {
            reason: e.to_string(),
        })?;
        store::write_sealed(&path, &self.recipient, &json)?;
        let sha256 = self.item(id)?.facts.sha256.clone();
        self.log.append(
            &self.recipient,
            LogKind::Other(kind.to_owned()),
            Some(id),
            Some(sha256),
            note,
        )?;
        Ok(notes)
    }
}
