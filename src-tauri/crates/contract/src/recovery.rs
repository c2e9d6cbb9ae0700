//! Forgotten passphrase, recovery keys and the emergency kit (issue 17 parts 1–2).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Passphrase;

/// The recovery key the parent gives on the unlock screen. Its secret enters the
/// backend and never leaves it (no `Serialize`, `Debug` redacted).
#[derive(Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum RecoveryKeyInput {
    /// The key typed or pasted (`AGE-SECRET-KEY-1…`), or the text of a key file.
    Text { key: Passphrase },
    /// A key file the parent chose (an age identity file, e.g. from `age-keygen`).
    File { path: String },
    /// A photo or scan of the emergency kit (JPEG or PNG): the key is read from its QR
    /// code in the backend.
    Image { path: String },
}

impl std::fmt::Debug for RecoveryKeyInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Text { .. } => f.write_str("RecoveryKeyInput::Text(<redacted>)"),
            Self::File { path } => f
                .debug_struct("RecoveryKeyInput::File")
                .field("path", path)
                .finish(),
            Self::Image { path } => f
                .debug_struct("RecoveryKeyInput::Image")
                .field("path", path)
                .finish(),
        }
    }
}

/// The recovery public keys the vault keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RecoveryKeyList {
    /// False for a vault made by an older Waarborg that has a recovery file but not the
    /// list of its keys: adding one replaces the unknown ones.
    pub known: bool,
    /// `age1…`, in the order they were added.
    pub keys: Vec<String>,
}

/// An emergency kit written where the parent chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct KitSummary {
    pub path: String,
    /// The public key of the recovery key made for the kit (its secret is only on the
    /// page), when one was made.
    pub new_key: Option<String>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_pasted_recovery_key_enters_from_json_and_never_prints() {
        let key = "AGE-SECRET-KEY-1QGMTXKHFEQXNV5WPK5TE0JZ8DLSMJ3U3GK6JQA2DNMUHWMFKRZSSEVFZWC";
        let input: RecoveryKeyInput =
            serde_json::from_str(&format!(r#"{{"kind":"text","key":"{key}"}}"#)).unwrap();
        assert!(!format!("{input:?}").contains("QGMTX"));
        let RecoveryKeyInput::Text { key: secret } = input else {
            panic!("not text")
        };
        assert!(!secret.is_empty());
        let file: RecoveryKeyInput =
            serde_json::from_str(r#"{"kind":"file","path":"/home/ouder/sleutel.txt"}"#).unwrap();
        assert!(format!("{file:?}").contains("sleutel.txt"));
        let photo: RecoveryKeyInput =
            serde_json::from_str(r#"{"kind":"image","path":"/home/ouder/noodkaart.jpg"}"#).unwrap();
        assert!(
            matches!(photo, RecoveryKeyInput::Image { ref path } if path.ends_with("noodkaart.jpg"))
        );
    }
}
