//! The chat text inside a chat zip — WhatsApp's "export with media", or Telegram
//! Desktop's export folder zipped — for search inside the evidence (issue 18): the
//! hook `text.rs` calls for an item it reads no text from itself. Only the zip's
//! central directory and its chat entry (`_chat.txt`, `WhatsApp….txt`, `result.json`)
//! are read, through the item's stored original; the media are not touched.

use uuid::Uuid;

use crate::text::{TextKind, TextNote, extract};
use crate::vault::Vault;

/// A zipped chat text is read up to this many bytes, as a text file is (`text.rs`).
const MAX_ZIPPED_CHAT_TEXT: u64 = 16 * 1024 * 1024;

impl Vault {
    /// The text of chat item `id` when it is a chat zip; `None` for anything else (not a
    /// zip, a zip without a chat, a damaged zip: no text, as for a photo).
    pub(crate) fn zipped_chat_text(&self, id: Uuid) -> Option<(String, Option<TextNote>)> {
        let item = self.item(id).ok()?;
        let zip = item.facts.media_type == "application/zip"
            || item.facts.original_name.to_lowercase().ends_with(".zip");
        if !zip {
            return None;
        }
        let reader = self.content_reader(id).ok()?;
        let (bytes, cut) = waarborg_chat::zip_chat_text(reader, MAX_ZIPPED_CHAT_TEXT).ok()?;
        Some(extract(TextKind::Plain, &bytes, cut))
    }
}
