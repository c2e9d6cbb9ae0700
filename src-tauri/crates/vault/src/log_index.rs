//! `log-index.age`: a cache of which custody log entries are about which item or record,
//! so the first item page after unlock reads one or a few segments instead of the whole
//! log (a million entries take seconds to read).
//!
//! Plaintext: `{"format": 1, "head": {"seq", "hash"}, "subjects": {"<id>": [seq, …]}}`.
//! Used only when its head is the log head the vault opened with; otherwise (missing,
//! damaged, stale) rebuilt from the log the first time it is needed. Written when the
//! vault is closed. The integrity check never reads it, and the entries it points to are
//! read from the log itself (and must name the subject), so a wrong index can only leave
//! entries out of a page, never put foreign ones in. It can be deleted at any time.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use age::x25519;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{IoFailure, LogError};
use crate::log::{self, LogEntry, LogHead, ReadEntry};
use crate::store;

pub(crate) const LOG_INDEX_FILE: &str = "log-index.age";
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    head: Option<LogHead>,
    subjects: HashMap<Uuid, Vec<u64>>,
}

/// The positions of each subject's entries, as far as `head`.
#[derive(Debug, Default)]
pub(crate) struct SubjectIndex {
    head: Option<LogHead>,
    subjects: HashMap<Uuid, Vec<u64>>,
    /// Changed since read (or rebuilt): written at close.
    pub(crate) dirty: bool,
}

impl SubjectIndex {
    /// Reads the stored index when it was written at `head`.
    pub(crate) fn read(
        vault_dir: &Path,
        identity: &x25519::Identity,
        head: Option<&LogHead>,
    ) -> Option<Self> {
        let bytes = store::read_sealed(&vault_dir.join(LOG_INDEX_FILE), identity).ok()?;
        let stored: Stored = serde_json::from_slice(&bytes).ok()?;
        (stored.format == FORMAT && stored.head.as_ref() == head).then_some(Self {
            head: stored.head,
            subjects: stored.subjects,
            dirty: false,
        })
    }

    /// Built from entries as read (sorted by seq).
    pub(crate) fn build(entries: &[ReadEntry], head: Option<&LogHead>) -> Self {
        let mut subjects: HashMap<Uuid, Vec<u64>> = HashMap::new();
        for e in entries {
            if let Some(subject) = e.entry.subject {
                subjects.entry(subject).or_default().push(e.entry.seq);
            }
        }
        Self {
            head: head.cloned(),
            subjects,
            dirty: true,
        }
    }

    /// An entry appended after the index's head.
    pub(crate) fn push(&mut self, subject: Option<Uuid>, head: &LogHead) {
        if let Some(subject) = subject {
            self.subjects.entry(subject).or_default().push(head.seq);
        }
        self.head = Some(head.clone());
        self.dirty = true;
    }

    pub(crate) fn positions(&self, subject: Uuid) -> &[u64] {
        self.subjects.get(&subject).map_or(&[], Vec::as_slice)
    }

    /// Writes the index atomically next to the log.
    pub(crate) fn write(
        &mut self,
        vault_dir: &Path,
        recipient: &x25519::Recipient,
    ) -> Result<(), IoFailure> {
        let stored = Stored {
            format: FORMAT,
            head: self.head.clone(),
            subjects: std::mem::take(&mut self.subjects),
        };
        let path = vault_dir.join(LOG_INDEX_FILE);
        let json = serde_json::to_vec(&stored);
        self.subjects = stored.subjects;
        let json = json.map_err(|e| IoFailure::new("encode", &path, std::io::Error::other(e)))?;
        store::write_sealed(&path, recipient, &json)?;
        self.dirty = false;
        Ok(())
    }
}

/// The entries at `positions` that name `subject`, oldest first: each segment holding
/// one is read once; positions not sealed come from `tail` (the single files, read the
/// first time one is needed).
pub(crate) fn read_positions(
    log_dir: &Path,
    identity: &x25519::Identity,
    subject: Uuid,
    positions: &[u64],
    tail: &mut Option<BTreeMap<u64, LogEntry>>,
) -> Result<Vec<LogEntry>, LogError> {
    let files = log::list(log_dir)?;
    let mut by_segment: BTreeMap<usize, ()> = BTreeMap::new();
    let mut unsealed = false;
    for &seq in positions {
        // Segments are sorted by first seq.
        let at = files.segments.partition_point(|s| s.first <= seq);
        match at.checked_sub(1) {
            Some(i) if files.segments[i].last >= seq => {
                by_segment.insert(i, ());
            }
            _ => unsealed = true,
        }
    }
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for &i in by_segment.keys() {
        log::read_segment(&files.segments[i], identity, &mut entries, &mut problems);
    }
    let mut found: Vec<LogEntry> = entries.into_iter().map(|e| e.entry).collect();
    if unsealed {
        let tail = tail.get_or_insert_with(|| {
            log::read_singles(&files.singles, identity)
                .into_iter()
                .map(|e| (e.entry.seq, e.entry))
                .collect()
        });
        found.extend(positions.iter().filter_map(|seq| tail.get(seq)).cloned());
    }
    let mut found: Vec<LogEntry> = found
        .into_iter()
        .filter(|e| e.subject == Some(subject) && positions.binary_search(&e.seq).is_ok())
        .collect();
    found.sort_by_key(|e| e.seq);
    found.dedup_by_key(|e| e.seq);
    Ok(found)
}
