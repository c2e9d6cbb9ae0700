//! Writing a package: to a hidden staging folder or temporary file next to the
//! destination, renamed into place only when complete and read back. A full disk, a
//! pulled USB stick or a cancel leaves nothing that looks like a finished package.

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use age::x25519;
use sha2::{Digest, Sha256};
use waarborg_fs::{AtomicFile, Step, folder_of};

use crate::error::{IoFailure, WriteError};
use crate::manifest::{MANIFEST, ManifestLine, format_manifest, is_safe_name};
use crate::read::verify_folder;
use crate::sign::{ALLOWED_SIGNERS, MANIFEST_SIG, PackageSigner};

const CHUNK: usize = 1 << 20;

/// How the package is written.
pub enum Protection {
    /// A plain folder (e.g. on a USB stick kept by the lawyer).
    Folder,
    /// One age file holding a tar archive, opened with this passphrase.
    Passphrase(SecretString),
    /// One age file holding a tar archive, opened with any of these keys' identities.
    Recipients(Vec<x25519::Recipient>),
}

impl std::fmt::Debug for Protection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Folder => f.write_str("Folder"),
            Self::Passphrase(_) => f.write_str("Passphrase(<redacted>)"),
            Self::Recipients(r) => write!(f, "Recipients({})", r.len()),
        }
    }
}

/// Parses `age1…` public keys; the error names the first bad one.
pub fn parse_recipients(values: &[String]) -> Result<Vec<x25519::Recipient>, WriteError> {
    if values.is_empty() {
        return Err(WriteError::NoRecipients);
    }
    values
        .iter()
        .map(|v| {
            v.trim()
                .parse::<x25519::Recipient>()
                .map_err(|_| WriteError::InvalidRecipient { value: v.clone() })
        })
        .collect()
}

/// Called with the number of content bytes written so far (about every MiB); `false`
/// cancels.
pub type Progress<'a> = Box<dyn FnMut(u64) -> bool + Send + 'a>;

/// How often progress is reported.
const PROGRESS_STEP: u64 = 1 << 20;

type ArchiveSink = age::stream::StreamWriter<HashingWriter<BufWriter<AtomicFile>>>;

enum Target {
    Folder {
        staging: tempfile::TempDir,
    },
    Archive {
        // Boxed: the age stream buffers a 64 KiB chunk inline.
        builder: Box<tar::Builder<ArchiveSink>>,
        root: String,
        mtime: u64,
    },
}

/// A package being written. Dropping it without [`PackageWriter::finish`] removes
/// everything written so far.
pub struct PackageWriter<'a> {
    out: PathBuf,
    target: Target,
    lines: Vec<ManifestLine>,
    /// The names in `lines`, to refuse a second file by one name without a scan.
    names: HashSet<String>,
    written: u64,
    progress: Option<Progress<'a>>,
    signer: Option<PackageSigner>,
}

impl std::fmt::Debug for PackageWriter<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PackageWriter")
            .field("out", &self.out)
            .field("files", &self.lines.len())
            .finish_non_exhaustive()
    }
}

impl<'a> PackageWriter<'a> {
    /// Starts a package at `out` (a folder, or a `.age` file), which must not exist.
    /// `made_at` (seconds since 1970) becomes the archive entries' time.
    pub fn create(out: &Path, protection: Protection, made_at: u64) -> Result<Self, WriteError> {
        if out.exists() {
            return Err(WriteError::Exists {
                path: out.to_owned(),
            });
        }
        let parent = folder_of(out);
        let target = match protection {
            Protection::Folder => Target::Folder {
                staging: tempfile::Builder::new()
                    .prefix(".waarborg-export-")
                    .tempdir_in(parent)
                    .map_err(|e| IoFailure::new("create a folder in", parent, e))?,
            },
            Protection::Passphrase(passphrase) => {
                let encryptor = age::Encryptor::with_user_passphrase(passphrase);
                archive(out, made_at, |w| encryptor.wrap_output(w))?
            }
            Protection::Recipients(recipients) => {
                if recipients.is_empty() {
                    return Err(WriteError::NoRecipients);
                }
                let encryptor = age::Encryptor::with_recipients(
                    recipients.iter().map(|r| r as &dyn age::Recipient),
                )
                .map_err(|_| WriteError::NoRecipients)?;
                archive(out, made_at, |w| encryptor.wrap_output(w))?
            }
        };
        Ok(Self {
            out: out.to_owned(),
            target,
            lines: Vec::new(),
            names: HashSet::new(),
            written: 0,
            progress: None,
            signer: None,
        })
    }

    /// Reports progress (and asks whether to go on) while content is copied.
    pub fn with_progress(mut self, progress: impl FnMut(u64) -> bool + Send + 'a) -> Self {
        self.progress = Some(Box::new(progress));
        self
    }

