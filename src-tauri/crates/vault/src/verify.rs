//! The integrity check: every file decrypts, every item matches its SHA-256, the custody
//! log chain is whole. Reports every problem; never stops at the first.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::LogError;
use crate::items::{Item, decrypt_content, ids_in};
use crate::log::{self, LogKind, LogProblem};
use crate::store::{self};
use crate::vault::{ITEMS_DIR, LOG_DIR, META_DIR, RECORDS_DIR, THUMBS_DIR, Vault};

/// The outcome of [`Vault::verify`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct VerifyReport {
    #[ts(type = "number")]
    pub items_checked: usize,
    #[ts(type = "number")]
    pub records_checked: usize,
    #[ts(type = "number")]
    pub log_entries_checked: usize,
    /// The custody log head after the check (the `verify` entry itself is not included).
    pub log_head: Option<String>,
    pub problems: Vec<Problem>,
}

impl VerifyReport {
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }
}

/// One problem, naming the item (and its title when readable) and the file.
#[derive(Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Problem {
    pub item: Option<Uuid>,
    pub title: Option<String>,
    /// Relative to the vault folder.
    #[ts(type = "string")]
    pub file: PathBuf,
    pub kind: ProblemKind,
    pub detail: String,
}

impl std::fmt::Debug for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The title is evidence: not shown.
        f.debug_struct("Problem")
            .field("item", &self.item)
            .field("file", &self.file)
            .field("kind", &self.kind)
            .field("detail", &self.detail)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    /// The item's content file is gone.
    ContentMissing,
    /// The content file does not decrypt (flipped byte, truncation, foreign file).
    ContentUndecryptable,
    /// It decrypts but its SHA-256 or size differs from what was recorded at import.
    HashMismatch,
    /// The metadata file does not decrypt or is not item metadata.
    MetadataUndecryptable,
    /// A content file whose metadata file is gone.
    MetadataMissing,
    ThumbnailUndecryptable,
    RecordUndecryptable,
    /// Custody log: an entry unreadable, missing, duplicated, out of chain, or the head
    /// does not match.
    LogDamaged,
    /// An item whose import the custody log does not record: the vault stopped between
    /// saving the item and logging it, or the entry was taken out of the log.
    ItemNotInLog,
    /// The custody log records the import of an item that does not exist and was never
    /// purged: an import rolled back after its log entry was written, or a purge that
    /// stopped before it was logged.
    LogNamesMissingItem,
    /// The item's description was changed, or it was moved to or out of the trash,
    /// without a log entry for that change (the vault stopped in between).
    ItemChangeNotInLog,
    /// A passphrase key file (`keys/identity.age` or its copy `keys/identity-copy.age`)
    /// is missing or differs from the one Waarborg wrote last (damaged or replaced), or
    /// the record of them (`keys/key-check.age`) is. The next unlock with the passphrase
    /// rewrites it from the copy that opens.
    KeyFileDamaged,
}

