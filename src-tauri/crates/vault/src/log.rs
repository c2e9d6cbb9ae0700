//! The custody log: append-only, hash-chained, every entry its own encrypted file.
//!
//! Entry `n` is the JSON object stored (age-encrypted) in `log/<random-uuid>.age`. Its hash
//! is the SHA-256 of exactly those plaintext bytes, so `age -d -i key log/X.age | sha256sum`
//! gives it. Entry `n` names the hash of entry `n-1` in `prev` (entry 0 names 64 zeros).
//! `log/head.age` holds `{seq, hash}` of the newest entry, so removing the newest entries
//! is detected too. The head can be shown and printed: anyone holding a printed head can
//! later prove that nothing before it was changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

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
#[derive(Debug)]
pub(crate) struct CustodyLog {
    dir: PathBuf,
    head: Option<LogHead>,
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
        let found = entry_files(dir)?.len() as u64;
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
        if found > expected {
            let (entries, _) = read_all(dir, identity)?;
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
        Ok(Self {
            dir: dir.to_owned(),
            head,
            head_rebuilt,
            cache: std::cell::RefCell::new(None),
        })
    }

    pub(crate) fn head(&self) -> Option<&LogHead> {
        self.head.as_ref()
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
        store::write_sealed(&self.dir.join(HEAD_FILE), recipient, &head_bytes)?;
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

/// Every readable entry, sorted by position, plus the files that could not be read.
pub(crate) fn read_all(
    dir: &Path,
    identity: &x25519::Identity,
) -> Result<(Vec<ReadEntry>, Vec<LogProblem>), LogError> {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for file in entry_files(dir)? {
        match store::read_sealed(&file, identity) {
            Ok(bytes) => match serde_json::from_slice::<LogEntry>(&bytes) {
                Ok(entry) => entries.push(ReadEntry {
                    entry,
                    hash: store::hex(&Sha256::digest(&bytes)),
                    file,
                }),
                Err(e) => problems.push(LogProblem::Unreadable {
                    file,
                    reason: format!("not a log entry: {e}"),
                }),
            },
            Err(e) => problems.push(LogProblem::Unreadable {
                file,
                reason: e.reason(),
            }),
        }
    }
    entries.sort_by(|a, b| {
        a.entry
            .seq
            .cmp(&b.entry.seq)
            .then_with(|| a.file.cmp(&b.file))
    });
    Ok((entries, problems))
}

/// Checks the chain of `entries` (sorted by seq) against `head`.
pub(crate) fn check_chain(entries: &[ReadEntry], head: Option<&LogHead>) -> Vec<LogProblem> {
    let mut problems = Vec::new();
    let mut expected_seq = 0u64;
    let mut prev_hash: Option<&str> = None;
    for e in entries {
        let seq = e.entry.seq;
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
            Some(p) => e.entry.prev == p,
            // After a gap the link cannot be checked (the gap is reported); the first
            // entry must name the genesis hash.
            None => seq != 0 || e.entry.prev == GENESIS_HASH,
        };
        if !chained {
            problems.push(LogProblem::BrokenChain {
                seq,
                file: e.file.clone(),
            });
        }
        prev_hash = Some(&e.hash);
        expected_seq = seq + 1;
    }
    let last = entries.last();
    match (head, last) {
        (Some(h), Some(l)) if h.seq == l.entry.seq && h.hash == l.hash => {}
        (Some(h), Some(l)) if h.seq > l.entry.seq => problems.push(LogProblem::HeadMismatch {
            reason: format!(
                "the head names entry {}, the newest entry found is {}: entries at the end were removed",
                h.seq, l.entry.seq
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
