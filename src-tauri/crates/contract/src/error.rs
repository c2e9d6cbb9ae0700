//! Errors as they cross IPC: a stable machine code plus an untranslated detail.

use serde::Serialize;
use ts_rs::TS;

/// Declares [`ErrorCode`] from one list: each variant with its stable string, which is
/// both its serde name and its translation key (`error-<code>`). `ALL` and `as_str`
/// come from the same list, so a code cannot be added in one place and missed in another.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// A stable error code. The UI shows the translation of `error-<code>`; codes are
        /// never renamed once released, so old translations keep working.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
        #[ts(export)]
        pub enum ErrorCode {
            $($(#[$doc])* #[serde(rename = $code)] $variant,)*
        }

        impl ErrorCode {
            /// Every code, so tests can check each has a translation.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// The kebab-case code, as serialized.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    /// The settings file could not be read or written.
    SettingsIo = "settings-io",
    /// The settings file exists but is not valid; it was left untouched.
    SettingsCorrupt = "settings-corrupt",
    /// The app's configuration directory could not be determined.
    NoConfigDir = "no-config-dir",
    /// The emergency guide's content could not be loaded (a bug: it is checked at build).
    GuideUnavailable = "guide-unavailable",
    /// A date the parent entered is not a valid calendar date.
    InvalidDate = "invalid-date",
    /// The date of removal entered lies after today.
    RemovalAfterToday = "removal-after-today",
    /// A new passphrase (new vault, change, re-key, recovery) is too short or too easy
    /// to guess; nothing was changed (`waarborg_vault::check_new_passphrase`).
    PassphraseTooWeak = "passphrase-too-weak",
    /// A form has problems; the field errors say which (nothing was made).
    DocumentsInvalidInput = "documents-invalid-input",
    /// The embedded PDF font could not be read (a build defect).
    DocumentsFont = "documents-font",
    /// A PDF could not be written; nothing half-written was left.
    DocumentsWrite = "documents-write",
    /// The parenting-plan clause library could not be loaded (a build defect).
    DocumentsClauseLibrary = "documents-clause-library",
    /// The `.ics` calendar file of the dates coming up could not be written.
    CalendarWrite = "calendar-write",
    /// The system viewer could not be started for a saved document.
    DocumentsOpenFailed = "documents-open-failed",
    /// No vault is unlocked: the parent must unlock (or create) it first.
    VaultLocked = "vault-locked",
    /// A native dialog could not be shown.
    DialogFailed = "dialog-failed",
    /// Vault: see `error-vault-already-a-vault`.
    VaultAlreadyAVault = "vault-already-a-vault",
    /// Vault: see `error-vault-cancelled`.
    VaultCancelled = "vault-cancelled",
    /// Vault: see `error-vault-damaged-item`.
    VaultDamagedItem = "vault-damaged-item",
    /// Vault: see `error-vault-damaged-record`.
    VaultDamagedRecord = "vault-damaged-record",
    /// Vault: see `error-vault-damaged-vault`.
    VaultDamagedVault = "vault-damaged-vault",
    /// Vault: see `error-vault-disk-full`.
    VaultDiskFull = "vault-disk-full",
    /// Vault: see `error-vault-duplicate`.
    VaultDuplicate = "vault-duplicate",
    /// Vault: see `error-vault-invalid-input`.
    VaultInvalidInput = "vault-invalid-input",
    /// Vault: a log anchor to check is not `SEQ:HASH` (see `error-vault-bad-anchor`).
    VaultBadAnchor = "vault-bad-anchor",
    /// Vault: see `error-vault-invalid-recovery-key`.
    VaultInvalidRecoveryKey = "vault-invalid-recovery-key",
    /// Vault: see `error-vault-io`.
    VaultIo = "vault-io",
    /// Vault: see `error-vault-keychain-unavailable`.
    VaultKeychainUnavailable = "vault-keychain-unavailable",
    /// Vault: see `error-vault-newer-format-version`.
    VaultNewerFormatVersion = "vault-newer-format-version",
    /// Vault: see `error-vault-no-recovery-key`.
    VaultNoRecoveryKey = "vault-no-recovery-key",
    /// Vault: see `error-vault-not-a-vault`.
    VaultNotAVault = "vault-not-a-vault",
    /// Vault: see `error-vault-not-found`.
    VaultNotFound = "vault-not-found",
    /// Vault: see `error-vault-not-in-trash`.
    VaultNotInTrash = "vault-not-in-trash",
    /// Vault: see `error-vault-not-remembered`.
    VaultNotRemembered = "vault-not-remembered",
    /// Vault: see `error-vault-permission-denied`.
    VaultPermissionDenied = "vault-permission-denied",
    /// Vault: see `error-vault-source-not-a-file`.
    VaultSourceNotAFile = "vault-source-not-a-file",
    /// Vault: see `error-vault-source-not-found`.
    VaultSourceNotFound = "vault-source-not-found",
    /// Vault: see `error-vault-source-special-file`.
    VaultSourceSpecialFile = "vault-source-special-file",
    /// Vault: see `error-vault-source-unreadable`.
    VaultSourceUnreadable = "vault-source-unreadable",
    /// Vault: see `error-vault-lock-file-not-a-file`.
    VaultLockFileNotAFile = "vault-lock-file-not-a-file",
    /// Vault: see `error-vault-vault-locked-by-other-process`.
    VaultVaultLockedByOtherProcess = "vault-vault-locked-by-other-process",
    /// Vault: a re-key needs the recovery keys, and this vault does not know them.
    VaultRekeyRecoveryKeysUnknown = "vault-rekey-recovery-keys-unknown",
    /// Vault: see `error-vault-work-factor-too-high`.
    VaultWorkFactorTooHigh = "vault-work-factor-too-high",
    /// Vault: see `error-vault-wrong-passphrase`.
    VaultWrongPassphrase = "vault-wrong-passphrase",
    /// Vault: a well-formed recovery key that is not one of this vault's; nothing changed.
    VaultWrongRecoveryKey = "vault-wrong-recovery-key",
    /// Vault: removing a recovery key the vault does not keep.
    VaultUnknownRecoveryKey = "vault-unknown-recovery-key",
    /// Vault: the photo or scan given for the recovery key cannot be read as a picture.
    VaultKeyImageUnreadable = "vault-key-image-unreadable",
    /// Vault: no QR code was found or could be read in the photo or scan of the kit.
    VaultKeyImageNoQrCode = "vault-key-image-no-qr-code",
    /// Vault: the QR code in the picture holds something other than a recovery key.
    VaultKeyImageNotAKey = "vault-key-image-not-a-key",
    /// Package: a file or folder by that name exists already; nothing was overwritten.
    PackageExists = "package-exists",
    /// Package: a file of the package could not be read or written.
    PackageIo = "package-io",
    /// Package: the disk filled up while the package was written; nothing was kept.
    PackageDiskFull = "package-disk-full",
    /// Package: no permission to read or write there.
    PackagePermissionDenied = "package-permission-denied",
    /// Package: the package (or a file it needs) is not there.
    PackageNotFound = "package-not-found",
    /// Package: writing the package was cancelled; nothing was kept.
    PackageCancelled = "package-cancelled",
    /// Package: not a Waarborg package (no manifest, not an age file, unsafe names).
    PackageNotAPackage = "package-not-a-package",
    /// Package: encrypted with a passphrase; one must be given.
    PackageNeedsPassphrase = "package-needs-passphrase",
    /// Package: encrypted to age keys; an identity file must be given.
    PackageNeedsIdentity = "package-needs-identity",
    /// Package: the passphrase does not open this package or backup.
    PackageWrongPassphrase = "package-wrong-passphrase",
    /// Package: none of the given identities opens this package.
    PackageNoMatchingKey = "package-no-matching-key",
    /// Package: the identity file cannot be read.
    PackageInvalidIdentity = "package-invalid-identity",
    /// Package: a recipient is not an age public key.
    PackageInvalidRecipient = "package-invalid-recipient",
    /// Package: an encrypted package needs at least one recipient.
    PackageNoRecipients = "package-no-recipients",
    /// Package: an item's bytes did not match its SHA-256 while they were written
    /// into the package (damaged or changed in the vault); nothing was kept.
    PackageDamagedItem = "package-damaged-item",
    /// Package: the written package read back differently; nothing was kept.
    PackageWriteCheckFailed = "package-write-check-failed",
    /// Package: the package is damaged and cannot be read completely.
    PackageDamaged = "package-damaged",
    /// Package: a file name in it is not safe on every system (a drive or `:`, `\`, a
    /// control character, a device name such as `CON`, a trailing dot or space).
    PackageUnsafeName = "package-unsafe-name",
    /// Package: its passphrase encryption asks for more scrypt work than the cap
    /// ([`crate::MAX_SCRYPT_WORK_FACTOR`]); refused before any work.
    PackageWorkFactorTooHigh = "package-work-factor-too-high",
    /// Vault: the package signing key (`keys/signing.age`) does not open.
    VaultSigningKeyDamaged = "vault-signing-key-damaged",
    /// Vault: "open in another program" refused for a type that can run code or
    /// fetch content (HTML, scripts, programs, shortcuts, macro documents).
    VaultViewerActiveType = "vault-viewer-active-type",
    /// A presentation is running: only what it shows may be read until the parent
    /// leaves it with the passphrase (or locks).
    VaultPresenting = "vault-presenting",
    /// Presentation mode was asked for without any items.
    VaultPresentNothing = "vault-present-nothing",
    /// Chat: the file is not a chat export (kept as a file all the same).
    ChatNotAChat = "chat-not-a-chat",
    /// Chat: a message line's date or time is in a form not known.
    ChatUnknownDateFormat = "chat-unknown-date-format",
    /// Chat: every day is 12 or less, so 03/04 may be either; the parent is asked.
    ChatDateOrderNeeded = "chat-date-order-needed",
    /// Chat: the chat text is larger than the transcript reader holds.
    ChatTooLarge = "chat-too-large",
    /// Chat: the zip cannot be read (truncated or damaged).
    ChatDamagedZip = "chat-damaged-zip",
    /// Chat: the zip holds no chat text.
    ChatNoChatInZip = "chat-no-chat-in-zip",
    /// Chat: the JSON is not a Telegram Desktop export of one chat.
    ChatInvalidTelegram = "chat-invalid-telegram",
    /// Chat: the export could not be read.
    ChatIo = "chat-io",
    /// Chat: a media file the export names is not in the export folder.
    ChatMediaMissing = "chat-media-missing",
    /// Chat: the media folder (photos/, files/, …) is not next to result.json.
    ChatMediaFolderMissing = "chat-media-folder-missing",
    /// Chat: the export names a media file outside its own folder.
    ChatUnsafeMediaPath = "chat-unsafe-media-path",
    /// A bug: something the app should never do happened.
    Internal = "internal",
}

impl ErrorCode {
    /// The code without its `vault-` or `package-` area prefix: what the vault and
    /// package crates and the command line call it (`wrong-passphrase`), and what the
    /// custody log records.
    pub fn local(self) -> &'static str {
        let code = self.as_str();
        code.strip_prefix("vault-")
            .or_else(|| code.strip_prefix("package-"))
            .unwrap_or(code)
    }

    /// The Fluent message id the UI and CLI translate this code with.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }
}

/// An error of a core crate that knows its contract code: the one way an error reaches
/// the window or the command line. Each core error enum implements it with one
/// exhaustive `match`, so a new variant cannot compile without a code.
pub trait HasErrorCode: std::fmt::Display {
    fn error_code(&self) -> ErrorCode;
}

/// For each error type of the calling crate that has an inherent
/// `fn error_code(&self) -> ErrorCode` (its one exhaustive `match`): `code()`, the
/// short stable code without the area (`wrong-passphrase`) that the custody log and the
/// command line print, and [`HasErrorCode`], the contract code the window translates.
#[macro_export]
macro_rules! coded_errors {
    ($($ty:ty),* $(,)?) => {
        $(impl $ty {
            /// The short stable code, without its area (`wrong-passphrase`).
            pub fn code(&self) -> &'static str {
                self.error_code().local()
            }
        }

        impl $crate::HasErrorCode for $ty {
            fn error_code(&self) -> $crate::ErrorCode {
                <$ty>::error_code(self)
            }
        })*
    };
}

/// Any coded core error becomes `{code, message}` with `?`.
impl<E: HasErrorCode> From<E> for ApiError {
    fn from(err: E) -> Self {
        Self::new(err.error_code(), err.to_string())
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
