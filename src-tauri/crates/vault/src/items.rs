//! Items: evidence files, imported byte for byte, with their facts and description.
//!
//! An item is three files named by its random id: `items/<id>.age` (the original bytes),
//! `meta/<id>.age` (the [`Item`] JSON) and, for JPEG/PNG, `thumbs/<id>.age`. The metadata
//! file is the commit point: an item exists once its metadata exists.

use std::fs;
use std::io::{self, BufReader, Read, Write};
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::mpsc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{ImportError, IoFailure, ItemError};
use crate::log::LogKind;
use crate::store::{self, ReadFailure};
use crate::vault::{ITEMS_DIR, META_DIR, PENDING_DIR, THUMBS_DIR, Vault};

/// Size of the chunks passed between the reading and the encrypting thread.
const CHUNK: usize = 256 * 1024;
/// Chunks in flight between the two threads (bounds memory: 4 × 256 KiB).
const CHUNKS_IN_FLIGHT: usize = 4;
/// The encrypted content is flushed to disk after every this many bytes while the rest
/// is still being read, hashed and encrypted (see
/// [`waarborg_fs::AtomicFile::with_write_behind`]): the fsync before the rename then has
/// about this much left instead of the whole file.
const WRITE_BEHIND: u64 = 32 * 1024 * 1024;
/// Bytes kept from the start of a file to recognise its type.
const SNIFF_LEN: usize = 8192;
/// Thumbnails fit in this square.
pub const THUMBNAIL_SIZE: u32 = 256;
/// Images larger than this are not decoded for a thumbnail (memory bound).
const THUMBNAIL_MAX_SOURCE: u64 = 64 * 1024 * 1024;
/// Why a thumbnail whose SHA-256 is not the item's is refused (and reported by `verify`).
pub(crate) const THUMBNAIL_NOT_BOUND: &str =
    "the thumbnail is not the one made for this item at import (its SHA-256 differs)";

/// The evidence package of the Dutch guide, plus other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    OfficialDocuments,
    Identification,
    Travel,
    DigitalCommunications,
    #[default]
    Other,
}

/// How the parent obtained the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Taken by the parent: a photo, a screenshot, a recording.
    OwnDevice,
    /// Sent to the parent by someone (e-mail attachment, chat).
    Received,
    /// Issued by an authority, court, lawyer or school.
    Official,
    /// Downloaded or exported from a website, account or app.
    Download,
    /// A scan of a paper document.
    Scan,
    #[default]
    Other,
}

#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct Provenance {
    pub source_kind: SourceKind,
    /// How and where it was obtained, in the parent's words.
    pub details: String,
}

/// What the parent says about an item; editable, with history.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct ItemDescription {
    pub category: Category,
    pub title: String,
    pub description: String,
    pub event_date: Option<NaiveDate>,
    pub tags: Vec<String>,
    pub people: Vec<String>,
    pub provenance: Provenance,
}

/// Facts about the original file, recorded at import and never changed.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FileFacts {
    /// The file name as it was (lossy when it was not valid UTF-8).
    pub original_name: String,
    #[ts(type = "number")]
    pub size: u64,
    pub media_type: String,
    pub original_modified: Option<DateTime<Utc>>,
    #[serde(default)]
    pub exif: Option<ExifFacts>,
    /// When the file was made and where that date came from (EXIF, the phone's file
    /// name, or only the modification time). Absent for items imported before it was
    /// recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub taken: Option<crate::dates::TakenAt>,
    /// SHA-256 (hex) of the original bytes.
    pub sha256: String,
    pub imported_at: DateTime<Utc>,
}

/// EXIF facts as written by the camera (kept as text: EXIF times have no zone).
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct ExifFacts {
    pub captured_at: Option<String>,
    pub camera_make: Option<String>,
    pub camera_model: Option<String>,
}

/// A replaced description, kept so that edits can be shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DescriptionVersion {
    pub description: ItemDescription,
    pub replaced_at: DateTime<Utc>,
}

