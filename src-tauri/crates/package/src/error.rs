//! Why a package could not be written, opened, checked or unpacked: one error type per
//! operation, each with only the variants that operation can meet.
//!
//! - [`WriteError`]: writing a package ([`crate::PackageWriter`], [`crate::parse_recipients`]).
//! - [`OpenError`]: telling what a path holds and decrypting it with the key given
//!   ([`crate::package_kind`]).
//! - [`VerifyError`]: reading every file and checking it against the manifest
//!   ([`crate::verify_package`], [`crate::open_package`]); an [`OpenError`] on the way in.
//! - [`UnpackError`]: unpacking a backup into a new folder ([`crate::unpack_package`]).
//!
//! Every one has a `package-…` contract code through [`HasErrorCode`] (which the window
//! translates) and `code()`, the same code without its area (`not-a-package`), which the
//! command line prints. Messages are English, for logs; they never hold a passphrase, a
//! key or file content.

use std::io;
use std::path::{Path, PathBuf};

use waarborg_contract::ErrorCode;
#[cfg(doc)]
use waarborg_contract::HasErrorCode;

waarborg_contract::coded_errors!(IoFailure, WriteError, OpenError, VerifyError, UnpackError);

/// A failed file operation, with the path it failed on: `disk-full`,
/// `permission-denied`, `not-found` or `io`.
#[derive(Debug, thiserror::Error)]
#[error("{action} {path}: {source}")]
pub struct IoFailure {
    pub action: &'static str,
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

impl IoFailure {
    pub(crate) fn new(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        Self {
            action,
            path: path.into(),
            source,
        }
    }

    pub fn error_code(&self) -> ErrorCode {
        match self.source.kind() {
            io::ErrorKind::StorageFull
            | io::ErrorKind::QuotaExceeded
            | io::ErrorKind::FileTooLarge => ErrorCode::PackageDiskFull,
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                ErrorCode::PackagePermissionDenied
            }
            io::ErrorKind::NotFound => ErrorCode::PackageNotFound,
            _ => ErrorCode::PackageIo,
        }
    }
}

/// Writing a package failed. Nothing that looks like a finished package is left.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path} exists already; choose a new name")]
    Exists { path: PathBuf },
    #[error(transparent)]
    Io(#[from] IoFailure),
    #[error("the export was cancelled; nothing was kept")]
    Cancelled,
    #[error("{value} is not an age public key (age1…)")]
    InvalidRecipient { value: String },
    #[error("no recipients: give at least one age public key")]
    NoRecipients,
    /// A file name that cannot be in a package (outside its folder, the manifest's, or
    /// twice); or, for a backup, a vault whose key file cannot be checked.
    #[error("the package is damaged: {reason}")]
    Damaged { reason: String },
    #[error("{file}: the content did not match its recorded SHA-256 while it was written")]
    ContentMismatch { file: String },
    #[error("{path} was damaged while it was written: it reads back differently")]
    WriteCheckFailed { path: PathBuf },
    /// Reading the written package back failed (with the check's code).
    #[error(transparent)]
    ReadBack(#[from] VerifyError),
}

impl WriteError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::Exists { .. } => ErrorCode::PackageExists,
            Self::Io(e) => e.error_code(),
            Self::Cancelled => ErrorCode::PackageCancelled,
            Self::InvalidRecipient { .. } => ErrorCode::PackageInvalidRecipient,
            Self::NoRecipients => ErrorCode::PackageNoRecipients,
            Self::Damaged { .. } => ErrorCode::PackageDamaged,
            Self::ContentMismatch { .. } => ErrorCode::PackageDamagedItem,
            Self::WriteCheckFailed { .. } => ErrorCode::PackageWriteCheckFailed,
            Self::ReadBack(e) => e.error_code(),
        }
    }
}

/// What a path holds could not be told (also when a check finds an archive with links,
/// two top folders or names outside its folder, or no readable manifest), or the key
/// given does not open it.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Io(#[from] IoFailure),
    #[error("{path} is not a Waarborg package: {reason}")]
    NotAPackage { path: PathBuf, reason: String },
    #[error("this package is encrypted with a passphrase; give the passphrase")]
    NeedsPassphrase,
    #[error("this package is encrypted to age keys; give an identity file")]
    NeedsIdentity,
    #[error("the passphrase does not open this package")]
    WrongPassphrase,
    #[error("none of the given identities opens this package")]
    NoMatchingKey,
    #[error("the identity file could not be read: {reason}")]
    InvalidIdentity { reason: String },
    /// The age header could not be read.
    #[error("the package is damaged: {reason}")]
    Damaged { reason: String },
    /// A file name in the package (in its manifest or its archive) is not safe on
    /// every system; nothing of it was written.
    #[error("{path}: the file name {name:?} in it is not safe on every system")]
    UnsafeName { path: PathBuf, name: String },
    /// The passphrase encryption asks for a scrypt work factor above the cap; refused
    /// before any key derivation.
    #[error("the package asks for scrypt work factor {log_n}; at most {max} is accepted")]
    WorkFactorTooHigh { log_n: u8, max: u8 },
}

