//! The integrity check: every file decrypts, every item matches its SHA-256, the custody
//! log chain is whole. Reports every problem; never stops at the first.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use age::x25519;

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use waarborg_contract::LogAnchor;

use crate::anchor::{self, AnchorSource};
use crate::error::LogError;
use sha2::{Digest, Sha256};

use crate::items::{Item, THUMBNAIL_NOT_BOUND, decrypt_content_from, ids_in};
use crate::log::{self, LogKind, LogProblem};
use crate::store::{self};
use crate::vault::{ITEMS_DIR, LOG_DIR, META_DIR, RECORDS_DIR, THUMBS_DIR, Vault};
use crate::verify_cache::{self, CipherDigest, DigestCache, HashingReader, Known, MetaFacts};

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
    /// The same head as `SEQ:HASH` parts: what `--anchor` takes later.
    pub log_anchor: Option<LogAnchor>,
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
    /// without a log entry for that change (the vault stopped in between), or its
    /// metadata keeps fewer earlier descriptions than the log records edits (an older
    /// metadata file was put back).
    ItemChangeNotInLog,
    /// Something Waarborg did not put in the vault folder: a folder, link or pipe among
    /// its files, a temporary folder, or a file whose name is not a vault file's. It is
    /// skipped (never followed, read or removed); the rest of the vault is unaffected.
    StrayFile,
    /// The thumbnail decrypts but is not the one made for this item at import (its
    /// SHA-256 differs from the one in the item's metadata): e.g. another item's
    /// thumbnail copied over it. It is never shown or put in a PDF.
    ThumbnailMismatch,
    /// The custody log records a record (created, not deleted for good) whose file is
    /// gone.
    RecordMissing,
    /// The record's SHA-256 is neither the newest the custody log records for it nor an
    /// earlier one, or it keeps another number of earlier versions than the log records
    /// edits: changed outside Waarborg, or the vault stopped before logging a change.
    RecordChanged,
    /// A record file the custody log has no create entry for.
    RecordNotInLog,
    /// The record is an earlier version the custody log records (an older copy put
    /// back), or it was deleted for good according to the log and put back.
    RecordOlderVersion,
    /// The log does not contain an entry remembered outside the vault (by this
    /// computer, or given as `SEQ:HASH`): the vault was put back to an older copy, or
    /// its log was rewritten.
    AnchorNotInLog,
    /// A passphrase key file (`keys/identity.age` or its copy `keys/identity-copy.age`)
    /// is missing or differs from the one Waarborg wrote last (damaged or replaced), or
    /// the record of them (`keys/key-check.age`) is. The next unlock with the passphrase
    /// rewrites it from the copy that opens.
    KeyFileDamaged,
    /// The package signing key (`keys/signing.age`) is missing or does not open: exports
    /// stop until it is back (it is never replaced, so packages keep one key).
    SigningKeyDamaged,
    /// The parent's marks on a chat export (`chats/<item-id>.age`) do not decrypt or are
    /// not chat notes. The chat item itself is checked as any item.
    ChatNotesUndecryptable,
    /// Marks on a chat export (`chats/<item-id>.age`) for an item that does not exist
    /// (no `meta/<item-id>.age`).
    ChatNotesWithoutItem,
}

/// Items are checked on this many threads at most (one per core up to it).
const MAX_VERIFY_WORKERS: usize = 8;

/// How much a check decrypts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum VerifyMode {
    /// Reads and hashes every file, and decrypts those whose ciphertext the
    /// verified-digest cache (`verify-cache.age`) does not know: any changed byte is
    /// found, decrypted and reported as by [`VerifyMode::Full`].
    #[default]
    Cached,
    /// Decrypts every file, ignoring the cache (and rebuilding it).
    Full,
}

/// How far a check is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum VerifyProgress {
    /// `done` of `total` items (metadata, content, thumbnail) checked.
    Items { done: u64, total: u64 },
    /// `bytes` of `total` bytes of custody log files read and hashed.
    Log { bytes: u64, total: u64 },
}

impl Vault {
    /// Checks the whole vault and records the check in the custody log.
    pub fn verify(&mut self) -> Result<VerifyReport, LogError> {
        self.verify_against(&[])
    }

    /// [`Vault::verify`], and also that the log contains each of `anchors` (entries
    /// remembered outside the vault: by this computer, on a printout, in a package).
    pub fn verify_against(
        &mut self,
        anchors: &[(AnchorSource, LogAnchor)],
    ) -> Result<VerifyReport, LogError> {
        self.verify_with_progress(anchors, &mut |_| {})
    }

