//! Writing a file so that a crash, a full disk or a pulled USB stick leaves either the
//! old file or the new one, never half of one.
//!
//! Every write goes the same way: a temporary file in the destination's own folder
//! (a rename is only atomic within one file system), write, fsync, rename over the
//! destination, fsync of the folder (on unix; Windows cannot open a folder and does not
//! need it). On any failure before the rename the temporary file is removed and an
//! existing destination is left untouched.
//!
//! - [`write_atomic`] writes bytes held in memory.
//! - [`AtomicFile`] is for callers that stream (encryption, archives): it implements
//!   [`Write`]; [`AtomicFile::commit`] gives it its name. Dropped without a commit, it
//!   removes itself. For large files, [`AtomicFile::with_write_behind`] flushes while
//!   writing, so that the fsync of the commit has little left to do.
//!
//! Errors keep the [`Step`] that failed, the path and the `io::Error`, so each crate maps
//! them into its own error type.
#![forbid(unsafe_code)]

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;

/// What was being done when an atomic write failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Creating the temporary file; [`Error::path`] is the folder.
    CreateTemp,
    /// Writing the bytes (by [`write_atomic`]); [`Error::path`] is the destination.
    Write,
    /// Fsyncing the temporary file; [`Error::path`] is the destination.
    Sync,
    /// Renaming the temporary file to the destination; [`Error::path`] is the destination.
    Rename,
    /// Fsyncing the folder after the rename; [`Error::path`] is the folder. The new file
    /// is in place, but its name may not survive a crash.
    SyncFolder,
}

impl Step {
    /// A short verb phrase for messages: "cannot {action} {path}".
    pub fn action(self) -> &'static str {
        match self {
            Self::CreateTemp => "create a file in",
            Self::Write => "write",
            Self::Sync => "sync",
            Self::Rename => "rename into",
            Self::SyncFolder => "sync folder",
        }
    }
}

/// An atomic write failed at `step`.
#[derive(Debug, thiserror::Error)]
#[error("cannot {} {}: {source}", step.action(), path.display())]
pub struct Error {
    pub step: Step,
    /// The destination, or its folder for [`Step::CreateTemp`] and [`Step::SyncFolder`].
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

impl Error {
    fn new(step: Step, path: &Path, source: io::Error) -> Self {
        Self {
            step,
            path: path.to_owned(),
            source,
        }
    }
}

/// Writes `bytes` to `path` atomically, replacing an existing file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes)
        .map_err(|e| Error::new(Step::Write, path, e))?;
    file.commit()
}

/// A file being written to a temporary name next to its destination.
#[derive(Debug)]
pub struct AtomicFile {
    // Declared before `temp`: dropped (its thread joined, its handle closed) before the
    // temporary file is removed.
    write_behind: Option<WriteBehind>,
    temp: tempfile::NamedTempFile,
    destination: PathBuf,
}