/// An item's metadata, as stored in `meta/<id>.age`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Item {
    pub id: Uuid,
    pub facts: FileFacts,
    pub description: ItemDescription,
    #[serde(default)]
    pub history: Vec<DescriptionVersion>,
    #[serde(default)]
    pub trashed_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub has_thumbnail: bool,
    /// SHA-256 (hex) of the thumbnail's plaintext (`thumbs/<id>.age`), recorded at import:
    /// binds the picture to this item. Items imported before it was recorded have none;
    /// their thumbnail is never shown (see [`Vault::thumbnail`]).
    #[serde(default)]
    pub thumbnail_sha256: Option<String>,
}

// Debug never shows evidence: descriptions, names and provenance are redacted.
crate::redacted_debug!(Provenance, ItemDescription, ExifFacts);

impl std::fmt::Debug for FileFacts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileFacts")
            .field("size", &self.size)
            .field("media_type", &self.media_type)
            .field("sha256", &self.sha256)
            .field("imported_at", &self.imported_at)
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// Imports `source` as a new item: streamed, hashed and encrypted in constant memory.
    /// On any failure no item exists and the source is untouched.
    pub fn import_file(
        &mut self,
        source: &Path,
        description: ItemDescription,
    ) -> Result<Item, ImportError> {
        self.import_file_with_progress(source, description, &mut |_| ControlFlow::Continue(()))
    }

    /// [`Vault::import_file`], calling `progress` with the bytes read so far after each
    /// chunk; returning `Break` stops the import ([`ImportError::Cancelled`], nothing
    /// added). Bytes already in the vault (same SHA-256) give [`ImportError::Duplicate`].
    pub fn import_file_with_progress(
        &mut self,
        source: &Path,
        description: ItemDescription,
        progress: &mut dyn FnMut(u64) -> ControlFlow<()>,
    ) -> Result<Item, ImportError> {
        let (file, metadata) = open_source(source)?;
        let id = Uuid::new_v4();
        let pending = self.dir.join(PENDING_DIR).join(id.to_string());
        fs::write(&pending, b"").map_err(|e| IoFailure::new("write", &pending, e))?;
        store::sync_parent(&pending)?;
        let result = self.import_with_marker(id, file, &metadata, source, description, progress);
        if result.is_err() {
            // Roll back whatever part of the item was written; the id is new, so any file
            // with it is this import's. Metadata first: it is the commit point. (If the
            // failure came after the log entry was written, the log names an import that
            // was rolled back; `verify` reports it as `log-names-missing-item`.)
            let _ = store::remove_if_exists(&self.path(META_DIR, id));
            let _ = store::remove_if_exists(&self.path(ITEMS_DIR, id));
            let _ = store::remove_if_exists(&self.path(THUMBS_DIR, id));
            self.items.remove(&id);
            self.meta_stamps.remove(&id);
        }
        let _ = store::remove_if_exists(&pending);
        result
    }

    fn import_with_marker(
        &mut self,
        id: Uuid,
        file: fs::File,
        metadata: &fs::Metadata,
        source: &Path,
        description: ItemDescription,
        progress: &mut dyn FnMut(u64) -> ControlFlow<()>,
    ) -> Result<Item, ImportError> {
        let content_path = self.path(ITEMS_DIR, id);
        let tmp = store::temp_file_for(&content_path)?.with_write_behind(WRITE_BEHIND);
        let encryptor = age::Encryptor::with_recipients(std::iter::once(
            &self.recipient as &dyn age::Recipient,
        ))
        .map_err(|e| IoFailure::new("encrypt", &content_path, io::Error::other(e.to_string())))?;
        let write_fail = |e| IoFailure::new("write", &content_path, e);
        let mut writer = encryptor
            .wrap_output(io::BufWriter::with_capacity(CHUNK, tmp))
            .map_err(write_fail)?;
        let streamed = stream_pipelined(file, &mut writer, progress).map_err(|e| match e {
            PipeError::Read(e) => ImportError::SourceUnreadable {
                path: source.to_owned(),
                reason: e.to_string(),
            },
            PipeError::Write(e) => ImportError::Io(write_fail(e)),
            PipeError::Cancelled => ImportError::Cancelled {
                path: source.to_owned(),
            },
        })?;
        // Checked before anything is committed: the temporary file is simply dropped.
        if let Some(existing) = self.item_with_sha256(&streamed.sha256) {
            return Err(ImportError::Duplicate {
                path: source.to_owned(),
                existing: existing.id.to_string(),
            });
        }
        let tmp = writer
            .finish()
            .and_then(|w| w.into_inner().map_err(io::IntoInnerError::into_error))
            .map_err(write_fail)?;
        tmp.commit().map_err(IoFailure::from)?;

        // The content decides. Text has no signature, so for text (only) the file name
        // may say: a `.png` without a PNG signature stays unknown.
        let media_type = infer::get(&streamed.head)
            .map(|t| t.mime_type().to_owned())
            .or_else(|| {
                mime_guess::from_path(source)
                    .first()
                    .filter(|m| {
                        m.type_() == mime_guess::mime::TEXT || m.essence_str() == "message/rfc822"
                    })
                    .map(|m| m.essence_str().to_owned())
            })
            .unwrap_or_else(|| "application/octet-stream".to_owned());
        let is_image = media_type == "image/jpeg" || media_type == "image/png";
        let exif = if is_image { read_exif(source) } else { None };
        let mut thumbnail_sha256 = None;
        if is_image
            && streamed.size <= THUMBNAIL_MAX_SOURCE
            && let Some(thumb) = make_thumbnail(source)
        {
            store::write_sealed(&self.path(THUMBS_DIR, id), &self.recipient, &thumb)?;
            thumbnail_sha256 = Some(store::hex(&Sha256::digest(&thumb)));
        }
        let original_name = source
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let original_modified = metadata.modified().ok().map(DateTime::<Utc>::from);
        let taken = crate::dates::taken_at(exif.as_ref(), &original_name, original_modified);
        let item = Item {
            id,
            facts: FileFacts {
                original_name,
                size: streamed.size,
                media_type,
                original_modified,
                exif,
                taken,
                sha256: streamed.sha256,
                imported_at: Utc::now(),
            },
            description,
            history: Vec::new(),
            trashed_at: None,
            has_thumbnail: thumbnail_sha256.is_some(),
            thumbnail_sha256,
        };
        self.write_item(&item)?;
        self.log.append(
            &self.recipient,
            LogKind::Import,
            Some(id),
            Some(item.facts.sha256.clone()),
            String::new(),
        )?;
        self.items.insert(id, item.clone());
        // Never fails the import: without text the item is simply not found by it.
        self.extract_text_of(id);
        Ok(item)
    }

    /// Items not in the trash, oldest import first.
    pub fn items(&self) -> Vec<&Item> {
        let mut items: Vec<_> = self
            .items
            .values()
            .filter(|i| i.trashed_at.is_none())
            .collect();
        items.sort_by_key(|i| (i.facts.imported_at, i.id));
        items
    }

    /// The item (in the trash or not) whose original bytes have this SHA-256.
    pub fn item_with_sha256(&self, sha256: &str) -> Option<&Item> {
        self.items.values().find(|i| i.facts.sha256 == sha256)
    }

    /// Items in the trash.
    pub fn trash(&self) -> Vec<&Item> {
        self.items
            .values()
            .filter(|i| i.trashed_at.is_some())
            .collect()
    }

    pub fn item(&self, id: Uuid) -> Result<&Item, ItemError> {
        self.items
            .get(&id)
            .ok_or_else(|| ItemError::NotFound { id: id.to_string() })
    }

    /// Items whose title, description, tags, people, file name or provenance contain
    /// `query` (case-insensitive), optionally only of one category.
    pub fn search_items(&self, query: &str, category: Option<Category>) -> Vec<&Item> {
        let needle = query.to_lowercase();
        self.items()
            .into_iter()
            .filter(|i| category.is_none_or(|c| i.description.category == c))
            .filter(|i| needle.is_empty() || matches_query(i, &needle))
            .collect()
    }

    /// Replaces an item's description, keeping the previous one in its history.
    pub fn edit_item(
        &mut self,
        id: Uuid,
        description: ItemDescription,
    ) -> Result<&Item, ItemError> {
        let mut item = self.item(id)?.clone();
        let previous = std::mem::replace(&mut item.description, description);
        item.history.push(DescriptionVersion {
            description: previous,
            replaced_at: Utc::now(),
        });
        self.write_item(&item)?;
        self.log.append(
            &self.recipient,
            LogKind::Edit,
            Some(id),
            Some(item.facts.sha256.clone()),
            String::new(),
        )?;
        self.items.insert(id, item);
        self.item(id)
    }

    /// Moves an item to the trash (nothing is removed from disk).
    pub fn trash_item(&mut self, id: Uuid) -> Result<(), ItemError> {
        self.set_trashed(id, Some(Utc::now()), LogKind::Delete)
    }

    /// Takes an item out of the trash.
    pub fn restore_item(&mut self, id: Uuid) -> Result<(), ItemError> {
        if self.item(id)?.trashed_at.is_none() {
            return Err(ItemError::NotInTrash { id: id.to_string() });
        }
        self.set_trashed(id, None, LogKind::Restore)
    }

    /// Removes a trashed item's files for good. The custody log keeps its id and hash.
    pub fn purge_item(&mut self, id: Uuid) -> Result<(), ItemError> {
        let item = self.item(id)?;
        if item.trashed_at.is_none() {
            return Err(ItemError::NotInTrash { id: id.to_string() });
        }
        let sha256 = item.facts.sha256.clone();
        // Metadata first: once it is gone the item no longer exists.
        store::remove_if_exists(&self.path(META_DIR, id))?;
        store::remove_if_exists(&self.path(ITEMS_DIR, id))?;
        store::remove_if_exists(&self.path(THUMBS_DIR, id))?;
        // The parent's marks on a chat export go with it (verify names marks without
        // their item).
        store::remove_if_exists(&self.path(crate::chat_notes::CHATS_DIR, id))?;
        self.items.remove(&id);
        self.texts.remove(id);
        self.log.append(
            &self.recipient,
            LogKind::Purge,
            Some(id),
            Some(sha256),
            String::new(),
        )?;
        Ok(())
    }

    /// Decrypts an item's original bytes to `destination` (a new file). Written to a
    /// temporary file next to it and renamed only when the whole content decrypted and its
    /// SHA-256 matched; nothing is left at `destination` otherwise.
    pub fn export_item(&mut self, id: Uuid, destination: &Path) -> Result<(), ItemError> {
        self.extract(id, destination)?;
        let sha256 = self.item(id)?.facts.sha256.clone();
        self.log.append(
            &self.recipient,
            LogKind::Export,
            Some(id),
            Some(sha256),
            String::new(),
        )?;
        Ok(())
    }

    /// Like [`Vault::export_item`], logged as a view (the app opens the file from a
    /// private temporary folder).
    pub fn open_item(&mut self, id: Uuid, destination: &Path) -> Result<(), ItemError> {
        self.extract(id, destination)?;
        self.log_view(id)
    }

    /// The item's thumbnail (JPEG bytes), when it has one bound to it: its SHA-256 must
    /// be the one recorded in the item's metadata at import. A thumbnail that does not
    /// match (another item's copied over it) is refused as [`ItemError::DamagedItem`], so
    /// it is never shown or put in a PDF as this item's picture. An item imported before
    /// thumbnails were bound has `Ok(None)`: its picture cannot be vouched for.
    pub fn thumbnail(&self, id: Uuid) -> Result<Option<Vec<u8>>, ItemError> {
        let item = self.item(id)?;
        let Some(bound) = item
            .thumbnail_sha256
            .as_deref()
            .filter(|_| item.has_thumbnail)
        else {
            return Ok(None);
        };
        let path = self.path(THUMBS_DIR, id);
        let bytes =
            store::read_sealed(&path, &self.identity).map_err(|e| damaged(id, &path, &e))?;
        if store::hex(&Sha256::digest(&bytes)) != bound {
            return Err(ItemError::DamagedItem {
                id: id.to_string(),
                file: path,
                reason: THUMBNAIL_NOT_BOUND.to_owned(),
            });
        }
        Ok(Some(bytes.to_vec()))
    }

    pub(crate) fn extract(&self, id: Uuid, destination: &Path) -> Result<(), ItemError> {
        let item = self.item(id)?;
        let path = self.path(ITEMS_DIR, id);
        let tmp = store::temp_file_for(destination)?;
        let mut out = io::BufWriter::with_capacity(CHUNK, tmp);
        let (sha256, size) =
            decrypt_content(&path, &self.identity, &mut out).map_err(|e| match e {
                ContentError::Write(e) => ItemError::Io(IoFailure::new("write", destination, e)),
                other => damaged(id, &path, &other.into_read_failure()),
            })?;
        if sha256 != item.facts.sha256 || size != item.facts.size {
            return Err(ItemError::DamagedItem {
                id: id.to_string(),
                file: path,
                reason: "the content does not match its recorded SHA-256".to_owned(),
            });
        }
        let tmp = out
            .into_inner()
            .map_err(|e| IoFailure::new("write", destination, e.into_error()))?;
        // Never replaces a file the user already has there.
        tmp.commit_new().map_err(|e| match e.step {
            waarborg_fs::Step::Rename => IoFailure::new("create", destination, e.source),
            _ => e.into(),
        })?;
        Ok(())
    }

    fn set_trashed(
        &mut self,
        id: Uuid,
        trashed_at: Option<DateTime<Utc>>,
        kind: LogKind,
    ) -> Result<(), ItemError> {
        let mut item = self.item(id)?.clone();
        item.trashed_at = trashed_at;
        self.write_item(&item)?;
        let sha256 = item.facts.sha256.clone();
        self.items.insert(id, item);
        self.log
            .append(&self.recipient, kind, Some(id), Some(sha256), String::new())?;
        Ok(())
    }

    pub(crate) fn write_item(&mut self, item: &Item) -> Result<(), IoFailure> {
        let path = self.path(META_DIR, item.id);
        let json = serde_json::to_vec(item)
            .map_err(|e| IoFailure::new("encode", &path, io::Error::other(e)))?;
        store::write_sealed(&path, &self.recipient, &json)?;
        self.index_dirty = true;
        match crate::index::stamp(&path) {
            Some(stamp) => self.meta_stamps.insert(item.id, stamp),
            None => self.meta_stamps.remove(&item.id),
        };
        Ok(())
    }
}

