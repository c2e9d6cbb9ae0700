//! Why a package could not be written, opened or checked. Every variant has a stable
//! kebab-case [`PackageError::code`] that the app and the CLI translate.

use std::io;
use std::path::PathBuf;

use waarborg_contract::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    #[error("{path} exists already; choose a new name")]
    Exists { path: PathBuf },
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("the export was cancelled; nothing was kept")]
    Cancelled,
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
    #[error("{value} is not an age public key (age1…)")]
    InvalidRecipient { value: String },
    #[error("no recipients: give at least one age public key")]
    NoRecipients,
    #[error("{file}: the content did not match its recorded SHA-256 while it was written")]
    ContentMismatch { file: String },
    #[error("{path} was damaged while it was written: it reads back differently")]
    WriteCheckFailed { path: PathBuf },
    #[error("the package is damaged: {reason}")]
    Damaged { reason: String },
}

impl PackageError {
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// The short stable code the command line prints (`not-a-package`).
    pub fn code(&self) -> &'static str {
        self.error_code().local()
    }

    /// The contract code the window translates (`package-not-a-package`).
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::Exists { .. } => ErrorCode::PackageExists,
            Self::Io { source, .. } => match source.kind() {
                io::ErrorKind::StorageFull
                | io::ErrorKind::QuotaExceeded
                | io::ErrorKind::FileTooLarge => ErrorCode::PackageDiskFull,
                io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                    ErrorCode::PackagePermissionDenied
                }
                io::ErrorKind::NotFound => ErrorCode::PackageNotFound,
                _ => ErrorCode::PackageIo,
            },
            Self::Cancelled => ErrorCode::PackageCancelled,
            Self::NotAPackage { .. } => ErrorCode::PackageNotAPackage,
            Self::NeedsPassphrase => ErrorCode::PackageNeedsPassphrase,
            Self::NeedsIdentity => ErrorCode::PackageNeedsIdentity,
            Self::WrongPassphrase => ErrorCode::PackageWrongPassphrase,
            Self::NoMatchingKey => ErrorCode::PackageNoMatchingKey,
            Self::InvalidIdentity { .. } => ErrorCode::PackageInvalidIdentity,
            Self::InvalidRecipient { .. } => ErrorCode::PackageInvalidRecipient,
            Self::NoRecipients => ErrorCode::PackageNoRecipients,
            Self::ContentMismatch { .. } => ErrorCode::PackageDamagedItem,
            Self::WriteCheckFailed { .. } => ErrorCode::PackageWriteCheckFailed,
            Self::Damaged { .. } => ErrorCode::PackageDamaged,
        }
    }
}

impl waarborg_contract::HasErrorCode for PackageError {
    fn error_code(&self) -> ErrorCode {
        PackageError::error_code(self)
    }
}