    /// [`Vault::verify_against`], telling `progress` how far it is (items checked, then
    /// bytes of the custody log read), for a progress bar.
    pub fn verify_with_progress(
        &mut self,
        anchors: &[(AnchorSource, LogAnchor)],
        progress: &mut dyn FnMut(VerifyProgress),
    ) -> Result<VerifyReport, LogError> {
        self.verify_with(anchors, VerifyMode::Cached, progress)
    }

    /// [`Vault::verify_with_progress`], decrypting every file when `mode` is
    /// [`VerifyMode::Full`] (`waarborg verify --full`).
    pub fn verify_with(
        &mut self,
        anchors: &[(AnchorSource, LogAnchor)],
        mode: VerifyMode,
        progress: &mut dyn FnMut(VerifyProgress),
    ) -> Result<VerifyReport, LogError> {
        let mut report = VerifyReport::default();
        let cache = match mode {
            VerifyMode::Cached => DigestCache::load(&self.dir, &self.identity),
            VerifyMode::Full => DigestCache::default(),
        };
        let mut seen: Vec<(CipherDigest, Known)> = Vec::new();
        let mut decrypted = 0usize;
        let rel = |p: &Path| p.strip_prefix(&self.dir).unwrap_or(p).to_owned();

        let meta_ids: BTreeSet<Uuid> = ids_in(&self.dir.join(META_DIR)).into_iter().collect();
        let content_ids: BTreeSet<Uuid> = ids_in(&self.dir.join(ITEMS_DIR)).into_iter().collect();
        let mut readable: BTreeMap<Uuid, MetaFacts> = BTreeMap::new();
        let ids: Vec<Uuid> = meta_ids.iter().copied().collect();
        for check in check_items(&self.dir, &self.identity, &cache, &ids, progress) {
            report.items_checked += 1;
            report.problems.extend(check.problems);
            decrypted += check.decrypted;
            seen.extend(check.seen);
            if let Some(item) = check.item {
                readable.insert(check.id, item);
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

        let mut records_on_disk: BTreeMap<Uuid, Option<RecordOnDisk>> = BTreeMap::new();
        for id in ids_in(&self.dir.join(RECORDS_DIR)) {
            report.records_checked += 1;
            match self.check_record_file(id, &cache, &mut seen, &mut decrypted) {
                Ok(found) => {
                    records_on_disk.insert(id, Some(found));
                }
                Err(e) => {
                    records_on_disk.insert(id, None);
                    report.problems.push(Problem {
                        item: Some(id),
                        title: None,
                        file: rel(&self.path(RECORDS_DIR, id)),
                        kind: ProblemKind::RecordUndecryptable,
                        detail: e.to_string(),
                    });
                }
            }
        }

        report.problems.extend(chat_notes_problems(
            &self.dir,
            &self.identity,
            &meta_ids,
            &readable,
        ));

        let log_dir = self.dir.join(LOG_DIR);
        // Sealed segments the cache knows are summarised, not decrypted (verify_log.rs).
        let log_read = crate::verify_log::read(
            &log_dir,
            &self.identity,
            &cache,
            self.log.head(),
            &mut |bytes, total| {
                progress(VerifyProgress::Log { bytes, total });
            },
        )?;
        let entries = &log_read.entries;
        let mut log_problems = log_read.problems.clone();
        decrypted += log_read.decrypted;
        seen.extend(log_read.seen.iter().cloned());
        report.log_entries_checked = log_read.count;
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
            .is_some_and(|h| log_read.newest.is_none_or(|newest| h.seq > newest));
        if !entries_lost {
            let items_and_log = ItemsAndLog {
                meta_ids: &meta_ids,
                content_ids: &content_ids,
                readable: &readable,
                entries,
            };
            report
                .problems
                .extend(items_and_log.problems(&self.dir, &|id| self.path(META_DIR, id)));
            report
                .problems
                .extend(records_and_log_problems(&records_on_disk, entries, &|id| {
                    rel(&self.path(RECORDS_DIR, id))
                }));
        }
        for e in entries {
            if e.entry.kind.as_str() == log::HEAD_REBUILT_KIND {
                // The note says whether the head was missing or damaged (and why).
                let what = if e.entry.note.is_empty() {
                    "the head file was found missing; entries at the end may have been removed"
                } else {
                    e.entry.note.as_str()
                };
                log_problems.push(LogProblem::HeadMismatch {
                    reason: format!("entry {} ({}): {what}", e.entry.seq, e.entry.at),
                });
            }
        }
        if let Some(note) = &self.log.head_rebuilt {
            // Rebuilt at this open, but the entry saying so could not be written.
            log_problems.push(LogProblem::HeadMismatch {
                reason: format!("{note} (not recorded in the log: it could not be written)"),
            });
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
        if let Err(e) = self.package_signer() {
            report.problems.push(Problem {
                item: None,
                title: None,
                file: PathBuf::from("keys").join(crate::signing::SIGNING_KEY_FILE),
                kind: ProblemKind::SigningKeyDamaged,
                detail: e.to_string(),
            });
        }
        for (source, anchor) in anchors {
            let check = log_read.anchor_check(&self.identity, self.log.head(), anchor);
            report
                .problems
                .extend(anchor::problem_of(&check, self.log.head(), *source, anchor));
        }
        for stray in crate::stray::find(&self.dir) {
            report.problems.push(Problem {
                item: None,
                title: None,
                file: stray.file,
                kind: ProblemKind::StrayFile,
                detail: stray.detail,
            });
        }
        if decrypted > 0 || seen.len() != cache.len() {
            // A cache: failing to write it only makes the next check slower.
            let _ = DigestCache::write(&self.dir, &self.identity, &seen);
        }
        report.log_head = self.log.head().map(|h| h.hash.clone());
        report.log_anchor = self.log.head().map(anchor::anchor_of);
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

    /// Up to `limit` custody log entries before position `before` (all when `None`),
    /// newest first: what the Check view shows a page at a time. Reads the single files
    /// not sealed yet and then segments from the newest back, only as far as the page
    /// needs (not the whole log). Entries that cannot be read are left out (`verify`
    /// reports them).
    pub fn log_page(&self, before: Option<u64>, limit: usize) -> Result<LogPage, LogError> {
        let total = self.log.head().map_or(0, |h| h.seq.saturating_add(1));
        let limit = limit.clamp(1, MAX_LOG_PAGE);
        let wanted = |seq: u64| before.is_none_or(|b| seq < b);
        let mut found: Vec<(u64, String, log::LogEntry)> = Vec::new();
        if let Some(all) = self.log.cache.borrow().as_ref() {
            // Read whole already (every entry counted once): each keeps its own place.
            found.extend(
                all.iter()
                    .enumerate()
                    .filter(|(_, e)| wanted(e.seq))
                    .map(|(at, e)| (e.seq, at.to_string(), e.clone())),
            );
        } else {
            let dir = self.dir.join(LOG_DIR);
            let files = log::list(&dir)?;
            let keep = |entries: Vec<log::ReadEntry>, found: &mut Vec<_>| {
                found.extend(
                    entries
                        .into_iter()
                        .filter(|e| wanted(e.entry.seq))
                        .map(|e| (e.entry.seq, e.hash, e.entry)),
                );
            };
            keep(
                log::read_singles(&files.singles, &self.identity),
                &mut found,
            );
            let mut segments: Vec<&log::Segment> =
                files.segments.iter().filter(|s| wanted(s.first)).collect();
            segments.sort_by_key(|s| std::cmp::Reverse(s.last));
            for segment in segments {
                // Enough entries newer than anything this segment holds: done.
                let newer = found.iter().filter(|(seq, ..)| *seq > segment.last).count();
                if newer >= limit {
                    break;
                }
                let (mut entries, mut problems) = (Vec::new(), Vec::new());
                log::read_segment(segment, &self.identity, &mut entries, &mut problems);
                keep(entries, &mut found);
            }
        }
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        // A stop while sealing leaves an entry in a segment and as a single file, with
        // the same bytes: shown once.
        found.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        // Fewer than a page: every older file was read, nothing is left.
        let full = found.len() >= limit;
        found.truncate(limit);
        let next_before = found
            .last()
            .map(|(seq, ..)| *seq)
            .filter(|&seq| full && seq > 0);
        Ok(LogPage {
            entries: found.into_iter().map(|(_, _, e)| e).collect(),
            total,
            next_before,
        })
    }

    /// SHA-256 (hex) of the newest custody log entry: show it, print it, keep it.
    pub fn log_head(&self) -> Option<String> {
        self.log.head().map(|h| h.hash.clone())
    }
}

impl Vault {
    /// A record file as [`Vault::read_record_file`] reads it (the same errors), decrypting
    /// it only when `cache` does not know its ciphertext under this id.
    fn check_record_file(
        &self,
        id: Uuid,
        cache: &DigestCache,
        seen: &mut Vec<(CipherDigest, Known)>,
        decrypted: &mut usize,
    ) -> Result<RecordOnDisk, crate::error::RecordError> {
        use crate::error::RecordError;
        let path = self.path(RECORDS_DIR, id);
        let damaged = |reason: String| RecordError::DamagedRecord {
            id: id.to_string(),
            file: path.clone(),
            reason,
        };
        let failure = |e: store::ReadFailure| match e {
            store::ReadFailure::Missing => RecordError::NotFound { id: id.to_string() },
            other => damaged(other.reason()),
        };
        let (bytes, digest) = verify_cache::read_small(&path).map_err(failure)?;
        if let Some(
            known @ Known::Record {
                id: known_id,
                sha256,
                history,
            },
        ) = cache.get(&digest)
            && *known_id == id
        {
            seen.push((digest, known.clone()));
            return Ok(RecordOnDisk {
                sha256: store::hex(sha256),
                history: usize::try_from(*history).unwrap_or(usize::MAX),
            });
        }
        *decrypted += 1;
        let plain = verify_cache::decrypt_small(&bytes, &self.identity).map_err(failure)?;
        let stored: crate::records::StoredRecord =
            serde_json::from_slice(&plain).map_err(|e| damaged(format!("not a record: {e}")))?;
        if stored.id != id {
            return Err(damaged("the record names another id".to_owned()));
        }
        let sha256: [u8; 32] = Sha256::digest(&plain).into();
        seen.push((
            digest,
            Known::Record {
                id,
                sha256,
                history: stored.history.len() as u64,
            },
        ));
        Ok(RecordOnDisk {
            sha256: store::hex(&sha256),
            history: stored.history.len(),
        })
    }
}

/// At most this many entries in one [`Vault::log_page`].
pub const MAX_LOG_PAGE: usize = 1000;

/// One page of the custody log ([`Vault::log_page`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LogPage {
    /// Newest first.
    pub entries: Vec<log::LogEntry>,
    /// Positions in the whole log (the newest entry's `seq` + 1).
    #[ts(type = "number")]
    pub total: u64,
    /// Ask for `before` this for the next (older) page; `None` when there is none.
    #[ts(type = "number | null")]
    pub next_before: Option<u64>,
}

/// What checking one item's files found.
struct ItemCheck {
    id: Uuid,
    /// Its metadata, when readable.
    item: Option<MetaFacts>,
    problems: Vec<Problem>,
    /// The files that decrypted (or were known to): their ciphertext digests and what
    /// they decrypt to, for the verified-digest cache.
    seen: Vec<(CipherDigest, Known)>,
    /// How many files were decrypted (not known from the cache).
    decrypted: usize,
}

/// `dir/<sub>/<id>.age`, as [`Vault::path`].
fn item_path(dir: &Path, sub: &str, id: Uuid) -> PathBuf {
    dir.join(sub).join(format!("{id}.age"))
}

/// Checks the items `ids` on every core (each item is independent: its files are read,
/// decrypted and hashed on one worker), reporting progress from this thread as each
/// item is done. The results are in the order of `ids`, so a report does not depend on
/// the workers' timing.
fn check_items(
    dir: &Path,
    identity: &x25519::Identity,
    cache: &DigestCache,
    ids: &[Uuid],
    progress: &mut dyn FnMut(VerifyProgress),
) -> Vec<ItemCheck> {
    let total = ids.len() as u64;
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, MAX_VERIFY_WORKERS)
        .min(ids.len().max(1));
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<ItemCheck>> = Vec::with_capacity(ids.len());
    slots.resize_with(ids.len(), || None);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, ItemCheck)>();
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                let mut buffer = vec![0u8; HASH_BUFFER];
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&id) = ids.get(at) else {
                        return;
                    };
                    let check = check_item(dir, identity, cache, &mut buffer, id);
                    if tx.send((at, check)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for (done, (at, check)) in (1u64..).zip(rx) {
            if let Some(slot) = slots.get_mut(at) {
                *slot = Some(check);
            }
            progress(VerifyProgress::Items { done, total });
        }
    });
    slots.into_iter().flatten().collect()
}

