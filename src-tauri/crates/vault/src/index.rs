//! `index.age`: a cache of every item's metadata so that opening a large vault does not
//! decrypt one file per item. It is never the source of truth: an entry is used only when
//! its metadata file still has the recorded size and modification time (and was not
//! modified within two seconds of the index being written, for file systems with coarse
//! times such as FAT). A missing, damaged or stale index is rebuilt from `meta/`.
//! `verify` never uses it.
//!
//! Format 2 (issue 20) is JSON Lines inside age: a header line, then one line per item,
//! so that the lines are parsed and their metadata files checked on every core at once
//! (at 100,000 items that halves the time from key to list). Still readable with `age`
//! and any JSON parser (`jq` reads JSON Lines as they are). The older single-object form
//! (format 1) is still read, and replaced by format 2 at once (one atomic write).

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::IoFailure;
use crate::items::Item;
use crate::store;
use crate::vault::{META_DIR, Vault};

pub(crate) const INDEX_FILE: &str = "index.age";
/// JSON Lines: a [`Header`] line, then one [`IndexEntry`] per line.
const INDEX_FORMAT: u32 = 2;
/// The older form: one JSON object ([`IndexFile`]).
const OLD_INDEX_FORMAT: u32 = 1;
/// Index lines are parsed and checked on this many threads at most.
const MAX_WORKERS: usize = 8;
/// Modification times closer than this to the index's own are not trusted.
const TIME_SLACK_NS: u64 = 2_000_000_000;

/// Size and modification time (ns since the epoch) of a metadata file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FileStamp {
    len: u64,
    modified_ns: u64,
}

/// Format 1, still read: `{"format": 1, "written_ns", "entries": [IndexEntry, …]}`.
#[derive(Debug, Deserialize)]
struct IndexFile {
    format: u32,
    written_ns: u64,
    entries: Vec<IndexEntry>,
}

/// The first line of format 2.
#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: u32,
    written_ns: u64,
    entries: u64,
}

/// The index as read: its entries, parsed, or its lines, to be parsed.
enum StoredIndex {
    Old(IndexFile),
    Lines {
        written_ns: u64,
        bytes: zeroize::Zeroizing<Vec<u8>>,
    },
}

#[derive(Debug, Serialize, Deserialize)]
struct IndexEntry {
    stamp: FileStamp,
    item: Item,
}

pub(crate) fn stamp(path: &Path) -> Option<FileStamp> {
    let meta = fs::metadata(path).ok()?;
    Some(FileStamp {
        len: meta.len(),
        modified_ns: nanos(meta.modified().ok()?),
    })
}