impl OpenError {
    pub(crate) fn not_a_package(path: &Path, reason: &str) -> Self {
        Self::NotAPackage {
            path: path.to_owned(),
            reason: reason.to_owned(),
        }
    }

    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::Io(e) => e.error_code(),
            Self::NotAPackage { .. } => ErrorCode::PackageNotAPackage,
            Self::NeedsPassphrase => ErrorCode::PackageNeedsPassphrase,
            Self::NeedsIdentity => ErrorCode::PackageNeedsIdentity,
            Self::WrongPassphrase => ErrorCode::PackageWrongPassphrase,
            Self::NoMatchingKey => ErrorCode::PackageNoMatchingKey,
            Self::InvalidIdentity { .. } => ErrorCode::PackageInvalidIdentity,
            Self::Damaged { .. } => ErrorCode::PackageDamaged,
            Self::UnsafeName { .. } => ErrorCode::PackageUnsafeName,
            Self::WorkFactorTooHigh { .. } => ErrorCode::PackageWorkFactorTooHigh,
        }
    }
}

/// A package could not be checked to the end. A file that is changed, missing or added
/// is no error: the report names it.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error(transparent)]
    Io(#[from] IoFailure),
    /// The encrypted stream or the archive in it breaks off or was changed.
    #[error("the package is damaged: {reason}")]
    Damaged { reason: String },
    #[error("the check of the package was cancelled")]
    Cancelled,
}

impl VerifyError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::Open(e) => e.error_code(),
            Self::Io(e) => e.error_code(),
            Self::Damaged { .. } => ErrorCode::PackageDamaged,
            Self::Cancelled => ErrorCode::PackageCancelled,
        }
    }
}

/// A backup could not be unpacked into a new folder. Nothing is left there.
#[derive(Debug, thiserror::Error)]
pub enum UnpackError {
    #[error("{path} exists already; choose a new name")]
    Exists { path: PathBuf },
    #[error(transparent)]
    Io(#[from] IoFailure),
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error(transparent)]
    Verify(#[from] VerifyError),
    /// Unpacked completely, but files do not match the manifest.
    #[error("the package is damaged: files do not match the manifest: {}", .files.join(", "))]
    NotIntact { files: Vec<String> },
}

impl UnpackError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::Exists { .. } => ErrorCode::PackageExists,
            Self::Io(e) => e.error_code(),
            Self::Open(e) => e.error_code(),
            Self::Verify(e) => e.error_code(),
            Self::NotIntact { .. } => ErrorCode::PackageDamaged,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn io(kind: io::ErrorKind) -> IoFailure {
        IoFailure::new("write", "/x", io::Error::from(kind))
    }

    #[test]
    fn every_variant_has_a_package_code() {
        let p = || PathBuf::from("/x");
        let s = String::new;
        let codes = [
            WriteError::Exists { path: p() }.error_code(),
            WriteError::Io(io(io::ErrorKind::Other)).error_code(),
            WriteError::Cancelled.error_code(),
            WriteError::InvalidRecipient { value: s() }.error_code(),
            WriteError::NoRecipients.error_code(),
            WriteError::Damaged { reason: s() }.error_code(),
            WriteError::ContentMismatch { file: s() }.error_code(),
            WriteError::WriteCheckFailed { path: p() }.error_code(),
            WriteError::ReadBack(VerifyError::Cancelled).error_code(),
            OpenError::Io(io(io::ErrorKind::NotFound)).error_code(),
            OpenError::NotAPackage {
                path: p(),
                reason: s(),
            }
            .error_code(),
            OpenError::NeedsPassphrase.error_code(),
            OpenError::NeedsIdentity.error_code(),
            OpenError::WrongPassphrase.error_code(),
            OpenError::NoMatchingKey.error_code(),
            OpenError::InvalidIdentity { reason: s() }.error_code(),
            OpenError::Damaged { reason: s() }.error_code(),
            OpenError::UnsafeName {
                path: p(),
                name: s(),
            }
            .error_code(),
            OpenError::WorkFactorTooHigh { log_n: 30, max: 20 }.error_code(),
            VerifyError::Open(OpenError::NeedsIdentity).error_code(),
            VerifyError::Io(io(io::ErrorKind::PermissionDenied)).error_code(),
            VerifyError::Damaged { reason: s() }.error_code(),
            VerifyError::Cancelled.error_code(),
            UnpackError::Exists { path: p() }.error_code(),
            UnpackError::Io(io(io::ErrorKind::StorageFull)).error_code(),
            UnpackError::Open(OpenError::WrongPassphrase).error_code(),
            UnpackError::Verify(VerifyError::Cancelled).error_code(),
            UnpackError::NotIntact { files: Vec::new() }.error_code(),
        ];
        // A package failure never reads as the vault's (or has no translation).
        for code in codes {
            assert!(code.as_str().starts_with("package-"), "{code:?}");
        }
    }

    #[test]
    fn io_errors_map_to_disk_full_permission_denied_and_not_found() {
        assert_eq!(io(io::ErrorKind::StorageFull).code(), "disk-full");
        assert_eq!(io(io::ErrorKind::QuotaExceeded).code(), "disk-full");
        assert_eq!(
            io(io::ErrorKind::ReadOnlyFilesystem).code(),
            "permission-denied"
        );
        assert_eq!(io(io::ErrorKind::NotFound).code(), "not-found");
        assert_eq!(io(io::ErrorKind::UnexpectedEof).code(), "io");
    }

    #[test]
    fn an_error_met_on_the_way_in_keeps_its_code_and_message() {
        let open = OpenError::NeedsPassphrase;
        let message = open.to_string();
        let unpack = UnpackError::from(VerifyError::from(open));
        assert_eq!(unpack.code(), "needs-passphrase");
        assert_eq!(unpack.to_string(), message);
        let failed = UnpackError::NotIntact {
            files: vec!["0001_a.txt".to_owned(), "extra.txt".to_owned()],
        };
        assert_eq!(
            failed.to_string(),
            "the package is damaged: files do not match the manifest: 0001_a.txt, extra.txt"
        );
    }
}