    /// Signs the package: [`PackageWriter::finish`] adds `allowed_signers` (in the
    /// manifest) and `MANIFEST.sha256.sig`, the `sshsig` signature of the manifest.
    pub fn with_signer(mut self, signer: PackageSigner) -> Self {
        self.signer = Some(signer);
        self
    }

    /// Adds a file of `size` bytes read from `content`. With `expected_sha256`, a
    /// different content fails the whole package. Returns the SHA-256 written.
    pub fn add_file(
        &mut self,
        name: &str,
        size: u64,
        content: &mut dyn Read,
        expected_sha256: Option<&str>,
    ) -> Result<String, WriteError> {
        if !is_safe_name(name)
            || matches!(name, MANIFEST | MANIFEST_SIG)
            || self.names.contains(name)
        {
            return Err(WriteError::Damaged {
                reason: format!("{name:?} cannot be a file name in a package"),
            });
        }
        let mut reader = CountingReader {
            inner: content,
            hasher: Sha256::new(),
            read: 0,
            before: self.written,
            progress: self.progress.as_deref_mut(),
            reported: 0,
            cancelled: false,
        };
        let copied = match &mut self.target {
            Target::Folder { staging } => {
                let path = staging.path().join(name);
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir).map_err(|e| IoFailure::new("create folder", dir, e))?;
                }
                let file =
                    fs::File::create(&path).map_err(|e| IoFailure::new("create", &path, e))?;
                let mut out = BufWriter::with_capacity(CHUNK, file);
                io::copy(&mut reader, &mut out)
                    .and_then(|_| out.into_inner().map_err(io::IntoInnerError::into_error))
                    .and_then(|f| f.sync_all())
                    .map_err(|e| IoFailure::new("write", &path, e))
            }
            Target::Archive {
                builder,
                root,
                mtime,
            } => {
                let mut header = tar::Header::new_gnu();
                header.set_size(size);
                header.set_mode(0o644);
                header.set_mtime(*mtime);
                header.set_entry_type(tar::EntryType::Regular);
                builder
                    .append_data(&mut header, format!("{root}/{name}"), &mut reader)
                    .map_err(|e| IoFailure::new("write", &self.out, e))
            }
        };
        if reader.cancelled {
            return Err(WriteError::Cancelled);
        }
        copied?;
        let sha256 = hex(&reader.hasher.finalize());
        if reader.read != size || expected_sha256.is_some_and(|e| e != sha256) {
            return Err(WriteError::ContentMismatch {
                file: name.to_owned(),
            });
        }
        self.written += size;
        self.names.insert(name.to_owned());
        self.lines.push(ManifestLine {
            sha256: sha256.clone(),
            name: name.to_owned(),
        });
        Ok(sha256)
    }

    /// Adds a file made in memory (the index, the README).
    pub fn add_bytes(&mut self, name: &str, bytes: &[u8]) -> Result<(), WriteError> {
        let size = bytes.len() as u64;
        self.add_file(name, size, &mut &bytes[..], None).map(|_| ())
    }

    /// Writes `MANIFEST.sha256`, checks what was written by reading it back, and gives
    /// the package its name. Returns the path of the package.
    pub fn finish(mut self) -> Result<PathBuf, WriteError> {
        let signer = self.signer.take();
        if let Some(signer) = &signer {
            self.add_bytes(ALLOWED_SIGNERS, signer.allowed_signers().as_bytes())?;
        }
        let manifest = format_manifest(&self.lines);
        let signature = signer
            .map(|s| s.sign(manifest.as_bytes()))
            .transpose()
            .map_err(|e| WriteError::Damaged {
                reason: e.to_string(),
            })?;
        let out = self.out;
        match self.target {
            Target::Folder { staging } => {
                let mut outer = vec![(MANIFEST, manifest.as_bytes())];
                if let Some(sig) = &signature {
                    outer.push((MANIFEST_SIG, sig.as_bytes()));
                }
                for (name, bytes) in outer {
                    let path = staging.path().join(name);
                    fs::write(&path, bytes)
                        .and_then(|()| fs::File::open(&path)?.sync_all())
                        .map_err(|e| IoFailure::new("write", &path, e))?;
                }
                // Read back with the same code the lawyer's side uses.
                let report = verify_folder(staging.path(), &mut |_| true)?;
                if !report.is_intact()
                    || (signature.is_some() && report.signature.fingerprint().is_none())
                {
                    return Err(WriteError::WriteCheckFailed { path: out });
                }
                let staged = staging.keep();
                fs::rename(&staged, &out).map_err(|e| {
                    let _ = fs::remove_dir_all(&staged);
                    IoFailure::new("rename into", &out, e)
                })?;
                sync_parent(&out)?;
            }
            Target::Archive {
                mut builder,
                root,
                mtime,
            } => {
                let fail = |e| IoFailure::new("write", &out, e);
                let mut outer = vec![(MANIFEST, manifest.as_bytes())];
                if let Some(sig) = &signature {
                    outer.push((MANIFEST_SIG, sig.as_bytes()));
                }
                for (name, bytes) in outer {
                    let mut header = tar::Header::new_gnu();
                    header.set_size(bytes.len() as u64);
                    header.set_mode(0o644);
                    header.set_mtime(mtime);
                    header.set_entry_type(tar::EntryType::Regular);
                    builder
                        .append_data(&mut header, format!("{root}/{name}"), bytes)
                        .map_err(fail)?;
                }
                let hashing = builder
                    .into_inner()
                    .and_then(age::stream::StreamWriter::finish)
                    .map_err(fail)?;
                let (sha256, buffered) = hashing.finish();
                let tmp = buffered.into_inner().map_err(|e| fail(e.into_error()))?;
                // What is on the disk must be what was written.
                if sha256_of_file(tmp.temp_path()).map_err(fail)? != sha256 {
                    return Err(WriteError::WriteCheckFailed { path: out });
                }
                tmp.commit_new().map_err(|e| match e.step {
                    Step::Sync => fail(e.source),
                    _ => fs_error(e),
                })?;
                // How to open it, next to it (no evidence in it); never replaces a file.
                let mut note = out.clone().into_os_string();
                note.push(".README.txt");
                let _ = fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&note)
                    .and_then(|mut f| f.write_all(crate::ENCRYPTED_README_TEXT.as_bytes()));
            }
        }
        Ok(out)
    }
}

