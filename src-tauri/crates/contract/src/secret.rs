//! Secrets that cross IPC: they can enter the backend and never leave it.

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer};
use ts_rs::TS;

/// A passphrase typed in the window. It is read from the IPC message straight into a
/// [`SecretString`] (zeroized when dropped), is never serialized back (no `Serialize`),
/// and prints as `Passphrase(<redacted>)`.
#[derive(Clone, TS)]
#[ts(export)]
pub struct Passphrase(#[ts(type = "string")] SecretString);

impl Passphrase {
    /// The secret, for the vault or package crate (both take a [`SecretString`]).
    pub fn into_secret(self) -> SecretString {
        self.0
    }

    /// Whether nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.0.expose_secret().is_empty()
    }
}

impl From<String> for Passphrase {
    fn from(text: String) -> Self {
        Self(SecretString::from(text))
    }
}

impl<'de> Deserialize<'de> for Passphrase {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_passphrase_enters_from_json_and_never_prints() {
        let p: Passphrase = serde_json::from_str("\"correct horse\"").unwrap();
        assert_eq!(p.clone().into_secret().expose_secret(), "correct horse");
        assert!(!format!("{p:?}").contains("horse"));
        assert!(!p.is_empty());
        assert!(Passphrase::from(String::new()).is_empty());
    }
}