impl Vault {
    /// Checks the whole vault and records the check in the custody log.
    pub fn verify(&mut self) -> Result<VerifyReport, LogError> {
        let mut report = VerifyReport::default();
        let rel = |p: &std::path::Path| p.strip_prefix(&self.dir).unwrap_or(p).to_owned();

        let meta_ids: BTreeSet<Uuid> = ids_in(&self.dir.join(META_DIR)).into_iter().collect();
        let content_ids: BTreeSet<Uuid> = ids_in(&self.dir.join(ITEMS_DIR)).into_iter().collect();
        let mut readable: BTreeMap<Uuid, Item> = BTreeMap::new();
        for &id in &meta_ids {
            report.items_checked += 1;
            let meta_path = self.path(META_DIR, id);
            let item = match store::read_sealed(&meta_path, &self.identity) {
                Ok(bytes) => match serde_json::from_slice::<Item>(&bytes) {
                    Ok(item) if item.id == id => Some(item),
                    Ok(_) => {
                        report.problems.push(Problem {
                            item: Some(id),
                            title: None,
                            file: rel(&meta_path),
                            kind: ProblemKind::MetadataUndecryptable,
                            detail: "the metadata names another item".to_owned(),
                        });
                        None
                    }
                    Err(e) => {
                        report.problems.push(Problem {
                            item: Some(id),
                            title: None,
                            file: rel(&meta_path),
                            kind: ProblemKind::MetadataUndecryptable,
                            detail: format!("not item metadata: {e}"),
                        });
                        None
                    }
                },
                Err(e) => {
                    report.problems.push(Problem {
                        item: Some(id),
                        title: None,
                        file: rel(&meta_path),
                        kind: ProblemKind::MetadataUndecryptable,
                        detail: e.reason(),
                    });
                    None
                }
            };
            let title = item.as_ref().map(|i| i.description.title.clone());
            let content_path = self.path(ITEMS_DIR, id);
            match decrypt_content(&content_path, &self.identity, &mut std::io::sink()) {
                Ok((sha256, size)) => {
                    if let Some(item) = &item
                        && (sha256 != item.facts.sha256 || size != item.facts.size)
                    {
                        report.problems.push(Problem {
                            item: Some(id),
                            title: title.clone(),
                            file: rel(&content_path),
                            kind: ProblemKind::HashMismatch,
                            detail: format!(
                                "recorded SHA-256 {} ({} bytes), found {} ({} bytes)",
                                item.facts.sha256, item.facts.size, sha256, size
                            ),
                        });
                    }
                }
                Err(e) => {
                    let failure = e.into_read_failure();
                    let kind = if matches!(failure, store::ReadFailure::Missing) {
                        ProblemKind::ContentMissing
                    } else {
                        ProblemKind::ContentUndecryptable
                    };
                    report.problems.push(Problem {
                        item: Some(id),
                        title: title.clone(),
                        file: rel(&content_path),
                        kind,
                        detail: failure.reason(),
                    });
                }
            }
            if item.as_ref().is_some_and(|i| i.has_thumbnail) {
                let thumb = self.path(THUMBS_DIR, id);
                if let Err(e) = store::read_sealed(&thumb, &self.identity) {
                    report.problems.push(Problem {
                        item: Some(id),
                        title,
                        file: rel(&thumb),
                        kind: ProblemKind::ThumbnailUndecryptable,
                        detail: e.reason(),
                    });
                }
            }
            if let Some(item) = item {
                readable.insert(id, item);
            }
        }
        for &id in &content_ids {
            if !meta_ids.contains(&id) {
                let path = self.path(ITEMS_DIR, id);
                report.problems.push(Problem {
                    item: Some(id),
                    title: None,
                    file: rel(&path),
                    kind: ProblemKind::MetadataMissing,
                    detail: "content without metadata; it can still be decrypted with the age tool"
                        .to_owned(),
                });
            }
        }

        for id in ids_in(&self.dir.join(RECORDS_DIR)) {
            report.records_checked += 1;
            if let Err(e) = self.read_record_file(id) {
                report.problems.push(Problem {
                    item: Some(id),
                    title: None,
                    file: rel(&self.path(RECORDS_DIR, id)),
                    kind: ProblemKind::RecordUndecryptable,
                    detail: e.to_string(),
                });
            }
        }

        let log_dir = self.dir.join(LOG_DIR);
        let (entries, mut log_problems) = log::read_all(&log_dir, &self.identity)?;
        log_problems.extend(log::check_chain(&entries, self.log.head()));
        report.log_entries_checked = entries.len();
        // Entries are known to be lost when one does not decrypt, a position is empty, or
        // the head names a newer entry than any found. Their content is unknown, so items
        // and log are compared only when every entry was read (the loss is reported as
        // `LogDamaged` either way).
        let entries_lost = log_problems.iter().any(|p| {
            matches!(
                p,
                LogProblem::Unreadable { .. } | LogProblem::Missing { .. }
            )
        }) || self
            .log
            .head()
            .is_some_and(|h| entries.last().is_none_or(|l| h.seq > l.entry.seq));
        if !entries_lost {
            let items_and_log = ItemsAndLog {
                meta_ids: &meta_ids,
                content_ids: &content_ids,
                readable: &readable,
                entries: &entries,
            };
            report
                .problems
                .extend(items_and_log.problems(&self.dir, &|id| self.path(META_DIR, id)));
        }
        for e in &entries {
            if e.entry.kind.as_str() == log::HEAD_REBUILT_KIND {
                log_problems.push(LogProblem::HeadMismatch {
                    reason: format!(
                        "entry {}: the head file was found missing on {}; entries at the end may have been removed",
                        e.entry.seq, e.entry.at
                    ),
                });
            }
        }
        for p in log_problems {
            let (file, detail) = match &p {
                LogProblem::Unreadable { file, reason } => (rel(file), reason.clone()),
                LogProblem::Missing { seq } => (
                    PathBuf::from(LOG_DIR),
                    format!("entry {seq} is missing (removed)"),
                ),
                LogProblem::Duplicate { seq } => (
                    PathBuf::from(LOG_DIR),
                    format!("two entries claim position {seq}"),
                ),
                LogProblem::BrokenChain { seq, file } => (
                    rel(file),
                    format!(
                        "entry {seq} does not name the hash of entry {}: an entry was changed or moved",
                        seq.saturating_sub(1)
                    ),
                ),
                LogProblem::HeadMismatch { reason } => {
                    (PathBuf::from(LOG_DIR).join("head.age"), reason.clone())
                }
            };
            report.problems.push(Problem {
                item: None,
                title: None,
                file,
                kind: ProblemKind::LogDamaged,
                detail,
            });
        }
        for (file, detail) in crate::keyfiles::key_check_problems(&self.dir, &self.identity) {
            report.problems.push(Problem {
                item: None,
                title: None,
                file,
                kind: ProblemKind::KeyFileDamaged,
                detail,
            });
        }
        report.log_head = self.log.head().map(|h| h.hash.clone());
        self.log.append(
            &self.recipient,
            LogKind::Verify,
            None,
            None,
            format!(
                "{} items, {} problems",
                report.items_checked,
                report.problems.len()
            ),
        )?;
        Ok(report)
    }

