//! Export to a folder: the originals named in order (`0001_<title>.<ext>`, Bates-style),
//! `MANIFEST.sha256` in `sha256sum` format, `index.json` and `index.csv`, the custody-log
//! entries of those items with the log head, and a README in Dutch and English saying how
//! to check the files on Windows, macOS and Linux.
//!
//! The package is written into a hidden folder next to the destination and renamed into
//! place only when every file is complete and its SHA-256 checked: a full disk or a pulled
//! USB stick never leaves a half package that looks finished.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;
use uuid::Uuid;

use crate::error::{IoFailure, ItemError};
use crate::items::Item;
use crate::log::{LogEntry, LogKind};
use crate::vault::Vault;

/// One exported file, as listed in `index.json` / `index.csv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedFile {
    pub number: u32,
    pub file: String,
    pub id: Uuid,
    pub title: String,
    pub category: String,
    pub event_date: String,
    pub imported_at: String,
    pub original_name: String,
    pub size: u64,
    pub sha256: String,
    pub source: String,
    pub provenance: String,
    pub description: String,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportReport {
    pub dir: PathBuf,
    pub files: Vec<ExportedFile>,
    /// The custody-log head after the export entries were added.
    pub log_head: Option<String>,
}

#[derive(Serialize)]
struct CustodyExtract<'a> {
    /// The head of the whole log when the package was made: compare it with the vault.
    log_head: Option<String>,
    entries: &'a [LogEntry],
}

const README: &str = include_str!("export_readme.txt");

impl Vault {
    /// Exports `ids` (in that order) to the new folder `out`, which must not exist yet.
    pub fn export_folder(&mut self, ids: &[Uuid], out: &Path) -> Result<ExportReport, ItemError> {
        let items: Vec<Item> = ids
            .iter()
            .map(|id| self.item(*id).cloned())
            .collect::<Result<_, _>>()?;
        let parent = crate::store::parent(out);
        if out.exists() {
            return Err(ItemError::InvalidInput {
                reason: format!("{} exists already; choose a new folder", out.display()),
            });
        }
        let staging = tempfile::Builder::new()
            .prefix(".waarborg-export-")
            .tempdir_in(parent)
            .map_err(|e| IoFailure::new("create a folder in", parent, e))?;
        let mut files = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let file = numbered_name(number, item);
            self.extract(item.id, &staging.path().join(&file))?;
            files.push(exported(number, file, item));
        }
        let write = |name: &str, bytes: &[u8]| -> Result<(), IoFailure> {
            let path = staging.path().join(name);
            let mut f = fs::File::create(&path).map_err(|e| IoFailure::new("create", &path, e))?;
            f.write_all(bytes)
                .and_then(|()| f.sync_all())
                .map_err(|e| IoFailure::new("write", &path, e))
        };
        let manifest: String = files
            .iter()
            .map(|f| format!("{}  {}\n", f.sha256, f.file))
            .collect();
        write("MANIFEST.sha256", manifest.as_bytes())?;
        let json = serde_json::to_vec_pretty(&files)
            .map_err(|e| IoFailure::new("encode", out, std::io::Error::other(e)))?;
        write("index.json", &json)?;
        write("index.csv", &index_csv(&files, out)?)?;
        // The log entries about these items, then one export entry per item.
        for item in &items {
            self.log.append(
                &self.recipient,
                LogKind::Export,
                Some(item.id),
                Some(item.facts.sha256.clone()),
                format!(
                    "folder {}",
                    out.file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default()
                ),
            )?;
        }
        let entries: Vec<LogEntry> = self
            .log_entries()
            .map_err(|e| match e {
                crate::error::LogError::Io(io) => ItemError::Io(io),
                other => ItemError::DamagedItem {
                    id: String::new(),
                    file: out.to_owned(),
                    reason: other.to_string(),
                },
            })?
            .into_iter()
            .filter(|e| e.subject.is_some_and(|s| ids.contains(&s)))
            .collect();
        let log_head = self.log_head();
        let custody = serde_json::to_vec_pretty(&CustodyExtract {
            log_head: log_head.clone(),
            entries: &entries,
        })
        .map_err(|e| IoFailure::new("encode", out, std::io::Error::other(e)))?;
        write("custody-log.json", &custody)?;
        write("README.txt", README.as_bytes())?;
        // Complete and checked: now it gets its name.
        let staged = staging.keep();
        fs::rename(&staged, out).map_err(|e| {
            let _ = fs::remove_dir_all(&staged);
            IoFailure::new("rename into", out, e)
        })?;
        crate::store::sync_parent(out)?;
        Ok(ExportReport {
            dir: out.to_owned(),
            files,
            log_head,
        })
    }
}

fn exported(number: u32, file: String, item: &Item) -> ExportedFile {
    let d = &item.description;
    let kebab = |v: &dyn erased::Kebab| v.kebab();
    ExportedFile {
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

fn index_csv(files: &[ExportedFile], out: &Path) -> Result<Vec<u8>, IoFailure> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for file in files {
        writer
            .serialize(file)
            .map_err(|e| IoFailure::new("encode", out, std::io::Error::other(e)))?;
    }
    writer
        .into_inner()
        .map_err(|e| IoFailure::new("encode", out, std::io::Error::other(e.to_string())))
}

/// `0001_<safe title>.<ext>`: in order, portable on every file system (ASCII letters,
/// digits, `-`; at most 60 characters of title), the extension of the original name.
pub fn numbered_name(number: u32, item: &Item) -> String {
    let title = if item.description.title.trim().is_empty() {
        Path::new(&item.facts.original_name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        item.description.title.clone()
    };
    let mut safe = String::new();
    for c in title.chars() {
        let c = if c.is_ascii_alphanumeric() { c } else { '-' };
        if !(c == '-' && (safe.is_empty() || safe.ends_with('-'))) {
            safe.push(c);
        }
        if safe.len() >= 60 {
            break;
        }
    }
    let safe = safe.trim_end_matches('-');
    let safe = if safe.is_empty() { "item" } else { safe };
    let extension: String = Path::new(&item.facts.original_name)
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .filter(|e| e.len() <= 10 && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(|e| format!(".{}", e.to_ascii_lowercase()))
        .unwrap_or_default();
    format!("{number:04}_{safe}{extension}")
}