/// Read buffer of a worker hashing content files.
const HASH_BUFFER: usize = 256 * 1024;

/// Reads and hashes one item's metadata, content and thumbnail, decrypting each file
/// whose ciphertext digest `cache` does not know.
fn check_item(
    dir: &Path,
    identity: &x25519::Identity,
    cache: &DigestCache,
    buffer: &mut [u8],
    id: Uuid,
) -> ItemCheck {
    let rel = |p: &Path| p.strip_prefix(dir).unwrap_or(p).to_owned();
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    let mut decrypted = 0;
    let meta_path = item_path(dir, META_DIR, id);
    let meta_problem = |detail: String| Problem {
        item: Some(id),
        title: None,
        file: rel(&meta_path),
        kind: ProblemKind::MetadataUndecryptable,
        detail,
    };
    let facts = match verify_cache::read_small(&meta_path) {
        Ok((bytes, digest)) => match cache.get(&digest) {
            Some(Known::Meta(facts)) => {
                seen.push((digest, Known::Meta(facts.clone())));
                Ok(facts.clone())
            }
            _ => {
                decrypted += 1;
                match verify_cache::decrypt_small(&bytes, identity) {
                    Ok(plain) => match serde_json::from_slice::<Item>(&plain) {
                        Ok(item) => {
                            let facts = MetaFacts::of(&item);
                            seen.push((digest, Known::Meta(facts.clone())));
                            Ok(facts)
                        }
                        Err(e) => Err(format!("not item metadata: {e}")),
                    },
                    Err(e) => Err(e.reason()),
                }
            }
        },
        Err(e) => Err(e.reason()),
    };
    let item = match facts {
        Ok(facts) if facts.id == id => Some(facts),
        Ok(_) => {
            problems.push(meta_problem("the metadata names another item".to_owned()));
            None
        }
        Err(detail) => {
            problems.push(meta_problem(detail));
            None
        }
    };
    let title = item.as_ref().map(|i| i.title.clone());
    let content_path = item_path(dir, ITEMS_DIR, id);
    // With an empty cache (the first check, `--full`) there is nothing to look up: the
    // decryption hashes the ciphertext in the same read.
    let known = (cache.len() > 0)
        .then(|| verify_cache::hash_file(&content_path, buffer).ok())
        .flatten()
        .and_then(|digest| match cache.get(&digest) {
            Some(known @ Known::Plain { sha256, size }) => {
                seen.push((digest, known.clone()));
                Some((store::hex(sha256), *size))
            }
            _ => None,
        });
    let content = match known {
        Some(found) => Ok(found),
        None => {
            decrypted += 1;
            decrypt_hashing(&content_path, identity, &mut seen)
        }
    };
    match content {
        Ok((sha256, size)) => {
            if let Some(item) = &item
                && (sha256 != item.sha256 || size != item.size)
            {
                problems.push(Problem {
                    item: Some(id),
                    title: title.clone(),
                    file: rel(&content_path),
                    kind: ProblemKind::HashMismatch,
                    detail: format!(
                        "recorded SHA-256 {} ({} bytes), found {} ({} bytes)",
                        item.sha256, item.size, sha256, size
                    ),
                });
            }
        }
        Err(failure) => {
            let kind = if matches!(failure, store::ReadFailure::Missing) {
                ProblemKind::ContentMissing
            } else {
                ProblemKind::ContentUndecryptable
            };
            problems.push(Problem {
                item: Some(id),
                title: title.clone(),
                file: rel(&content_path),
                kind,
                detail: failure.reason(),
            });
        }
    }
    if let Some(item) = item.as_ref().filter(|i| i.has_thumbnail) {
        let thumb = item_path(dir, THUMBS_DIR, id);
        let found = match verify_cache::read_small(&thumb) {
            Ok((bytes, digest)) => match cache.get(&digest) {
                Some(known @ Known::Plain { sha256, .. }) => {
                    seen.push((digest, known.clone()));
                    Ok(store::hex(sha256))
                }
                _ => {
                    decrypted += 1;
                    verify_cache::decrypt_small(&bytes, identity).map(|plain| {
                        let sha256: [u8; 32] = Sha256::digest(&plain).into();
                        let size = plain.len() as u64;
                        seen.push((digest, Known::Plain { sha256, size }));
                        store::hex(&sha256)
                    })
                }
            },
            Err(e) => Err(e),
        };
        let found = match found {
            // An item imported before thumbnails were bound has no hash: its thumbnail
            // is only checked to decrypt (and is never shown).
            Ok(found) => match &item.thumbnail_sha256 {
                Some(bound) if *bound != found => Err((
                    ProblemKind::ThumbnailMismatch,
                    format!("{THUMBNAIL_NOT_BOUND}: recorded {bound}, found {found}"),
                )),
                _ => Ok(()),
            },
            Err(e) => Err((ProblemKind::ThumbnailUndecryptable, e.reason())),
        };
        if let Err((kind, detail)) = found {
            problems.push(Problem {
                item: Some(id),
                title,
                file: rel(&thumb),
                kind,
                detail,
            });
        }
    }
    ItemCheck {
        id,
        item,
        problems,
        seen,
        decrypted,
    }
}