impl AtomicFile {
    /// Starts writing `path`. The temporary file is named `.<file name>.<random>.tmp`.
    pub fn create(path: &Path) -> Result<Self, Error> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Self::create_with_prefix(path, &format!(".{name}."))
    }

    /// Starts writing `path` with a temporary file named `<prefix><random>.tmp`, for
    /// callers that recognise (and clean up) their own leftovers by prefix.
    pub fn create_with_prefix(path: &Path, prefix: &str) -> Result<Self, Error> {
        let dir = folder_of(path);
        let temp = tempfile::Builder::new()
            .prefix(prefix)
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::new(Step::CreateTemp, dir, e))?;
        Ok(Self {
            write_behind: None,
            temp,
            destination: path.to_owned(),
        })
    }

    /// Flushes the file to disk while it is written: after every `window` bytes, a
    /// background thread fdatasyncs what has been written so far, so the disk works at
    /// the same time as the caller (hashing, encrypting) and [`commit`](Self::commit)'s
    /// fsync only has the last window left. Without it the whole file waits in the page
    /// cache (the kernel starts writing back only past its dirty threshold, often
    /// gigabytes) and is written by the commit's fsync, after all the other work.
    ///
    /// The writer waits when the disk falls more than two windows behind, so the data
    /// not yet on disk stays within about three windows, whatever the file's size.
    /// Crash safety is unchanged: the commit still fsyncs and renames, and a file never
    /// committed is still only a temporary file. An error of a background flush is
    /// returned by the next write (or by the commit). If no thread can be started the
    /// file is written as without this (flushed only at the commit).
    #[must_use]
    pub fn with_write_behind(mut self, window: u64) -> Self {
        self.write_behind = WriteBehind::start(self.temp.as_file(), window.max(1));
        self
    }

    /// Where the file goes on [`commit`](Self::commit).
    pub fn destination(&self) -> &Path {
        &self.destination
    }

    /// The temporary file, e.g. to read back what was written before committing.
    pub fn temp_path(&self) -> &Path {
        self.temp.path()
    }

    /// Fsyncs and renames the file over its destination, then fsyncs the folder.
    pub fn commit(self) -> Result<(), Error> {
        self.finish(|temp, path| temp.persist(path))
    }

    /// Like [`commit`](Self::commit), but fails (with [`io::ErrorKind::AlreadyExists`]
    /// at [`Step::Rename`]) rather than replace an existing file.
    pub fn commit_new(self) -> Result<(), Error> {
        self.finish(|temp, path| temp.persist_noclobber(path))
    }

    fn finish(
        self,
        rename: impl FnOnce(tempfile::NamedTempFile, &Path) -> Result<fs::File, tempfile::PersistError>,
    ) -> Result<(), Error> {
        let Self {
            write_behind,
            temp,
            destination,
        } = self;
        if let Some(mut write_behind) = write_behind {
            write_behind
                .finish()
                .map_err(|e| Error::new(Step::Sync, &destination, e))?;
        }
        if !sync_deferred() {
            temp.as_file()
                .sync_all()
                .map_err(|e| Error::new(Step::Sync, &destination, e))?;
        }
        // No handle of ours stays open on a file this rename replaces (Windows refuses
        // to replace a file that is open without delete sharing, and it needs no sync).
        before_replacing(&destination);
        #[cfg(test)]
        if batch_holds(&destination) {
            tests::HELD_AT_RENAME.record(&destination);
        }
        // A failed rename hands the temporary file back; dropping it removes it.
        let file = rename(temp, &destination)
            .map_err(|e| Error::new(Step::Rename, &destination, e.error))?;
        // Inside a batch that syncs each file, the handle waits for the batch's end
        // (whose sync reports any failure: this commit itself is done).
        defer_file(&destination, file);
        sync_folder(&destination)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.temp.write(buf)?;
        if let Some(write_behind) = &mut self.write_behind {
            write_behind.wrote(n as u64)?;
        }
        Ok(n)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.temp.write_all(buf)?;
        if let Some(write_behind) = &mut self.write_behind {
            write_behind.wrote(buf.len() as u64)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.flush()
    }
}

/// The background flushing of [`AtomicFile::with_write_behind`]: a thread that
/// fdatasyncs its own handle of the file each time it is asked to.
#[derive(Debug)]
struct WriteBehind {
    window: u64,
    since_request: u64,
    /// `None` once finished. One request can wait while one flush runs; a third blocks
    /// the writer (the bound on unflushed data).
    requests: Option<mpsc::SyncSender<()>>,
    worker: Option<thread::JoinHandle<io::Result<()>>>,
}

impl WriteBehind {
    /// `None` when the handle cannot be duplicated or no thread started: the caller
    /// writes without flushing early, as before (the commit's fsync still makes it safe).
    fn start(file: &fs::File, window: u64) -> Option<Self> {
        let file = file.try_clone().ok()?;
        let (requests, received) = mpsc::sync_channel::<()>(1);
        let worker = thread::Builder::new()
            .name("write-behind".to_owned())
            .spawn(move || -> io::Result<()> {
                for () in received {
                    // The first error ends the thread; dropping `received` makes the
                    // writer's next request fail, and the writer then takes this error.
                    file.sync_data()?;
                }
                Ok(())
            })
            .ok()?;
        Some(Self {
            window,
            since_request: 0,
            requests: Some(requests),
            worker: Some(worker),
        })
    }