    /// The custody log, oldest first (entries that cannot be read are left out; `verify`
    /// reports them).
    pub fn log_entries(&self) -> Result<Vec<log::LogEntry>, LogError> {
        if let Some(cached) = self.log.cache.borrow().as_ref() {
            return Ok(cached.clone());
        }
        let (entries, _) = log::read_all(&self.dir.join(LOG_DIR), &self.identity)?;
        let entries: Vec<_> = entries.into_iter().map(|e| e.entry).collect();
        *self.log.cache.borrow_mut() = Some(entries.clone());
        Ok(entries)
    }

    /// SHA-256 (hex) of the newest custody log entry: show it, print it, keep it.
    pub fn log_head(&self) -> Option<String> {
        self.log.head().map(|h| h.hash.clone())
    }
}

/// What `verify` compares between the items on disk and the custody log.
struct ItemsAndLog<'a> {
    /// Items that exist (their metadata file does, readable or not).
    meta_ids: &'a BTreeSet<Uuid>,
    /// Content files (with or without metadata).
    content_ids: &'a BTreeSet<Uuid>,
    /// Items whose metadata could be read.
    readable: &'a BTreeMap<Uuid, Item>,
    /// Every log entry, sorted by position.
    entries: &'a [log::ReadEntry],
}

impl ItemsAndLog<'_> {
    fn problems(
        &self,
        vault_dir: &std::path::Path,
        meta_path: &dyn Fn(Uuid) -> PathBuf,
    ) -> Vec<Problem> {
        let rel = |p: &std::path::Path| p.strip_prefix(vault_dir).unwrap_or(p).to_owned();
        let mut imported: BTreeMap<Uuid, &log::ReadEntry> = BTreeMap::new();
        let mut purged: BTreeSet<Uuid> = BTreeSet::new();
        let mut edits: BTreeMap<Uuid, usize> = BTreeMap::new();
        // The newest `delete` (true) or `restore` (false) entry per item.
        let mut in_trash: BTreeMap<Uuid, bool> = BTreeMap::new();
        for e in self.entries {
            let Some(id) = e.entry.subject else {
                continue;
            };
            match e.entry.kind {
                LogKind::Import => {
                    imported.entry(id).or_insert(e);
                }
                LogKind::Purge => {
                    purged.insert(id);
                }
                LogKind::Edit => *edits.entry(id).or_default() += 1,
                LogKind::Delete => {
                    in_trash.insert(id, true);
                }
                LogKind::Restore => {
                    in_trash.insert(id, false);
                }
                _ => {}
            }
        }
        let mut problems = Vec::new();
        for &id in self.meta_ids {
            let item = self.readable.get(&id);
            let title = item.map(|i| i.description.title.clone());
            if !imported.contains_key(&id) {
                problems.push(Problem {
                    item: Some(id),
                    title,
                    file: rel(&meta_path(id)),
                    kind: ProblemKind::ItemNotInLog,
                    detail: "the custody log has no import entry for this item".to_owned(),
                });
                continue;
            }
            let Some(item) = item else {
                // Unreadable metadata is reported already; its changes cannot be compared.
                continue;
            };
            let logged_edits = edits.get(&id).copied().unwrap_or(0);
            if item.history.len() > logged_edits {
                problems.push(Problem {
                    item: Some(id),
                    title: title.clone(),
                    file: rel(&meta_path(id)),
                    kind: ProblemKind::ItemChangeNotInLog,
                    detail: format!(
                        "the description was changed {} times, the custody log records {} edits",
                        item.history.len(),
                        logged_edits
                    ),
                });
            }
            let logged_in_trash = in_trash.get(&id).copied().unwrap_or(false);
            if item.trashed_at.is_some() != logged_in_trash {
                let detail = if logged_in_trash {
                    "the item is out of the trash, but the custody log's last entry about it is a delete"
                } else {
                    "the item is in the trash, but the custody log has no delete entry after its last restore"
                };
                problems.push(Problem {
                    item: Some(id),
                    title,
                    file: rel(&meta_path(id)),
                    kind: ProblemKind::ItemChangeNotInLog,
                    detail: detail.to_owned(),
                });
            }
        }
        for (&id, e) in &imported {
            // A content file without metadata is reported as `MetadataMissing` already.
            if self.meta_ids.contains(&id) || self.content_ids.contains(&id) || purged.contains(&id)
            {
                continue;
            }
            problems.push(Problem {
                item: Some(id),
                title: None,
                file: rel(&e.file),
                kind: ProblemKind::LogNamesMissingItem,
                detail: format!(
                    "entry {} records the import of this item, but the item does not exist and no purge entry explains its absence",
                    e.entry.seq
                ),
            });
        }
        problems
    }
}