/// The ids of the `<uuid>.age` files in `dir`: regular files only (not followed when
/// links); a folder, link or pipe with such a name is not Waarborg's, and is skipped
/// here and reported by `verify`.
pub(crate) fn ids_in(dir: &Path) -> Vec<Uuid> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut ids: Vec<Uuid> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let name = e.file_name();
            let name = name.to_str()?;
            Uuid::parse_str(name.strip_suffix(".age")?).ok()
        })
        .collect();
    ids.sort_unstable();
    ids
}

pub(crate) fn matches_query(item: &Item, needle: &str) -> bool {
    let d = &item.description;
    let has = |s: &str| s.to_lowercase().contains(needle);
    has(&d.title)
        || has(&d.description)
        || d.tags.iter().any(|t| has(t))
        || d.people.iter().any(|p| has(p))
        || has(&d.provenance.details)
        || has(&item.facts.original_name)
}

fn damaged(id: Uuid, path: &Path, e: &ReadFailure) -> ItemError {
    match e {
        // `InvalidInput`: not a regular file (a folder or pipe in its place): damage.
        ReadFailure::Io(io)
            if io.kind() != io::ErrorKind::NotFound && io.kind() != io::ErrorKind::InvalidInput =>
        {
            ItemError::Io(IoFailure::new(
                "read",
                path,
                io::Error::new(io.kind(), io.to_string()),
            ))
        }
        _ => ItemError::DamagedItem {
            id: id.to_string(),
            file: path.to_owned(),
            reason: e.reason(),
        },
    }
}