/// Decrypts a content file, hashing its ciphertext in the same read: when it decrypts,
/// the pair (ciphertext digest, plaintext SHA-256 and size) goes into `seen`.
fn decrypt_hashing(
    path: &Path,
    identity: &x25519::Identity,
    seen: &mut Vec<(CipherDigest, Known)>,
) -> Result<(String, u64), store::ReadFailure> {
    let file = match store::open_regular(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(store::ReadFailure::Missing);
        }
        Err(e) => return Err(store::ReadFailure::Io(e)),
    };
    let len = file.metadata().map_or(u64::MAX, |m| m.len());
    let hasher = std::sync::Mutex::new(Sha256::new());
    let reader = HashingReader {
        file: &file,
        hasher: &hasher,
    };
    let (sha256, size) = decrypt_content_from(reader, len, identity, &mut std::io::sink())
        .map_err(crate::items::ContentError::into_read_failure)?;
    // The rest of the file (age stops at its last chunk) belongs to the digest too.
    let mut rest = HashingReader {
        file: &file,
        hasher: &hasher,
    };
    if std::io::copy(&mut rest, &mut std::io::sink()).is_ok()
        && let Ok(hasher) = hasher.into_inner()
        && let Some(plain) = hex_digest(&sha256)
    {
        seen.push((
            hasher.finalize().into(),
            Known::Plain {
                sha256: plain,
                size,
            },
        ));
    }
    Ok((sha256, size))
}

