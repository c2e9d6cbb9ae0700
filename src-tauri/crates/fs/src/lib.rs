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
        self.finish(|temp, path| temp.persist(path).map(drop))
    }

    /// Like [`commit`](Self::commit), but fails (with [`io::ErrorKind::AlreadyExists`]
    /// at [`Step::Rename`]) rather than replace an existing file.
    pub fn commit_new(self) -> Result<(), Error> {
        self.finish(|temp, path| temp.persist_noclobber(path).map(drop))
    }

    fn finish(
        self,
        rename: impl FnOnce(tempfile::NamedTempFile, &Path) -> Result<(), tempfile::PersistError>,
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
        // A failed rename hands the temporary file back; dropping it removes it.
        rename(temp, &destination).map_err(|e| Error::new(Step::Rename, &destination, e.error))?;
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

thread_local! {
    static DEFERRED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this thread's commits currently leave their fsyncs to a [`DeferredSync`].
pub fn sync_deferred() -> bool {
    DEFERRED.with(std::cell::Cell::get)
}

/// Many small files written as one batch: while it lives, [`AtomicFile::commit`] and
/// [`sync_folder`] on this thread still write to a temporary file and rename in the same
/// order, but skip their fsyncs; [`DeferredSync::sync`] then makes everything durable at
/// once with one `syncfs(2)` of the file system holding `folder`. A process killed in
/// between leaves exactly what it would have left with the fsyncs (the page cache
/// survives the process); a power cut can lose what was written since the last
/// [`DeferredSync::sync`], so a caller reports work as done only after it. Linux only:
/// elsewhere (no `syncfs`) it defers nothing and every commit syncs as usual.
#[derive(Debug)]
pub struct DeferredSync {
    folder: PathBuf,
    active: bool,
}

impl DeferredSync {
    /// Starts deferring on this thread (not nested: an inner one defers nothing).
    pub fn begin(folder: &Path) -> Self {
        let active = cfg!(target_os = "linux") && !sync_deferred();
        if active {
            DEFERRED.with(|d| d.set(true));
        }
        Self {
            folder: folder.to_owned(),
            active,
        }
    }

    /// Makes everything written so far durable (deferring goes on).
    pub fn sync(&self) -> Result<(), Error> {
        #[cfg(target_os = "linux")]
        if self.active {
            fs::File::open(&self.folder)
                .and_then(|d| rustix::fs::syncfs(&d).map_err(io::Error::from))
                .map_err(|e| Error::new(Step::SyncFolder, &self.folder, e))?;
        }
        #[cfg(not(target_os = "linux"))]
        let _ = &self.folder;
        Ok(())
    }
}

impl Drop for DeferredSync {
    fn drop(&mut self) {
        if self.active {
            // Never leaves work only in the page cache: a caller that returns early
            // (an error, a cancel) still gets what was committed flushed.
            let _ = self.sync();
            DEFERRED.with(|d| d.set(false));
        }
    }
}

/// Makes a rename or removal of `path` durable by fsyncing the folder that holds it
/// (a no-op where folders cannot be opened, i.e. Windows, and inside a
/// [`DeferredSync`], which syncs once for all).
pub fn sync_folder(path: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    if !sync_deferred() {
        let dir = folder_of(path);
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::new(Step::SyncFolder, dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
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

    #[test]
    fn a_bare_file_name_lives_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("a.json")), Path::new("."));
        assert_eq!(folder_of(Path::new("/x/a.json")), Path::new("/x"));
    }
}
