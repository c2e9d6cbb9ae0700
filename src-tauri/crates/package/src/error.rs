//! Why a package could not be written, opened or checked. Every variant has a stable
//! kebab-case [`PackageError::code`] that the app and the CLI translate.

use std::io;
use std::path::PathBuf;

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

    /// A stable code, translated as `error-vault-<code>` in the app.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Exists { .. } => "exists",
            Self::Io { source, .. } => match source.kind() {
                io::ErrorKind::StorageFull
                | io::ErrorKind::QuotaExceeded
                | io::ErrorKind::FileTooLarge => "disk-full",
                io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                    "permission-denied"
                }
                io::ErrorKind::NotFound => "not-found",
                _ => "io",
            },
            Self::Cancelled => "cancelled",
            Self::NotAPackage { .. } => "not-a-package",
            Self::NeedsPassphrase => "package-needs-passphrase",
            Self::NeedsIdentity => "package-needs-identity",
            Self::WrongPassphrase => "wrong-passphrase",
            Self::NoMatchingKey => "no-matching-key",
            Self::InvalidIdentity { .. } => "invalid-identity",
            Self::InvalidRecipient { .. } => "invalid-recipient",
            Self::NoRecipients => "no-recipients",
            Self::ContentMismatch { .. } => "damaged-item",
            Self::WriteCheckFailed { .. } => "write-check-failed",
            Self::Damaged { .. } => "package-damaged",
        }
    }
}

/// Every code [`PackageError::code`] can return (the translation tests walk them).
pub const ALL_ERROR_CODES: &[&str] = &[
    "cancelled",
    "damaged-item",
    "disk-full",
    "exists",
    "invalid-identity",
    "invalid-recipient",
    "io",
    "no-matching-key",
    "no-recipients",
    "not-a-package",
    "not-found",
    "package-damaged",
    "package-needs-identity",
    "package-needs-passphrase",
    "permission-denied",
    "write-check-failed",
    "wrong-passphrase",
];
