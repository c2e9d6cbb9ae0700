//! Errors as they cross IPC: a stable machine code plus an untranslated detail.

use serde::Serialize;
use ts_rs::TS;

/// A stable error code. The UI shows the translation of `error-<code>`; codes are
/// never renamed once released, so old translations keep working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ErrorCode {
    /// The settings file could not be read or written.
    SettingsIo,
    /// The settings file exists but is not valid; it was left untouched.
    SettingsCorrupt,
    /// The app's configuration directory could not be determined.
    NoConfigDir,
    /// The emergency guide's content could not be loaded (a bug: it is checked at build).
    GuideUnavailable,
    /// A date the parent entered is not a valid calendar date.
    InvalidDate,
    /// The date of removal entered lies after today.
    RemovalAfterToday,
    /// A form has problems; the field errors say which (nothing was made).
    DocumentsInvalidInput,
    /// The embedded PDF font could not be read (a build defect).
    DocumentsFont,
    /// A PDF could not be written; nothing half-written was left.
    DocumentsWrite,
    /// The parenting-plan clause library could not be loaded (a build defect).
    DocumentsClauseLibrary,
    /// The system viewer could not be started for a saved document.
    DocumentsOpenFailed,
    /// No vault is unlocked: the parent must unlock (or create) it first.
    VaultLocked,
    /// A native dialog could not be shown.
    DialogFailed,
    /// Vault: see `error-vault-already-a-vault`.
    VaultAlreadyAVault,
    /// Vault: see `error-vault-cancelled`.
    VaultCancelled,
    /// Vault: see `error-vault-damaged-item`.
    VaultDamagedItem,
    /// Vault: see `error-vault-damaged-record`.
    VaultDamagedRecord,
    /// Vault: see `error-vault-damaged-vault`.
    VaultDamagedVault,
    /// Vault: see `error-vault-disk-full`.
    VaultDiskFull,
    /// Vault: see `error-vault-duplicate`.
    VaultDuplicate,
    /// Vault: see `error-vault-invalid-input`.
    VaultInvalidInput,
    /// Vault: see `error-vault-invalid-recovery-key`.
    VaultInvalidRecoveryKey,
    /// Vault: see `error-vault-io`.
    VaultIo,
    /// Vault: see `error-vault-keychain-unavailable`.
    VaultKeychainUnavailable,
    /// Vault: see `error-vault-newer-format-version`.
    VaultNewerFormatVersion,
    /// Vault: see `error-vault-no-recovery-key`.
    VaultNoRecoveryKey,
    /// Vault: see `error-vault-not-a-vault`.
    VaultNotAVault,
    /// Vault: see `error-vault-not-found`.
    VaultNotFound,
    /// Vault: see `error-vault-not-in-trash`.
    VaultNotInTrash,
    /// Vault: see `error-vault-not-remembered`.
    VaultNotRemembered,
    /// Vault: see `error-vault-permission-denied`.
    VaultPermissionDenied,
    /// Vault: see `error-vault-source-not-a-file`.
    VaultSourceNotAFile,
    /// Vault: see `error-vault-source-not-found`.
    VaultSourceNotFound,
    /// Vault: see `error-vault-vault-locked-by-other-process`.
    VaultVaultLockedByOtherProcess,
    /// Vault: see `error-vault-work-factor-too-high`.
    VaultWorkFactorTooHigh,
    /// Vault: see `error-vault-wrong-passphrase`.
    VaultWrongPassphrase,
    /// Vault: see `error-vault-exists`.
    VaultExists,
    /// Vault: see `error-vault-invalid-identity`.
    VaultInvalidIdentity,
    /// Vault: see `error-vault-invalid-recipient`.
    VaultInvalidRecipient,
    /// Vault: see `error-vault-no-matching-key`.
    VaultNoMatchingKey,
    /// Vault: see `error-vault-no-recipients`.
    VaultNoRecipients,
    /// Vault: see `error-vault-not-a-package`.
    VaultNotAPackage,
    /// Vault: see `error-vault-package-damaged`.
    VaultPackageDamaged,
    /// Vault: see `error-vault-package-needs-identity`.
    VaultPackageNeedsIdentity,
    /// Vault: see `error-vault-package-needs-passphrase`.
    VaultPackageNeedsPassphrase,
    /// Vault: see `error-vault-write-check-failed`.
    VaultWriteCheckFailed,
    /// A presentation is running: only what it shows may be read until the parent
    /// leaves it with the passphrase (or locks).
    VaultPresenting,
    /// Presentation mode was asked for without any items.
    VaultPresentNothing,
    /// A bug: something the app should never do happened.
    Internal,
}