/// Opens the file to import, with its metadata. A link is followed: to a regular file
/// that is fine; a pipe, socket or device (directly or behind a link) is refused before
/// it is opened, since reading one blocks for ever (a pipe nobody writes to) or never
/// ends (`/dev/zero`). The opened handle is checked again, so nothing swapped in after
/// the look slips through, and it is opened without blocking for the same reason.
/// Failures are about the source, never the vault: a link loop is `SourceUnreadable`.
fn open_source(source: &Path) -> Result<(fs::File, fs::Metadata), ImportError> {
    let regular = |file_type: fs::FileType| match store::special_kind(file_type) {
        Some(kind) => Err(ImportError::SourceSpecialFile {
            path: source.to_owned(),
            kind,
        }),
        None if file_type.is_file() => Ok(()),
        None => Err(ImportError::SourceNotAFile {
            path: source.to_owned(),
        }),
    };
    let looked = fs::metadata(source).map_err(|e| source_error(source, e))?;
    regular(looked.file_type())?;
    let file = store::open_nonblocking(source).map_err(|e| source_error(source, e))?;
    let metadata = file.metadata().map_err(|e| source_error(source, e))?;
    regular(metadata.file_type())?;
    Ok((file, metadata))
}

fn source_error(source: &Path, e: io::Error) -> ImportError {
    let path = source.to_owned();
    match e.kind() {
        io::ErrorKind::NotFound => ImportError::SourceNotFound { path },
        io::ErrorKind::PermissionDenied => ImportError::SourcePermissionDenied { path },
        io::ErrorKind::IsADirectory => ImportError::SourceNotAFile { path },
        _ => ImportError::SourceUnreadable {
            path,
            reason: e.to_string(),
        },
    }
}

