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
            Self::Internal => "internal",
        }
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