fn nanos(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

impl Vault {
    /// Loads every readable item, from the index where it is current, else from its
    /// metadata file. Damaged metadata is left for `verify` to report.
    pub(crate) fn load_items(&mut self) {
        let meta_dir = self.dir.join(META_DIR);
        // Listing `meta/` runs beside decrypting the index.
        let (ids, stored) = std::thread::scope(|scope| {
            let listing = scope.spawn(|| crate::items::ids_in(&meta_dir));
            let stored = self.read_index();
            let ids = listing
                .join()
                .unwrap_or_else(|_| crate::items::ids_in(&meta_dir));
            (ids, stored)
        });
        let mut dirty = !matches!(stored, Some(StoredIndex::Lines { .. }));
        let accepted = match stored {
            None => Vec::new(),
            Some(StoredIndex::Old(old)) => {
                let written_ns = old.written_ns;
                let lines: Vec<Result<IndexEntry, ()>> = old.entries.into_iter().map(Ok).collect();
                check_entries(&self.dir, written_ns, lines)
            }
            Some(StoredIndex::Lines { written_ns, bytes }) => {
                let lines: Vec<&[u8]> = bytes
                    .split(|&b| b == b'\n')
                    .skip(1)
                    .filter(|l| !l.is_empty())
                    .collect();
                let checked = parse_and_check(&self.dir, written_ns, &lines);
                if checked.len() != lines.len() {
                    dirty = true;
                }
                checked
            }
        };
        let present: HashSet<Uuid> = ids.iter().copied().collect();
        for (stamp, item) in accepted {
            if present.contains(&item.id) {
                self.meta_stamps.insert(item.id, stamp);
                self.items.insert(item.id, item);
            } else {
                dirty = true; // listed no more (removed between the listing and the check)
            }
        }
        for id in ids {
            if self.items.contains_key(&id) {
                continue;
            }
            dirty = true;
            let path = self.path(META_DIR, id);
            let Some(stamp) = stamp(&path) else {
                continue;
            };
            if let Ok(bytes) = store::read_sealed(&path, &self.identity)
                && let Ok(item) = serde_json::from_slice::<Item>(&bytes)
                && item.id == id
            {
                self.items.insert(id, item);
                self.meta_stamps.insert(id, stamp);
            }
        }
        self.index_dirty = dirty;
        if dirty {
            // A cache: failing to write it only makes the next open slower.
            let _ = self.write_index();
        }
    }

    /// Writes the index of the items in memory (format 2, JSON Lines).
    pub(crate) fn write_index(&mut self) -> Result<(), IoFailure> {
        let path = self.dir.join(INDEX_FILE);
        let fail = |e: serde_json::Error| IoFailure::new("encode", &path, io::Error::other(e));
        let entries: Vec<IndexEntryRef<'_>> = self
            .items
            .values()
            .filter_map(|item| {
                Some(IndexEntryRef {
                    stamp: *self.meta_stamps.get(&item.id)?,
                    item,
                })
            })
            .collect();
        let header = Header {
            format: INDEX_FORMAT,
            written_ns: nanos(SystemTime::now()),
            entries: entries.len() as u64,
        };
        let mut lines = zeroize::Zeroizing::new(serde_json::to_vec(&header).map_err(fail)?);
        for entry in &entries {
            lines.push(b'\n');
            // Compact JSON has no line breaks: a newline inside a string is `\n`.
            serde_json::to_writer(&mut *lines, entry).map_err(fail)?;
        }
        lines.push(b'\n');
        store::write_sealed(&path, &self.recipient, &lines)?;
        self.index_dirty = false;
        Ok(())
    }

    fn read_index(&self) -> Option<StoredIndex> {
        let bytes = store::read_sealed(&self.dir.join(INDEX_FILE), &self.identity).ok()?;
        let first = bytes.split(|&b| b == b'\n').next()?;
        if let Ok(header) = serde_json::from_slice::<Header>(first)
            && header.format == INDEX_FORMAT
        {
            return Some(StoredIndex::Lines {
                written_ns: header.written_ns,
                bytes,
            });
        }
        let index: IndexFile = serde_json::from_slice(&bytes).ok()?;
        (index.format == OLD_INDEX_FORMAT).then_some(StoredIndex::Old(index))
    }
}

/// An entry as written (borrowing the item).
#[derive(Serialize)]
struct IndexEntryRef<'a> {
    stamp: FileStamp,
    item: &'a Item,
}

/// How many threads share `n` pieces of work.
fn workers_for(n: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, MAX_WORKERS)
        .min(n.div_ceil(1024).max(1))
}

/// Parses the index lines and checks each against its metadata file, on every core.
/// Lines that do not parse or are not current are left out.
fn parse_and_check(dir: &Path, written_ns: u64, lines: &[&[u8]]) -> Vec<(FileStamp, Item)> {
    let parts = workers_for(lines.len());
    let size = lines.len().div_ceil(parts).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = lines
            .chunks(size)
            .map(|chunk| {
                scope.spawn(move || {
                    let parsed = chunk
                        .iter()
                        .map(|line| serde_json::from_slice::<IndexEntry>(line).map_err(|_| ()))
                        .collect();
                    check_entries(dir, written_ns, parsed)
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// The entries whose metadata file has the recorded size and time, well before the index
/// was written.
fn check_entries(
    dir: &Path,
    written_ns: u64,
    entries: Vec<Result<IndexEntry, ()>>,
) -> Vec<(FileStamp, Item)> {
    let meta: PathBuf = dir.join(META_DIR);
    entries
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let found = stamp(&meta.join(format!("{}.age", entry.item.id)))?;
            let trusted = found.modified_ns.saturating_add(TIME_SLACK_NS) < written_ns;
            (found == entry.stamp && trusted).then_some((found, entry.item))
        })
        .collect()
}
