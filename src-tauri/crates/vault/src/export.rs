//! Export for a lawyer or the police: the originals named in order
//! (`0001_<title>.<ext>`, Bates-style), beside each chat export its transcript PDF
//! (`0001_<title>_transcript.pdf`), `index.json` and `index.csv`, the custody-log
//! entries of those items with the log head, the evidence index PDF and a README in Dutch
//! and English, with `MANIFEST.sha256` over all of them — as a folder or one age-encrypted
//! tar file. Writing, reading back and renaming into place is `waarborg_package`'s job:
//! a full disk, a pulled USB stick or a cancel never leaves a half package that looks
//! finished.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;
use waarborg_contract::LogAnchor;
use waarborg_package::{
    CUSTODY_LOG, INDEX_CSV, INDEX_JSON, INDEX_PDF, IndexEntry, PackageWriter, Protection, README,
    README_TEXT, TranscriptFile, index_csv,
};

use crate::error::{IoFailure, ItemError};
use crate::items::Item;
use crate::log::{LogEntry, LogKind};
use crate::records::RecordKind;
use crate::vault::Vault;

/// What the evidence index PDF is made from (the vault has no PDF code: the caller
/// renders it, see `waarborg_documents::evidence_index_pdf`).
#[derive(Debug)]
pub struct IndexPdfInput<'a> {
    pub entries: &'a [IndexEntry],
    /// Per entry, its thumbnail (JPEG) when it has one.
    pub thumbnails: &'a [Option<Vec<u8>>],
    /// The custody-log head after this export's entries.
    pub log_anchor: Option<&'a LogAnchor>,
    pub exported_at: DateTime<Utc>,
    /// The fingerprint (`SHA256:…`) of the key that signs this package, for the cover.
    pub signing_fingerprint: Option<&'a str>,
    /// The custody-log entries about these items from before this export, oldest first
    /// (for each item's custody summary: imported, viewed, edited, exported before).
    pub history: &'a [LogEntry],
}

/// Renders the evidence index PDF; an error message is English, for logs.
pub type IndexPdf<'a> = &'a dyn Fn(&IndexPdfInput<'_>) -> Result<Vec<u8>, String>;

/// What the files made from the vault's records are made from (the vault has no PDF
/// code: the caller makes them, e.g. the journal PDF with `journal.json`).
#[derive(Debug)]
pub struct RecordFilesInput<'a> {
    /// The open vault: [`Vault::records`] gives the records (never trashed ones).
    pub vault: &'a Vault,
    /// The kinds chosen, in the order asked.
    pub kinds: &'a [RecordKind],
    /// The items in this package, with their numbers (for "linked evidence: No. 3").
    pub files: &'a [IndexEntry],
    /// The custody-log head after this export's entries.
    pub log_anchor: Option<&'a LogAnchor>,
    pub exported_at: DateTime<Utc>,
}

/// Makes the record files: `(file name, bytes)`; an error message is English, for logs.
pub type RecordFiles<'a> =
    &'a dyn Fn(&RecordFilesInput<'_>) -> Result<Vec<(String, Vec<u8>)>, String>;

/// The records that go into a package beside the items, and what makes their files.
pub struct RecordsExport<'a> {
    /// The kinds chosen (journal, people, travel, guide steps for the case timeline).
    pub kinds: Vec<RecordKind>,
    pub files: RecordFiles<'a>,
}

impl std::fmt::Debug for RecordsExport<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecordsExport")
            .field("kinds", &self.kinds)
            .finish_non_exhaustive()
    }
}

/// What the transcript PDF of a chat export in a package is made from (the vault has no
/// chat or PDF code: the caller parses the original and renders it).
#[derive(Debug)]
pub struct ChatTranscriptInput<'a> {
    pub vault: &'a Vault,
    /// The item, which may or may not be a chat export.
    pub item: &'a Item,
    /// The custody-log head after this export's entries (the one `custody-log.json` has).
    pub log_anchor: Option<&'a LogAnchor>,
    pub exported_at: DateTime<Utc>,
}

/// A chat's transcript PDF made for a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatTranscriptPdf {
    pub pdf: Vec<u8>,
    /// SHA-256 of the transcript's canonical form (printed in the PDF).
    pub transcript_sha256: String,
    /// The message numbers the parent marked (marked in the whole chat's transcript).
    pub marked: Vec<u32>,
    /// How many messages the transcript holds.
    pub message_count: u32,
}

