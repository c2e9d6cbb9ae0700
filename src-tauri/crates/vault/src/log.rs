//! The custody log: append-only, hash-chained.
//!
//! Entry `n` is a compact JSON object. A new entry is stored (age-encrypted) on its own in
//! `log/<random-uuid>.age`; once [`seal_threshold`] such single files exist they are moved,
//! bytes unchanged, into one sealed segment `log/segment-<first seq>-<last seq>.age` whose
//! plaintext is the entries' bytes in `seq` order, each followed by a newline (compact JSON
//! holds no raw newline). An entry's hash is the SHA-256 of exactly its bytes (a single
//! file's plaintext, a segment's line without the newline), so `age -d -i key log/X.age |
//! sha256sum` gives it for a single file and `age -d … | while read -r l; do printf %s
//! "$l" | sha256sum; done` for a segment. Entry `n` names the hash of entry `n-1` in `prev` (entry 0 names 64 zeros).
//! `log/head.age` holds `{seq, hash}` of the newest entry, so removing the newest entries
//! is detected too. The head can be shown and printed: anyone holding a printed head can
//! later prove that nothing before it was changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use age::x25519;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{IoFailure, LogError};
use crate::store::{self, ReadFailure};

/// The `prev` of the first entry.
/// The kind of the entry a vault appends when it found its log head missing.
pub const HEAD_REBUILT_KIND: &str = "log-head-rebuilt";
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const HEAD_FILE: &str = "head.age";
/// Sealed segments are named `segment-<first seq>-<last seq>.age`, both 20 digits.
const SEGMENT_PREFIX: &str = "segment-";
/// The kind of the entry a vault appends when it moved single entry files into segments
/// at unlock (an older vault's log, or single files left by a stop).
pub const SEALED_KIND: &str = "log-sealed";
/// How many single entry files are sealed into one segment.
pub const DEFAULT_SEAL_THRESHOLD: usize = 256;
static SEAL_THRESHOLD: AtomicUsize = AtomicUsize::new(DEFAULT_SEAL_THRESHOLD);
/// A test's hook called at each step of sealing (to kill the process there).
static SEAL_HOOK: OnceLock<fn(SealStep)> = OnceLock::new();

/// How many single entry files make a segment in this process.
pub fn seal_threshold() -> usize {
    SEAL_THRESHOLD.load(Ordering::Relaxed)
}

/// Tests and the benchmark generator only: segments of `n` entries (`usize::MAX`: never
/// seal, as vaults before segments did).
#[doc(hidden)]
pub fn set_seal_threshold(n: usize) {
    SEAL_THRESHOLD.store(n.max(1), Ordering::Relaxed);
}

/// Tests only: `hook` is called at each step of sealing (the crash tests stop there).
#[doc(hidden)]
pub fn set_seal_hook(hook: fn(SealStep)) {
    let _ = SEAL_HOOK.set(hook);
}

/// A step of sealing, for [`set_seal_hook`].
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealStep {
    /// About to write the segment starting at `first`.
    Writing { first: u64 },
    /// The segment is in place; its single files are not yet removed.
    Written { first: u64 },
    /// `removed` of the segment's single files are removed.
    Removed { first: u64, removed: usize },
}

fn hook(step: SealStep) {
    if let Some(hook) = SEAL_HOOK.get() {
        hook(step);
    }
}

/// What happened. Other parts of the app add their own kinds (`guide-step`,
/// `document-generated`, …); they are kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum LogKind {
    Create,
    Import,
    View,
    Export,
    Edit,
    Delete,
    Restore,
    Purge,
    Verify,
    RecordCreate,
    RecordEdit,
    /// A record moved to the trash (before records had a trash: removed).
    RecordDelete,
    RecordRestore,
    RecordPurge,
    GuideStep,
    DocumentGenerated,
    Other(String),
}

impl LogKind {
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::Import => "import",
            Self::View => "view",
            Self::Export => "export",
            Self::Edit => "edit",
            Self::Delete => "delete",
            Self::Restore => "restore",
            Self::Purge => "purge",
            Self::Verify => "verify",
            Self::RecordCreate => "record-create",
            Self::RecordEdit => "record-edit",
            Self::RecordDelete => "record-delete",
            Self::RecordRestore => "record-restore",
            Self::RecordPurge => "record-purge",
            Self::GuideStep => "guide-step",
            Self::DocumentGenerated => "document-generated",
            Self::Other(s) => s,
        }
    }
}

impl From<String> for LogKind {
    fn from(s: String) -> Self {
        match s.as_str() {
            "create" => Self::Create,
            "import" => Self::Import,
            "view" => Self::View,
            "export" => Self::Export,
            "edit" => Self::Edit,
            "delete" => Self::Delete,
            "restore" => Self::Restore,
            "purge" => Self::Purge,
            "verify" => Self::Verify,
            "record-create" => Self::RecordCreate,
            "record-edit" => Self::RecordEdit,
            "record-delete" => Self::RecordDelete,
            "record-restore" => Self::RecordRestore,
            "record-purge" => Self::RecordPurge,
            "guide-step" => Self::GuideStep,
            "document-generated" => Self::DocumentGenerated,
            _ => Self::Other(s),
        }
    }
}

impl From<LogKind> for String {
    fn from(k: LogKind) -> Self {
        k.as_str().to_owned()
    }
}

/// Every kind this version of Waarborg writes: the window shows each as
/// `health-log-kind-<kind>` (tests/ui_messages.rs checks both languages have it, and
/// that every kind written in the sources is listed here).
pub const KNOWN_KINDS: &[&str] = &[
    "create",
    "import",
    "view",
    "export",
    "edit",
    "delete",
    "restore",
    "purge",
    "verify",
    "record-create",
    "record-edit",
    "record-delete",
    "record-restore",
    "record-purge",
    "guide-step",
    "document-generated",
    HEAD_REBUILT_KIND,
    SEALED_KIND,
    "passphrase-changed",
    "recovery-keys-changed",
    "backup",
    "key-file-repaired",
    "key-copy-created",
    crate::signing::SIGNING_KEY_CREATED_KIND,
    crate::thumbnail_binding::THUMBNAILS_BOUND_KIND,
    crate::rekey::REKEY_KIND,
    crate::chat_notes::CHAT_MARKS_KIND,
    crate::chat_notes::CHAT_DATE_ORDER_KIND,
];

/// One entry of the custody log.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LogEntry {
    /// 0 for the first entry, then +1 each.
    #[ts(type = "number")]
    pub seq: u64,
    /// SHA-256 (hex) of the previous entry's plaintext; [`GENESIS_HASH`] for the first.
    pub prev: String,
    pub at: DateTime<Utc>,
    /// `create`, `import`, `view`, … or a kind another part of the app added.
    #[ts(type = "string")]
    pub kind: LogKind,
    /// The item or record the entry is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Uuid>,
    /// The SHA-256 of the item's original bytes, for entries about an item; for entries
    /// about a record, of the record file's plaintext as written by that change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Free text (e.g. which guide step, where an export went).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl std::fmt::Debug for LogEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The note may hold evidence (a guide step's details): not shown.
        f.debug_struct("LogEntry")
            .field("seq", &self.seq)
            .field("prev", &self.prev)
            .field("at", &self.at)
            .field("kind", &self.kind)
            .field("subject", &self.subject)
            .field("sha256", &self.sha256)
            .finish_non_exhaustive()
    }
}