struct Streamed {
    sha256: String,
    size: u64,
    head: Vec<u8>,
}

enum PipeError {
    Read(io::Error),
    Write(io::Error),
    Cancelled,
}

/// Reads and hashes `source` on one thread while `sink` (the age encryptor) works on the
/// caller's thread: the two costs overlap on two cores. Memory stays bounded by the
/// channel (a few chunks).
fn stream_pipelined(
    source: fs::File,
    sink: &mut impl Write,
    progress: &mut dyn FnMut(u64) -> ControlFlow<()>,
) -> Result<Streamed, PipeError> {
    let (tx, rx) = mpsc::sync_channel::<Vec<u8>>(CHUNKS_IN_FLIGHT);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> io::Result<Streamed> {
            let mut source = source;
            let mut hasher = Sha256::new();
            let mut size = 0u64;
            let mut head = Vec::new();
            loop {
                let mut chunk = vec![0u8; CHUNK];
                let n = read_full(&mut source, &mut chunk)?;
                if n == 0 {
                    break;
                }
                chunk.truncate(n);
                hasher.update(&chunk);
                if head.len() < SNIFF_LEN {
                    let take = (SNIFF_LEN - head.len()).min(n);
                    head.extend_from_slice(&chunk[..take]);
                }
                size += n as u64;
                if tx.send(chunk).is_err() {
                    // The writer stopped (its error is reported by the caller).
                    break;
                }
            }
            Ok(Streamed {
                sha256: store::hex(&hasher.finalize()),
                size,
                head,
            })
        });
        let mut write_result = Ok(());
        let mut written = 0u64;
        for chunk in rx.iter() {
            if let Err(e) = sink.write_all(&chunk) {
                write_result = Err(PipeError::Write(e));
                break;
            }
            written += chunk.len() as u64;
            if progress(written).is_break() {
                write_result = Err(PipeError::Cancelled);
                break;
            }
        }
        // Dropping the receiver ends the reader if it is still sending.
        drop(rx);
        let read_result = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the reading thread failed")));
        write_result?;
        read_result.map_err(PipeError::Read)
    })
}