impl ErrorCode {
    /// Every code, so tests can check each has a translation.
    pub const ALL: &'static [Self] = &[
        Self::SettingsIo,
        Self::SettingsCorrupt,
        Self::NoConfigDir,
        Self::GuideUnavailable,
        Self::InvalidDate,
        Self::RemovalAfterToday,
        Self::DocumentsInvalidInput,
        Self::DocumentsFont,
        Self::DocumentsWrite,
        Self::DocumentsClauseLibrary,
        Self::DocumentsOpenFailed,
        Self::VaultLocked,
        Self::DialogFailed,
        Self::VaultAlreadyAVault,
        Self::VaultCancelled,
        Self::VaultDamagedItem,
        Self::VaultDamagedRecord,
        Self::VaultDamagedVault,
        Self::VaultDiskFull,
        Self::VaultDuplicate,
        Self::VaultInvalidInput,
        Self::VaultInvalidRecoveryKey,
        Self::VaultIo,
        Self::VaultKeychainUnavailable,
        Self::VaultNewerFormatVersion,
        Self::VaultNoRecoveryKey,
        Self::VaultNotAVault,
        Self::VaultNotFound,
        Self::VaultNotInTrash,
        Self::VaultNotRemembered,
        Self::VaultPermissionDenied,
        Self::VaultSourceNotAFile,
        Self::VaultSourceNotFound,
        Self::VaultVaultLockedByOtherProcess,
        Self::VaultWorkFactorTooHigh,
        Self::VaultWrongPassphrase,
        Self::VaultExists,
        Self::VaultInvalidIdentity,
        Self::VaultInvalidRecipient,
        Self::VaultNoMatchingKey,
        Self::VaultNoRecipients,
        Self::VaultNotAPackage,
        Self::VaultPackageDamaged,
        Self::VaultPackageNeedsIdentity,
        Self::VaultPackageNeedsPassphrase,
        Self::VaultWriteCheckFailed,
        Self::VaultPresenting,
        Self::VaultPresentNothing,
        Self::Internal,
    ];

    /// The kebab-case code, as serialized.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::SettingsIo => "settings-io",
            Self::SettingsCorrupt => "settings-corrupt",
            Self::NoConfigDir => "no-config-dir",
            Self::GuideUnavailable => "guide-unavailable",
            Self::InvalidDate => "invalid-date",
            Self::RemovalAfterToday => "removal-after-today",
            Self::DocumentsInvalidInput => "documents-invalid-input",
            Self::DocumentsFont => "documents-font",
            Self::DocumentsWrite => "documents-write",
            Self::DocumentsClauseLibrary => "documents-clause-library",
            Self::DocumentsOpenFailed => "documents-open-failed",
            Self::VaultLocked => "vault-locked",
            Self::DialogFailed => "dialog-failed",
            Self::VaultAlreadyAVault => "vault-already-a-vault",
            Self::VaultCancelled => "vault-cancelled",
            Self::VaultDamagedItem => "vault-damaged-item",
            Self::VaultDamagedRecord => "vault-damaged-record",
            Self::VaultDamagedVault => "vault-damaged-vault",
            Self::VaultDiskFull => "vault-disk-full",
            Self::VaultDuplicate => "vault-duplicate",
            Self::VaultInvalidInput => "vault-invalid-input",
            Self::VaultInvalidRecoveryKey => "vault-invalid-recovery-key",
            Self::VaultIo => "vault-io",
            Self::VaultKeychainUnavailable => "vault-keychain-unavailable",
            Self::VaultNewerFormatVersion => "vault-newer-format-version",
            Self::VaultNoRecoveryKey => "vault-no-recovery-key",
            Self::VaultNotAVault => "vault-not-a-vault",
            Self::VaultNotFound => "vault-not-found",
            Self::VaultNotInTrash => "vault-not-in-trash",
            Self::VaultNotRemembered => "vault-not-remembered",
            Self::VaultPermissionDenied => "vault-permission-denied",
            Self::VaultSourceNotAFile => "vault-source-not-a-file",
            Self::VaultSourceNotFound => "vault-source-not-found",
            Self::VaultVaultLockedByOtherProcess => "vault-vault-locked-by-other-process",
            Self::VaultWorkFactorTooHigh => "vault-work-factor-too-high",
            Self::VaultWrongPassphrase => "vault-wrong-passphrase",
            Self::VaultExists => "vault-exists",
            Self::VaultInvalidIdentity => "vault-invalid-identity",
            Self::VaultInvalidRecipient => "vault-invalid-recipient",
            Self::VaultNoMatchingKey => "vault-no-matching-key",
            Self::VaultNoRecipients => "vault-no-recipients",
            Self::VaultNotAPackage => "vault-not-a-package",
            Self::VaultPackageDamaged => "vault-package-damaged",
            Self::VaultPackageNeedsIdentity => "vault-package-needs-identity",
            Self::VaultPackageNeedsPassphrase => "vault-package-needs-passphrase",
            Self::VaultWriteCheckFailed => "vault-write-check-failed",
            Self::VaultPresenting => "vault-presenting",
            Self::VaultPresentNothing => "vault-present-nothing",
            Self::Internal => "internal",
        }
    }

    /// The code for a vault error code (`waarborg_vault::ALL_ERROR_CODES`), if known.
    pub fn from_vault_code(code: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().strip_prefix("vault-") == Some(code))
    }

    /// The Fluent message id the UI and CLI translate this code with.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }
}

/// The error every command returns: `{ code, message }`.
///
/// `message` is English, for logs and bug reports; it never holds secrets or vault
/// content. Parents see the translation of `code`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_their_stable_string() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn api_error_crosses_ipc_as_code_and_message() {
        let err = ApiError::new(ErrorCode::SettingsCorrupt, "line 1");
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "settings-corrupt", "message": "line 1"})
        );
    }
}