/// The newest entry's position and hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogHead {
    pub seq: u64,
    pub hash: String,
}

/// An entry as read back, with its hash and file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadEntry {
    pub entry: LogEntry,
    pub hash: String,
    pub file: PathBuf,
}

/// What is wrong with the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum LogProblem {
    /// A file in `log/` that does not decrypt or is not a log entry.
    Unreadable { file: PathBuf, reason: String },
    /// Entry `seq` is missing (removed).
    Missing { seq: u64 },
    /// Two files claim the same position.
    Duplicate { seq: u64 },
    /// Entry `seq` does not name the hash of entry `seq - 1`: it, or its predecessor, was
    /// changed or moved.
    BrokenChain { seq: u64, file: PathBuf },
    /// The head does not match the newest entry (entries at the end removed, or the head
    /// file damaged).
    HeadMismatch { reason: String },
}

/// The writable end of the log, as kept by an open vault.
pub(crate) struct CustodyLog {
    dir: PathBuf,
    /// To read single files back when they are sealed.
    identity: x25519::Identity,
    head: Option<LogHead>,
    /// Single entry files in `log/` (not yet sealed).
    singles: usize,
    /// Sealing is tried again only when `singles` reaches this (a single file that does
    /// not read, or a gap, stops sealing until `verify` has shown it).
    seal_at: usize,
    /// Entries per segment ([`seal_threshold`] when opened).
    pub(crate) threshold: usize,
    /// Open found entries both in a segment and as single files (a stop while sealing):
    /// the single files are removed at the next seal.
    leftover_singles: bool,
    /// The head file was missing although entries exist, or did not read: the head was
    /// rebuilt from the chain, and entries at the end may have been removed. The note
    /// says which; the vault records it in the log itself when it opens (and `verify`
    /// reports it while that has not succeeded).
    pub(crate) head_rebuilt: Option<String>,
    /// The entries as read once (and appended to since): reading them decrypts one file
    /// per entry, 0.65 s at 10,000 entries, too slow for every item page. Only this
    /// process writes the log (writer lock), so the copy stays true; `verify` still
    /// reads the files themselves.
    pub(crate) cache: std::cell::RefCell<Option<Vec<LogEntry>>>,
    /// Which entries are about which subject (`log-index.age`), once needed.
    pub(crate) subjects: std::cell::RefCell<Option<crate::log_index::SubjectIndex>>,
    /// The head at open, and the entries appended since: the stored index is used when
    /// it was written at that head.
    opened_head: Option<LogHead>,
    appended: Vec<(Option<Uuid>, LogHead)>,
    /// The entries of the single files, read once when an item page needs one (at most
    /// a segment's worth) and appended to since, by seq.
    tail: std::cell::RefCell<Option<BTreeMap<u64, LogEntry>>>,
}

impl std::fmt::Debug for CustodyLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The identity is secret: not shown.
        f.debug_struct("CustodyLog")
            .field("dir", &self.dir)
            .field("head", &self.head)
            .field("singles", &self.singles)
            .field("head_rebuilt", &self.head_rebuilt)
            .finish_non_exhaustive()
    }
}

impl CustodyLog {
    /// Opens the log in `dir`. When entries were written after the head (a crash between
    /// the entry and the head update), the head is moved forward along the chain. A head
    /// file that is missing or does not read (a flipped byte, truncated, replaced) is
    /// rebuilt the same way, from the first entry: one bad file must not lock the parent
    /// out of everything, and the loss is logged and reported ([`Self::head_rebuilt`]).
    pub(crate) fn open(dir: &Path, identity: &x25519::Identity) -> Result<Self, LogError> {
        let head_path = dir.join(HEAD_FILE);
        let (mut head, lost) = match store::read_sealed(&head_path, identity) {
            Ok(bytes) => match serde_json::from_slice::<LogHead>(&bytes) {
                Ok(head) => (Some(head), None),
                Err(e) => (
                    None,
                    Some(HeadLost::Damaged(format!("not a log head: {e}"))),
                ),
            },
            Err(ReadFailure::Missing) => (None, Some(HeadLost::Missing)),
            Err(e) => (None, Some(HeadLost::Damaged(e.reason()))),
        };
        let expected = head.as_ref().map_or(0, |h| h.seq + 1);
        let files = list(dir)?;
        let singles = files.singles.len();
        let found = singles as u64
            + files
                .segments
                .iter()
                .map(|s| s.last - s.first + 1)
                .sum::<u64>();
        let head_rebuilt = match lost {
            // A new vault has neither head nor entries yet.
            Some(HeadLost::Missing) if found == 0 => None,
            Some(HeadLost::Missing) => Some(
                "the log head file was missing and was rebuilt from the chain; \
                 entries at the end may have been removed"
                    .to_owned(),
            ),
            Some(HeadLost::Damaged(reason)) => Some(format!(
                "the log head file was damaged ({reason}) and was rebuilt from the chain; \
                 entries at the end may have been removed"
            )),
            None => None,
        };
        let mut leftover_singles = false;
        if found > expected {
            let (entries, _) = read_all(dir, identity)?;
            // Fewer entries than files: some are both in a segment and a single file.
            leftover_singles = (entries.len() as u64) < found;
            let by_seq: BTreeMap<u64, &ReadEntry> =
                entries.iter().map(|e| (e.entry.seq, e)).collect();
            loop {
                let (next, prev) = match &head {
                    Some(h) => (h.seq + 1, h.hash.as_str()),
                    None => (0, GENESIS_HASH),
                };
                match by_seq.get(&next) {
                    Some(e) if e.entry.prev == prev => {
                        head = Some(LogHead {
                            seq: next,
                            hash: e.hash.clone(),
                        });
                    }
                    _ => break,
                }
            }
        }
        let opened_head = head.clone();
        Ok(Self {
            dir: dir.to_owned(),
            identity: identity.clone(),
            head,
            singles,
            seal_at: seal_threshold(),
            threshold: seal_threshold(),
            leftover_singles,
            head_rebuilt,
            cache: std::cell::RefCell::new(None),
            subjects: std::cell::RefCell::new(None),
            opened_head,
            appended: Vec::new(),
            tail: std::cell::RefCell::new(None),
        })
    }

    /// Seals single entry files into segments when enough have gathered (or some were
    /// left by a stop while sealing). Returns the number of entries newly sealed.
    pub(crate) fn seal_if_due(&mut self) -> Result<u64, LogError> {
        // A batch import defers its fsyncs to one at its end (`DeferredSync`): sealing,
        // which removes entry files once their segment is written, waits for an append
        // outside it.
        if waarborg_fs::sync_deferred() {
            return Ok(0);
        }
        match self.plan_seal()? {
            Some(plan) => self.execute_seal(plan),
            None => Ok(0),
        }
    }

    /// What sealing would do now, when it is due (`None`: not due).
    pub(crate) fn plan_seal(&mut self) -> Result<Option<SealPlan>, LogError> {
        if self.singles < self.seal_at && !self.leftover_singles {
            return Ok(None);
        }
        plan_seal(
            &self.dir,
            &self.identity,
            self.head.as_ref(),
            self.threshold,
        )
        .map(Some)
    }

