//! One error enum per operation area, each variant mapped to a stable kebab-case code.
//!
//! Codes are what the UI translates (`error-<code>`); they are never renamed. Messages are
//! English, for logs and bug reports, and never hold a passphrase, a key or evidence content
//! (titles are not put in error messages either: the log of a bug report may be shared).

use std::io;
use std::path::PathBuf;

use waarborg_contract::ErrorCode;

// For each error enum: `code()`, the short stable code the custody log and the command
// line print (`wrong-passphrase`), and `HasErrorCode`, the contract code
// (`vault-wrong-passphrase`) the window translates; both from its one `error_code` match.
waarborg_contract::coded_errors!(
    IoFailure,
    CreateError,
    UnlockError,
    KeyError,
    ImportError,
    ItemError,
    RecordError,
    LogError,
    KeychainError,
    RecoverError,
);

/// A failed file operation, with the path it failed on.
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

    /// `disk-full`, `permission-denied` or `io`.
    pub fn error_code(&self) -> ErrorCode {
        io_error_code(&self.source)
    }
}

fn io_error_code(err: &io::Error) -> ErrorCode {
    match err.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded | io::ErrorKind::FileTooLarge => {
            ErrorCode::VaultDiskFull
        }
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            ErrorCode::VaultPermissionDenied
        }
        _ => ErrorCode::VaultIo,
    }
}

/// Creating a new vault failed. Nothing is left behind but an empty directory at most.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("{path} already holds a vault or other files; choose an empty folder")]
    AlreadyAVault { path: PathBuf },
    #[error("the scrypt work factor {log_n} is outside the allowed range {min}..={max}")]
    WorkFactorTooHigh { log_n: u8, min: u8, max: u8 },
    #[error("recovery key {index} is not an age public key (age1…)")]
    InvalidRecoveryKey { index: usize },
    #[error(transparent)]
    Io(#[from] IoFailure),
}

impl CreateError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::AlreadyAVault { .. } => ErrorCode::VaultAlreadyAVault,
            Self::WorkFactorTooHigh { .. } => ErrorCode::VaultWorkFactorTooHigh,
            Self::InvalidRecoveryKey { .. } => ErrorCode::VaultInvalidRecoveryKey,
            Self::Io(e) => e.error_code(),
        }
    }
}

/// Opening (unlocking) a vault failed. Never deletes or locks anything away.
#[derive(Debug, thiserror::Error)]
pub enum UnlockError {
    #[error("{path} is not a Waarborg vault")]
    NotAVault { path: PathBuf },
    #[error("the vault has format version {found}; this Waarborg reads up to {supported}")]
    NewerFormatVersion { found: u32, supported: u32 },
    #[error("the passphrase does not open this vault")]
    WrongPassphrase,
    #[error("the key file asks for scrypt work factor {required}; at most {max} is accepted")]
    WorkFactorTooHigh { required: u8, max: u8 },
    #[error("this is not an age secret key (AGE-SECRET-KEY-1…)")]
    InvalidRecoveryKey,
    /// A well-formed age secret key, but not one of this vault's recovery keys.
    #[error("this recovery key does not open this vault")]
    WrongRecoveryKey,
    #[error("this vault has no recovery key file")]
    NoRecoveryKey,
    #[error("the vault's key file {path} is damaged: {reason}")]
    DamagedVault { path: PathBuf, reason: String },
    #[error("another Waarborg process has this vault open ({holder})")]
    VaultLockedByOtherProcess { holder: String },
    /// `vault.lock` is a link, folder, pipe or device: it is never followed or written.
    #[error(
        "{path} is not a regular file (a link, folder or pipe); remove it and open the vault again"
    )]
    LockFileNotAFile { path: PathBuf },
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    #[error(transparent)]
    Io(#[from] IoFailure),
    /// Restoring a backup failed while unpacking it.
    #[error(transparent)]
    Package(Box<waarborg_package::UnpackError>),
}