    /// Counts `n` more bytes written; past a window, asks for a flush (waiting while
    /// one runs and another is queued).
    fn wrote(&mut self, n: u64) -> io::Result<()> {
        self.since_request += n;
        if self.since_request < self.window {
            return Ok(());
        }
        self.since_request = 0;
        let sent = self.requests.as_ref().is_some_and(|r| r.send(()).is_ok());
        if sent {
            return Ok(());
        }
        // The thread ended: with the error of a flush (or it is already finished).
        self.finish()?;
        Err(io::Error::other("the background flush has stopped"))
    }

    /// Stops the thread after the flushes asked for, returning the first error.
    fn finish(&mut self) -> io::Result<()> {
        drop(self.requests.take());
        match self.worker.take().map(thread::JoinHandle::join) {
            None | Some(Ok(Ok(()))) => Ok(()),
            Some(Ok(Err(e))) => Err(e),
            Some(Err(_)) => Err(io::Error::other("the background flush failed")),
        }
    }
}

impl Drop for WriteBehind {
    fn drop(&mut self) {
        // Dropped without a commit: the file is abandoned, an error no longer matters.
        let _ = self.finish();
    }
}

/// How a [`DeferredSync`] makes a batch durable at its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchSync {
    /// One `syncfs(2)` of the file system holding the batch's folder. Linux only: asked
    /// for elsewhere, [`BatchSync::EachFile`] is used.
    FileSystem,
    /// Every file committed in the batch is fsynced (from a few threads, while the batch
    /// goes on), then every folder it was renamed into or removed from: the same fsyncs
    /// a commit does on its own, done together. Works on every platform.
    EachFile,
}

impl BatchSync {
    /// What [`DeferredSync::begin`] uses here: `syncfs` on Linux, each file elsewhere
    /// (macOS and Windows have no `syncfs`).
    pub const PLATFORM: Self = if cfg!(target_os = "linux") {
        Self::FileSystem
    } else {
        Self::EachFile
    };
}

/// This thread's batch, if one is open.
#[derive(Debug)]
enum Deferred {
    Off,
    FileSystem,
    EachFile(Box<PendingSyncs>),
}

thread_local! {
    static DEFERRED: std::cell::RefCell<Deferred> = const { std::cell::RefCell::new(Deferred::Off) };
}

/// Whether this thread's commits currently leave their fsyncs to a [`DeferredSync`].
pub fn sync_deferred() -> bool {
    DEFERRED.with(|d| !matches!(*d.borrow(), Deferred::Off))
}

/// Hands a just-committed file to this thread's [`BatchSync::EachFile`] batch, which
/// fsyncs it before the batch ends (dropped at once otherwise: its commit synced it, or
/// the batch syncs the whole file system).
fn defer_file(destination: &Path, file: fs::File) {
    DEFERRED.with(|d| match &mut *d.borrow_mut() {
        Deferred::EachFile(pending) => pending.file(destination, file),
        Deferred::Off | Deferred::FileSystem => {}
    });
}

/// Before a commit renames over `destination`: this thread's [`BatchSync::EachFile`]
/// batch lets go of any handle it holds on the file there.
fn before_replacing(destination: &Path) {
    DEFERRED.with(|d| match &mut *d.borrow_mut() {
        Deferred::EachFile(pending) => pending.replacing(destination),
        Deferred::Off | Deferred::FileSystem => {}
    });
}

/// Whether this thread's batch holds a handle on `destination` (kept back, or handed
/// to the flushing threads and perhaps not synced yet).
#[cfg(test)]
fn batch_holds(destination: &Path) -> bool {
    DEFERRED.with(|d| match &*d.borrow() {
        Deferred::EachFile(pending) => {
            pending.kept_back.iter().any(|(p, _)| p == destination)
                || pending.handed.contains(destination)
        }
        Deferred::Off | Deferred::FileSystem => false,
    })
}

/// Many small files written as one batch: while it lives, [`AtomicFile::commit`] and
/// [`sync_folder`] on this thread still write to a temporary file and rename in the same
/// order, but skip their fsyncs; [`DeferredSync::sync`] then makes everything durable at
/// once, by one `syncfs(2)` of the file system holding `folder` ([`BatchSync::FileSystem`],
/// Linux) or by fsyncing each committed file and then each folder touched
/// ([`BatchSync::EachFile`], everywhere). A process killed in between leaves exactly what
/// it would have left with the fsyncs (the page cache survives the process); a power cut
/// can lose what was written since the last [`DeferredSync::sync`], so a caller reports
/// work as done only after it.
#[derive(Debug)]
pub struct DeferredSync {
    folder: PathBuf,
    /// `None`: nested in another batch, defers nothing of its own.
    how: Option<BatchSync>,
}

