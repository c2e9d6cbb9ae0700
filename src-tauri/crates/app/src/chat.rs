//! Chat exports in the vault (issue 18): the transcript of a chat item, the parent's
//! marks, each attachment of a WhatsApp zip as its own item, and the transcript PDF.
//!
//! The original export is the evidence and stays unchanged; the transcript is derived
//! from it on demand (`waarborg-chat`: the same export gives the same transcript, byte
//! for byte), so there is no second copy to keep in step with it or to verify. An
//! attachment is linked to its message by its SHA-256: the transcript names the
//! attachment's SHA-256 for the message, and the item holding those bytes is the one
//! with that SHA-256 (`Vault::item_with_sha256`); its provenance also says, in words,
//! which export and message it came from. What the parent adds (marks, the date-order
//! answer) is kept encrypted in `chats/<id>.age` and logged (`waarborg_vault::ChatNotes`).

use std::io::{Read, Seek};
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;
use waarborg_chat::{ChatError, DateOrder, ParseOptions, Transcript};
use waarborg_contract::{ApiError, ErrorCode};
use waarborg_vault::{Category, ImportError, Item, ItemDescription, Provenance, SourceKind, Vault};

/// A chat item's transcript with the parent's marks, for the window and the CLI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ChatView {
    pub item: String,
    /// The export's file name as imported.
    pub file_name: String,
    /// SHA-256 of the export: the anchor of the evidence.
    pub sha256: String,
    pub transcript: Transcript,
    /// Marked message numbers, ascending.
    pub marked: Vec<u32>,
}

/// How much of the head of a file [`waarborg_chat::sniff`] looks at.
const SNIFF_BYTES: usize = 4096;