fn archive(
    out: &Path,
    made_at: u64,
    wrap: impl FnOnce(HashingWriter<BufWriter<AtomicFile>>) -> io::Result<ArchiveSink>,
) -> Result<Target, WriteError> {
    let tmp = AtomicFile::create_with_prefix(out, ".waarborg-export-").map_err(fs_error)?;
    let sink = wrap(HashingWriter::new(BufWriter::with_capacity(CHUNK, tmp)))
        .map_err(|e| IoFailure::new("write", out, e))?;
    let mut builder = Box::new(tar::Builder::new(sink));
    builder.mode(tar::HeaderMode::Deterministic);
    Ok(Target::Archive {
        builder,
        root: archive_root(out),
        mtime: made_at,
    })
}

/// The folder an encrypted package unpacks to: its file name without `.age` / `.tar`.
pub fn archive_root(out: &Path) -> String {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = name.strip_suffix(".age").unwrap_or(&name);
    let name = name.strip_suffix(".tar").unwrap_or(name);
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let safe = safe.trim_matches('.');
    if safe.is_empty() {
        "waarborg-export".to_owned()
    } else {
        safe.to_owned()
    }
}

fn sync_parent(path: &Path) -> Result<(), IoFailure> {
    waarborg_fs::sync_folder(path).map_err(fs_error)
}

/// The failed step becomes the action: "create a file in", "rename into", "sync folder".
fn fs_error(e: waarborg_fs::Error) -> IoFailure {
    IoFailure::new(e.step.action(), e.path, e.source)
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

pub(crate) fn sha256_of_file(path: &Path) -> io::Result<String> {
    let mut file = fs::File::open(path)?;
    sha256_of_reader(&mut file)
}

pub(crate) fn sha256_of_reader(reader: &mut dyn Read) -> io::Result<String> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0; CHUNK];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

/// Hashes and counts what passes through, reports progress and stops on cancel.
struct CountingReader<'r, 'p> {
    inner: &'r mut dyn Read,
    hasher: Sha256,
    read: u64,
    before: u64,
    progress: Option<&'r mut (dyn FnMut(u64) -> bool + Send + 'p)>,
    reported: u64,
    cancelled: bool,
}

impl Read for CountingReader<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let done = self.before + self.read;
        if let Some(progress) = self.progress.as_deref_mut()
            && (self.read == 0 || done >= self.reported + PROGRESS_STEP)
        {
            self.reported = done;
            if !progress(done) {
                self.cancelled = true;
                return Err(io::Error::other("cancelled"));
            }
        }
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

/// Hashes the bytes written (the ciphertext), to compare with what reads back.
struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
}

impl<W: Write> HashingWriter<W> {
    fn new(inner: W) -> Self {
        Self {
            inner,
            hasher: Sha256::new(),
        }
    }

    fn finish(self) -> (String, W) {
        (hex(&self.hasher.finalize()), self.inner)
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