    /// Appends an entry without sealing afterwards (the entry that announces a seal).
    pub(crate) fn append_unsealed(
        &mut self,
        recipient: &x25519::Recipient,
        kind: LogKind,
        note: String,
    ) -> Result<LogEntry, IoFailure> {
        let seal_at = std::mem::replace(&mut self.seal_at, usize::MAX);
        let leftover = std::mem::take(&mut self.leftover_singles);
        let appended = self.append(recipient, kind, None, None, note);
        self.seal_at = seal_at;
        self.leftover_singles = leftover;
        appended
    }

    /// Carries out a plan from [`Self::plan_seal`].
    pub(crate) fn execute_seal(&mut self, plan: SealPlan) -> Result<u64, LogError> {
        let threshold = self.threshold;
        let sealed = execute_seal(&self.dir, &self.identity, plan, threshold)?;
        self.singles = list(&self.dir)?.singles.len();
        self.leftover_singles = false;
        self.seal_at = if self.singles >= threshold {
            // Something stops sealing (a damaged or missing entry): not again at every
            // append, only after as many new entries again.
            self.singles + threshold
        } else {
            threshold
        };
        Ok(sealed)
    }

    pub(crate) fn head(&self) -> Option<&LogHead> {
        self.head.as_ref()
    }

    /// The entries about `subject`, oldest first: from the in-memory copy when the whole
    /// log was read this session, else through the subject index (`log-index.age`, read
    /// or rebuilt once), reading only the segments that hold them.
    pub(crate) fn entries_about(&self, subject: Uuid) -> Result<Vec<LogEntry>, LogError> {
        if let Some(all) = self.cache.borrow().as_ref() {
            return Ok(all
                .iter()
                .filter(|e| e.subject == Some(subject))
                .cloned()
                .collect());
        }
        let vault_dir = self.dir.parent().unwrap_or(&self.dir);
        let mut slot = self.subjects.borrow_mut();
        if slot.is_none() {
            let index = match crate::log_index::SubjectIndex::read(
                vault_dir,
                &self.identity,
                self.opened_head.as_ref(),
            ) {
                Some(mut index) => {
                    for (subject, head) in &self.appended {
                        index.push(*subject, head);
                    }
                    index
                }
                None => {
                    let (entries, _) = read_all(&self.dir, &self.identity)?;
                    crate::log_index::SubjectIndex::build(&entries, self.head.as_ref())
                }
            };
            *slot = Some(index);
        }
        let positions = slot
            .as_ref()
            .map(|index| index.positions(subject).to_vec())
            .unwrap_or_default();
        drop(slot);
        let mut tail = self.tail.borrow_mut();
        crate::log_index::read_positions(&self.dir, &self.identity, subject, &positions, &mut tail)
    }

    /// Writes `log-index.age` when it changed (at close; a cache, so failures are
    /// ignored: it is rebuilt when next needed).
    pub(crate) fn write_subject_index(&mut self) {
        let vault_dir = self.dir.parent().unwrap_or(&self.dir).to_owned();
        let recipient = self.identity.to_public();
        if self.subjects.get_mut().is_none() && !self.appended.is_empty() {
            // Not needed this session, but entries were appended: the stored index is
            // brought forward so the next session can use it.
            if let Some(mut index) = crate::log_index::SubjectIndex::read(
                &vault_dir,
                &self.identity,
                self.opened_head.as_ref(),
            ) {
                for (subject, head) in &self.appended {
                    index.push(*subject, head);
                }
                *self.subjects.get_mut() = Some(index);
            }
        }
        if let Some(index) = self.subjects.get_mut()
            && index.dirty
        {
            let _ = index.write(&vault_dir, &recipient);
        }
    }

    /// Appends an entry: the entry file first, then the head.
    pub(crate) fn append(
        &mut self,
        recipient: &x25519::Recipient,
        kind: LogKind,
        subject: Option<Uuid>,
        sha256: Option<String>,
        note: String,
    ) -> Result<LogEntry, IoFailure> {
        let (seq, prev) = match &self.head {
            Some(h) => (h.seq + 1, h.hash.clone()),
            None => (0, GENESIS_HASH.to_owned()),
        };
        let entry = LogEntry {
            seq,
            prev,
            at: Utc::now(),
            kind,
            subject,
            sha256,
            note,
        };
        let bytes = serde_json::to_vec(&entry)
            .map_err(|e| IoFailure::new("encode", &self.dir, std::io::Error::other(e)))?;
        let hash = store::hex(&Sha256::digest(&bytes));
        let path = self.dir.join(format!("{}.age", Uuid::new_v4()));
        store::write_sealed(&path, recipient, &bytes)?;
        // The entry is on disk: it is the newest whether or not the head file can be
        // updated, so the next append chains onto it (reusing its seq would fork the
        // log). A stale head file is moved forward along the chain at the next open.
        let head = LogHead { seq, hash };
        let head_bytes = serde_json::to_vec(&head)
            .map_err(|e| IoFailure::new("encode", &self.dir, std::io::Error::other(e)))?;
        self.head = Some(head);
        if let Some(cached) = self.cache.get_mut() {
            cached.push(entry.clone());
        }
        if let Some(tail) = self.tail.get_mut() {
            tail.insert(entry.seq, entry.clone());
        }
        if let Some(head) = &self.head {
            match self.subjects.get_mut() {
                Some(index) => index.push(subject, head),
                None => self.appended.push((subject, head.clone())),
            }
        }
        store::write_sealed(&self.dir.join(HEAD_FILE), recipient, &head_bytes)?;
        self.singles += 1;
        // The entry and head are written: sealing is housekeeping, and a failure leaves
        // every entry where it is (tried again later).
        let _ = self.seal_if_due();
        Ok(entry)
    }
}

/// Why the head file could not be used.
enum HeadLost {
    Missing,
    Damaged(String),
}

/// Whether `identity` decrypts this log (used to check a key from the keychain): its
/// head, or when the head is damaged, any entry.
pub(crate) fn identity_opens_log(dir: &Path, identity: &x25519::Identity) -> bool {
    store::read_sealed(&dir.join(HEAD_FILE), identity).is_ok()
        || entry_files(dir).is_ok_and(|files| {
            files
                .iter()
                .any(|f| store::read_sealed(f, identity).is_ok())
        })
}

/// The entry files: regular files named `*.age` other than the head. Folders, links,
/// pipes and temporary files are not entries (`verify` reports what does not belong).
fn entry_files(dir: &Path) -> Result<Vec<PathBuf>, LogError> {
    let entries = fs::read_dir(dir).map_err(|e| IoFailure::new("list", dir, e))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| IoFailure::new("list", dir, e))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".age")
            && name != HEAD_FILE
            && !name.starts_with(store::TMP_PREFIX)
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            files.push(entry.path());
        }
    }
    Ok(files)
}

/// A sealed segment, as named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segment {
    pub(crate) first: u64,
    pub(crate) last: u64,
    pub(crate) path: PathBuf,
}

