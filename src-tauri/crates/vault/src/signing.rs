//! The vault's package signing key: an Ed25519 key in OpenSSH form, kept in
//! `keys/signing.age`, encrypted to the vault recipient like every other vault file.
//! Every export signs its manifest with it (`waarborg_package::PackageSigner`), so a
//! lawyer can tell with stock `ssh-keygen -Y verify` that a package was made by this
//! vault and not changed since. The key's fingerprint (`SHA256:…`) is shown in Settings
//! and printed on the evidence index, to be compared in person.
//!
//! A new vault's key is made with it (its `create` entry names the fingerprint); a vault
//! made before packages were signed gets its key at the next unlock (logged as
//! `signing-key-created`). A re-key re-encrypts the file to the new vault key; the
//! signing key itself never changes, so packages made before and after a re-key carry
//! the same fingerprint.

use waarborg_package::PackageSigner;

use crate::error::{IoFailure, ItemError};
use crate::keyfiles::keys_path;
use crate::log::LogKind;
use crate::store::{self, ReadFailure};
use crate::vault::Vault;

/// The file in `keys/`.
pub(crate) const SIGNING_KEY_FILE: &str = "signing.age";
/// The log kind of a signing key made for a vault.
pub const SIGNING_KEY_CREATED_KIND: &str = "signing-key-created";

/// Writes a new signing key for the vault `id` (a new vault: its `create` entry names
/// the fingerprint, which is returned).
pub(crate) fn write_new_key(
    dir: &std::path::Path,
    id: uuid::Uuid,
    recipient: &age::x25519::Recipient,
) -> Result<String, IoFailure> {
    let path = keys_path(dir, SIGNING_KEY_FILE);
    let fail = |e: waarborg_package::SigningKeyError| {
        IoFailure::new("create", &path, std::io::Error::other(e.to_string()))
    };
    let signer = PackageSigner::generate(&id.to_string()).map_err(fail)?;
    let text = signer.to_openssh().map_err(fail)?;
    store::write_sealed(&path, recipient, text.as_bytes())?;
    Ok(signer.fingerprint())
}

impl Vault {
    /// Makes the signing key when the vault has none (a vault made before packages
    /// were signed, or a new one), and logs it. A failure (read-only medium) is not
    /// fatal: the vault opens, and an export says the key is missing.
    pub(crate) fn ensure_signing_key(&mut self) {
        let path = keys_path(&self.dir, SIGNING_KEY_FILE);
        // A file that is there but does not open is never replaced: packages signed
        // with it would then carry another key. Export reports it.
        if std::fs::symlink_metadata(&path).is_ok() {
            return;
        }
        let Ok(fingerprint) = write_new_key(&self.dir, self.id, &self.recipient) else {
            return;
        };
        let _ = self.log.append(
            &self.recipient,
            LogKind::Other(SIGNING_KEY_CREATED_KIND.to_owned()),
            None,
            None,
            format!("keys/{SIGNING_KEY_FILE} written: package signing key {fingerprint}"),
        );
    }

    /// The key that signs this vault's packages.
    pub fn package_signer(&self) -> Result<PackageSigner, ItemError> {
        let path = keys_path(&self.dir, SIGNING_KEY_FILE);
        let damaged = |reason: String| ItemError::SigningKeyDamaged {
            file: path.clone(),
            reason,
        };
        let text = match store::read_sealed(&path, &self.identity) {
            Ok(text) => text,
            Err(ReadFailure::Io(e)) => return Err(IoFailure::new("read", &path, e).into()),
            Err(other) => return Err(damaged(other.reason())),
        };
        PackageSigner::from_openssh(&text, &self.id.to_string()).map_err(|e| damaged(e.to_string()))
    }

    /// The signing key's fingerprint (`SHA256:…`, as `ssh-keygen -l` prints it), or
    /// `None` when the key file is missing or does not open.
    pub fn signing_fingerprint(&self) -> Option<String> {
        self.package_signer().ok().map(|s| s.fingerprint())
    }
}