/// Makes the transcript PDF of an item in a package: `None` when the item is no chat
/// export, `Some(Err(code))` when it is one but no transcript can be made (its date order
/// was never answered, it is too large): the package then goes without it and
/// `index.json` says why (`transcript_problem`). Never fails the export.
pub type ChatTranscripts<'a> =
    &'a dyn Fn(&ChatTranscriptInput<'_>) -> Option<Result<ChatTranscriptPdf, String>>;

/// How to export.
pub struct ExportOptions<'a> {
    pub protection: Protection,
    pub index_pdf: Option<IndexPdf<'a>>,
    /// Makes the transcript PDF that goes beside each chat export (none: no transcripts).
    pub chat_transcripts: Option<ChatTranscripts<'a>>,
    /// Records that go along (none: only the items).
    pub records: Option<RecordsExport<'a>>,
    /// Bytes of originals written so far (about every MiB); `false` cancels.
    pub progress: Option<waarborg_package::Progress<'a>>,
}

impl std::fmt::Debug for ExportOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportOptions")
            .field("protection", &self.protection)
            .field("index_pdf", &self.index_pdf.is_some())
            .field("chat_transcripts", &self.chat_transcripts.is_some())
            .field("records", &self.records)
            .finish_non_exhaustive()
    }
}

impl Default for ExportOptions<'_> {
    fn default() -> Self {
        Self {
            protection: Protection::Folder,
            index_pdf: None,
            chat_transcripts: None,
            records: None,
            progress: None,
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportReport {
    /// The package: a folder or an encrypted file.
    pub path: PathBuf,
    pub files: Vec<IndexEntry>,
    /// The custody-log head after the export entries were added.
    pub log_head: Option<String>,
    /// Bytes of originals exported.
    pub bytes: u64,
}

/// What [`Vault::write_package`] wrote: the index entries, the log head after this
/// export's entries, the bytes of originals, and the log entries about the items from
/// before this export.
struct Written {
    files: Vec<IndexEntry>,
    log_head: Option<String>,
    bytes: u64,
    history: Vec<LogEntry>,
}

#[derive(Serialize)]
struct CustodyExtract<'a> {
    /// The head of the whole log when the package was made: compare it with the vault.
    log_head: Option<String>,
    entries: &'a [LogEntry],
}

impl Vault {
    /// Exports `ids` (in that order) to the new folder `out`, which must not exist yet.
    pub fn export_folder(&mut self, ids: &[Uuid], out: &Path) -> Result<ExportReport, ItemError> {
        self.export_package(ids, out, ExportOptions::default())
    }

    /// Exports `ids` (in that order) to a new package at `out` (see `waarborg_package`):
    /// a folder, or one age-encrypted tar file. Every export is in the custody log: one
    /// `export` entry per item before the package gets its name (the package holds the
    /// log extract), and an entry saying so when the export then fails.
    pub fn export_package(
        &mut self,
        ids: &[Uuid],
        out: &Path,
        options: ExportOptions<'_>,
    ) -> Result<ExportReport, ItemError> {
        let items: Vec<Item> = ids
            .iter()
            .map(|id| self.item(*id).cloned())
            .collect::<Result<_, _>>()?;
        let how = match &options.protection {
            Protection::Folder => "folder",
            Protection::Passphrase(_) => "encrypted file (passphrase)",
            Protection::Recipients(_) => "encrypted file (age keys)",
        };
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let exported_at = Utc::now();
        let made_at = u64::try_from(exported_at.timestamp()).unwrap_or(0);
        // Before anything is written: a signing key that does not open stops the export.
        let signer = self.package_signer()?;
        let signing_fingerprint = signer.fingerprint();
        let mut writer =
            PackageWriter::create(out, options.protection, made_at)?.with_signer(signer);
        if let Some(progress) = options.progress {
            writer = writer.with_progress(progress);
        }
        let kinds = options
            .records
            .as_ref()
            .map(|r| r.kinds.clone())
            .unwrap_or_default();
        let records = self.exported_records(&kinds);
        let mut logged = false;
        let result = self.write_package(
            &items,
            &records,
            &mut writer,
            &mut logged,
            &format!("{how} {name}"),
            options.chat_transcripts.map(|make| (make, exported_at)),
        );
        let result = result.and_then(|written| {
            let Written {
                files,
                log_head,
                bytes,
                history,
            } = written;
            let thumbnails = if options.index_pdf.is_some() {
                items
                    .iter()
                    .map(|i| self.thumbnail(i.id).ok().flatten())
                    .collect()
            } else {
                Vec::new()
            };
            if let Some(render) = options.index_pdf {
                // No entry is appended between the package's log extract and here.
                let log_anchor = self.log_anchor();
                debug_assert_eq!(log_anchor.as_ref().map(|a| &a.hash), log_head.as_ref());
                let pdf = render(&IndexPdfInput {
                    entries: &files,
                    thumbnails: &thumbnails,
                    log_anchor: log_anchor.as_ref(),
                    exported_at,
                    history: &history,
                    signing_fingerprint: Some(&signing_fingerprint),
                })
                .map_err(|reason| ItemError::InvalidInput { reason })?;
                writer.add_bytes(INDEX_PDF, &pdf)?;
            }
            if let Some(export) = &options.records
                && !export.kinds.is_empty()
            {
                let log_anchor = self.log_anchor();
                let made = (export.files)(&RecordFilesInput {
                    vault: self,
                    kinds: &export.kinds,
                    files: &files,
                    log_anchor: log_anchor.as_ref(),
                    exported_at,
                })
                .map_err(|reason| ItemError::InvalidInput { reason })?;
                for (file, bytes) in made {
                    writer.add_bytes(&file, &bytes)?;
                }
            }
            writer.add_bytes(README, README_TEXT.as_bytes())?;
            let path = writer.finish()?;
            Ok(ExportReport {
                path,
                files,
                log_head,
                bytes,
            })
        });
        if let Err(e) = &result
            && logged
        {
            // The export entries above name a package that was not kept: say so.
            let _ = self.log.append(
                &self.recipient,
                LogKind::Export,
                None,
                None,
                format!("{how} {name} failed ({}); nothing was kept", e.code()),
            );
        }
        result
    }

    /// The records of `kinds` that go into a package: not trashed, per kind.
    fn exported_records(&self, kinds: &[RecordKind]) -> Vec<(RecordKind, Vec<Uuid>)> {
        kinds
            .iter()
            .map(|kind| {
                let ids = self.records(Some(*kind)).iter().map(|r| r.id).collect();
                (*kind, ids)
            })
            .collect()
    }

    /// The originals, the log entries, the chats' transcripts, `index.json`/`.csv` and
    /// the log extract (the entries about the items and the records that go along).
    fn write_package(
        &mut self,
        items: &[Item],
        records: &[(RecordKind, Vec<Uuid>)],
        writer: &mut PackageWriter<'_>,
        logged: &mut bool,
        note: &str,
        transcripts: Option<(ChatTranscripts<'_>, DateTime<Utc>)>,
    ) -> Result<Written, ItemError> {
        let mut files = Vec::with_capacity(items.len());
        let mut bytes = 0;
        for (index, item) in items.iter().enumerate() {
            let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let file = numbered_name(number, item);
            let mut content = self.content_reader(item.id)?;
            writer.add_file(
                &file,
                item.facts.size,
                &mut content,
                Some(&item.facts.sha256),
            )?;
            bytes += item.facts.size;
            files.push(exported(number, file, item));
        }
        let mut first_seq = None;
        for item in items {
            *logged = true;
            let entry = self.log.append(
                &self.recipient,
                LogKind::Export,
                Some(item.id),
                Some(item.facts.sha256.clone()),
                note.to_owned(),
            )?;
            first_seq.get_or_insert(entry.seq);
        }
        // One entry for the records, saying which and how many went along.
        let mut own = None;
        if !records.is_empty() {
            *logged = true;
            let what: Vec<String> = records
                .iter()
                .map(|(kind, ids)| format!("{} {}", included_name(*kind), ids.len()))
                .collect();
            let entry = self.log.append(
                &self.recipient,
                LogKind::Export,
                None,
                None,
                format!("{note}; records: {}", what.join(", ")),
            )?;
            first_seq.get_or_insert(entry.seq);
            own = Some(entry.seq);
        }
        // Made after the export entries, so each carries the log head the package's log
        // extract has; nothing is appended to the log from here to the extract.
        if let Some((make, exported_at)) = transcripts {
            self.add_transcripts(items, &mut files, writer, make, exported_at)?;
        }
        let mut ids: Vec<Uuid> = items.iter().map(|i| i.id).collect();
        ids.extend(records.iter().flat_map(|(_, ids)| ids.iter().copied()));
        ids.sort_unstable();
        let entries: Vec<LogEntry> = self
            .log_entries()
            .map_err(|e| match e {
                crate::error::LogError::Io(io) => ItemError::Io(io),
                other => ItemError::DamagedItem {
                    id: String::new(),
                    file: self.dir.join(crate::vault::LOG_DIR),
                    reason: other.to_string(),
                },
            })?
            .into_iter()
            .filter(|e| {
                e.subject.is_some_and(|s| ids.binary_search(&s).is_ok()) || Some(e.seq) == own
            })
            .collect();
        let log_head = self.log_head();
        let encode = |e: serde_json::Error| {
            ItemError::Io(IoFailure::new(
                "encode",
                &self.dir,
                std::io::Error::other(e),
            ))
        };
        writer.add_bytes(
            INDEX_JSON,
            &serde_json::to_vec_pretty(&files).map_err(encode)?,
        )?;
        let csv = index_csv(&files).map_err(|reason| ItemError::InvalidInput { reason })?;
        writer.add_bytes(INDEX_CSV, &csv)?;
        let custody = serde_json::to_vec_pretty(&CustodyExtract {
            log_head: log_head.clone(),
            entries: &entries,
        })
        .map_err(encode)?;
        writer.add_bytes(CUSTODY_LOG, &custody)?;
        let history = entries
            .iter()
            .filter(|e| first_seq.is_none_or(|first| e.seq < first))
            .cloned()
            .collect();
        Ok(Written {
            files,
            log_head,
            bytes,
            history,
        })
    }
}

impl Vault {
    /// Beside each chat export in `files`, its transcript PDF, named after the original
    /// (`0003_<title>_transcript.pdf`) and recorded in its index entry with its SHA-256
    /// and what it was made from.
    fn add_transcripts(
        &self,
        items: &[Item],
        files: &mut [IndexEntry],
        writer: &mut PackageWriter<'_>,
        make: ChatTranscripts<'_>,
        exported_at: DateTime<Utc>,
    ) -> Result<(), ItemError> {
        let log_anchor = self.log_anchor();
        for (entry, item) in files.iter_mut().zip(items) {
            let made = make(&ChatTranscriptInput {
                vault: self,
                item,
                log_anchor: log_anchor.as_ref(),
                exported_at,
            });
            match made {
                None => {}
                Some(Err(code)) => entry.transcript_problem = Some(code),
                Some(Ok(made)) => {
                    let file = transcript_name(entry.number, item);
                    let size = made.pdf.len() as u64;
                    let sha256 = writer.add_file(&file, size, &mut &made.pdf[..], None)?;
                    entry.transcript = Some(TranscriptFile {
                        file,
                        size,
                        sha256,
                        made_from: entry.file.clone(),
                        made_from_sha256: entry.sha256.clone(),
                        transcript_sha256: made.transcript_sha256,
                        messages: "all".to_owned(),
                        marked: made.marked,
                        message_count: Some(made.message_count),
                    });
                }
            }
        }
        Ok(())
    }
}

/// How the export's log entry names a kind of record: as `--include` does.
pub fn included_name(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Journal => "journal",
        RecordKind::Person => "people",
        RecordKind::Travel => "travel",
        RecordKind::Step => "timeline",
    }
}

fn exported(number: u32, file: String, item: &Item) -> IndexEntry {
    let d = &item.description;
    let kebab = |v: &dyn erased::Kebab| v.kebab();
    IndexEntry {
        number,
        file,
        id: item.id,
        title: d.title.clone(),
        category: kebab(&d.category),
        event_date: d.event_date.map(|d| d.to_string()).unwrap_or_default(),
        imported_at: item.facts.imported_at.to_rfc3339(),
        original_name: item.facts.original_name.clone(),
        size: item.facts.size,
        sha256: item.facts.sha256.clone(),
        source: kebab(&d.provenance.source_kind),
        provenance: d.provenance.details.clone(),
        description: d.description.clone(),
        transcript: None,
        transcript_problem: None,
    }
}

mod erased {
    /// The serde (kebab-case) name of a unit enum value.
    pub trait Kebab {
        fn kebab(&self) -> String;
    }
    impl<T: serde::Serialize> Kebab for T {
        fn kebab(&self) -> String {
            serde_json::to_value(self)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        }
    }
}

/// `0001_<title>.<ext>`: in order, and a safe name on Windows, macOS and Linux that
/// keeps the title's letters in any script (NFC-normalised, so `Ç` is one character on
/// every system): only what is unsafe or misleading somewhere becomes `-` — control and
/// format characters (a right-to-left override could disguise the extension), `/ \ : *
/// ? " < > |`, and white space; at most 60 characters (and 180 bytes) of title, no
/// leading or trailing dots. The extension is the original name's (ASCII letters and digits only).
pub fn numbered_name(number: u32, item: &Item) -> String {
    let extension: String = Path::new(&item.facts.original_name)
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .filter(|e| e.len() <= 10 && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(|e| format!(".{}", e.to_ascii_lowercase()))
        .unwrap_or_default();
    format!("{}{extension}", numbered_stem(number, item))
}

/// The name of a chat export's transcript PDF in a package: the original's numbered
/// name with `_transcript.pdf` for its extension, so it sorts beside it
/// (`0003_Chat-met-Mark.zip`, `0003_Chat-met-Mark_transcript.pdf`).
pub fn transcript_name(number: u32, item: &Item) -> String {
    format!("{}_transcript.pdf", numbered_stem(number, item))
}

/// `0001_<title>`: [`numbered_name`] without the extension.
fn numbered_stem(number: u32, item: &Item) -> String {
    use unicode_normalization::UnicodeNormalization;
    let title = if item.description.title.trim().is_empty() {
        Path::new(&item.facts.original_name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        item.description.title.clone()
    };
    let mut safe = String::new();
    let mut chars = 0;
    for c in title.nfc() {
        let c = if unsafe_in_name(c) { '-' } else { c };
        // No leading dots (`../x` would read as a path) or runs of dashes.
        if ((c == '-' || c == '.') && safe.is_empty()) || (c == '-' && safe.ends_with('-')) {
            continue;
        }
        if chars >= 60 || safe.len() + c.len_utf8() > 180 {
            break;
        }
        safe.push(c);
        chars += 1;
    }
    let safe = safe.trim_end_matches(['-', '.']);
    let safe = if safe.is_empty() { "item" } else { safe };
    format!("{number:04}_{safe}")
}

/// A character that is not safe (or not what it seems) in a file name on some system.
fn unsafe_in_name(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        // Invisible format characters: zero-width, bidirectional controls, BOM.
        || matches!(c, '\u{00ad}' | '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}')
}

#[cfg(test)]
mod name_tests {
    use super::*;

    fn named(title: &str, original: &str) -> String {
        let mut item: Item = serde_json::from_value(serde_json::json!({
            "id": "00000000-0000-4000-8000-000000000001",
            "facts": {
                "original_name": original, "size": 1, "media_type": "text/plain",
                "sha256": "00", "imported_at": "2026-01-01T00:00:00Z"
            },
            "description": {}
        }))
        .expect("item metadata");
        item.description.title = title.to_owned();
        numbered_name(1, &item)
    }

    #[test]
    fn names_keep_their_letters_in_any_script() {
        assert_eq!(
            named("Çağla Yıldız İzmir", "IMG_1.JPG"),
            "0001_Çağla-Yıldız-İzmir.jpg"
        );
        // Decomposed input (as macOS file names often are) comes out composed (NFC).
        assert_eq!(
            named("C\u{327}ag\u{306}la", "a.txt"),
            "0001_\u{c7}a\u{11f}la.txt"
        );
        assert_eq!(named("Переписка с К.", "x.pdf"), "0001_Переписка-с-К.pdf");
        assert_eq!(named("محادثة", "x.png"), "0001_محادثة.png");
        assert_eq!(
            named("Chat with K, 3 July", "a.txt"),
            "0001_Chat-with-K,-3-July.txt"
        );
    }

    #[test]
    fn only_what_is_unsafe_somewhere_is_replaced() {
        assert_eq!(
            named("a/b\\c:d*e?f\"g<h>i|j", "x.txt"),
            "0001_a-b-c-d-e-f-g-h-i-j.txt"
        );
        assert_eq!(
            named("tab\tnew\nline\u{7}", "x.txt"),
            "0001_tab-new-line.txt"
        );
        // A right-to-left override cannot make `gpj.exe` look like `exe.jpg`.
        assert_eq!(named("photo\u{202e}gpj", "x.exe"), "0001_photo-gpj.exe");
        assert_eq!(
            named("ends with dots...", "x.txt"),
            "0001_ends-with-dots.txt"
        );
        assert_eq!(named("   ", "Scan 1.PDF"), "0001_Scan-1.pdf");
        assert_eq!(named("***", "x.txt"), "0001_item.txt");
        assert_eq!(named("../../etc/passwd", "x.txt"), "0001_etc-passwd.txt");
        let long = named(&"ğ".repeat(100), "x.txt");
        assert_eq!(long.chars().count(), "0001_".len() + 60 + ".txt".len());
        let wide = named(&"😀".repeat(100), "x.txt");
        assert!(wide.len() <= 5 + 180 + 4, "{}", wide.len());
        for name in [long, wide, named("CON", "x.txt")] {
            assert!(waarborg_package::is_safe_name(&name), "{name}");
        }
    }
}