/// Whether an item may be a chat export, judged from its name and first bytes.
pub fn is_chat_item(vault: &Vault, item: &Item) -> bool {
    let Ok(mut reader) = vault.content_reader(item.id) else {
        return false;
    };
    let mut head = vec![0u8; SNIFF_BYTES];
    let mut filled = 0;
    while filled < head.len() {
        match reader.read(&mut head[filled..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => filled += n,
        }
    }
    head.truncate(filled);
    waarborg_chat::sniff(&item.facts.original_name, &head).is_some()
}

fn date_order_of(text: Option<&str>) -> Option<DateOrder> {
    match text {
        Some("day-month-year") => Some(DateOrder::DayMonthYear),
        Some("month-day-year") => Some(DateOrder::MonthDayYear),
        _ => None,
    }
}

/// The transcript of chat item `id`, parsed from its original with the parent's answer
/// on the date order (if any). A [`ChatError`] (not a chat, the date order to ask, …)
/// comes back as its coded error; the item itself is untouched by it.
pub fn chat_view(vault: &Vault, id: Uuid) -> Result<ChatView, ApiError> {
    let item = vault.item(id)?;
    let notes = vault.chat_notes(id)?;
    let reader = vault.content_reader(id)?;
    let transcript = waarborg_chat::parse(
        &item.facts.original_name,
        reader,
        ParseOptions {
            date_order: date_order_of(notes.date_order.as_deref()),
        },
    )?;
    Ok(ChatView {
        item: id.to_string(),
        file_name: item.facts.original_name.clone(),
        sha256: item.facts.sha256.clone(),
        transcript,
        marked: notes.marked,
    })
}

/// What happened to the attachments of one imported chat export.
#[derive(Debug, Default)]
pub struct AttachmentImport {
    /// Items made for attachments, with their name in the export.
    pub imported: Vec<(String, Item)>,
    /// Attachments whose bytes were already in the vault (they link by SHA-256 all the
    /// same): name and the existing item's id.
    pub existing: Vec<(String, String)>,
    /// Attachments that could not be imported: name and why.
    pub failed: Vec<(String, ApiError)>,
}

/// When `item` (just imported from `source`) is a chat export with media — a WhatsApp
/// zip, a zipped Telegram Desktop export folder, or a Telegram `result.json` with its
/// `photos/`, `files/`, `video_files/` beside it — imports each media file as its own
/// item, linked to its message (in a zip by its SHA-256, which the transcript names;
/// beside a `result.json` by the provenance, which names the export's SHA-256, the
/// message and the path) and described as coming from this export. Anything else (not
/// a chat, a damaged zip) imports nothing more and is no error; a media file that is
/// missing is a failure naming it: the export itself is in the vault already, unchanged.
pub fn import_chat_attachments(vault: &mut Vault, item: &Item, source: &Path) -> AttachmentImport {
    let mut result = AttachmentImport::default();
    let Ok(mut file) = std::fs::File::open(source) else {
        return result;
    };
    let mut head = [0u8; 4];
    if file.read_exact(&mut head).is_err() || &head != b"PK\x03\x04" {
        if item.facts.original_name.to_lowercase().ends_with(".json") {
            import_telegram_media(vault, item, source, &mut result);
        }
        return result;
    }
    if file.rewind().is_err() {
        return result;
    }
    // The date order does not change which message names which file, only the times:
    // for linking, an ambiguous chat is read day-first (nothing is shown from it).
    let parsed = waarborg_chat::parse(
        &item.facts.original_name,
        &mut file,
        ParseOptions {
            date_order: Some(DateOrder::DayMonthYear),
        },
    );
    let Ok(transcript) = parsed else {
        return result;
    };
    let Ok(tmp) = tempfile::tempdir() else {
        return result;
    };
    for entry in &transcript.files {
        let base = entry.name.rsplit('/').next().unwrap_or(&entry.name);
        if base.is_empty() || base.starts_with('.') {
            continue;
        }
        if let Some(existing) = vault.item_with_sha256(&entry.sha256) {
            result
                .existing
                .push((entry.name.clone(), existing.id.to_string()));
            continue;
        }
        let path = tmp.path().join(base);
        let copied = std::fs::File::create(&path)
            .map_err(|e| ChatError::Io(e.to_string()))
            .and_then(|mut out| {
                let zip = std::fs::File::open(source).map_err(|e| ChatError::Io(e.to_string()))?;
                waarborg_chat::copy_attachment(zip, &entry.name, &mut out)
            });
        if let Err(e) = copied {
            result.failed.push((entry.name.clone(), e.into()));
            continue;
        }
        let mut description = waarborg_vault::suggest_description(&path);
        description.category = Category::DigitalCommunications;
        description.provenance = Provenance {
            source_kind: SourceKind::OwnDevice,
            details: match entry.message {
                Some(n) => format!(
                    "attachment of chat export {} (SHA-256 {}), message {n}",
                    item.facts.original_name, item.facts.sha256
                ),
                None => format!(
                    "file in chat export {} (SHA-256 {}), named by no message",
                    item.facts.original_name, item.facts.sha256
                ),
            },
        };
        match vault.import_file(&path, description) {
            Ok(new) => result.imported.push((entry.name.clone(), new)),
            Err(ImportError::Duplicate { existing, .. }) => {
                result.existing.push((entry.name.clone(), existing));
            }
            Err(e) => result.failed.push((entry.name.clone(), e.into())),
        }
        let _ = std::fs::remove_file(&path);
    }
    result
}

/// The media paths a Telegram `result.json` at `source` names (none when it is no
/// Telegram export or larger than a chat is read).
fn telegram_media(source: &Path) -> Result<Vec<(u32, String)>, ChatError> {
    let file = std::fs::File::open(source).map_err(|e| ChatError::Io(e.to_string()))?;
    let mut text = String::new();
    file.take(waarborg_chat::MAX_CHAT_TEXT + 1)
        .read_to_string(&mut text)
        .map_err(|e| ChatError::Io(e.to_string()))?;
    if text.len() as u64 > waarborg_chat::MAX_CHAT_TEXT {
        return Err(ChatError::TooLarge {
            limit: waarborg_chat::MAX_CHAT_TEXT,
        });
    }
    waarborg_chat::telegram_media_paths(text.strip_prefix('\u{feff}').unwrap_or(&text))
}

/// The file a Telegram media path names beside `result.json`, or why it is not there:
/// its folder (`photos`) missing altogether, or only the file; a link is not followed.
fn telegram_media_file(dir: &Path, path: &str) -> Result<std::path::PathBuf, ChatError> {
    let parts: Vec<&str> = path.split(['/', '\\']).collect();
    if let [folder, _, ..] = parts.as_slice()
        && !dir.join(folder).is_dir()
    {
        return Err(ChatError::MediaFolderMissing {
            folder: (*folder).to_owned(),
        });
    }
    let file = parts.iter().fold(dir.to_owned(), |p, part| p.join(part));
    match std::fs::symlink_metadata(&file) {
        Ok(m) if m.is_file() => Ok(file),
        Ok(_) => Err(ChatError::UnsafeMediaPath {
            path: path.to_owned(),
        }),
        Err(_) => Err(ChatError::MediaMissing {
            path: path.to_owned(),
        }),
    }
}

/// Imports the media a Telegram `result.json` names from beside it (see
/// [`import_chat_attachments`]). A missing folder is one failure, not one per file.
fn import_telegram_media(
    vault: &mut Vault,
    item: &Item,
    source: &Path,
    result: &mut AttachmentImport,
) {
    let paths = match telegram_media(source) {
        Ok(paths) => paths,
        Err(e @ ChatError::UnsafeMediaPath { .. }) => {
            result
                .failed
                .push((item.facts.original_name.clone(), e.into()));
            return;
        }
        // Not a Telegram export (or not readable as one): the file is kept, nothing more.
        Err(_) => return,
    };
    let dir = source.parent().unwrap_or(Path::new("."));
    let mut missing_folders: Vec<String> = Vec::new();
    for (message, path) in paths {
        let file = match telegram_media_file(dir, &path) {
            Ok(file) => file,
            Err(ChatError::MediaFolderMissing { folder }) => {
                if !missing_folders.contains(&folder) {
                    let e = ChatError::MediaFolderMissing {
                        folder: folder.clone(),
                    };
                    result.failed.push((format!("{folder}/"), e.into()));
                    missing_folders.push(folder);
                }
                continue;
            }
            Err(e) => {
                result.failed.push((path, e.into()));
                continue;
            }
        };
        let mut description = waarborg_vault::suggest_description(&file);
        description.category = Category::DigitalCommunications;
        description.provenance = Provenance {
            source_kind: SourceKind::OwnDevice,
            details: format!(
                "attachment of chat export {} (SHA-256 {}), message {message} ({path})",
                item.facts.original_name, item.facts.sha256
            ),
        };
        match vault.import_file(&file, description) {
            Ok(new) => result.imported.push((path, new)),
            Err(ImportError::Duplicate { existing, .. }) => result.existing.push((path, existing)),
            Err(e) => result.failed.push((path, e.into())),
        }
    }
}

/// Takes out of `files` (what an import was given: a Telegram export folder walked file
/// by file) the media files a Telegram `result.json` among them names: importing the
/// `result.json` imports them as its attachments, linked to their messages, instead of
/// as loose files first.
pub fn leave_telegram_media_to_their_chat(files: &mut Vec<std::path::PathBuf>) {
    let mut media = std::collections::HashSet::new();
    for json in files
        .iter()
        .filter(|f| f.file_name().is_some_and(|n| n == "result.json"))
    {
        let dir = json.parent().unwrap_or(Path::new("."));
        for (_, path) in telegram_media(json).unwrap_or_default() {
            if let Ok(file) = telegram_media_file(dir, &path) {
                media.insert(file);
            }
        }
    }
    if !media.is_empty() {
        files.retain(|f| !media.contains(f));
    }
}

/// Adds what [`import_chat_attachments`] did to an import's summary: new items among
/// the imported, failures as problems naming the export and the attachment.
pub(crate) trait AddChatAttachments {
    fn add_chat_attachments(&mut self, export: &Path, attachments: AttachmentImport);
}

impl AddChatAttachments for waarborg_contract::ImportSummary {
    fn add_chat_attachments(&mut self, export: &Path, attachments: AttachmentImport) {
        self.imported.extend(
            attachments
                .imported
                .iter()
                .map(|(_, item)| item.id.to_string()),
        );
        self.problems
            .extend(attachments.failed.into_iter().map(|(name, error)| {
                waarborg_contract::ImportProblem {
                    path: format!("{} ({name})", export.to_string_lossy()),
                    existing_item: None,
                    error,
                }
            }));
    }
}

/// Which messages the PDF prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TranscriptOptions {
    pub marked_only: bool,
    pub context: u32,
}