impl UnlockError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::NotAVault { .. } => ErrorCode::VaultNotAVault,
            Self::NewerFormatVersion { .. } => ErrorCode::VaultNewerFormatVersion,
            Self::WrongPassphrase => ErrorCode::VaultWrongPassphrase,
            Self::WorkFactorTooHigh { .. } => ErrorCode::VaultWorkFactorTooHigh,
            Self::InvalidRecoveryKey => ErrorCode::VaultInvalidRecoveryKey,
            Self::WrongRecoveryKey => ErrorCode::VaultWrongRecoveryKey,
            Self::NoRecoveryKey => ErrorCode::VaultNoRecoveryKey,
            Self::DamagedVault { .. } => ErrorCode::VaultDamagedVault,
            Self::VaultLockedByOtherProcess { .. } => ErrorCode::VaultVaultLockedByOtherProcess,
            Self::LockFileNotAFile { .. } => ErrorCode::VaultLockFileNotAFile,
            Self::Keychain(e) => e.error_code(),
            Self::Io(e) => e.error_code(),
            Self::Package(e) => e.error_code(),
        }
    }
}

/// Changing the passphrase or the recovery keys failed; the old key files are untouched.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the scrypt work factor {log_n} is outside the allowed range {min}..={max}")]
    WorkFactorTooHigh { log_n: u8, min: u8, max: u8 },
    #[error("recovery key {index} is not an age public key (age1…)")]
    InvalidRecoveryKey { index: usize },
    /// Removing a recovery key the vault does not keep.
    #[error("the vault does not keep the recovery key {key}")]
    UnknownRecoveryKey { key: String },
    #[error(transparent)]
    Io(#[from] IoFailure),
}

impl KeyError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::WorkFactorTooHigh { .. } => ErrorCode::VaultWorkFactorTooHigh,
            Self::InvalidRecoveryKey { .. } => ErrorCode::VaultInvalidRecoveryKey,
            Self::UnknownRecoveryKey { .. } => ErrorCode::VaultUnknownRecoveryKey,
            Self::Io(e) => e.error_code(),
        }
    }
}

/// "I forgot my passphrase" failed. Before the recovery key was accepted nothing was
/// changed; after, the vault opens with the old or the new passphrase (and the recovery
/// key still opens it).
#[derive(Debug, thiserror::Error)]
pub enum RecoverError {
    #[error("the new passphrase is empty")]
    EmptyPassphrase,
    #[error(transparent)]
    Unlock(#[from] UnlockError),
    #[error(transparent)]
    Key(#[from] KeyError),
}

impl RecoverError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::EmptyPassphrase => ErrorCode::VaultInvalidInput,
            Self::Unlock(e) => e.error_code(),
            Self::Key(e) => e.error_code(),
        }
    }
}

/// Importing a file failed. No item was created; the source file is untouched.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path} does not exist")]
    SourceNotFound { path: PathBuf },
    #[error("{path} is not a regular file (a folder, device or broken link)")]
    SourceNotAFile { path: PathBuf },
    #[error("{path} cannot be read: permission denied")]
    SourcePermissionDenied { path: PathBuf },
    /// A pipe, socket or device (directly or behind a link): reading it could block for
    /// ever or never end, so it is refused before it is opened for reading.
    #[error("{path} is a {kind}, not a regular file; it was not imported")]
    SourceSpecialFile { path: PathBuf, kind: &'static str },
    /// Opening or reading the source failed for a reason of its own (a link loop, a
    /// read error of the disk it is on): a problem with that file, not with the vault.
    #[error("{path} cannot be read: {reason}")]
    SourceUnreadable { path: PathBuf, reason: String },
    #[error("invalid item description: {reason}")]
    InvalidInput { reason: String },
    /// The same bytes (same SHA-256) are already in the vault; nothing was added.
    #[error("{path} is already in the vault as item {existing}")]
    Duplicate { path: PathBuf, existing: String },
    /// The caller asked to stop; nothing was added.
    #[error("the import of {path} was cancelled")]
    Cancelled { path: PathBuf },
    #[error(transparent)]
    Io(#[from] IoFailure),
}

impl ImportError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::SourceNotFound { .. } => ErrorCode::VaultSourceNotFound,
            Self::SourceNotAFile { .. } => ErrorCode::VaultSourceNotAFile,
            Self::SourcePermissionDenied { .. } => ErrorCode::VaultPermissionDenied,
            Self::SourceSpecialFile { .. } => ErrorCode::VaultSourceSpecialFile,
            Self::SourceUnreadable { .. } => ErrorCode::VaultSourceUnreadable,
            Self::InvalidInput { .. } => ErrorCode::VaultInvalidInput,
            Self::Duplicate { .. } => ErrorCode::VaultDuplicate,
            Self::Cancelled { .. } => ErrorCode::VaultCancelled,
            Self::Io(e) => e.error_code(),
        }
    }
}