/// The entry files of `log/`: segments (sorted by first seq) and single files.
pub(crate) struct LogFiles {
    pub(crate) segments: Vec<Segment>,
    pub(crate) singles: Vec<PathBuf>,
}

/// `segment-<20 digits>-<20 digits>.age` → (first, last).
fn segment_range(name: &str) -> Option<(u64, u64)> {
    let (first, last) = name
        .strip_prefix(SEGMENT_PREFIX)?
        .strip_suffix(".age")?
        .split_once('-')?;
    let digits = |s: &str| s.len() == 20 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(first) || !digits(last) {
        return None;
    }
    let (first, last) = (first.parse().ok()?, last.parse().ok()?);
    (first <= last).then_some((first, last))
}

fn segment_name(first: u64, last: u64) -> String {
    format!("{SEGMENT_PREFIX}{first:020}-{last:020}.age")
}

pub(crate) fn list(dir: &Path) -> Result<LogFiles, LogError> {
    let mut segments = Vec::new();
    let mut singles = Vec::new();
    for path in entry_files(dir)? {
        let range = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(segment_range);
        match range {
            Some((first, last)) => segments.push(Segment { first, last, path }),
            None => singles.push(path),
        }
    }
    segments.sort_by(|a, b| (a.first, &a.path).cmp(&(b.first, &b.path)));
    Ok(LogFiles { segments, singles })
}

/// The entries of one segment, each with its hash; a line that is not an entry, or
/// entries other than the name says, are problems.
/// [`read_segment`] of every segment, on every core (each segment decrypted, parsed and
/// hashed by one worker), the entries and problems kept in the segments' order; `done`
/// is told of each segment as it is read, on this thread.
fn read_segments(
    segments: &[Segment],
    identity: &x25519::Identity,
    entries: &mut Vec<ReadEntry>,
    problems: &mut Vec<LogProblem>,
    done: &mut dyn FnMut(&Segment),
) {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, 8)
        .min(segments.len());
    if workers <= 1 {
        for segment in segments {
            read_segment(segment, identity, entries, problems);
            done(segment);
        }
        return;
    }
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<(Vec<ReadEntry>, Vec<LogProblem>)>> = Vec::new();
    slots.resize_with(segments.len(), || None);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel();
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some(segment) = segments.get(at) else {
                        return;
                    };
                    let (mut read, mut found) = (Vec::new(), Vec::new());
                    read_segment(segment, identity, &mut read, &mut found);
                    if tx.send((at, read, found)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for (at, read, found) in rx {
            if let (Some(slot), Some(segment)) = (slots.get_mut(at), segments.get(at)) {
                *slot = Some((read, found));
                done(segment);
            }
        }
    });
    for (read, found) in slots.into_iter().flatten() {
        entries.extend(read);
        problems.extend(found);
    }
}

pub(crate) fn read_segment(
    segment: &Segment,
    identity: &x25519::Identity,
    entries: &mut Vec<ReadEntry>,
    problems: &mut Vec<LogProblem>,
) {
    match store::read_sealed(&segment.path, identity) {
        Ok(bytes) => parse_segment(segment, &bytes, entries, problems),
        Err(e) => problems.push(LogProblem::Unreadable {
            file: segment.path.clone(),
            reason: e.reason(),
        }),
    }
}

/// The entries of a segment's decrypted `bytes`, as [`read_segment`] reads them.
pub(crate) fn parse_segment(
    segment: &Segment,
    bytes: &[u8],
    entries: &mut Vec<ReadEntry>,
    problems: &mut Vec<LogProblem>,
) {
    let file = &segment.path;
    let body = match bytes.strip_suffix(b"\n") {
        Some(body) => body,
        None => {
            problems.push(LogProblem::Unreadable {
                file: file.clone(),
                reason: "the segment does not end with a newline (cut short or changed)".to_owned(),
            });
            bytes
        }
    };
    let mut expected = segment.first;
    let mut as_named = true;
    for (n, line) in body.split(|b| *b == b'\n').enumerate() {
        match serde_json::from_slice::<LogEntry>(line) {
            Ok(entry) => {
                as_named &= entry.seq == expected;
                expected = expected.saturating_add(1);
                entries.push(ReadEntry {
                    entry,
                    hash: store::hex(&Sha256::digest(line)),
                    file: file.clone(),
                });
            }
            Err(e) => {
                as_named = false;
                problems.push(LogProblem::Unreadable {
                    file: file.clone(),
                    reason: format!("line {}: not a log entry: {e}", n + 1),
                });
            }
        }
    }
    if !as_named || expected != segment.last.saturating_add(1) {
        problems.push(LogProblem::Unreadable {
            file: file.clone(),
            reason: format!(
                "the segment's name says entries {} to {}, its lines do not hold exactly those in order",
                segment.first, segment.last
            ),
        });
    }
}

/// Every readable entry, sorted by position, plus the files that could not be read.
/// An entry found both in a segment and as a single file with the same bytes (a stop
/// while sealing) counts once.
pub(crate) fn read_all(
    dir: &Path,
    identity: &x25519::Identity,
) -> Result<(Vec<ReadEntry>, Vec<LogProblem>), LogError> {
    read_all_with(dir, identity, &mut |_, _| {})
}