/// The 32 bytes of a lowercase hex SHA-256.
fn hex_digest(hex: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    if hex.len() != 64 {
        return None;
    }
    for (byte, pair) in out.iter_mut().zip(hex.as_bytes().chunks(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(out)
}

/// Chat notes as Waarborg writes them: `marked` is always written (the window reads a
/// file without it as no marks, but any JSON object would read so), other keys ignored.
#[derive(serde::Deserialize)]
struct StoredChatNotes {
    #[serde(default)]
    date_order: Option<String>,
    #[allow(dead_code, reason = "required to be there, not read")]
    marked: Vec<u32>,
}

/// The parent's marks on chat exports (`chats/<item-id>.age`): each must decrypt, be
/// chat notes, and belong to an item that exists.
fn chat_notes_problems(
    dir: &Path,
    identity: &x25519::Identity,
    meta_ids: &BTreeSet<Uuid>,
    readable: &BTreeMap<Uuid, MetaFacts>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for id in ids_in(&dir.join(crate::chat_notes::CHATS_DIR)) {
        let path = item_path(dir, crate::chat_notes::CHATS_DIR, id);
        let file = path.strip_prefix(dir).unwrap_or(&path).to_owned();
        let title = readable.get(&id).map(|m| m.title.clone());
        let read = store::read_sealed(&path, identity)
            .map_err(|e| e.reason())
            .and_then(|bytes| {
                serde_json::from_slice::<StoredChatNotes>(&bytes)
                    .map_err(|e| format!("not chat notes: {e}"))
            })
            .and_then(|notes| match notes.date_order.as_deref() {
                None | Some("day-month-year" | "month-day-year") => Ok(()),
                Some(other) => Err(format!("not chat notes: date order {other:?}")),
            });
        if let Err(detail) = read {
            problems.push(Problem {
                item: Some(id),
                title,
                file,
                kind: ProblemKind::ChatNotesUndecryptable,
                detail,
            });
        } else if !meta_ids.contains(&id) {
            problems.push(Problem {
                item: Some(id),
                title: None,
                file,
                kind: ProblemKind::ChatNotesWithoutItem,
                detail: "marks on a chat export whose item is not in the vault (no metadata file)"
                    .to_owned(),
            });
        }
    }
    problems
}

/// What `verify` compares between the items on disk and the custody log.
struct ItemsAndLog<'a> {
    /// Items that exist (their metadata file does, readable or not).
    meta_ids: &'a BTreeSet<Uuid>,
    /// Content files (with or without metadata).
    content_ids: &'a BTreeSet<Uuid>,
    /// Items whose metadata could be read.
    readable: &'a BTreeMap<Uuid, MetaFacts>,
    /// Every log entry, sorted by position.
    entries: &'a [log::ReadEntry],
}

impl ItemsAndLog<'_> {
    fn problems(&self, vault_dir: &Path, meta_path: &dyn Fn(Uuid) -> PathBuf) -> Vec<Problem> {
        let rel = |p: &Path| p.strip_prefix(vault_dir).unwrap_or(p).to_owned();
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
            let title = item.map(|i| i.title.clone());
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
            // Exactly: more versions than edits is a change the log misses; fewer is an
            // older metadata file put back.
            let logged_edits = edits.get(&id).copied().unwrap_or(0);
            if item.history != logged_edits {
                let why = if item.history > logged_edits {
                    "a change the log does not record"
                } else {
                    "an older metadata file was put back"
                };
                problems.push(Problem {
                    item: Some(id),
                    title: title.clone(),
                    file: rel(&meta_path(id)),
                    kind: ProblemKind::ItemChangeNotInLog,
                    detail: format!(
                        "the metadata keeps {} earlier descriptions, the custody log records {} edits: {why}",
                        item.history,
                        logged_edits
                    ),
                });
            }
            let logged_in_trash = in_trash.get(&id).copied().unwrap_or(false);
            if item.trashed != logged_in_trash {
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

/// A readable record file, as `verify` compares it with the custody log.
struct RecordOnDisk {
    /// SHA-256 (hex) of its plaintext.
    sha256: String,
    /// How many earlier versions it keeps.
    history: usize,
}

/// The custody log's account of one record.
#[derive(Default)]
struct RecordTrail<'a> {
    /// The entry that created it: `record-create`, or the first `guide-step` about it.
    created: Option<&'a log::ReadEntry>,
    /// The hash each change logged, oldest first, with the entry's position.
    versions: Vec<(&'a str, u64)>,
    /// Edits logged with a hash: each keeps one earlier version in the record's history
    /// (edits logged before records kept their history carry no hash).
    hashed_edits: usize,
    /// The entry that removed it for good: `record-purge`, or a `record-delete` without a
    /// hash (written when delete still removed the file).
    removed: Option<&'a log::ReadEntry>,
}

/// Records on disk (`None`: unreadable, reported already) against the custody log, both
/// ways. Entries written before records were hashed carry no hash: such a record is
/// checked for presence only until its next change, which logs one.
fn records_and_log_problems(
    on_disk: &BTreeMap<Uuid, Option<RecordOnDisk>>,
    entries: &[log::ReadEntry],
    record_file: &dyn Fn(Uuid) -> PathBuf,
) -> Vec<Problem> {
    let mut trails: BTreeMap<Uuid, RecordTrail<'_>> = BTreeMap::new();
    for e in entries {
        let Some(id) = e.entry.subject else {
            continue;
        };
        let hash = e.entry.sha256.as_deref();
        let is_edit = match e.entry.kind {
            LogKind::RecordCreate => false,
            // A step of the guide is logged as `guide-step` when made and when changed.
            LogKind::GuideStep => trails.get(&id).is_some_and(|t| t.created.is_some()),
            LogKind::RecordEdit => true,
            LogKind::RecordRestore => false,
            LogKind::RecordDelete if hash.is_some() => false,
            LogKind::RecordDelete | LogKind::RecordPurge => {
                trails.entry(id).or_default().removed = Some(e);
                continue;
            }
            _ => continue,
        };
        let trail = trails.entry(id).or_default();
        if matches!(e.entry.kind, LogKind::RecordCreate | LogKind::GuideStep) && !is_edit {
            trail.created.get_or_insert(e);
        }
        if is_edit && hash.is_some() {
            trail.hashed_edits += 1;
        }
        if let Some(hash) = hash {
            trail.versions.push((hash, e.entry.seq));
        }
    }

    let mut problems = Vec::new();
    let mut problem = |id: Uuid, kind: ProblemKind, detail: String| {
        problems.push(Problem {
            item: Some(id),
            title: None,
            file: record_file(id),
            kind,
            detail,
        });
    };
    for (&id, found) in on_disk {
        let Some(trail) = trails.get(&id).filter(|t| t.created.is_some()) else {
            problem(
                id,
                ProblemKind::RecordNotInLog,
                "the custody log has no create entry for this record".to_owned(),
            );
            continue;
        };
        let Some(found) = found else {
            continue;
        };
        let earlier = |sha: &str| trail.versions.iter().find(|(h, _)| *h == sha);
        if let Some(removed) = trail.removed {
            let kind = if earlier(&found.sha256).is_some() {
                ProblemKind::RecordOlderVersion
            } else {
                ProblemKind::RecordChanged
            };
            problem(
                id,
                kind,
                format!(
                    "entry {} records that this record was deleted for good, but its file is here",
                    removed.entry.seq
                ),
            );
            continue;
        }
        if let Some(&(newest, newest_seq)) = trail.versions.last()
            && newest != found.sha256
        {
            match earlier(&found.sha256) {
                Some((_, seq)) => problem(
                    id,
                    ProblemKind::RecordOlderVersion,
                    format!(
                        "this is the version entry {seq} records; entry {newest_seq} records a newer one ({newest}): an older copy was put back"
                    ),
                ),
                None => problem(
                    id,
                    ProblemKind::RecordChanged,
                    format!(
                        "SHA-256 {}, the custody log records {newest} (entry {newest_seq}): changed outside Waarborg, or the vault stopped before logging the change",
                        found.sha256
                    ),
                ),
            }
            continue;
        }
        if found.history != trail.hashed_edits {
            problem(
                id,
                ProblemKind::RecordChanged,
                format!(
                    "the record keeps {} earlier versions, the custody log records {} edits",
                    found.history, trail.hashed_edits
                ),
            );
        }
    }
    for (&id, trail) in &trails {
        let Some(created) = trail.created else {
            continue;
        };
        if trail.removed.is_none() && !on_disk.contains_key(&id) {
            problem(
                id,
                ProblemKind::RecordMissing,
                format!(
                    "entry {} records the creation of this record; its file is gone and no entry deleted it for good",
                    created.entry.seq
                ),
            );
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::items::ItemDescription;
    use crate::vault::CreateOptions;
    use age::secrecy::SecretString;

    /// A cache that says a content file decrypts to other bytes than it does (which only
    /// the key holder could write): the default check believes it, so it is used; the
    /// full check ignores it and rebuilds it, after which the default check agrees.
    #[test]
    fn the_default_check_uses_the_cache_and_the_full_check_ignores_it() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let options = CreateOptions {
            work_factor: 4,
            recovery_recipients: Vec::new(),
        };
        let mut vault =
            Vault::create(&dir, &SecretString::from("pass".to_owned()), &options).unwrap();
        let src = tmp.path().join("a.txt");
        std::fs::write(&src, b"evidence").unwrap();
        let item = vault.import_file(&src, ItemDescription::default()).unwrap();
        assert!(vault.verify().unwrap().is_intact());

        let content = vault.path(ITEMS_DIR, item.id);
        let bytes = std::fs::read(&content).unwrap();
        let digest: CipherDigest = Sha256::digest(&bytes).into();
        let false_pair = Known::Plain {
            sha256: [9; 32],
            size: 8,
        };
        DigestCache::write(&dir, &vault.identity, &[(digest, false_pair)]).unwrap();
        let kinds = |report: VerifyReport| -> Vec<ProblemKind> {
            report.problems.iter().map(|p| p.kind).collect()
        };
        let cached = vault.verify().unwrap();
        assert_eq!(kinds(cached), [ProblemKind::HashMismatch]);
        let full = vault
            .verify_with(&[], VerifyMode::Full, &mut |_| {})
            .unwrap();
        assert_eq!(kinds(full), []);
        assert_eq!(kinds(vault.verify().unwrap()), []);
    }

    /// The same for a record file: a pair saying it decrypts to another record is
    /// believed by the default check (it is not decrypted) and ignored by the full one.
    #[test]
    fn the_default_check_uses_the_cache_for_records() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let options = CreateOptions {
            work_factor: 4,
            recovery_recipients: Vec::new(),
        };
        let mut vault =
            Vault::create(&dir, &SecretString::from("pass".to_owned()), &options).unwrap();
        let id = vault
            .create_record(crate::records::Record::Journal(Default::default()))
            .unwrap()
            .id;
        assert!(vault.verify().unwrap().is_intact());
        let (_, digest) = verify_cache::read_small(&vault.path(RECORDS_DIR, id)).unwrap();
        let false_pair = Known::Record {
            id,
            sha256: [9; 32],
            history: 0,
        };
        DigestCache::write(&dir, &vault.identity, &[(digest, false_pair)]).unwrap();
        let kinds = |report: VerifyReport| -> Vec<ProblemKind> {
            report.problems.iter().map(|p| p.kind).collect()
        };
        assert_eq!(kinds(vault.verify().unwrap()), [ProblemKind::RecordChanged]);
        let full = vault
            .verify_with(&[], VerifyMode::Full, &mut |_| {})
            .unwrap();
        assert_eq!(kinds(full), []);
        assert_eq!(kinds(vault.verify().unwrap()), []);
    }
}