/// The transcript PDF of chat item `id` with the vault's custody-log head (as it was
/// before this), logged as a document made from that item (`document-generated`).
pub fn transcript_pdf(
    vault: &mut Vault,
    id: Uuid,
    options: TranscriptOptions,
    today: NaiveDate,
) -> Result<Vec<u8>, ApiError> {
    let view = chat_view(vault, id)?;
    let anchor = vault.log_anchor();
    let pdf = waarborg_documents::transcript_pdf(&waarborg_documents::TranscriptDocument {
        file_name: &view.file_name,
        sha256: &view.sha256,
        transcript: &view.transcript,
        marked: &view.marked,
        marked_only: options.marked_only,
        context: options.context,
        generated_on: today,
        log_anchor: anchor.as_ref(),
    })
    .map_err(waarborg_documents::SaveError::from)?;
    let note = if options.marked_only {
        format!(
            "chat transcript: {} marked messages, context {}",
            view.marked.len(),
            options.context
        )
    } else {
        "chat transcript: whole chat".to_owned()
    };
    vault.log_event(waarborg_vault::LogKind::DocumentGenerated, Some(id), &note)?;
    Ok(pdf)
}

/// The transcript PDF that goes into an export package beside a chat export (for
/// `ExportOptions::chat_transcripts`, the window's export and `waarborg export`): the
/// whole chat, the parent's marked messages marked in it, made from the original at
/// export time with the log head the package's log extract has. `None` for an item that
/// is not a chat export (by its name and first bytes, then by parsing: a zip or JSON
/// that holds no chat, or a zip that cannot be read, is not taken for one); the code of
/// what went wrong for a chat that cannot be transcribed (its date order never
/// answered, too large): the package goes without its transcript and says why. Not
/// logged on its own: the export's entries name the chat and the package.
pub fn package_transcript(
    input: &waarborg_vault::ChatTranscriptInput<'_>,
) -> Option<Result<waarborg_vault::ChatTranscriptPdf, String>> {
    let name = input.item.facts.original_name.to_lowercase();
    if !([".txt", ".zip", ".json"].iter().any(|e| name.ends_with(e))
        && is_chat_item(input.vault, input.item))
    {
        return None;
    }
    let view = match chat_view(input.vault, input.item.id) {
        Ok(view) => view,
        Err(e) => {
            let not_a_chat = [
                ErrorCode::ChatNotAChat,
                ErrorCode::ChatNoChatInZip,
                ErrorCode::ChatInvalidTelegram,
                ErrorCode::ChatDamagedZip,
            ];
            // A damaged zip is a chat export when the entries still readable at its
            // start name one (the vault keeps no "this is a chat" mark of its own): it
            // goes without a transcript, and the package says why.
            let cut_off_chat = e.code == ErrorCode::ChatDamagedZip
                && input
                    .vault
                    .content_reader(input.item.id)
                    .is_ok_and(waarborg_chat::zip_names_a_chat);
            return (cut_off_chat || !not_a_chat.contains(&e.code))
                .then(|| Err(e.code.as_str().to_owned()));
        }
    };
    let pdf = waarborg_documents::transcript_pdf(&waarborg_documents::TranscriptDocument {
        file_name: &view.file_name,
        sha256: &view.sha256,
        transcript: &view.transcript,
        marked: &view.marked,
        marked_only: false,
        context: 0,
        generated_on: input.exported_at.date_naive(),
        log_anchor: input.log_anchor,
    })
    .map_err(|e| {
        ApiError::from(waarborg_documents::SaveError::from(e))
            .code
            .as_str()
            .to_owned()
    });
    Some(pdf.map(|pdf| waarborg_vault::ChatTranscriptPdf {
        pdf,
        transcript_sha256: view.transcript.digest(),
        marked: view.marked,
        message_count: u32::try_from(view.transcript.messages.len()).unwrap_or(u32::MAX),
    }))
}

