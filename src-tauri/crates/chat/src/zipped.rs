//! A chat export as one zip: WhatsApp's "export with media" (the chat text, `_chat.txt`
//! on iOS, `WhatsApp Chat with X.txt` / `WhatsApp-chat met X.txt` on Android, and the
//! media files), or Telegram Desktop's export folder zipped (`result.json` with
//! `photos/`, `files/`, `video_files/` beside it). Every other entry is hashed streaming
//! (never held whole) and matched to the message that names it.

use std::io::{self, Read, Seek, Write};

use sha2::{Digest, Sha256};

use crate::{
    ChatError, ExportFile, MAX_ZIP_ENTRIES, ParseOptions, Transcript, hex, read_text, telegram,
    whatsapp,
};

fn damaged(e: impl std::fmt::Display) -> ChatError {
    ChatError::DamagedZip {
        reason: e.to_string(),
    }
}

fn open<R: Read + Seek>(reader: R) -> Result<zip::ZipArchive<R>, ChatError> {
    let archive = zip::ZipArchive::new(reader).map_err(damaged)?;
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(damaged(format!("more than {MAX_ZIP_ENTRIES} entries")));
    }
    Ok(archive)
}

/// Which entry holds the chat, and in which form.
#[derive(Debug, Clone, Copy)]
enum ChatEntry {
    /// A WhatsApp text export.
    Text(usize),
    /// Telegram Desktop's `result.json` (the media paths are relative to its folder).
    Telegram(usize),
}

impl ChatEntry {
    fn index(self) -> usize {
        match self {
            Self::Text(i) | Self::Telegram(i) => i,
        }
    }
}

/// The entry holding the chat: a WhatsApp `_chat.txt` or `WhatsApp….txt`, else a
/// Telegram `result.json` (the one nearest the top when there are more), else the only
/// `.txt` in the zip.
fn chat_entry(names: &[String]) -> Option<ChatEntry> {
    let base = |n: &str| n.rsplit('/').next().unwrap_or(n).to_owned();
    let txt: Vec<usize> = (0..names.len())
        .filter(|&i| names[i].to_lowercase().ends_with(".txt"))
        .collect();
    let named = txt
        .iter()
        .copied()
        .find(|&i| base(&names[i]) == "_chat.txt")
        .or_else(|| {
            txt.iter()
                .copied()
                .find(|&i| base(&names[i]).to_lowercase().starts_with("whatsapp"))
        });
    let telegram = || {
        (0..names.len())
            .filter(|&i| base(&names[i]) == "result.json")
            .min_by_key(|&i| (names[i].matches('/').count(), i))
    };
    named
        .map(ChatEntry::Text)
        .or_else(|| telegram().map(ChatEntry::Telegram))
        .or_else(|| (txt.len() == 1).then(|| ChatEntry::Text(txt[0])))
}

pub(crate) fn parse_zip<R: Read + Seek>(
    file_name: &str,
    reader: R,
    options: ParseOptions,
) -> Result<Transcript, ChatError> {
    let mut archive = open(reader)?;
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    // `file_names` is in hash order; sort so the transcript does not depend on it.
    let mut names = names;
    names.sort();
    let found = chat_entry(&names).ok_or(ChatError::NoChatInZip)?;
    let chat = found.index();
    let text = {
        let entry = archive.by_name(&names[chat]).map_err(damaged)?;
        read_text(entry).map_err(|e| match e {
            ChatError::Io(reason) => ChatError::DamagedZip { reason },
            other => other,
        })?
    };
    let mut files = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if i == chat || name.ends_with('/') {
            continue;
        }
        let mut entry = archive.by_name(name).map_err(damaged)?;
        let mut hasher = Sha256::new();
        let size = io::copy(&mut entry, &mut HashWriter(&mut hasher)).map_err(damaged)?;
        files.push(ExportFile {
            name: name.clone(),
            size,
            sha256: hex(&hasher.finalize()),
            message: None,
        });
    }
    if let ChatEntry::Telegram(_) = found {
        // `photos/x.jpg` in result.json is `<its folder>/photos/x.jpg` in the zip.
        let folder = names[chat]
            .strip_suffix("result.json")
            .unwrap_or_default()
            .to_owned();
        return telegram::parse(&text, &folder, files);
    }
    let chat_name =
        crate::chat_name_from_file(&names[chat]).or_else(|| crate::chat_name_from_file(file_name));
    whatsapp::parse(&text, chat_name, options, files)
}