/// Reading, editing, exporting, trashing, restoring or purging an item failed.
#[derive(Debug, thiserror::Error)]
pub enum ItemError {
    #[error("no item {id}")]
    NotFound { id: String },
    #[error("item {id} is not in the trash")]
    NotInTrash { id: String },
    #[error("item {id} is damaged ({file}): {reason}")]
    DamagedItem {
        id: String,
        file: PathBuf,
        reason: String,
    },
    #[error("invalid item description: {reason}")]
    InvalidInput { reason: String },
    /// A backup must use the vault's own passphrase (the restored vault opens with it).
    #[error("the passphrase is not this vault's")]
    WrongPassphrase,
    #[error(transparent)]
    Io(#[from] IoFailure),
    /// Writing an export package or a backup failed (its codes are the package's).
    #[error(transparent)]
    Package(#[from] waarborg_package::WriteError),
    /// The package signing key (`keys/signing.age`) is missing or does not open.
    #[error("the package signing key {file} cannot be used: {reason}")]
    SigningKeyDamaged { file: PathBuf, reason: String },
}

impl ItemError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::NotFound { .. } => ErrorCode::VaultNotFound,
            Self::NotInTrash { .. } => ErrorCode::VaultNotInTrash,
            Self::DamagedItem { .. } => ErrorCode::VaultDamagedItem,
            Self::InvalidInput { .. } => ErrorCode::VaultInvalidInput,
            Self::WrongPassphrase => ErrorCode::VaultWrongPassphrase,
            Self::Io(e) => e.error_code(),
            Self::Package(e) => e.error_code(),
            Self::SigningKeyDamaged { .. } => ErrorCode::VaultSigningKeyDamaged,
        }
    }
}

/// Creating, reading, changing or deleting a record (journal, person, travel) failed.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("no record {id}")]
    NotFound { id: String },
    #[error("record {id} is not in the trash")]
    NotInTrash { id: String },
    #[error("record {id} is damaged ({file}): {reason}")]
    DamagedRecord {
        id: String,
        file: PathBuf,
        reason: String,
    },
    #[error(transparent)]
    Io(#[from] IoFailure),
}

impl RecordError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::NotFound { .. } => ErrorCode::VaultNotFound,
            Self::NotInTrash { .. } => ErrorCode::VaultNotInTrash,
            Self::DamagedRecord { .. } => ErrorCode::VaultDamagedRecord,
            Self::Io(e) => e.error_code(),
        }
    }
}

/// Reading or appending the custody log failed.
#[derive(Debug, thiserror::Error)]
pub enum LogError {
    #[error("custody log entry {file} is damaged: {reason}")]
    Damaged { file: PathBuf, reason: String },
    #[error(transparent)]
    Io(#[from] IoFailure),
}

impl LogError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::Damaged { .. } => ErrorCode::VaultDamagedVault,
            Self::Io(e) => e.error_code(),
        }
    }
}

/// "Remember on this device" or "forget this device" failed. The vault is unaffected and
/// the passphrase keeps working.
#[derive(Debug, thiserror::Error)]
pub enum KeychainError {
    #[error("no usable keychain on this device: {reason}")]
    Unavailable { reason: String },
    #[error("this vault is not remembered on this device")]
    NotRemembered,
    #[error("the key remembered on this device does not open this vault")]
    Damaged,
}