/// Keeps a transcript PDF in the vault as an item of its own, described as the
/// transcript of chat item `id` (its file name and SHA-256 in the provenance).
pub fn keep_transcript(vault: &mut Vault, id: Uuid, pdf_path: &Path) -> Result<Item, ApiError> {
    let chat = vault.item(id)?.clone();
    let description = ItemDescription {
        category: Category::DigitalCommunications,
        title: pdf_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        provenance: Provenance {
            source_kind: SourceKind::Other,
            details: format!(
                "transcript made by Waarborg of chat export {} (SHA-256 {})",
                chat.facts.original_name, chat.facts.sha256
            ),
        },
        ..ItemDescription::default()
    };
    Ok(vault.import_file(pdf_path, description)?)
}

impl crate::App {
    /// `vault_chat`: the transcript of a chat item with its marks.
    pub fn chat(&self, id: &str) -> Result<ChatView, ApiError> {
        let id = crate::parse_id(id)?;
        self.session().with(|open| chat_view(&open.vault, id))
    }

    /// `vault_chat_marks`: sets the marked messages; returns them as stored.
    pub fn chat_marks(&self, id: &str, marked: &[u32]) -> Result<Vec<u32>, ApiError> {
        let id = crate::parse_id(id)?;
        self.session()
            .with(|open| Ok(open.vault.set_chat_marks(id, marked)?.marked))
    }

    /// `vault_chat_date_order`: the parent's answer to "day or month first?".
    pub fn chat_date_order(&self, id: &str, order: DateOrder) -> Result<ChatView, ApiError> {
        let id = crate::parse_id(id)?;
        let order = match order {
            DateOrder::MonthDayYear => "month-day-year",
            DateOrder::DayMonthYear | DateOrder::YearMonthDay => "day-month-year",
        };
        self.session().with(|open| {
            open.vault.set_chat_date_order(id, order)?;
            chat_view(&open.vault, id)
        })
    }

