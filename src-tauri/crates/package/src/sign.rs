//! Signed packages: `MANIFEST.sha256.sig` is an OpenSSH `sshsig` signature (Ed25519,
//! namespace [`NAMESPACE`]) of `MANIFEST.sha256`, and `allowed_signers` names the key with
//! the vault id as principal, so stock OpenSSH checks it:
//!
//! ```sh
//! ssh-keygen -Y verify -f allowed_signers -I <vault id> -n waarborg-package \
//!     -s MANIFEST.sha256.sig < MANIFEST.sha256
//! ```
//!
//! What a good signature proves: the manifest (and so, through its hashes, every file it
//! lists) was signed with the key in `allowed_signers` and not changed since. Whose key
//! that is the package cannot say by itself (a forger ships their own `allowed_signers`):
//! the fingerprint has to be compared with one known from elsewhere — the parent's
//! Settings, the printed evidence index, or a package from the same vault seen before.

use serde::Serialize;
use ssh_key::{HashAlg, LineEnding, PrivateKey, PublicKey, SshSig};
use ts_rs::TS;
use zeroize::Zeroizing;

/// The `sshsig` namespace of a package signature (`ssh-keygen -n`).
pub const NAMESPACE: &str = "waarborg-package";
/// The signature of `MANIFEST.sha256` (armored `sshsig`), not itself in the manifest.
pub const MANIFEST_SIG: &str = "MANIFEST.sha256.sig";
/// `ssh-keygen`'s allowed-signers file naming the signing key (listed in the manifest).
pub const ALLOWED_SIGNERS: &str = "allowed_signers";

/// Why a signing key could not be made or read. English, for logs; never key material.
#[derive(Debug, thiserror::Error)]
#[error("signing key: {reason}")]
pub struct SigningKeyError {
    reason: String,
}

impl SigningKeyError {
    fn new(reason: impl std::fmt::Display) -> Self {
        Self {
            reason: reason.to_string(),
        }
    }
}

/// An Ed25519 key that signs packages. `Debug` shows the fingerprint only.
#[derive(Clone)]
pub struct PackageSigner {
    key: PrivateKey,
    /// The principal in `allowed_signers`: the vault id.
    principal: String,
}

impl std::fmt::Debug for PackageSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PackageSigner")
            .field("fingerprint", &self.fingerprint())
            .field("principal", &self.principal)
            .finish_non_exhaustive()
    }
}

impl PackageSigner {
    /// A new random key for `principal` (the vault id).
    pub fn generate(principal: &str) -> Result<Self, SigningKeyError> {
        let mut key =
            PrivateKey::random(&mut ssh_key::rand_core::OsRng, ssh_key::Algorithm::Ed25519)
                .map_err(SigningKeyError::new)?;
        key.set_comment(principal);
        Ok(Self {
            key,
            principal: principal.to_owned(),
        })
    }

    /// The key from its OpenSSH private key text (unencrypted: it is kept inside an age
    /// file), for `principal`.
    pub fn from_openssh(text: &[u8], principal: &str) -> Result<Self, SigningKeyError> {
        let key = PrivateKey::from_openssh(text).map_err(SigningKeyError::new)?;
        if key.algorithm() != ssh_key::Algorithm::Ed25519 || key.is_encrypted() {
            return Err(SigningKeyError::new("not an unencrypted Ed25519 key"));
        }
        Ok(Self {
            key,
            principal: principal.to_owned(),
        })
    }

    /// The OpenSSH private key text (`-----BEGIN OPENSSH PRIVATE KEY-----`), zeroized on
    /// drop: what the vault encrypts and keeps.
    pub fn to_openssh(&self) -> Result<Zeroizing<String>, SigningKeyError> {
        self.key
            .to_openssh(LineEnding::LF)
            .map_err(SigningKeyError::new)
    }

    /// `SHA256:…`, as `ssh-keygen -l` prints it.
    pub fn fingerprint(&self) -> String {
        self.key.fingerprint(HashAlg::Sha256).to_string()
    }

    /// The public key line (`ssh-ed25519 AAAA… <principal>`).
    pub fn public_key(&self) -> String {
        self.key.public_key().to_openssh().unwrap_or_default()
    }

    /// The `allowed_signers` file: `<principal> namespaces="waarborg-package" ssh-ed25519 …`.
    pub fn allowed_signers(&self) -> String {
        let mut public = self.key.public_key().clone();
        public.set_comment("");
        let key = public.to_openssh().unwrap_or_default();
        format!(
            "{} namespaces=\"{NAMESPACE}\" {}\n",
            self.principal,
            key.trim()
        )
    }

    /// The armored `sshsig` signature of `manifest`.
    pub fn sign(&self, manifest: &[u8]) -> Result<String, SigningKeyError> {
        self.key
            .sign(NAMESPACE, HashAlg::Sha512, manifest)
            .and_then(|sig| sig.to_pem(LineEnding::LF))
            .map_err(SigningKeyError::new)
    }
}

/// Whether a package is signed, and by which key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum SignatureStatus {
    /// No `MANIFEST.sha256.sig`: nothing shows which vault made the package (made
    /// before packages were signed, or by someone else).
    Unsigned,
    /// The manifest is signed by the key in `allowed_signers` for `signer` (a vault id).
    Signed { fingerprint: String, signer: String },
    /// A signature is there but does not match the manifest and `allowed_signers` (the
    /// manifest was changed after signing, or the files do not belong together).
    Mismatch { reason: String },
}