impl DeferredSync {
    /// Starts deferring on this thread the platform's way ([`BatchSync::PLATFORM`]).
    pub fn begin(folder: &Path) -> Self {
        Self::begin_with(folder, BatchSync::PLATFORM)
    }

    /// Starts deferring on this thread `how` (not nested: an inner one defers nothing).
    /// [`BatchSync::FileSystem`] outside Linux becomes [`BatchSync::EachFile`].
    pub fn begin_with(folder: &Path, how: BatchSync) -> Self {
        let how = if cfg!(target_os = "linux") {
            how
        } else {
            BatchSync::EachFile
        };
        let how = (!sync_deferred()).then_some(how);
        if let Some(how) = how {
            DEFERRED.with(|d| {
                *d.borrow_mut() = match how {
                    BatchSync::FileSystem => Deferred::FileSystem,
                    BatchSync::EachFile => Deferred::EachFile(Box::default()),
                };
            });
        }
        Self {
            folder: folder.to_owned(),
            how,
        }
    }

    /// How this batch syncs (`None` when nested in another).
    pub fn how(&self) -> Option<BatchSync> {
        self.how
    }

    /// Makes everything written so far durable (deferring goes on).
    pub fn sync(&self) -> Result<(), Error> {
        match self.how {
            None => Ok(()),
            Some(BatchSync::FileSystem) => sync_file_system(&self.folder),
            Some(BatchSync::EachFile) => {
                let pending = DEFERRED.with(|d| match &mut *d.borrow_mut() {
                    Deferred::EachFile(pending) => Some(std::mem::take(&mut **pending)),
                    Deferred::Off | Deferred::FileSystem => None,
                });
                pending.map_or(Ok(()), PendingSyncs::finish)
            }
        }
    }
}

impl Drop for DeferredSync {
    fn drop(&mut self) {
        if self.how.is_some() {
            // Never leaves work only in the page cache: a caller that returns early
            // (an error, a cancel) still gets what was committed flushed.
            let _ = self.sync();
            DEFERRED.with(|d| *d.borrow_mut() = Deferred::Off);
        }
    }
}

#[cfg(target_os = "linux")]
fn sync_file_system(folder: &Path) -> Result<(), Error> {
    fs::File::open(folder)
        .and_then(|d| rustix::fs::syncfs(&d).map_err(io::Error::from))
        .map_err(|e| Error::new(Step::SyncFolder, folder, e))
}

#[cfg(not(target_os = "linux"))]
fn sync_file_system(folder: &Path) -> Result<(), Error> {
    // `begin_with` never chooses it here; each file was synced at its commit.
    let _ = folder;
    Ok(())
}

/// Files kept back before going to the flushing threads: a file committed again in the
/// meantime (the log's head, rewritten at every import) drops its earlier version,
/// whose data no name reaches any more and so needs no fsync.
const KEPT_BACK: usize = 32;
/// Threads fsyncing a batch's files. Fsyncs of different files proceed together (a
/// journaling file system commits them as one), and a bounded queue keeps the open
/// handles well under a process's limit (256 by default on macOS).
const SYNC_THREADS: usize = 8;
const SYNC_QUEUE: usize = 16;

type Handed = (PathBuf, fs::File);

/// What a [`BatchSync::EachFile`] batch still has to sync.
#[derive(Debug, Default)]
struct PendingSyncs {
    kept_back: std::collections::VecDeque<Handed>,
    flushing: Option<Flushers>,
    /// Folders renamed into or removed from (unix; Windows syncs no folders).
    folders: std::collections::BTreeSet<PathBuf>,
    /// The first failure of a file synced on this thread (no flushing thread could be
    /// started), or of an early drain, reported by the batch's sync.
    failed: Option<Error>,
    /// Where the files handed to the flushing threads are (since they started).
    handed: std::collections::HashSet<PathBuf>,
}