/// Fills `buf` as far as the input allows; returns the number of bytes read.
fn read_full(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

pub(crate) enum ContentError {
    Missing,
    Read(io::Error),
    Undecryptable(String),
    Write(io::Error),
}

impl ContentError {
    pub(crate) fn into_read_failure(self) -> ReadFailure {
        match self {
            Self::Missing => ReadFailure::Missing,
            Self::Read(e) | Self::Write(e) => ReadFailure::Io(e),
            Self::Undecryptable(s) => ReadFailure::Undecryptable(s),
        }
    }
}

/// Decrypts an item's content into `out` (decryption on a second thread, hashing here),
/// returning the SHA-256 and size of the plaintext.
pub(crate) fn decrypt_content(
    path: &Path,
    identity: &age::x25519::Identity,
    out: &mut impl Write,
) -> Result<(String, u64), ContentError> {
    let file = match store::open_regular(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(ContentError::Missing),
        Err(e) => return Err(ContentError::Read(e)),
    };
    let len = file.metadata().map_or(u64::MAX, |m| m.len());
    decrypt_content_from(file, len, identity, out)
}

/// [`decrypt_content`] of an opened file of `len` bytes (`verify` passes a reader that
/// hashes the ciphertext as it is consumed).
pub(crate) fn decrypt_content_from(
    input: impl Read + Send,
    len: u64,
    identity: &age::x25519::Identity,
    out: &mut impl Write,
) -> Result<(String, u64), ContentError> {
    // A small file is decrypted on this thread: starting a second one and handing it
    // the few chunks costs more than it saves (≈1 ms per item in `verify` on a busy
    // machine, each hand-over waiting for the scheduler).
    let small = len <= SMALL_CONTENT;
    let capacity = if small { SMALL_CHUNK } else { CHUNK };
    let decryptor = age::Decryptor::new_buffered(BufReader::with_capacity(capacity, input))
        .map_err(|e| ContentError::Undecryptable(e.to_string()))?;
    let reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| ContentError::Undecryptable(e.to_string()))?;
    if small {
        return decrypt_inline(reader, out);
    }
    let (tx, rx) = mpsc::sync_channel::<Vec<u8>>(CHUNKS_IN_FLIGHT);
    std::thread::scope(|scope| {
        let decrypting = scope.spawn(move || -> io::Result<()> {
            let mut reader = reader;
            loop {
                let mut chunk = vec![0u8; CHUNK];
                let n = read_full(&mut reader, &mut chunk)?;
                if n == 0 {
                    return Ok(());
                }
                chunk.truncate(n);
                if tx.send(chunk).is_err() {
                    return Ok(());
                }
            }
        });
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut write_result = Ok(());
        for chunk in rx.iter() {
            hasher.update(&chunk);
            size += chunk.len() as u64;
            if let Err(e) = out.write_all(&chunk) {
                write_result = Err(e);
                break;
            }
        }
        drop(rx);
        let decrypted = decrypting
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the decrypting thread failed")));
        write_result.map_err(ContentError::Write)?;
        decrypted.map_err(|e| match e.kind() {
            io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => {
                ContentError::Undecryptable(e.to_string())
            }
            _ => ContentError::Read(e),
        })?;
        Ok((store::hex(&hasher.finalize()), size))
    })
}

