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
//!   removes itself.
//!
//! Errors keep the [`Step`] that failed, the path and the `io::Error`, so each crate maps
//! them into its own error type.
#![forbid(unsafe_code)]

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

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
            temp,
            destination: path.to_owned(),
        })
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
        let Self { temp, destination } = self;
        temp.as_file()
            .sync_all()
            .map_err(|e| Error::new(Step::Sync, &destination, e))?;
        // A failed rename hands the temporary file back; dropping it removes it.
        rename(temp, &destination).map_err(|e| Error::new(Step::Rename, &destination, e.error))?;
        sync_folder(&destination)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temp.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.temp.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.flush()
    }
}

/// Makes a rename or removal of `path` durable by fsyncing the folder that holds it
/// (a no-op where folders cannot be opened, i.e. Windows).
pub fn sync_folder(path: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    {
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
    fn a_bare_file_name_lives_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("a.json")), Path::new("."));
        assert_eq!(folder_of(Path::new("/x/a.json")), Path::new("/x"));
    }
}
