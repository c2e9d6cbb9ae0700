//! "Remember on this device": the vault identity kept in the OS keychain (opt-in).
//!
//! Uses keyring v4 (`keyring-core` plus one store crate per platform): the Secret Service
//! on Linux/BSD (pure-Rust zbus client), Keychain Services on macOS, Credential Manager on
//! Windows. The entry is service [`SERVICE`], user = the vault id; its secret is the vault
//! identity string (`AGE-SECRET-KEY-1…`). When no keychain is usable the error is
//! [`KeychainError::Unavailable`] and the passphrase keeps working.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use age::secrecy::ExposeSecret;
use age::x25519;
use keyring_core::{CredentialStore, Entry};
use zeroize::Zeroizing;

use crate::error::{KeychainError, UnlockError};
use crate::vault::{Vault, read_info};

/// The keychain service name of Waarborg's entries.
pub const SERVICE: &str = "nl.waarborg.vault";

/// A credential store of this device.
#[derive(Clone)]
pub struct DeviceKeychain {
    store: Arc<CredentialStore>,
}

impl std::fmt::Debug for DeviceKeychain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceKeychain")
            .field("store", &self.store.id())
            .finish()
    }
}

impl DeviceKeychain {
    /// The platform's keychain. Connecting may fail later (no bus, no provider, locked):
    /// each operation reports that as [`KeychainError::Unavailable`].
    pub fn native() -> Result<Self, KeychainError> {
        native_store().map(Self::with_store).map_err(unavailable)
    }

    /// A keychain backed by any keyring-core store (tests use the mock store).
    pub fn with_store(store: Arc<CredentialStore>) -> Self {
        Self { store }
    }

    fn entry(&self, vault_id: &str) -> Result<Entry, KeychainError> {
        Entry::new_in_store(&self.store, SERVICE, vault_id).map_err(unavailable)
    }

    /// Removes this device's copy of the vault key (no error when there is none).
    pub fn forget(&self, vault_dir: &Path) -> Result<(), KeychainError> {
        let info = read_info(vault_dir).map_err(|e| KeychainError::Unavailable {
            reason: e.to_string(),
        })?;
        match self.entry(&info.vault_id.to_string())?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

impl Vault {
    /// Stores the vault key in `keychain` so this device can open the vault without the
    /// passphrase. Opt-in; undo with [`DeviceKeychain::forget`].
    pub fn remember_on_device(&self, keychain: &DeviceKeychain) -> Result<(), KeychainError> {
        let secret = self.identity_secret();
        keychain
            .entry(&self.id().to_string())?
            .set_secret(secret.expose_secret().as_bytes())
            .map_err(unavailable)
    }

    /// After a re-key: replaces the key `keychain` remembers for this vault by the current
    /// one. `Ok(false)` when none is remembered (nothing is stored then).
    pub fn replace_if_remembered(&self, keychain: &DeviceKeychain) -> Result<bool, KeychainError> {
        let entry = keychain.entry(&self.id().to_string())?;
        match entry.get_secret() {
            Ok(_) => self.remember_on_device(keychain).map(|()| true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(e) => Err(unavailable(e)),
        }
    }

    /// Opens the vault with the key remembered in `keychain`. When that completed an
    /// interrupted re-key, the keychain gets the new key.
    pub fn unlock_with_keychain(
        dir: &Path,
        keychain: &DeviceKeychain,
    ) -> Result<Self, UnlockError> {
        let info = read_info(dir)?;
        let secret = keychain
            .entry(&info.vault_id.to_string())?
            .get_secret()
            .map(Zeroizing::new)
            .map_err(|e| match e {
                keyring_core::Error::NoEntry => KeychainError::NotRemembered,
                keyring_core::Error::BadEncoding(_) | keyring_core::Error::BadDataFormat(..) => {
                    KeychainError::Damaged
                }
                other => unavailable(other),
            })?;
        let identity = std::str::from_utf8(&secret)
            .ok()
            .and_then(|s| x25519::Identity::from_str(s.trim()).ok())
            .ok_or(KeychainError::Damaged)?;
        let vault = Self::unlock_with_identity(dir, identity)?;
        if vault
            .unlock_notices()
            .contains(&crate::keyfiles::UnlockNotice::RekeyCompleted)
        {
            let _ = vault.remember_on_device(keychain);
        }
        Ok(vault)
    }
}

fn unavailable(e: keyring_core::Error) -> KeychainError {
    // Only variants without secret payloads are formatted.
    let reason = match &e {
        keyring_core::Error::BadEncoding(_) | keyring_core::Error::BadDataFormat(..) => {
            "the keychain returned data in an unexpected format".to_owned()
        }
        other => other.to_string(),
    };
    KeychainError::Unavailable { reason }
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(target_os = "windows")]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(not(any(
    all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ),
    target_os = "macos",
    target_os = "windows"
)))]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(keyring_core::Error::NotSupportedByStore(
        "no keychain on this platform".to_owned(),
    ))
}