/// Content files up to this size are decrypted and hashed on the calling thread.
const SMALL_CONTENT: u64 = 1024 * 1024;
/// Read buffer for a small content file.
const SMALL_CHUNK: usize = 64 * 1024;

/// [`decrypt_content`] of a small file, on this thread.
fn decrypt_inline(
    mut reader: impl Read,
    out: &mut impl Write,
) -> Result<(String, u64), ContentError> {
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut chunk = vec![0u8; SMALL_CHUNK];
    loop {
        let n = read_full(&mut reader, &mut chunk).map_err(|e| match e.kind() {
            io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => {
                ContentError::Undecryptable(e.to_string())
            }
            _ => ContentError::Read(e),
        })?;
        if n == 0 {
            return Ok((store::hex(&hasher.finalize()), size));
        }
        let bytes = chunk.get(..n).unwrap_or_default();
        hasher.update(bytes);
        size += n as u64;
        out.write_all(bytes).map_err(ContentError::Write)?;
    }
}

fn read_exif(source: &Path) -> Option<ExifFacts> {
    // Also called before an import (to suggest a description): a pipe must not block.
    let file = store::open_regular(source).ok()?;
    let exif = exif::Reader::new()
        .read_from_container(&mut BufReader::new(file))
        .ok()?;
    let text = |tag| {
        exif.get_field(tag, exif::In::PRIMARY)
            .map(|f| {
                f.display_value()
                    .to_string()
                    .trim_matches('"')
                    .trim()
                    .to_owned()
            })
            .filter(|s| !s.is_empty())
    };
    let facts = ExifFacts {
        captured_at: text(exif::Tag::DateTimeOriginal).or_else(|| text(exif::Tag::DateTime)),
        camera_make: text(exif::Tag::Make),
        camera_model: text(exif::Tag::Model),
    };
    (facts != ExifFacts::default()).then_some(facts)
}

