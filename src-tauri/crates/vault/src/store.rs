//! Low-level file handling: atomic writes and age encryption of small files.
//!
//! Every file in a vault is written the same way: a temporary file (prefix [`TMP_PREFIX`])
//! in the destination directory, fsync, rename, fsync of the directory. A crash leaves the
//! old file or the new one, never half of one; leftover temporary files are removed when
//! the vault is next opened with the writer lock.

use std::fs;
use std::io::{self, BufReader, Read, Write};
use std::path::Path;

use age::x25519;
use waarborg_fs::AtomicFile;
use zeroize::Zeroizing;

use crate::error::IoFailure;

/// Temporary files start with this; they are never part of the vault.
pub(crate) const TMP_PREFIX: &str = ".tmp-";

/// Why a small encrypted file could not be read.
#[derive(Debug)]
pub(crate) enum ReadFailure {
    Missing,
    Io(io::Error),
    /// Not a valid age file for this identity: damaged, truncated or foreign.
    Undecryptable(String),
}

impl ReadFailure {
    pub(crate) fn reason(&self) -> String {
        match self {
            Self::Missing => "the file is missing".to_owned(),
            Self::Io(e) => format!("cannot read: {e}"),
            Self::Undecryptable(why) => format!("does not decrypt: {why}"),
        }
    }
}

/// Starts an atomic write of `path` (see [`waarborg_fs`]); the temporary file carries
/// [`TMP_PREFIX`] and is removed on drop unless committed.
pub(crate) fn temp_file_for(path: &Path) -> Result<AtomicFile, IoFailure> {
    Ok(AtomicFile::create_with_prefix(path, TMP_PREFIX)?)
}

/// Makes a rename or removal in `path`'s directory durable (a no-op where impossible).
pub(crate) fn sync_parent(path: &Path) -> Result<(), IoFailure> {
    Ok(waarborg_fs::sync_folder(path)?)
}

/// The failed step becomes the action: "create a file in", "sync", "rename into", ….
impl From<waarborg_fs::Error> for IoFailure {
    fn from(e: waarborg_fs::Error) -> Self {
        Self::new(e.step.action(), e.path, e.source)
    }
}

/// Writes `bytes` to `path` atomically (plaintext: only for `vault.json`).
pub(crate) fn write_plain_atomically(path: &Path, bytes: &[u8]) -> Result<(), IoFailure> {
    let mut tmp = temp_file_for(path)?;
    tmp.write_all(bytes)
        .map_err(|e| IoFailure::new("write", path, e))?;
    Ok(tmp.commit()?)
}

/// Encrypts `plaintext` to `recipients` and writes it atomically to `path`.
pub(crate) fn write_encrypted<'a>(
    path: &Path,
    recipients: impl Iterator<Item = &'a dyn age::Recipient>,
    plaintext: &[u8],
) -> Result<(), IoFailure> {
    let tmp = temp_file_for(path)?;
    let encryptor = age::Encryptor::with_recipients(recipients)
        .map_err(|e| IoFailure::new("encrypt", path, io::Error::other(e.to_string())))?;
    let fail = |e| IoFailure::new("write", path, e);
    let mut writer = encryptor
        .wrap_output(io::BufWriter::new(tmp))
        .map_err(fail)?;
    writer.write_all(plaintext).map_err(fail)?;
    let tmp = writer
        .finish()
        .and_then(|w| w.into_inner().map_err(io::IntoInnerError::into_error))
        .map_err(fail)?;
    Ok(tmp.commit()?)
}

/// Encrypts `plaintext` to the vault's own recipient and writes it atomically.
pub(crate) fn write_sealed(
    path: &Path,
    recipient: &x25519::Recipient,
    plaintext: &[u8],
) -> Result<(), IoFailure> {
    write_encrypted(
        path,
        std::iter::once(recipient as &dyn age::Recipient),
        plaintext,
    )
}

/// Opens `path` for reading (following links) without waiting: a pipe opened the plain
/// way blocks until something writes to it, for ever if nothing does. On a regular file
/// the flag has no effect. The caller checks what it opened ([`open_regular`]).
pub(crate) fn open_nonblocking(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What a file that is neither a regular file nor a folder (nor a link) is, in a word.
pub(crate) fn special_kind(file_type: fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("pipe");
        }
        if file_type.is_socket() {
            return Some("socket");
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return Some("device");
        }
    }
    if file_type.is_file() || file_type.is_dir() || file_type.is_symlink() {
        None
    } else {
        Some("special file")
    }
}

/// Opens `path` for reading only if it is a regular file. The check is made on the
/// opened handle, so nothing swapped in after a look at the path slips through; a pipe,
/// socket, device or folder is refused with [`io::ErrorKind::InvalidInput`].
pub(crate) fn open_regular(path: &Path) -> io::Result<fs::File> {
    let file = open_nonblocking(path)?;
    let file_type = file.metadata()?.file_type();
    if file_type.is_file() {
        Ok(file)
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "not a regular file but a {}",
                special_kind(file_type).unwrap_or("folder")
            ),
        ))
    }
}

/// Reads and decrypts a small file completely (metadata, records, log entries, keys).
/// The plaintext is zeroized when dropped. Anything but a regular file is refused
/// ([`ReadFailure::Io`]) without blocking.
pub(crate) fn read_sealed(
    path: &Path,
    identity: &dyn age::Identity,
) -> Result<Zeroizing<Vec<u8>>, ReadFailure> {
    let file = match open_regular(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(ReadFailure::Missing),
        Err(e) => return Err(ReadFailure::Io(e)),
    };
    let decryptor = age::Decryptor::new_buffered(BufReader::new(file))
        .map_err(|e| ReadFailure::Undecryptable(e.to_string()))?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity))
        .map_err(|e| ReadFailure::Undecryptable(e.to_string()))?;
    let mut out = Zeroizing::new(Vec::new());
    reader.read_to_end(&mut out).map_err(|e| {
        if e.kind() == io::ErrorKind::InvalidData || e.kind() == io::ErrorKind::UnexpectedEof {
            ReadFailure::Undecryptable(e.to_string())
        } else {
            ReadFailure::Io(e)
        }
    })?;
    Ok(out)
}

/// Removes a file if it exists, durably.
pub(crate) fn remove_if_exists(path: &Path) -> Result<(), IoFailure> {
    match fs::remove_file(path) {
        Ok(()) => sync_parent(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(IoFailure::new("remove", path, e)),
    }
}

/// Lowercase hex of bytes (SHA-256 digests). By table, not `write!` per byte: `verify`
/// hashes every custody log entry (a million at scale) and this showed in its profile.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}