impl SignatureStatus {
    /// The fingerprint of a good signature.
    pub fn fingerprint(&self) -> Option<&str> {
        match self {
            Self::Signed { fingerprint, .. } => Some(fingerprint),
            _ => None,
        }
    }
}

/// Checks `signature` (armored `sshsig`) of `manifest` against `allowed_signers`, as
/// `ssh-keygen -Y verify -I <principal> -n waarborg-package` does for the package's own
/// principal. `None` signature: unsigned.
pub fn check_signature(
    manifest: &[u8],
    signature: Option<&[u8]>,
    allowed_signers: Option<&[u8]>,
) -> SignatureStatus {
    let Some(signature) = signature else {
        return SignatureStatus::Unsigned;
    };
    let mismatch = |reason: &str| SignatureStatus::Mismatch {
        reason: reason.to_owned(),
    };
    let Ok(sig) = SshSig::from_pem(signature) else {
        return mismatch("MANIFEST.sha256.sig is not an OpenSSH signature");
    };
    if sig.namespace() != NAMESPACE {
        return mismatch("the signature is not for a Waarborg package");
    }
    let Some(allowed) = allowed_signers.and_then(|b| std::str::from_utf8(b).ok()) else {
        return mismatch("allowed_signers is missing or not text");
    };
    let mut signers = allowed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(parse_allowed_signer);
    let Some((principal, key)) = signers.next() else {
        return mismatch("allowed_signers names no key");
    };
    if signers.next().is_some() {
        return mismatch("allowed_signers names more than one key");
    }
    if key.key_data() != sig.public_key() {
        return mismatch("the signature was made with another key than allowed_signers names");
    }
    match key.verify(NAMESPACE, manifest, &sig) {
        Ok(()) => SignatureStatus::Signed {
            fingerprint: key.fingerprint(HashAlg::Sha256).to_string(),
            signer: principal,
        },
        Err(_) => mismatch("the signature does not match MANIFEST.sha256"),
    }
}

/// `<principal> [options] <key type> <base64> [comment]` → principal and key; only lines
/// whose namespaces (when given) include ours.
fn parse_allowed_signer(line: &str) -> Option<(String, PublicKey)> {
    let (principal, rest) = line.split_once(char::is_whitespace)?;
    let rest = rest.trim_start();
    let (options, key) = if rest.starts_with("ssh-") || rest.starts_with("ecdsa-") {
        ("", rest)
    } else {
        rest.split_once(char::is_whitespace)?
    };
    if let Some(namespaces) = options
        .split(',')
        .find_map(|o| o.strip_prefix("namespaces="))
    {
        let namespaces = namespaces.trim_matches('"');
        if !namespaces.split(',').any(|n| n == NAMESPACE) {
            return None;
        }
    }
    let key = PublicKey::from_openssh(key.trim()).ok()?;
    Some((principal.to_owned(), key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_checks_and_a_changed_manifest_does_not() {
        let signer = PackageSigner::generate("3f1c0000-0000-4000-8000-000000000000").unwrap();
        let manifest = b"abc  0001_a.txt\n";
        let sig = signer.sign(manifest).unwrap();
        let allowed = signer.allowed_signers();
        assert!(allowed.starts_with("3f1c0000-0000-4000-8000-000000000000 namespaces="));
        assert_eq!(
            check_signature(manifest, Some(sig.as_bytes()), Some(allowed.as_bytes())),
            SignatureStatus::Signed {
                fingerprint: signer.fingerprint(),
                signer: "3f1c0000-0000-4000-8000-000000000000".into()
            }
        );
        assert!(signer.fingerprint().starts_with("SHA256:"));
        let changed = check_signature(
            b"abd  0001_a.txt\n",
            Some(sig.as_bytes()),
            Some(allowed.as_bytes()),
        );
        assert!(
            matches!(changed, SignatureStatus::Mismatch { .. }),
            "{changed:?}"
        );
        // Another key named in allowed_signers: the signature is not by it.
        let other = PackageSigner::generate("3f1c0000-0000-4000-8000-000000000000").unwrap();
        let swapped = check_signature(
            manifest,
            Some(sig.as_bytes()),
            Some(other.allowed_signers().as_bytes()),
        );
        assert!(matches!(swapped, SignatureStatus::Mismatch { .. }));
        assert_eq!(
            check_signature(manifest, None, None),
            SignatureStatus::Unsigned
        );
        assert!(matches!(
            check_signature(manifest, Some(b"junk"), Some(allowed.as_bytes())),
            SignatureStatus::Mismatch { .. }
        ));
    }

    #[test]
    fn the_key_round_trips_through_its_openssh_text_and_debug_hides_it() {
        let signer = PackageSigner::generate("v").unwrap();
        let text = signer.to_openssh().unwrap();
        assert!(text.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----"));
        let again = PackageSigner::from_openssh(text.as_bytes(), "v").unwrap();
        assert_eq!(again.fingerprint(), signer.fingerprint());
        let debug = format!("{signer:?}");
        assert!(debug.contains(&signer.fingerprint()));
        assert!(!debug.contains("OPENSSH"));
        assert!(PackageSigner::from_openssh(b"nonsense", "v").is_err());
    }
}