/// [`read_all`], calling `progress(done, total)` with bytes of entry files read.
pub(crate) fn read_all_with(
    dir: &Path,
    identity: &x25519::Identity,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(Vec<ReadEntry>, Vec<LogProblem>), LogError> {
    let files = list(dir)?;
    let size = |p: &Path| fs::symlink_metadata(p).map_or(0, |m| m.len());
    let total: u64 = files
        .segments
        .iter()
        .map(|s| size(&s.path))
        .chain(files.singles.iter().map(|p| size(p)))
        .sum();
    let mut done = 0u64;
    progress(done, total);
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    read_segments(
        &files.segments,
        identity,
        &mut entries,
        &mut problems,
        &mut |segment| {
            done += size(&segment.path);
            progress(done, total);
        },
    );
    let sealed = entries.len();
    for file in files.singles {
        done += size(&file);
        match read_single(file, identity) {
            Ok(entry) => entries.push(entry),
            Err(problem) => problems.push(problem),
        }
        if done == total || entries.len().is_multiple_of(256) {
            progress(done, total);
        }
    }
    progress(total, total);
    // Single files whose exact bytes are also in a segment: the segment's copy counts.
    // The single files are few (fewer than a segment's worth): the look-up is built from
    // them, not from every sealed entry (a million at scale).
    if entries.len() > sealed {
        let singles: std::collections::HashSet<(u64, &str)> = entries[sealed..]
            .iter()
            .map(|e| (e.entry.seq, e.hash.as_str()))
            .collect();
        let also_sealed: std::collections::HashSet<(u64, String)> = entries[..sealed]
            .iter()
            .filter(|e| singles.contains(&(e.entry.seq, e.hash.as_str())))
            .map(|e| (e.entry.seq, e.hash.clone()))
            .collect();
        let mut n = 0;
        entries.retain(|e| {
            n += 1;
            n <= sealed || !also_sealed.contains(&(e.entry.seq, e.hash.clone()))
        });
    }
    entries.sort_by(|a, b| {
        a.entry
            .seq
            .cmp(&b.entry.seq)
            .then_with(|| a.file.cmp(&b.file))
    });
    Ok((entries, problems))
}

/// One single entry file (`log/<uuid>.age`) as an entry, or why it is not one.
pub(crate) fn read_single(
    file: PathBuf,
    identity: &x25519::Identity,
) -> Result<ReadEntry, LogProblem> {
    match store::read_sealed(&file, identity) {
        Ok(bytes) => match serde_json::from_slice::<LogEntry>(&bytes) {
            Ok(entry) => Ok(ReadEntry {
                entry,
                hash: store::hex(&Sha256::digest(&bytes)),
                file,
            }),
            Err(e) => Err(LogProblem::Unreadable {
                file,
                reason: format!("not a log entry: {e}"),
            }),
        },
        Err(e) => Err(LogProblem::Unreadable {
            file,
            reason: e.reason(),
        }),
    }
}

/// The single entry files that read, as entries.
pub(crate) fn read_singles(files: &[PathBuf], identity: &x25519::Identity) -> Vec<ReadEntry> {
    let mut entries = Vec::new();
    for file in files {
        if let Ok(bytes) = store::read_sealed(file, identity)
            && let Ok(entry) = serde_json::from_slice::<LogEntry>(&bytes)
        {
            entries.push(ReadEntry {
                entry,
                hash: store::hex(&Sha256::digest(&bytes)),
                file: file.clone(),
            });
        }
    }
    entries
}

/// The newest entry for which `wanted` holds, read newest first: the single files not
/// sealed yet, then the segments from the last one back, stopping at the first match.
/// Cheap when such an entry is recent; the whole log is read only when there is none.
/// Unreadable files are skipped here (`verify` reports them).
pub(crate) fn newest_matching(
    dir: &Path,
    identity: &x25519::Identity,
    wanted: &dyn Fn(&LogEntry) -> bool,
) -> Result<Option<LogEntry>, LogError> {
    let files = list(dir)?;
    let newest_first = |entries: Vec<ReadEntry>| {
        entries
            .into_iter()
            .filter(|e| wanted(&e.entry))
            .max_by_key(|e| e.entry.seq)
            .map(|e| e.entry)
    };
    if let Some(found) = newest_first(read_singles(&files.singles, identity)) {
        return Ok(Some(found));
    }
    let mut segments: Vec<&Segment> = files.segments.iter().collect();
    segments.sort_by_key(|s| s.last);
    for segment in segments.into_iter().rev() {
        let (mut entries, mut problems) = (Vec::new(), Vec::new());
        read_segment(segment, identity, &mut entries, &mut problems);
        if let Some(found) = newest_first(entries) {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// The entries at position `seq` (normally one): read from the segments whose name
/// covers it, or from the single files when none does. Cheap: one segment, or the few
/// single files not sealed yet.
pub(crate) fn read_at(
    dir: &Path,
    identity: &x25519::Identity,
    seq: u64,
) -> Result<Vec<ReadEntry>, LogError> {
    let files = list(dir)?;
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let covering: Vec<&Segment> = files
        .segments
        .iter()
        .filter(|s| s.first <= seq && seq <= s.last)
        .collect();
    for segment in &covering {
        read_segment(segment, identity, &mut entries, &mut problems);
    }
    if covering.is_empty() {
        entries.extend(read_singles(&files.singles, identity));
    }
    entries.retain(|e| e.entry.seq == seq);
    Ok(entries)
}

/// Moves single entry files into segments of [`seal_threshold`] entries, bytes
/// unchanged: the segment is written atomically (temporary file, fsync, rename, fsync of
/// the folder), then its single files are removed. A stop in between leaves entries both
/// in the segment and as single files with the same bytes; they count once, and the next
/// seal removes the single files. Only a run of single files that all read, continue the
/// segments without a gap, chain onto one another and are not after `head` is sealed;
/// anything else stays as it is for `verify` to report. Returns the entries sealed.
#[cfg(test)]
pub(crate) fn seal(
    dir: &Path,
    identity: &x25519::Identity,
    head: Option<&LogHead>,
    threshold: usize,
) -> Result<u64, LogError> {
    let plan = plan_seal(dir, identity, head, threshold)?;
    execute_seal(dir, identity, plan, threshold)
}

/// A single entry file read for sealing.
struct Single {
    entry: LogEntry,
    bytes: zeroize::Zeroizing<Vec<u8>>,
    hash: String,
    path: PathBuf,
}

/// What [`seal`] will move: whole segments' worth of single files, in order.
pub(crate) struct SealPlan {
    run: Vec<Single>,
}

impl SealPlan {
    /// The entries that will be sealed.
    pub(crate) fn len(&self) -> usize {
        self.run.len()
    }

    /// The first and last `seq` that will be sealed.
    pub(crate) fn range(&self) -> Option<(u64, u64)> {
        Some((self.run.first()?.entry.seq, self.run.last()?.entry.seq))
    }
}

/// The first half of [`seal`]: reads the single files, removes those a stop left beside
/// the segment holding the same bytes, and picks the run to seal.
fn plan_seal(
    dir: &Path,
    identity: &x25519::Identity,
    head: Option<&LogHead>,
    threshold: usize,
) -> Result<SealPlan, LogError> {
    let files = list(dir)?;
    let sealed_end = files.segments.iter().map(|s| s.last + 1).max().unwrap_or(0);
    let nothing = || SealPlan { run: Vec::new() };
    let mut singles = Vec::with_capacity(files.singles.len());
    for path in files.singles {
        let Ok(bytes) = store::read_sealed(&path, identity) else {
            return Ok(nothing());
        };
        let Ok(entry) = serde_json::from_slice::<LogEntry>(&bytes) else {
            return Ok(nothing());
        };
        let hash = store::hex(&Sha256::digest(&bytes));
        singles.push(Single {
            entry,
            bytes,
            hash,
            path,
        });
    }
    singles.sort_by(|a, b| (a.entry.seq, &a.path).cmp(&(b.entry.seq, &b.path)));

    // Left by a stop after a segment was written: removed when the segment holds exactly
    // the same bytes at that position.
    let (old, mut new): (Vec<Single>, Vec<Single>) =
        singles.into_iter().partition(|s| s.entry.seq < sealed_end);
    let mut segment_hashes: BTreeMap<u64, String> = BTreeMap::new();
    let mut read_segments = std::collections::BTreeSet::new();
    let mut removed_any = false;
    for single in &old {
        let seq = single.entry.seq;
        for segment in files
            .segments
            .iter()
            .filter(|s| s.first <= seq && seq <= s.last)
        {
            if read_segments.insert(segment.path.clone()) {
                let (mut entries, mut problems) = (Vec::new(), Vec::new());
                read_segment(segment, identity, &mut entries, &mut problems);
                if problems.is_empty() {
                    for e in entries {
                        segment_hashes.insert(e.entry.seq, e.hash);
                    }
                }
            }
        }
        if segment_hashes.get(&seq) == Some(&single.hash) {
            fs::remove_file(&single.path).map_err(|e| IoFailure::new("remove", &single.path, e))?;
            removed_any = true;
        }
    }
    if removed_any {
        store::sync_parent(&dir.join(HEAD_FILE))?;
    }

    // The run to seal: sealed_end, sealed_end + 1, … each naming its predecessor.
    let limit = head.map_or(0, |h| h.seq + 1);
    let mut run = 0usize;
    for (n, single) in new.iter().enumerate() {
        let expected = sealed_end + n as u64;
        let chained = match n.checked_sub(1).and_then(|p| new.get(p)) {
            Some(prev) => single.entry.prev == prev.hash,
            None => single.entry.seq != 0 || single.entry.prev == GENESIS_HASH,
        };
        if single.entry.seq != expected || !chained || single.entry.seq >= limit {
            break;
        }
        run = n + 1;
    }
    // Two single files at one position: not sealed past it (verify names it).
    if let Some(next) = new.get(run)
        && run > 0
        && next.entry.seq == new[run - 1].entry.seq
    {
        run -= 1;
    }
    let threshold = threshold.max(1);
    new.truncate(run - run % threshold);
    Ok(SealPlan { run: new })
}

/// The second half of [`seal`]: writes the planned segments and removes their single
/// files. Returns the entries sealed.
fn execute_seal(
    dir: &Path,
    identity: &x25519::Identity,
    plan: SealPlan,
    threshold: usize,
) -> Result<u64, LogError> {
    let recipient = identity.to_public();
    let mut sealed = 0u64;
    for chunk in plan.run.chunks_exact(threshold.max(1)) {
        let (first, last) = (chunk[0].entry.seq, chunk[chunk.len() - 1].entry.seq);
        let mut plaintext = zeroize::Zeroizing::new(Vec::with_capacity(
            chunk.iter().map(|s| s.bytes.len() + 1).sum(),
        ));
        for single in chunk {
            plaintext.extend_from_slice(&single.bytes);
            plaintext.push(b'\n');
        }
        hook(SealStep::Writing { first });
        store::write_sealed(&dir.join(segment_name(first, last)), &recipient, &plaintext)?;
        hook(SealStep::Written { first });
        for (n, single) in chunk.iter().enumerate() {
            fs::remove_file(&single.path).map_err(|e| IoFailure::new("remove", &single.path, e))?;
            hook(SealStep::Removed {
                first,
                removed: n + 1,
            });
        }
        store::sync_parent(&dir.join(HEAD_FILE))?;
        sealed += chunk.len() as u64;
    }
    Ok(sealed)
}

/// Checks the chain of `entries` (sorted by seq) against `head`.
#[cfg(test)]
pub(crate) fn check_chain(entries: &[ReadEntry], head: Option<&LogHead>) -> Vec<LogProblem> {
    check_links(
        entries.iter().map(|e| Link {
            first: e.entry.seq,
            last: e.entry.seq,
            prev: &e.entry.prev,
            hash: &e.hash,
            file: &e.file,
        }),
        head,
    )
}

/// Entries `first..=last` as the chain check sees them: one entry, or a sealed segment
/// known to hold exactly those entries, each naming its predecessor's hash (`verify`'s
/// segment summaries). `prev` is the first entry's, `hash` the last entry's.
pub(crate) struct Link<'a> {
    pub(crate) first: u64,
    pub(crate) last: u64,
    pub(crate) prev: &'a str,
    pub(crate) hash: &'a str,
    pub(crate) file: &'a Path,
}

/// [`check_chain`] over links sorted by `first` (then file). A link of several entries
/// must not share a position with any other link: each check is then the one
/// [`check_chain`] makes of its entries one by one.
pub(crate) fn check_links<'a>(
    links: impl IntoIterator<Item = Link<'a>>,
    head: Option<&LogHead>,
) -> Vec<LogProblem> {
    let mut problems = Vec::new();
    let mut expected_seq = 0u64;
    let mut prev_hash: Option<&str> = None;
    let mut last: Option<(u64, &str)> = None;
    for e in links {
        let seq = e.first;
        if seq + 1 == expected_seq {
            problems.push(LogProblem::Duplicate { seq });
            continue;
        }
        while expected_seq < seq {
            problems.push(LogProblem::Missing { seq: expected_seq });
            expected_seq += 1;
            prev_hash = None;
        }
        let chained = match prev_hash {
            Some(p) => e.prev == p,
            // After a gap the link cannot be checked (the gap is reported); the first
            // entry must name the genesis hash.
            None => seq != 0 || e.prev == GENESIS_HASH,
        };
        if !chained {
            problems.push(LogProblem::BrokenChain {
                seq,
                file: e.file.to_owned(),
            });
        }
        prev_hash = Some(e.hash);
        expected_seq = e.last + 1;
        last = Some((e.last, e.hash));
    }
    match (head, last) {
        (Some(h), Some((l_seq, l_hash))) if h.seq == l_seq && h.hash == l_hash => {}
        (Some(h), Some((l_seq, _))) if h.seq > l_seq => problems.push(LogProblem::HeadMismatch {
            reason: format!(
                "the head names entry {}, the newest entry found is {}: entries at the end were removed",
                h.seq, l_seq
            ),
        }),
        (Some(h), Some(_)) => problems.push(LogProblem::HeadMismatch {
            reason: format!("entry {} does not match the recorded head hash", h.seq),
        }),
        (None, Some(_)) => problems.push(LogProblem::HeadMismatch {
            reason: "the head file is missing".to_owned(),
        }),
        (Some(h), None) => problems.push(LogProblem::HeadMismatch {
            reason: format!("the head names entry {} but no entry was found", h.seq),
        }),
        (None, None) => {}
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (tempfile::TempDir, x25519::Identity, CustodyLog) {
        let tmp = tempfile::tempdir().unwrap();
        let identity = x25519::Identity::generate();
        let log = CustodyLog::open(tmp.path(), &identity).unwrap();
        (tmp, identity, log)
    }

    fn append_n(log: &mut CustodyLog, identity: &x25519::Identity, n: usize) {
        for i in 0..n {
            log.append(
                &identity.to_public(),
                LogKind::GuideStep,
                None,
                None,
                format!("step {i}"),
            )
            .unwrap();
        }
    }

    fn problems(dir: &Path, identity: &x25519::Identity) -> Vec<LogProblem> {
        let log = CustodyLog::open(dir, identity).unwrap();
        let (entries, mut problems) = read_all(dir, identity).unwrap();
        problems.extend(check_chain(&entries, log.head()));
        problems
    }

    #[test]
    fn an_intact_chain_has_no_problems_and_its_head_is_the_last_hash() {
        let (tmp, id, mut log) = setup();
        append_n(&mut log, &id, 5);
        let (entries, unreadable) = read_all(tmp.path(), &id).unwrap();
        assert!(unreadable.is_empty());
        assert_eq!(entries.len(), 5);
        assert_eq!(entries[0].entry.prev, GENESIS_HASH);
        for pair in entries.windows(2) {
            assert_eq!(pair[1].entry.prev, pair[0].hash);
        }
        assert_eq!(log.head().unwrap().hash, entries[4].hash);
        assert!(problems(tmp.path(), &id).is_empty());
    }

    #[test]
    fn a_removed_entry_in_the_middle_is_named() {
        let (tmp, id, mut log) = setup();
        append_n(&mut log, &id, 4);
        let (entries, _) = read_all(tmp.path(), &id).unwrap();
        fs::remove_file(&entries[2].file).unwrap();
        assert_eq!(
            problems(tmp.path(), &id),
            vec![LogProblem::Missing { seq: 2 }]
        );
    }

    #[test]
    fn removed_entries_at_the_end_are_caught_by_the_head() {
        let (tmp, id, mut log) = setup();
        append_n(&mut log, &id, 4);
        let (entries, _) = read_all(tmp.path(), &id).unwrap();
        fs::remove_file(&entries[3].file).unwrap();
        let found = problems(tmp.path(), &id);
        assert!(
            matches!(found[..], [LogProblem::HeadMismatch { .. }]),
            "{found:?}"
        );
    }

    #[test]
    fn a_rewritten_entry_breaks_the_chain_after_it() {
        let (tmp, id, mut log) = setup();
        append_n(&mut log, &id, 4);
        let (entries, _) = read_all(tmp.path(), &id).unwrap();
        // Someone with the key rewrites entry 1 (changes its note) in place.
        let mut altered = entries[1].entry.clone();
        altered.note = "nothing happened".to_owned();
        let bytes = serde_json::to_vec(&altered).unwrap();
        store::write_sealed(&entries[1].file, &id.to_public(), &bytes).unwrap();
        let found = problems(tmp.path(), &id);
        assert!(
            found.contains(&LogProblem::BrokenChain {
                seq: 2,
                file: entries[2].file.clone()
            }),
            "{found:?}"
        );
    }

    #[test]
    fn swapped_entries_are_detected() {
        let (tmp, id, mut log) = setup();
        append_n(&mut log, &id, 4);
        let (entries, _) = read_all(tmp.path(), &id).unwrap();
        // Reorder: entries 1 and 2 swap their positions (seq numbers), keeping content.
        for (from, to) in [(1usize, 2u64), (2, 1)] {
            let mut e = entries[from].entry.clone();
            e.seq = to;
            let bytes = serde_json::to_vec(&e).unwrap();
            store::write_sealed(&entries[from].file, &id.to_public(), &bytes).unwrap();
        }
        let found = problems(tmp.path(), &id);
        assert!(
            found
                .iter()
                .any(|p| matches!(p, LogProblem::BrokenChain { .. })),
            "{found:?}"
        );
    }

    #[test]
    fn a_flipped_byte_makes_the_entry_unreadable_and_named() {
        let (tmp, id, mut log) = setup();
        append_n(&mut log, &id, 3);
        let (entries, _) = read_all(tmp.path(), &id).unwrap();
        let mut bytes = fs::read(&entries[1].file).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 0x01;
        fs::write(&entries[1].file, bytes).unwrap();
        let found = problems(tmp.path(), &id);
        assert!(found.contains(&LogProblem::Missing { seq: 1 }), "{found:?}");
        assert!(
            found.iter().any(
                |p| matches!(p, LogProblem::Unreadable { file, .. } if *file == entries[1].file)
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_stale_head_after_a_crash_is_moved_forward_on_open() {
        let (tmp, id, mut log) = setup();
        append_n(&mut log, &id, 3);
        let old_head = fs::read(tmp.path().join(HEAD_FILE)).unwrap();
        append_n(&mut log, &id, 1);
        let new_head = log.head().cloned();
        // Simulate a crash between writing entry 3 and its head update.
        fs::write(tmp.path().join(HEAD_FILE), old_head).unwrap();
        let reopened = CustodyLog::open(tmp.path(), &id).unwrap();
        assert_eq!(reopened.head().cloned(), new_head);
    }

    fn setup_sealing(threshold: usize) -> (tempfile::TempDir, x25519::Identity, CustodyLog) {
        let (tmp, id, mut log) = setup();
        log.threshold = threshold;
        log.seal_at = threshold;
        (tmp, id, log)
    }

    fn names(dir: &Path) -> (Vec<String>, usize) {
        let files = list(dir).unwrap();
        let segments = files
            .segments
            .iter()
            .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        (segments, files.singles.len())
    }

    #[test]
    fn sealing_keeps_every_entrys_bytes_hash_and_chain() {
        let (plain_dir, id, mut plain) = setup_sealing(usize::MAX);
        let (tmp, _, _) = setup();
        let mut log = CustodyLog::open(tmp.path(), &id).unwrap();
        log.threshold = 4;
        log.seal_at = 4;
        append_n(&mut plain, &id, 10);
        append_n(&mut log, &id, 10);
        let (segments, singles) = names(tmp.path());
        assert_eq!(
            segments,
            vec![
                format!("segment-{:020}-{:020}.age", 0, 3),
                format!("segment-{:020}-{:020}.age", 4, 7)
            ]
        );
        assert_eq!(singles, 2);
        let (entries, unreadable) = read_all(tmp.path(), &id).unwrap();
        assert!(unreadable.is_empty(), "{unreadable:?}");
        assert_eq!(entries.len(), 10);
        for (n, e) in entries.iter().enumerate() {
            assert_eq!(e.entry.seq, n as u64);
            // The hash is that of the entry's exact JSON, as a single file holds it.
            let bytes = serde_json::to_vec(&e.entry).unwrap();
            assert_eq!(e.hash, store::hex(&Sha256::digest(&bytes)));
        }
        assert!(problems(tmp.path(), &id).is_empty());
        assert_eq!(log.head().unwrap().hash, entries[9].hash);
        // The segment's plaintext is the entries' bytes, one per line.
        let segment = store::read_sealed(&tmp.path().join(&segments[0]), &id).unwrap();
        let lines: Vec<&[u8]> = segment
            .strip_suffix(b"\n")
            .unwrap()
            .split(|b| *b == b'\n')
            .collect();
        assert_eq!(lines.len(), 4);
        for (line, e) in lines.iter().zip(&entries) {
            assert_eq!(*line, serde_json::to_vec(&e.entry).unwrap().as_slice());
        }
        drop(plain_dir);
    }

    #[test]
    fn a_stop_between_segment_and_removal_leaves_entries_counted_once_and_cleaned() {
        let (tmp, id, mut log) = setup_sealing(usize::MAX);
        append_n(&mut log, &id, 6);
        let before = list(tmp.path()).unwrap().singles;
        // Seal, then put the single files back as a stop before their removal leaves them.
        let saved: Vec<(PathBuf, Vec<u8>)> = before
            .iter()
            .map(|p| (p.clone(), fs::read(p).unwrap()))
            .collect();
        assert_eq!(seal(tmp.path(), &id, log.head(), 4).unwrap(), 4);
        for (p, b) in &saved {
            fs::write(p, b).unwrap();
        }
        assert!(problems(tmp.path(), &id).is_empty());
        let mut reopened = CustodyLog::open(tmp.path(), &id).unwrap();
        assert!(reopened.leftover_singles);
        reopened.threshold = 4;
        assert_eq!(reopened.seal_if_due().unwrap(), 0);
        assert_eq!(names(tmp.path()).1, 2);
        assert!(problems(tmp.path(), &id).is_empty());
    }

    #[test]
    fn a_single_file_that_differs_from_its_sealed_copy_is_a_duplicate() {
        let (tmp, id, mut log) = setup_sealing(usize::MAX);
        append_n(&mut log, &id, 4);
        let (entries, _) = read_all(tmp.path(), &id).unwrap();
        assert_eq!(seal(tmp.path(), &id, log.head(), 4).unwrap(), 4);
        let mut altered = entries[1].entry.clone();
        altered.note = "something else".to_owned();
        store::write_sealed(
            &entries[1].file,
            &id.to_public(),
            &serde_json::to_vec(&altered).unwrap(),
        )
        .unwrap();
        assert!(problems(tmp.path(), &id).contains(&LogProblem::Duplicate { seq: 1 }));
        // Sealing leaves it for verify.
        assert_eq!(seal(tmp.path(), &id, log.head(), 4).unwrap(), 0);
        assert!(entries[1].file.exists());
    }

    #[test]
    fn a_changed_line_breaks_the_chain_and_a_removed_segment_is_missing() {
        let (tmp, id, mut log) = setup_sealing(4);
        append_n(&mut log, &id, 9);
        let (segments, _) = names(tmp.path());
        let first = tmp.path().join(&segments[0]);
        let plain = store::read_sealed(&first, &id).unwrap();
        let changed = String::from_utf8(plain.to_vec())
            .unwrap()
            .replace("step 1", "step X");
        store::write_sealed(&first, &id.to_public(), changed.as_bytes()).unwrap();
        let found = problems(tmp.path(), &id);
        assert!(
            found.contains(&LogProblem::BrokenChain {
                seq: 2,
                file: first.clone()
            }),
            "{found:?}"
        );
        fs::remove_file(tmp.path().join(&segments[1])).unwrap();
        let found = problems(tmp.path(), &id);
        for seq in 4..8 {
            assert!(found.contains(&LogProblem::Missing { seq }), "{found:?}");
        }
    }

    #[test]
    fn a_damaged_segment_is_named_and_its_entries_missing() {
        let (tmp, id, mut log) = setup_sealing(4);
        append_n(&mut log, &id, 5);
        let (segments, _) = names(tmp.path());
        let path = tmp.path().join(&segments[0]);
        let mut bytes = fs::read(&path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        fs::write(&path, bytes).unwrap();
        let found = problems(tmp.path(), &id);
        assert!(
            found
                .iter()
                .any(|p| matches!(p, LogProblem::Unreadable { file, .. } if *file == path)),
            "{found:?}"
        );
        assert!(found.contains(&LogProblem::Missing { seq: 0 }), "{found:?}");
    }

    #[test]
    fn a_stale_head_after_a_crash_is_moved_forward_past_segments() {
        let (tmp, id, mut log) = setup_sealing(4);
        append_n(&mut log, &id, 5);
        let old_head = fs::read(tmp.path().join(HEAD_FILE)).unwrap();
        append_n(&mut log, &id, 1);
        let new_head = log.head().cloned();
        fs::write(tmp.path().join(HEAD_FILE), old_head).unwrap();
        let reopened = CustodyLog::open(tmp.path(), &id).unwrap();
        assert_eq!(reopened.head().cloned(), new_head);
        // A missing head is rebuilt through the segments too.
        fs::remove_file(tmp.path().join(HEAD_FILE)).unwrap();
        let reopened = CustodyLog::open(tmp.path(), &id).unwrap();
        assert_eq!(reopened.head().cloned(), new_head);
        assert!(reopened.head_rebuilt.is_some());
    }

    #[test]
    fn kinds_round_trip_including_open_ended_ones() {
        for kind in [
            LogKind::Import,
            LogKind::DocumentGenerated,
            LogKind::Other("police-report-filed".to_owned()),
        ] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(serde_json::from_str::<LogKind>(&json).unwrap(), kind);
        }
        assert_eq!(
            serde_json::to_string(&LogKind::GuideStep).unwrap(),
            "\"guide-step\""
        );
    }

    /// An in-memory chain of `n` entries, as `read_all` would return it.
    fn chain(n: usize) -> Vec<ReadEntry> {
        let mut out: Vec<ReadEntry> = Vec::new();
        for seq in 0..n as u64 {
            let prev = out
                .last()
                .map_or(GENESIS_HASH.to_owned(), |e: &ReadEntry| e.hash.clone());
            let entry = LogEntry {
                seq,
                prev,
                at: DateTime::<Utc>::from_timestamp(1_700_000_000 + seq as i64, 0).unwrap(),
                kind: LogKind::Import,
                subject: None,
                sha256: None,
                note: format!("{seq}"),
            };
            let bytes = serde_json::to_vec(&entry).unwrap();
            out.push(ReadEntry {
                hash: store::hex(&Sha256::digest(&bytes)),
                entry,
                file: PathBuf::from(format!("{seq}.age")),
            });
        }
        out
    }

    fn head_of(entries: &[ReadEntry]) -> Option<LogHead> {
        entries.last().map(|e| LogHead {
            seq: e.entry.seq,
            hash: e.hash.clone(),
        })
    }

    /// As `read_all` sorts them.
    fn sorted(mut entries: Vec<ReadEntry>) -> Vec<ReadEntry> {
        entries.sort_by(|a, b| {
            a.entry
                .seq
                .cmp(&b.entry.seq)
                .then_with(|| a.file.cmp(&b.file))
        });
        entries
    }

    proptest::proptest! {
        #[test]
        fn removing_any_entries_is_detected(n in 1usize..40, picks in proptest::collection::vec(0usize..40, 1..5)) {
            let full = chain(n);
            let head = head_of(&full);
            let removed: std::collections::BTreeSet<usize> = picks.into_iter().map(|p| p % n).collect();
            let kept: Vec<_> = full.into_iter().enumerate().filter(|(i, _)| !removed.contains(i)).map(|(_, e)| e).collect();
            proptest::prop_assert!(!check_chain(&sorted(kept), head.as_ref()).is_empty());
        }

        #[test]
        fn reordering_two_entries_is_detected(n in 2usize..40, a in 0usize..40, b in 0usize..40) {
            let (a, b) = (a % n, b % n);
            proptest::prop_assume!(a != b);
            let mut entries = chain(n);
            let head = head_of(&entries);
            // Swap the positions (seq) of two entries, as if their order were changed.
            let (sa, sb) = (entries[a].entry.seq, entries[b].entry.seq);
            entries[a].entry.seq = sb;
            entries[b].entry.seq = sa;
            proptest::prop_assert!(!check_chain(&sorted(entries), head.as_ref()).is_empty());
        }

        #[test]
        fn an_intact_chain_of_any_length_is_clean(n in 0usize..40) {
            let entries = chain(n);
            let head = head_of(&entries);
            proptest::prop_assert!(check_chain(&entries, head.as_ref()).is_empty());
        }

        #[test]
        fn log_entries_round_trip_through_json(seq in 0u64..1_000_000, note in "\\PC{0,40}", kind in "[a-z-]{1,20}") {
            let entry = LogEntry {
                seq,
                prev: GENESIS_HASH.to_owned(),
                at: DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap(),
                kind: LogKind::from(kind),
                subject: Some(Uuid::new_v4()),
                sha256: None,
                note,
            };
            let json = serde_json::to_vec(&entry).unwrap();
            proptest::prop_assert_eq!(serde_json::from_slice::<LogEntry>(&json).unwrap(), entry);
        }
    }
}
