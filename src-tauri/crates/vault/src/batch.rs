//! Importing a phone folder in one go (issue 18, part 5): thousands of small files.
//!
//! One import costs about ten fsyncs (the pending marker, content, thumbnail, metadata,
//! log entry and head, each a file and its folder): with small files those are the
//! whole cost. [`Vault::import_batch`] imports files one after the other exactly as
//! [`Vault::import_file`] does — the same files written and renamed in the same order,
//! so a process killed at any moment leaves what it would have left before — but inside
//! a [`waarborg_fs::DeferredSync`]: the fsyncs are left to the end of each batch (up to
//! [`BATCH_FILES`] files or [`BATCH_BYTES`] bytes), after which the batch's files are
//! reported as imported. On Linux that end is one `syncfs(2)`; elsewhere (no `syncfs`)
//! every file the batch committed is fsynced, from a few threads while the batch goes on,
//! then each folder once ([`BatchSync::EachFile`]). What was reported is on disk; a crash can lose only files
//! not reported yet (a power cut during a batch may leave one of those items damaged,
//! which `verify` names). Sealing the custody log waits for the first append after the
//! batch.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use waarborg_fs::BatchSync;

use crate::error::{ImportError, IoFailure};
use crate::items::{Item, ItemDescription};
use crate::vault::Vault;

/// At most this many files between two syncs.
pub const BATCH_FILES: usize = 256;
/// At most about this many bytes between two syncs (a file larger than it is a batch
/// of its own).
pub const BATCH_BYTES: u64 = 64 * 1024 * 1024;
/// Fewer files than this left: imported one by one with their own fsyncs. `syncfs`
/// flushes everything waiting for the vault's disk, also other programs' writes, and the
/// portable way starts threads, so a batch pays off only for many files.
const BATCH_MIN: usize = 8;

impl Vault {
    /// Imports `files` in batches, each file as [`Vault::import_file_with_progress`]
    /// (description from `describe`, bytes read so far to `progress(index, bytes)`,
    /// whose `Break` cancels). `imported(index, result)` is called for every file, in
    /// order, once its batch is on disk. Returns `true` when cancelled: the file being
    /// imported then is not imported (reported as [`ImportError::Cancelled`]), those
    /// after it are not touched or reported.
    pub fn import_batch(
        &mut self,
        files: &[PathBuf],
        describe: &mut dyn FnMut(&Path) -> ItemDescription,
        progress: &mut dyn FnMut(usize, u64) -> ControlFlow<()>,
        imported: &mut dyn FnMut(usize, Result<Item, ImportError>),
    ) -> bool {
        self.import_batch_syncing(BatchSync::PLATFORM, files, describe, progress, imported)
    }

    /// [`Vault::import_batch`], each batch made durable `how` (the platform's way is
    /// [`BatchSync::PLATFORM`]; the tests and the benchmark run both ways on Linux).
    pub fn import_batch_syncing(
        &mut self,
        how: BatchSync,
        files: &[PathBuf],
        describe: &mut dyn FnMut(&Path) -> ItemDescription,
        progress: &mut dyn FnMut(usize, u64) -> ControlFlow<()>,
        imported: &mut dyn FnMut(usize, Result<Item, ImportError>),
    ) -> bool {
        let mut next = 0;
        while next < files.len() {
            let deferred = (files.len() - next >= BATCH_MIN)
                .then(|| waarborg_fs::DeferredSync::begin_with(&self.dir, how));
            let mut results = Vec::new();
            let mut bytes = 0u64;
            let mut cancelled = false;
            while next < files.len() && results.len() < BATCH_FILES && bytes < BATCH_BYTES {
                let index = next;
                next += 1;
                let file = &files[index];
                let result = self
                    .import_file_with_progress(file, describe(file), &mut |n| progress(index, n));
                if let Ok(item) = &result {
                    bytes += item.facts.size;
                }
                cancelled = matches!(result, Err(ImportError::Cancelled { .. }));
                results.push((index, result));
                if cancelled {
                    break;
                }
            }
            // One flush for the whole batch; only then is anything reported as imported.
            let synced = deferred
                .as_ref()
                .map_or(Ok(()), waarborg_fs::DeferredSync::sync);
            drop(deferred);
            for (index, result) in results {
                let result = match (&synced, result) {
                    // Not known to be on disk: not reported as imported. The item is in
                    // the vault (an import of it again is refused as a duplicate naming
                    // it), and `verify` checks it like any other.
                    (Err(e), Ok(_)) => Err(ImportError::Io(IoFailure::new(
                        "sync",
                        e.path.clone(),
                        std::io::Error::new(e.source.kind(), e.source.to_string()),
                    ))),
                    (_, result) => result,
                };
                imported(index, result);
            }
            if cancelled {
                return true;
            }
        }
        false
    }
}