/// The threads fsyncing handed files, and the queue to them.
#[derive(Debug)]
struct Flushers {
    queue: mpsc::SyncSender<Handed>,
    threads: Vec<thread::JoinHandle<Result<(), Error>>>,
}

impl PendingSyncs {
    fn file(&mut self, destination: &Path, file: fs::File) {
        self.kept_back.push_back((destination.to_owned(), file));
        if self.kept_back.len() > KEPT_BACK
            && let Some(oldest) = self.kept_back.pop_front()
        {
            self.hand_over(oldest);
        }
    }

    /// `destination` is about to be replaced: an earlier version still kept back is
    /// dropped unsynced (no name reaches its data any more; the log's head, rewritten
    /// at every import, is synced once a batch); one already handed over is waited for
    /// (rare: committed again more than [`KEPT_BACK`] files later).
    fn replacing(&mut self, destination: &Path) {
        self.kept_back.retain(|(p, _)| p != destination);
        if self.handed.contains(destination)
            && let Err(e) = self.drain()
        {
            self.failed.get_or_insert(e);
        }
    }

    /// Waits for the flushing threads to sync all handed files and ends them (they
    /// start again at the next file handed over); their first error.
    fn drain(&mut self) -> Result<(), Error> {
        self.handed.clear();
        let Some(Flushers { queue, threads }) = self.flushing.take() else {
            return Ok(());
        };
        drop(queue);
        let mut first_error = None;
        for thread in threads {
            let result = thread.join().unwrap_or_else(|_| {
                Err(Error::new(
                    Step::Sync,
                    Path::new(""),
                    io::Error::other("a flushing thread failed"),
                ))
            });
            if let Err(e) = result {
                first_error.get_or_insert(e);
            }
        }
        first_error.map_or(Ok(()), Err)
    }

    /// To the flushing threads (started at the first file); synced here when none can
    /// be started.
    fn hand_over(&mut self, handed: Handed) {
        self.handed.insert(handed.0.clone());
        if self.flushing.is_none() {
            self.flushing = Flushers::start();
        }
        let handed = match &self.flushing {
            Some(flushers) => match flushers.queue.send(handed) {
                Ok(()) => return,
                // Every thread has ended (they end only when the queue closes).
                Err(mpsc::SendError(handed)) => handed,
            },
            None => handed,
        };
        if let Err(e) = sync_handed(&handed) {
            self.failed.get_or_insert(e);
        }
    }

    /// Syncs every file handed, then every folder; the first error.
    fn finish(mut self) -> Result<(), Error> {
        while let Some(handed) = self.kept_back.pop_front() {
            self.hand_over(handed);
        }
        let mut first_error = self.failed.take();
        if let Err(e) = self.drain() {
            first_error.get_or_insert(e);
        }
        // Only now: a folder's entry is durable once the file it names is.
        for folder in &self.folders {
            if let Err(e) = sync_folder_now(folder) {
                first_error.get_or_insert(e);
            }
        }
        first_error.map_or(Ok(()), Err)
    }
}

impl Flushers {
    fn start() -> Option<Self> {
        let (queue, received) = mpsc::sync_channel::<Handed>(SYNC_QUEUE);
        let received = std::sync::Arc::new(std::sync::Mutex::new(received));
        let mut threads = Vec::with_capacity(SYNC_THREADS);
        for _ in 0..SYNC_THREADS {
            let received = std::sync::Arc::clone(&received);
            let started = thread::Builder::new().name("batch-sync".to_owned()).spawn(
                move || -> Result<(), Error> {
                    let mut first_error = None;
                    loop {
                        // A poisoned lock only means another thread panicked while
                        // waiting; the receiver itself is intact.
                        let next = received
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .recv();
                        let Ok(handed) = next else { break };
                        // Every file is synced even after an error: the caller reports
                        // none of the batch, but leaves as much on disk as it can.
                        if let Err(e) = sync_handed(&handed) {
                            first_error.get_or_insert(e);
                        }
                    }
                    first_error.map_or(Ok(()), Err)
                },
            );
            match started {
                Ok(thread) => threads.push(thread),
                Err(_) => break,
            }
        }
        (!threads.is_empty()).then_some(Self { queue, threads })
    }
}