/// The chat text inside a chat zip (a WhatsApp `.txt` or Telegram's `result.json`) as
/// bytes, at most `limit` of them, and whether there was more: for search inside the
/// evidence. Only the central directory and that one entry are read.
pub fn zip_chat_text<R: Read + Seek>(reader: R, limit: u64) -> Result<(Vec<u8>, bool), ChatError> {
    let mut archive = open(reader)?;
    let mut names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    names.sort();
    let chat = chat_entry(&names).ok_or(ChatError::NoChatInZip)?.index();
    let entry = archive.by_name(&names[chat]).map_err(damaged)?;
    let mut bytes = Vec::new();
    entry
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(damaged)?;
    let cut = bytes.len() as u64 > limit;
    if cut {
        bytes.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    }
    Ok((bytes, cut))
}

struct HashWriter<'a>(&'a mut Sha256);

impl Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Copies one entry of a chat zip (an attachment, by its name in the zip) to `out`,
/// streaming; returns its size. For importing each attachment as its own item.
pub fn copy_attachment<R: Read + Seek>(
    reader: R,
    name: &str,
    out: &mut impl Write,
) -> Result<u64, ChatError> {
    let mut archive = open(reader)?;
    let mut entry = archive.by_name(name).map_err(damaged)?;
    io::copy(&mut entry, out).map_err(damaged)
}

/// Whether the entries at the start of a zip name a chat (a WhatsApp `_chat.txt` or
/// `WhatsApp….txt`, a Telegram `result.json`), read from the local file headers one
/// after another, without the central directory at the end: so a chat export that was
/// cut off (a download or copy that stopped) is still known as one, while a damaged zip
/// of photos is not. Stops at the first header it cannot read or skip; reads no
/// entry's contents.
pub fn zip_names_a_chat<R: Read + Seek>(mut reader: R) -> bool {
    const LOCAL_HEADER: [u8; 4] = *b"PK\x03\x04";
    /// Bit 3 of the flags: sizes follow the data, so the entry cannot be skipped.
    const SIZES_AFTER_DATA: u16 = 1 << 3;
    let mut names = Vec::new();
    for _ in 0..MAX_ZIP_ENTRIES {
        let mut header = [0u8; 30];
        if reader.read_exact(&mut header).is_err() || header[..4] != LOCAL_HEADER {
            break;
        }
        let u16_at = |i: usize| u16::from_le_bytes([header[i], header[i + 1]]);
        let flags = u16_at(6);
        let compressed = u32::from_le_bytes([header[18], header[19], header[20], header[21]]);
        let mut name = vec![0u8; usize::from(u16_at(26))];
        if reader.read_exact(&mut name).is_err() {
            break;
        }
        names.push(String::from_utf8_lossy(&name).into_owned());
        let base = |n: &str| n.rsplit('/').next().unwrap_or(n).to_lowercase();
        if names.iter().any(|n| {
            let b = base(n);
            b == "_chat.txt"
                || b == "result.json"
                || (b.starts_with("whatsapp") && b.ends_with(".txt"))
        }) {
            return true;
        }
        let unknown_size = flags & SIZES_AFTER_DATA != 0 && compressed == 0;
        if unknown_size || compressed == u32::MAX {
            break;
        }
        let skip = i64::from(u16_at(28)) + i64::from(compressed);
        if reader.seek(io::SeekFrom::Current(skip)).is_err() {
            break;
        }
    }
    false
}

#[cfg(test)]
mod local_header_tests {
    use super::*;

    fn sample(name: &str) -> std::fs::File {
        std::fs::File::open(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data")
                .join(name),
        )
        .expect("test data")
    }

    #[test]
    fn a_cut_off_chat_zip_is_still_known_as_a_chat_and_a_zip_of_photos_is_not() {
        // truncated.zip: WhatsApp's export cut off before its central directory.
        assert!(zip_names_a_chat(sample("truncated.zip")));
        assert!(zip_names_a_chat(sample("WhatsApp-chat met Mark.zip")));
        assert!(zip_names_a_chat(sample("telegram-export.zip")));
        assert!(!zip_names_a_chat(sample("no-chat.zip")));
        assert!(!zip_names_a_chat(io::Cursor::new(
            b"PK\x03\x04 cut".to_vec()
        )));
        assert!(!zip_names_a_chat(io::Cursor::new(
            b"not a zip at all".to_vec()
        )));
    }
}