    /// `vault_chat_transcript`: the transcript PDF, saved in the documents folder.
    pub fn chat_transcript(
        &self,
        id: &str,
        today: &str,
        marked_only: bool,
        context: u32,
    ) -> Result<waarborg_contract::SavedDocument, ApiError> {
        let id = crate::parse_id(id)?;
        let today = crate::parse_date(today)?;
        let dir = self.documents_dir()?.to_owned();
        let options = TranscriptOptions {
            marked_only,
            context,
        };
        let (pdf, name) = self.session().with(|open| {
            let pdf = transcript_pdf(&mut open.vault, id, options, today)?;
            Ok((pdf, open.vault.item(id)?.facts.original_name.clone()))
        })?;
        let path = waarborg_documents::save_transcript(&pdf, &dir, &name, today)?;
        Ok(crate::saved_document(&path))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::path::PathBuf;

    use sha2::{Digest, Sha256};

    use super::*;
    use crate::testing::created_vault;

    fn sample(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../chat/tests/data")
            .join(name)
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn import(vault: &mut Vault, name: &str) -> Item {
        vault
            .import_file(
                &sample(name),
                waarborg_vault::suggest_description(&sample(name)),
            )
            .unwrap()
    }

    #[test]
    fn a_chat_zip_stays_the_evidence_and_each_attachment_becomes_an_item_linked_by_sha256() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let zip = import(&mut vault, "WhatsApp-chat met Mark.zip");
        let original = std::fs::read(sample("WhatsApp-chat met Mark.zip")).unwrap();
        assert_eq!(
            zip.facts.sha256,
            hex(&Sha256::digest(&original)),
            "the original, unchanged"
        );

        let attachments =
            import_chat_attachments(&mut vault, &zip, &sample("WhatsApp-chat met Mark.zip"));
        assert_eq!(attachments.imported.len(), 1, "{:?}", attachments.failed);
        let (name, photo) = &attachments.imported[0];
        assert_eq!(name, "IMG-20261126-WA0001.jpg");
        assert_eq!(photo.facts.original_name, "IMG-20261126-WA0001.jpg");
        assert!(photo.description.provenance.details.contains("message 5"));
        assert!(
            photo
                .description
                .provenance
                .details
                .contains(&zip.facts.sha256)
        );

        let view = chat_view(&vault, zip.id).unwrap();
        let linked = view.transcript.messages[4].attachments[0]
            .sha256
            .clone()
            .unwrap();
        assert_eq!(vault.item_with_sha256(&linked).unwrap().id, photo.id);

        // Importing the same export again adds no second copy of the attachment.
        let again =
            import_chat_attachments(&mut vault, &zip, &sample("WhatsApp-chat met Mark.zip"));
        assert!(again.imported.is_empty());
        assert_eq!(again.existing, [(name.clone(), photo.id.to_string())]);
    }

    const TELEGRAM: &str = "ChatExport_2026-11-26";
    const PHOTO: &str = "photos/photo_1@26-11-2026_09-15-33.jpg";

    #[test]
    fn a_telegram_export_folder_imports_its_photos_and_files_linked_to_their_messages() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let json = sample(TELEGRAM).join("result.json");
        let chat = vault
            .import_file(&json, waarborg_vault::suggest_description(&json))
            .unwrap();
        let media = import_chat_attachments(&mut vault, &chat, &json);
        assert!(media.failed.is_empty(), "{:?}", media.failed);
        let names: Vec<&str> = media.imported.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, [PHOTO, "files/afspraak.png"]);
        let (_, photo) = &media.imported[0];
        assert_eq!(photo.facts.media_type, "image/jpeg");
        let photo_bytes = std::fs::read(sample(TELEGRAM).join(PHOTO)).unwrap();
        assert_eq!(photo.facts.sha256, hex(&Sha256::digest(&photo_bytes)));
        let details = &photo.description.provenance.details;
        assert!(
            details.contains("message 2") && details.contains(PHOTO),
            "{details}"
        );
        assert!(details.contains(&chat.facts.sha256), "{details}");
        assert!(
            media.imported[1]
                .1
                .description
                .provenance
                .details
                .contains("message 3")
        );
        // The transcript names the photo under its message.
        let view = chat_view(&vault, chat.id).unwrap();
        assert_eq!(
            view.transcript.messages[1].attachments[0].name.as_deref(),
            Some(PHOTO)
        );
        // Again: nothing twice.
        let again = import_chat_attachments(&mut vault, &chat, &json);
        assert!(again.imported.is_empty() && again.failed.is_empty());
        assert_eq!(again.existing.len(), 2);
        assert_eq!(vault.items().len(), 3);