/// A JPEG thumbnail, or `None` when the image cannot be decoded within the limits.
fn make_thumbnail(source: &Path) -> Option<Vec<u8>> {
    let file = store::open_regular(source).ok()?;
    let mut reader = image::ImageReader::new(BufReader::new(file))
        .with_guessed_format()
        .ok()?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().ok()?;
    let thumb = image.thumbnail(THUMBNAIL_SIZE, THUMBNAIL_SIZE).to_rgb8();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(&thumb)
        .ok()?;
    Some(out)
}

/// A first description for a file about to be imported, from its name and EXIF, for the
/// parent to correct afterwards: the title is the file name without extension; a
/// screenshot or chat export is a digital communication from the parent's own device; a
/// PDF an official document; a photo's event date is when the camera took it.
pub fn suggest_description(source: &Path) -> ItemDescription {
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lower = name.to_lowercase();
    let extension = source
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let is_screenshot = [
        "screenshot",
        "screen shot",
        "schermafbeelding",
        "schermopname",
    ]
    .iter()
    .any(|word| lower.contains(word));
    let is_message =
        lower.contains("whatsapp") || matches!(extension.as_str(), "eml" | "msg" | "mbox");
    let (category, source_kind) = if is_screenshot || is_message {
        (Category::DigitalCommunications, SourceKind::OwnDevice)
    } else if extension == "pdf" {
        (Category::OfficialDocuments, SourceKind::Other)
    } else {
        (Category::Other, SourceKind::Other)
    };
    let exif_day = if matches!(extension.as_str(), "jpg" | "jpeg" | "png") {
        read_exif(source)
            .and_then(|e| e.captured_at)
            .and_then(|t| NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok())
    } else {
        None
    };
    // Else the date a phone put in the name (`Screenshot_20260703-140509`, …); never the
    // modification time, which copying changes.
    let event_date = exif_day.or_else(|| crate::dates::from_file_name(&name).map(|(day, _)| day));
    ItemDescription {
        category,
        title: source
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(name),
        event_date,
        provenance: Provenance {
            source_kind,
            details: String::new(),
        },
        ..ItemDescription::default()
    }
}

/// Decrypted, seekable access to an item's original bytes, for previews: a range
/// request decrypts only the chunks it needs, and nothing is written to disk.
pub struct ContentReader {
    inner: age::stream::StreamReader<BufReader<fs::File>>,
    /// The size of the original bytes.
    pub size: u64,
    pub media_type: String,
}

impl std::fmt::Debug for ContentReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContentReader")
            .field("size", &self.size)
            .field("media_type", &self.media_type)
            .finish_non_exhaustive()
    }
}

impl Read for ContentReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf)
    }
}

impl io::Seek for ContentReader {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        self.inner.seek(pos)
    }
}

impl Vault {
    /// Opens an item's content for reading. The reader holds the file's own payload key,
    /// not the vault identity; it is independent of the vault once made.
    pub fn content_reader(&self, id: Uuid) -> Result<ContentReader, ItemError> {
        let item = self.item(id)?;
        let path = self.path(ITEMS_DIR, id);
        let file =
            store::open_regular(&path).map_err(|e| damaged(id, &path, &ReadFailure::Io(e)))?;
        let undecryptable =
            |reason: String| damaged(id, &path, &ReadFailure::Undecryptable(reason));
        let decryptor = age::Decryptor::new_buffered(BufReader::with_capacity(CHUNK, file))
            .map_err(|e| undecryptable(e.to_string()))?;
        let inner = decryptor
            .decrypt(std::iter::once(&self.identity as &dyn age::Identity))
            .map_err(|e| undecryptable(e.to_string()))?;
        Ok(ContentReader {
            inner,
            size: item.facts.size,
            media_type: item.facts.media_type.clone(),
        })
    }

    /// Records in the custody log that the parent looked at an item (a preview).
    pub fn log_view(&mut self, id: Uuid) -> Result<(), ItemError> {
        let sha256 = self.item(id)?.facts.sha256.clone();
        self.log.append(
            &self.recipient,
            LogKind::View,
            Some(id),
            Some(sha256),
            String::new(),
        )?;
        Ok(())
    }
}
