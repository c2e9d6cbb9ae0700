//! `index.age`: a cache of every item's metadata so that opening a large vault does not
//! decrypt one file per item. It is never the source of truth: an entry is used only when
//! its metadata file still has the recorded size and modification time (and was not
//! modified within two seconds of the index being written, for file systems with coarse
//! times such as FAT). A missing, damaged or stale index is rebuilt from `meta/`.
//! `verify` never uses it.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::IoFailure;
use crate::items::Item;
use crate::store;
use crate::vault::{META_DIR, Vault};

pub(crate) const INDEX_FILE: &str = "index.age";
const INDEX_FORMAT: u32 = 1;
/// Modification times closer than this to the index's own are not trusted.
const TIME_SLACK_NS: u64 = 2_000_000_000;

/// Size and modification time (ns since the epoch) of a metadata file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FileStamp {
    len: u64,
    modified_ns: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct IndexFile {
    format: u32,
    written_ns: u64,
    entries: Vec<IndexEntry>,
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
        let mut cached = self.read_index();
        let written_ns = cached.as_ref().map_or(0, |c| c.written_ns);
        let mut by_id: HashMap<Uuid, IndexEntry> = cached
            .take()
            .map(|c| c.entries.into_iter().map(|e| (e.item.id, e)).collect())
            .unwrap_or_default();
        let mut dirty = by_id.is_empty();
        let dir = self.dir.join(META_DIR);
        for id in crate::items::ids_in(&dir) {
            let path = self.path(META_DIR, id);
            let Some(stamp) = stamp(&path) else {
                continue;
            };
            let trusted = stamp.modified_ns.saturating_add(TIME_SLACK_NS) < written_ns;
            if let Some(entry) = by_id.remove(&id)
                && entry.stamp == stamp
                && trusted
            {
                self.items.insert(id, entry.item);
                self.meta_stamps.insert(id, stamp);
                continue;
            }
            dirty = true;
            if let Ok(bytes) = store::read_sealed(&path, &self.identity)
                && let Ok(item) = serde_json::from_slice::<Item>(&bytes)
                && item.id == id
            {
                self.items.insert(id, item);
                self.meta_stamps.insert(id, stamp);
            }
        }
        if !by_id.is_empty() {
            dirty = true; // entries whose metadata file is gone
        }
        self.index_dirty = dirty;
        if dirty {
            // A cache: failing to write it only makes the next open slower.
            let _ = self.write_index();
        }
    }

    /// Writes the index of the items in memory.
    pub(crate) fn write_index(&mut self) -> Result<(), IoFailure> {
        let path = self.dir.join(INDEX_FILE);
        let entries: Vec<IndexEntry> = self
            .items
            .values()
            .filter_map(|item| {
                let stamp = *self.meta_stamps.get(&item.id)?;
                Some(IndexEntry {
                    stamp,
                    item: item.clone(),
                })
            })
            .collect();
        let index = IndexFile {
            format: INDEX_FORMAT,
            written_ns: nanos(SystemTime::now()),
            entries,
        };
        let json = serde_json::to_vec(&index)
            .map_err(|e| IoFailure::new("encode", &path, io::Error::other(e)))?;
        store::write_sealed(&path, &self.recipient, &json)?;
        self.index_dirty = false;
        Ok(())
    }

    fn read_index(&self) -> Option<IndexFile> {
        let bytes = store::read_sealed(&self.dir.join(INDEX_FILE), &self.identity).ok()?;
        let index: IndexFile = serde_json::from_slice(&bytes).ok()?;
        (index.format == INDEX_FORMAT).then_some(index)
    }
}