fn sync_handed((destination, file): &Handed) -> Result<(), Error> {
    #[cfg(test)]
    tests::SYNCED.record(destination);
    file.sync_all()
        .map_err(|e| Error::new(Step::Sync, destination, e))
}

/// Makes a rename or removal of `path` durable by fsyncing the folder that holds it
/// (a no-op where folders cannot be opened, i.e. Windows; inside a [`DeferredSync`],
/// left to the batch's end).
pub fn sync_folder(path: &Path) -> Result<(), Error> {
    let dir = folder_of(path);
    let now = DEFERRED.with(|d| match &mut *d.borrow_mut() {
        Deferred::Off => true,
        Deferred::FileSystem => false,
        Deferred::EachFile(pending) => {
            if cfg!(unix) && !pending.folders.contains(dir) {
                pending.folders.insert(dir.to_owned());
            }
            false
        }
    });
    if now {
        sync_folder_now(dir)?;
    }
    Ok(())
}

/// Fsyncs the folder `dir` (unix only).
fn sync_folder_now(dir: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    {
        #[cfg(test)]
        tests::SYNCED.record(dir);
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::new(Step::SyncFolder, dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// The folder `path` lives in; `.` for a bare file name.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn the_content_lands_and_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_atomic(&path, b"hello").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"hello");
        assert_eq!(names(dir.path()), ["a.json"]);
    }

    #[test]
    fn an_existing_file_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, b"old, and longer than the new").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(names(dir.path()), ["a.json"]);
    }

    #[test]
    fn a_streamed_file_is_invisible_until_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.age");
        let mut file = AtomicFile::create_with_prefix(&path, ".tmp-").unwrap();
        file.write_all(b"part one, ").unwrap();
        file.write_all(b"part two").unwrap();
        assert!(!path.exists());
        let temp = file.temp_path().to_owned();
        assert!(temp.starts_with(dir.path()));
        let temp_name = temp.file_name().unwrap().to_string_lossy().into_owned();
        assert!(temp_name.starts_with(".tmp-") && temp_name.ends_with(".tmp"));
        assert_eq!(fs::read(&temp).unwrap(), b"part one, part two");
        file.commit().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"part one, part two");
        assert_eq!(names(dir.path()), ["big.age"]);
    }

    #[test]
    fn an_uncommitted_file_removes_itself() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, b"old").unwrap();
        let mut file = AtomicFile::create(&path).unwrap();
        file.write_all(b"abandoned").unwrap();
        drop(file);
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["a.json"]);
    }

    #[test]
    fn commit_new_never_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.pdf");
        fs::write(&path, b"theirs").unwrap();
        let mut file = AtomicFile::create(&path).unwrap();
        file.write_all(b"ours").unwrap();
        let err = file.commit_new().unwrap_err();
        assert_eq!(err.step, Step::Rename);
        assert_eq!(err.source.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(err.path, path);
        assert_eq!(fs::read(&path).unwrap(), b"theirs");
        assert_eq!(names(dir.path()), ["out.pdf"]);

        let fresh = dir.path().join("new.pdf");
        let mut file = AtomicFile::create(&fresh).unwrap();
        file.write_all(b"ours").unwrap();
        file.commit_new().unwrap();
        assert_eq!(fs::read(&fresh).unwrap(), b"ours");
        assert_eq!(names(dir.path()), ["new.pdf", "out.pdf"]);
    }

    #[test]
    fn a_missing_folder_fails_with_the_folder_and_the_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/folder/a.json");
        let err = write_atomic(&path, b"x").unwrap_err();
        assert_eq!(err.step, Step::CreateTemp);
        assert_eq!(err.path, dir.path().join("no/such/folder"));
        assert_eq!(err.source.kind(), io::ErrorKind::NotFound);
        assert!(err.to_string().starts_with("cannot create a file in "));
        assert_eq!(names(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_failed_rename_removes_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should go: the rename over it fails.
        let path = dir.path().join("taken");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("inside"), b"kept").unwrap();
        let err = write_atomic(&path, b"x").unwrap_err();
        assert_eq!(err.step, Step::Rename);
        assert_eq!(names(dir.path()), ["taken"]);
        assert_eq!(fs::read(path.join("inside")).unwrap(), b"kept");
    }

    #[test]
    fn a_file_flushed_while_written_has_every_byte_once_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.age");
        // A tiny window: a flush is asked for many times, also in the middle of a write.
        let mut file = AtomicFile::create_with_prefix(&path, ".tmp-")
            .unwrap()
            .with_write_behind(1000);
        assert!(file.write_behind.is_some());
        let mut expected = Vec::new();
        for i in 0..200u32 {
            let piece: Vec<u8> = (0..(i * 37 % 3001)).map(|j| (i ^ j) as u8).collect();
            if i % 2 == 0 {
                file.write_all(&piece).unwrap();
            } else {
                let n = file.write(&piece).unwrap();
                file.write_all(&piece[n..]).unwrap();
            }
            expected.extend_from_slice(&piece);
        }
        assert!(expected.len() > 100 * 1000);
        assert!(!path.exists());
        file.commit().unwrap();
        assert_eq!(fs::read(&path).unwrap(), expected);
        assert_eq!(names(dir.path()), ["big.age"]);
    }

    #[test]
    fn a_file_flushed_while_written_removes_itself_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.age");
        let mut file = AtomicFile::create(&path).unwrap().with_write_behind(10);
        file.write_all(&[7u8; 1000]).unwrap();
        drop(file);
        assert_eq!(names(dir.path()), Vec::<String>::new());
        // An empty file with write-behind commits too (no flush was ever asked for).
        let file = AtomicFile::create(&path).unwrap().with_write_behind(10);
        file.commit_new().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"");
    }

    /// Every fsync of a file or folder, by path (test builds only): the tests below
    /// look at those under their own temporary folder.
    pub(super) static SYNCED: Synced = Synced(std::sync::Mutex::new(Vec::new()));
    /// Every file a commit renamed over while its batch still held a handle on it.
    pub(super) static HELD_AT_RENAME: Synced = Synced(std::sync::Mutex::new(Vec::new()));

    pub(super) struct Synced(std::sync::Mutex<Vec<PathBuf>>);

    impl Synced {
        pub(super) fn record(&self, path: &Path) {
            self.0.lock().unwrap().push(path.to_owned());
        }

        fn under(&self, dir: &Path) -> Vec<PathBuf> {
            let all = self.0.lock().unwrap();
            all.iter().filter(|p| p.starts_with(dir)).cloned().collect()
        }
    }

    #[test]
    fn a_batch_syncing_each_file_syncs_every_file_it_committed_then_each_folder() {
        let dir = tempfile::tempdir().unwrap();
        let (items, log) = (dir.path().join("items"), dir.path().join("log"));
        fs::create_dir(&items).unwrap();
        fs::create_dir(&log).unwrap();
        let batch = DeferredSync::begin_with(dir.path(), BatchSync::EachFile);
        assert_eq!(batch.how(), Some(BatchSync::EachFile));
        assert!(sync_deferred());
        // Nested: defers nothing of its own.
        assert_eq!(DeferredSync::begin(dir.path()).how(), None);
        assert!(sync_deferred());
        let mut wanted = Vec::new();
        for n in 0..100 {
            let path = items.join(format!("{n}.age"));
            write_atomic(&path, format!("item {n}").as_bytes()).unwrap();
            wanted.push(path);
            // The log's head, rewritten after every item.
            write_atomic(&log.join("head.age"), format!("head {n}").as_bytes()).unwrap();
        }
        write_atomic(&items.join("gone"), b"x").unwrap();
        fs::remove_file(items.join("gone")).unwrap();
        sync_folder(&items.join("gone")).unwrap();
        batch.sync().unwrap();
        let synced = SYNCED.under(dir.path());
        for path in &wanted {
            assert_eq!(synced.iter().filter(|p| *p == path).count(), 1, "{path:?}");
        }
        // A head replaced before it went to be synced is not synced: only the last.
        let heads = synced
            .iter()
            .filter(|p| p.ends_with("log/head.age"))
            .count();
        assert_eq!(heads, 1, "{heads} fsyncs of the head");
        // Each folder once, after every file.
        let folders: Vec<_> = synced.iter().filter(|p| p.is_dir()).collect();
        assert_eq!(folders.len(), 2, "{folders:?}");
        let first_folder = synced.iter().position(|p| p.is_dir()).unwrap();
        assert!(synced[first_folder..].iter().all(|p| p.is_dir()));
        // Deferring goes on until the batch is dropped; the next sync has only new work.
        write_atomic(&items.join("late.age"), b"late").unwrap();
        drop(batch);
        assert!(!sync_deferred());
        let synced = SYNCED.under(dir.path());
        assert_eq!(synced.iter().filter(|p| p.ends_with("late.age")).count(), 1);
        assert_eq!(synced.iter().filter(|p| **p == items).count(), 2);
        assert_eq!(fs::read(log.join("head.age")).unwrap(), b"head 99");
        // Outside a batch every commit syncs its file (through its temporary name) and
        // its folder at once.
        write_atomic(&items.join("alone.age"), b"alone").unwrap();
        assert_eq!(SYNCED.under(dir.path()).last(), Some(&items));
    }

    /// macOS allows 256 open files by default: a batch of many files must not keep a
    /// handle of each until its end.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_batch_syncing_each_file_keeps_few_files_open() {
        let dir = tempfile::tempdir().unwrap();
        // Handles of files in this test's folder (other tests run beside it).
        let open = || {
            fs::read_dir("/proc/self/fd")
                .unwrap()
                .filter_map(|e| fs::read_link(e.ok()?.path()).ok())
                .filter(|target| target.starts_with(dir.path()))
                .count()
        };
        let before = open();
        let batch = DeferredSync::begin_with(dir.path(), BatchSync::EachFile);
        let mut most = 0;
        for n in 0..1500 {
            write_atomic(&dir.path().join(format!("{n}")), b"x").unwrap();
            most = most.max(open());
        }
        batch.sync().unwrap();
        // Kept back, queued, being synced, and the one being written.
        let bound = KEPT_BACK + SYNC_QUEUE + SYNC_THREADS + 2;
        // Some are open (the count sees them), never all.
        assert!(
            (1..=bound).contains(&(most - before)),
            "{} files open",
            most - before
        );
        assert_eq!(
            SYNCED
                .under(dir.path())
                .iter()
                .filter(|p| p.is_file())
                .count(),
            1500
        );
    }

    /// Windows cannot replace a file that is open (without delete sharing): a file
    /// committed again in a batch must not be held open by the batch when it is replaced,
    /// whether its earlier version was still kept back or already being synced.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_committed_again_in_a_batch_is_not_held_open_when_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let again = dir.path().join("again.age");
        // Handles still open on a replaced version show as "<path> (deleted)".
        let replaced_open = || {
            fs::read_dir("/proc/self/fd")
                .unwrap()
                .filter_map(|e| fs::read_link(e.ok()?.path()).ok())
                .filter(|target| target.to_string_lossy().ends_with("again.age (deleted)"))
                .filter(|target| target.starts_with(dir.path()))
                .count()
        };
        let held_at_rename = || HELD_AT_RENAME.under(dir.path());
        let batch = DeferredSync::begin_with(dir.path(), BatchSync::EachFile);
        write_atomic(&again, b"one").unwrap();
        // Still kept back: let go before the rename.
        write_atomic(&again, b"two").unwrap();
        assert_eq!(replaced_open(), 0);
        assert_eq!(held_at_rename(), Vec::<PathBuf>::new());
        // Far behind: handed to the flushing threads, waited for before the rename.
        for n in 0..(2 * KEPT_BACK) {
            write_atomic(&dir.path().join(format!("{n}")), b"x").unwrap();
        }
        write_atomic(&again, b"three").unwrap();
        assert_eq!(replaced_open(), 0);
        assert_eq!(held_at_rename(), Vec::<PathBuf>::new());
        batch.sync().unwrap();
        drop(batch);
        assert_eq!(fs::read(&again).unwrap(), b"three");
        // "two" (handed over before it was replaced) and "three"; never "one".
        let synced = SYNCED.under(dir.path());
        assert_eq!(synced.iter().filter(|p| **p == again).count(), 2);
    }

    #[test]
    fn a_bare_file_name_lives_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("a.json")), Path::new("."));
        assert_eq!(folder_of(Path::new("/x/a.json")), Path::new("/x"));
    }
}