        // A folder dropped whole: result.json only; its media come as its attachments.
        let files = crate::files_to_import(&[sample(TELEGRAM).to_string_lossy().into_owned()]);
        assert_eq!(files, [json]);
    }

    #[test]
    fn a_zipped_telegram_export_folder_imports_its_media_linked_by_sha256() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let zip = import(&mut vault, "telegram-export.zip");
        let media = import_chat_attachments(&mut vault, &zip, &sample("telegram-export.zip"));
        assert!(media.failed.is_empty(), "{:?}", media.failed);
        assert_eq!(media.imported.len(), 2);
        let view = chat_view(&vault, zip.id).unwrap();
        let linked = view.transcript.messages[1].attachments[0]
            .sha256
            .clone()
            .unwrap();
        let photo = vault.item_with_sha256(&linked).unwrap();
        assert_eq!(photo.facts.original_name, "photo_1@26-11-2026_09-15-33.jpg");
        assert!(photo.description.provenance.details.contains("message 2"));
    }

    #[test]
    fn missing_telegram_media_is_named_and_never_blocks_the_chat() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        // result.json alone: its folders are missing, said once per folder.
        let alone = tmp.path().join("alone");
        std::fs::create_dir(&alone).unwrap();
        std::fs::copy(
            sample(TELEGRAM).join("result.json"),
            alone.join("result.json"),
        )
        .unwrap();
        let json = alone.join("result.json");
        let chat = vault
            .import_file(&json, waarborg_vault::suggest_description(&json))
            .unwrap();
        let media = import_chat_attachments(&mut vault, &chat, &json);
        let failed: Vec<(&str, &str)> = media
            .failed
            .iter()
            .map(|(n, e)| (n.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            failed,
            [
                ("photos/", "chat-media-folder-missing"),
                ("files/", "chat-media-folder-missing")
            ]
        );
        assert!(media.imported.is_empty());
        assert_eq!(vault.items().len(), 1, "the chat itself is kept");

        // The photo missing from photos/: that file is named, the other imported.
        let partly = tmp.path().join("partly");
        for dir in ["photos", "files"] {
            std::fs::create_dir_all(partly.join(dir)).unwrap();
        }
        let mut json = std::fs::read_to_string(sample(TELEGRAM).join("result.json")).unwrap();
        json = json.replace("\"id\": 4243", "\"id\": 4244");
        std::fs::write(partly.join("result.json"), json).unwrap();
        std::fs::copy(
            sample(TELEGRAM).join("files/afspraak.png"),
            partly.join("files/afspraak.png"),
        )
        .unwrap();
        let json = partly.join("result.json");
        let chat = vault
            .import_file(&json, waarborg_vault::suggest_description(&json))
            .unwrap();
        let media = import_chat_attachments(&mut vault, &chat, &json);
        assert_eq!(media.failed.len(), 1);
        assert_eq!(media.failed[0].0, PHOTO);
        assert_eq!(media.failed[0].1.code.as_str(), "chat-media-missing");
        assert_eq!(media.imported.len(), 1);

        // A path out of the export folder is refused before anything is read.
        let evil = tmp.path().join("evil");
        std::fs::create_dir(&evil).unwrap();
        std::fs::write(
            evil.join("result.json"),
            r#"{"name": "x", "messages": [{"id": 1, "type": "message", "date": "2026-11-26T09:00:00", "from": "x", "photo": "../../secret.jpg"}]}"#,
        )
        .unwrap();
        let json = evil.join("result.json");
        let chat = vault
            .import_file(&json, waarborg_vault::suggest_description(&json))
            .unwrap();
        let media = import_chat_attachments(&mut vault, &chat, &json);
        assert_eq!(media.failed.len(), 1);
        assert_eq!(media.failed[0].1.code.as_str(), "chat-unsafe-media-path");
    }

    #[test]
    fn a_package_carries_a_transcript_only_for_chats_and_says_why_when_it_cannot() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let chat = import(&mut vault, "android-nl.txt");
        let ambiguous = import(&mut vault, "android-en-gb-ambiguous.txt");
        let note = tmp.path().join("notes.txt");
        std::fs::write(&note, "boodschappen\n").unwrap();
        let note = vault
            .import_file(&note, waarborg_vault::suggest_description(&note))
            .unwrap();
        vault.set_chat_marks(chat.id, &[3]).unwrap();
        let out = tmp.path().join("pakket");
        let report = vault
            .export_package(
                &[chat.id, ambiguous.id, note.id],
                &out,
                waarborg_vault::ExportOptions {
                    chat_transcripts: Some(&package_transcript),
                    ..Default::default()
                },
            )
            .unwrap();
        let t = report.files[0].transcript.as_ref().unwrap();
        assert_eq!(t.file, "0001_android-nl_transcript.pdf");
        assert_eq!(t.marked, [3]);
        assert_eq!(t.made_from_sha256, chat.facts.sha256);
        assert_eq!(
            t.transcript_sha256,
            chat_view(&vault, chat.id).unwrap().transcript.digest()
        );
        let pdf = std::fs::read(out.join(&t.file)).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        assert_eq!(t.sha256, hex(&Sha256::digest(&pdf)));
        assert_eq!(report.files[1].transcript, None);
        assert_eq!(
            report.files[1].transcript_problem.as_deref(),
            Some("chat-date-order-needed")
        );
        assert_eq!(report.files[2].transcript, None);
        assert_eq!(report.files[2].transcript_problem, None);
    }

    /// A WhatsApp zip cut off before its end goes into the package without a transcript,
    /// and the package and the window say why (`chat-damaged-zip`); a damaged zip of
    /// photos is no chat and goes in as before, without a note.
    #[test]
    fn a_cut_off_chat_zip_goes_without_a_transcript_and_the_package_says_why() {
        let tmp = tempfile::tempdir().unwrap();
        let app = crate::testing::unlocked_app(tmp.path());
        let photos = tmp.path().join("fotos.zip");
        let whole = std::fs::read(sample("no-chat.zip")).unwrap();
        std::fs::write(&photos, &whole[..whole.len() / 2]).unwrap();
        let summary = app
            .session()
            .import(&[
                sample("truncated.zip").to_string_lossy().into_owned(),
                photos.to_string_lossy().into_owned(),
            ])
            .unwrap();
        assert_eq!(summary.imported.len(), 2, "{summary:?}");
        let out = tmp.path().join("pakket");
        let exported = app
            .export(waarborg_contract::ExportRequest {
                ids: summary.imported.clone(),
                out: out.to_string_lossy().into_owned(),
                protection: waarborg_contract::ExportProtection::Folder,
                case_summary: String::new(),
                include: Vec::new(),
            })
            .unwrap();
        assert_eq!(exported.files, 2);
        assert_eq!(exported.transcripts, 0);
        assert_eq!(exported.without_transcript.len(), 1, "{exported:?}");
        assert!(exported.without_transcript[0].0.starts_with("0001_"));
        assert_eq!(exported.without_transcript[0].1, ErrorCode::ChatDamagedZip);
        let index: Vec<waarborg_package::IndexEntry> =
            serde_json::from_slice(&std::fs::read(out.join("index.json")).unwrap()).unwrap();
        assert_eq!(
            index[0].transcript_problem.as_deref(),
            Some("chat-damaged-zip")
        );
        assert_eq!(index[0].transcript, None);
        assert_eq!(index[1].transcript_problem, None, "photos are no chat");
        assert_eq!(index[1].transcript, None);
    }

    /// The window's export (`vault_export`): a chat and its photo go into the package
    /// with the chat's transcript beside it, the marks marked, and the package checks.
    #[test]
    fn the_windows_export_puts_each_chats_transcript_beside_it() {
        let tmp = tempfile::tempdir().unwrap();
        let app = crate::testing::unlocked_app(tmp.path());
        let summary = app
            .session()
            .import(&[sample("WhatsApp-chat met Mark.zip")
                .to_string_lossy()
                .into_owned()])
            .unwrap();
        assert_eq!(summary.imported.len(), 2, "{summary:?}");
        app.chat_marks(&summary.imported[0], &[3, 7]).unwrap();
        // A chat whose date order was never answered goes without, and the window says so.
        let ambiguous = app
            .session()
            .import(&[sample("android-en-gb-ambiguous.txt")
                .to_string_lossy()
                .into_owned()])
            .unwrap();
        let mut ids = summary.imported.clone();
        ids.extend(ambiguous.imported);
        let out = tmp.path().join("pakket");
        let exported = app
            .export(waarborg_contract::ExportRequest {
                ids,
                out: out.to_string_lossy().into_owned(),
                protection: waarborg_contract::ExportProtection::Folder,
                case_summary: String::new(),
                include: Vec::new(),
            })
            .unwrap();
        assert_eq!(exported.files, 3, "the originals");
        assert_eq!(exported.transcripts, 1);
        assert_eq!(exported.without_transcript.len(), 1);
        assert!(exported.without_transcript[0].0.starts_with("0003_"));
        assert_eq!(
            exported.without_transcript[0].1,
            ErrorCode::ChatDateOrderNeeded
        );
        let index: Vec<waarborg_package::IndexEntry> =
            serde_json::from_slice(&std::fs::read(out.join("index.json")).unwrap()).unwrap();
        let transcript = index[0].transcript.as_ref().unwrap();
        assert!(transcript.file.starts_with("0001_"), "{}", transcript.file);
        assert!(transcript.file.ends_with("_transcript.pdf"));
        assert_eq!(transcript.made_from, index[0].file);
        assert_eq!(transcript.marked, [3, 7]);
        assert!(index[1].transcript.is_none());
        let report = waarborg_package::verify_package(
            &out,
            &waarborg_package::PackageKey::None,
            &mut |_| true,
        )
        .unwrap();
        assert!(report.is_intact(), "{report:?}");
        assert!(
            report.files.iter().any(|f| f.name == transcript.file),
            "{report:?}"
        );
    }

    #[test]
    fn marks_are_kept_encrypted_logged_and_read_back_after_unlock() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let chat = import(&mut vault, "android-nl.txt");
        vault.set_chat_marks(chat.id, &[7, 3, 3]).unwrap();
        assert_eq!(chat_view(&vault, chat.id).unwrap().marked, [3, 7]);
        let on_disk = std::fs::read(
            tmp.path()
                .join("vault/chats")
                .join(format!("{}.age", chat.id)),
        )
        .unwrap();
        assert!(on_disk.starts_with(b"age-encryption.org/v1"));
        assert!(!on_disk.windows(6).any(|w| w == b"marked"));
        let entries = vault.log_entries_about(chat.id).unwrap();
        let marks: Vec<_> = entries
            .iter()
            .filter(|e| e.kind.as_str() == "chat-marks")
            .collect();
        assert_eq!(marks.len(), 1);
        assert_eq!(marks[0].note, "marked: 3, 7");
        // Setting the same marks again writes and logs nothing.
        vault.set_chat_marks(chat.id, &[3, 7]).unwrap();
        assert_eq!(
            vault.log_entries_about(chat.id).unwrap().len(),
            entries.len()
        );
        drop(vault);
        let vault = Vault::unlock(
            &tmp.path().join("vault"),
            &waarborg_vault::SecretString::from(crate::testing::PASSPHRASE.to_owned()),
        )
        .unwrap();
        assert_eq!(vault.chat_notes(chat.id).unwrap().marked, [3, 7]);
    }

    #[test]
    fn an_ambiguous_chat_asks_once_and_remembers_the_answer() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let chat = import(&mut vault, "android-en-gb-ambiguous.txt");
        let err = chat_view(&vault, chat.id).unwrap_err();
        assert_eq!(err.code.as_str(), "chat-date-order-needed");
        vault
            .set_chat_date_order(chat.id, "day-month-year")
            .unwrap();
        let view = chat_view(&vault, chat.id).unwrap();
        assert_eq!(view.transcript.messages[0].time, "2026-04-03 09:00");
        assert!(view.transcript.date_order_chosen);
        assert!(vault.set_chat_date_order(chat.id, "sideways").is_err());
    }

    #[test]
    fn a_truncated_zip_is_imported_unchanged_and_only_the_transcript_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let zip = import(&mut vault, "truncated.zip");
        let attachments = import_chat_attachments(&mut vault, &zip, &sample("truncated.zip"));
        assert!(attachments.imported.is_empty() && attachments.failed.is_empty());
        assert_eq!(
            chat_view(&vault, zip.id).unwrap_err().code.as_str(),
            "chat-damaged-zip"
        );
        assert_eq!(vault.items().len(), 1);
    }

    #[test]
    fn the_transcript_pdf_carries_the_log_head_and_can_be_kept_in_the_vault() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let chat = import(&mut vault, "android-nl.txt");
        vault.set_chat_marks(chat.id, &[3]).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let pdf = transcript_pdf(
            &mut vault,
            chat.id,
            TranscriptOptions {
                marked_only: true,
                context: 1,
            },
            today,
        )
        .unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let path = tmp.path().join("transcript.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let kept = keep_transcript(&mut vault, chat.id, &path).unwrap();
        assert_eq!(kept.facts.media_type, "application/pdf");
        assert!(
            kept.description
                .provenance
                .details
                .contains(&chat.facts.sha256)
        );
    }
}