impl KeychainError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::Unavailable { .. } => ErrorCode::VaultKeychainUnavailable,
            Self::NotRemembered => ErrorCode::VaultNotRemembered,
            Self::Damaged => ErrorCode::VaultDamagedVault,
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
    fn every_variant_has_a_vault_code() {
        let p = || PathBuf::from("/x");
        let codes = [
            CreateError::AlreadyAVault { path: p() }.error_code(),
            CreateError::WorkFactorTooHigh {
                log_n: 30,
                min: 1,
                max: 20,
            }
            .error_code(),
            CreateError::InvalidRecoveryKey { index: 0 }.error_code(),
            CreateError::Io(io(io::ErrorKind::Other)).error_code(),
            UnlockError::NotAVault { path: p() }.error_code(),
            UnlockError::NewerFormatVersion {
                found: 2,
                supported: 1,
            }
            .error_code(),
            UnlockError::WrongPassphrase.error_code(),
            UnlockError::WrongRecoveryKey.error_code(),
            KeyError::UnknownRecoveryKey { key: String::new() }.error_code(),
            RecoverError::EmptyPassphrase.error_code(),
            UnlockError::WorkFactorTooHigh {
                required: 30,
                max: 20,
            }
            .error_code(),
            UnlockError::InvalidRecoveryKey.error_code(),
            UnlockError::NoRecoveryKey.error_code(),
            UnlockError::DamagedVault {
                path: p(),
                reason: String::new(),
            }
            .error_code(),
            UnlockError::VaultLockedByOtherProcess {
                holder: String::new(),
            }
            .error_code(),
            UnlockError::LockFileNotAFile { path: p() }.error_code(),
            UnlockError::Keychain(KeychainError::NotRemembered).error_code(),
            UnlockError::Io(io(io::ErrorKind::StorageFull)).error_code(),
            KeyError::WorkFactorTooHigh {
                log_n: 0,
                min: 1,
                max: 20,
            }
            .error_code(),
            KeyError::InvalidRecoveryKey { index: 1 }.error_code(),
            KeyError::Io(io(io::ErrorKind::PermissionDenied)).error_code(),
            ImportError::SourceNotFound { path: p() }.error_code(),
            ImportError::SourceNotAFile { path: p() }.error_code(),
            ImportError::SourcePermissionDenied { path: p() }.error_code(),
            ImportError::SourceSpecialFile {
                path: p(),
                kind: "pipe",
            }
            .error_code(),
            ImportError::SourceUnreadable {
                path: p(),
                reason: String::new(),
            }
            .error_code(),
            ImportError::InvalidInput {
                reason: String::new(),
            }
            .error_code(),
            ImportError::Duplicate {
                path: p(),
                existing: String::new(),
            }
            .error_code(),
            ImportError::Cancelled { path: p() }.error_code(),
            ImportError::Io(io(io::ErrorKind::Other)).error_code(),
            ItemError::NotFound { id: String::new() }.error_code(),
            ItemError::NotInTrash { id: String::new() }.error_code(),
            ItemError::DamagedItem {
                id: String::new(),
                file: p(),
                reason: String::new(),
            }
            .error_code(),
            ItemError::InvalidInput {
                reason: String::new(),
            }
            .error_code(),
            ItemError::Io(io(io::ErrorKind::Other)).error_code(),
            RecordError::NotFound { id: String::new() }.error_code(),
            RecordError::DamagedRecord {
                id: String::new(),
                file: p(),
                reason: String::new(),
            }
            .error_code(),
            RecordError::Io(io(io::ErrorKind::Other)).error_code(),
            LogError::Damaged {
                file: p(),
                reason: String::new(),
            }
            .error_code(),
            LogError::Io(io(io::ErrorKind::Other)).error_code(),
            KeychainError::Unavailable {
                reason: String::new(),
            }
            .error_code(),
            KeychainError::NotRemembered.error_code(),
            KeychainError::Damaged.error_code(),
        ];
        // Every variant has a contract code of the vault area (so the window has a
        // translation for it, and a vault failure never reads as another's).
        for code in codes {
            assert!(code.as_str().starts_with("vault-"), "{code:?}");
        }
    }

    #[test]
    fn io_errors_map_to_disk_full_and_permission_denied() {
        assert_eq!(io(io::ErrorKind::StorageFull).code(), "disk-full");
        assert_eq!(
            io(io::ErrorKind::PermissionDenied).code(),
            "permission-denied"
        );
        assert_eq!(io(io::ErrorKind::UnexpectedEof).code(), "io");
    }
}
