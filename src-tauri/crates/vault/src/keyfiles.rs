//! The passphrase key file, kept twice, and the record that lets `verify` check both.
//!
//! `keys/identity.age` and `keys/identity-copy.age` hold the same vault identity, each
//! encrypted separately (own salt) with the passphrase. Unlocking tries the first and falls
//! back to the copy; after a successful unlock a damaged, missing or stale copy is
//! rewritten from the identity that opened the vault (logged). `keys/key-check.age`,
//! encrypted to the vault recipient, holds the SHA-256 of both files as last written, so
//! `verify` can name a damaged or replaced copy without the passphrase.
//!
//! `keys/recovery-keys.age` (encrypted to the vault recipient) lists the recovery public
//! keys, so a re-key can rewrite `keys/recovery.age` for the same keys: an age X25519
//! stanza does not name its recipient, so they cannot be read from the recovery file.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::{scrypt, x25519};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{IoFailure, UnlockError};
use crate::store;
use crate::vault::{
    DEFAULT_WORK_FACTOR, IDENTITY_FILE, KEYS_DIR, MAX_WORK_FACTOR, MIN_WORK_FACTOR,
};

/// The second copy of the passphrase key file.
pub(crate) const IDENTITY_COPY_FILE: &str = "identity-copy.age";
/// SHA-256 of both key files as last written (encrypted to the vault recipient).
pub(crate) const KEY_CHECK_FILE: &str = "key-check.age";
/// The recovery public keys (encrypted to the vault recipient).
pub(crate) const RECOVERY_KEYS_FILE: &str = "recovery-keys.age";

/// The two passphrase key files, in the order unlocking tries them.
pub(crate) const IDENTITY_FILES: [&str; 2] = [IDENTITY_FILE, IDENTITY_COPY_FILE];

/// Something unlocking found and put right, for the window and the command line to show.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum UnlockNotice {
    /// A key file did not open and was rewritten from the other copy.
    KeyFileRepaired { file: PathBuf, reason: String },
    /// The vault had one key file (made before copies existed); the copy was written.
    KeyCopyCreated { file: PathBuf },
    /// A re-key that was interrupted was completed: from now on the vault opens with the
    /// passphrase given for the re-key (and the new key).
    RekeyCompleted,
}

/// Which key file opened the vault.
#[derive(Debug)]
pub(crate) enum KeyOpened {
    First,
    /// The first did not open (the reason); the copy did.
    Copy {
        first_problem: String,
    },
    /// Opened otherwise (recovery key, keychain, a re-key completed): nothing to repair
    /// without the passphrase.
    Elsewhere,
}

#[derive(Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
struct KeyCheck {
    /// File name in `keys/` → SHA-256 (hex) of its bytes.
    files: BTreeMap<String, String>,
}

pub(crate) fn keys_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(KEYS_DIR).join(name)
}

/// Writes one passphrase key file for `identity` (atomically).
pub(crate) fn write_key_file(
    path: &Path,
    identity: &x25519::Identity,
    passphrase: &SecretString,
    work_factor: u8,
) -> Result<(), IoFailure> {
    let mut recipient = scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(work_factor);
    let secret = identity.to_string();
    store::write_encrypted(
        path,
        std::iter::once(&recipient as &dyn age::Recipient),
        secret.expose_secret().as_bytes(),
    )
}

/// Writes both key files and the check record: the first, then the copy, then the
/// record. A stop in between leaves files that still open (see [`open_identity`]).
pub(crate) fn write_identity_files(
    dir: &Path,
    identity: &x25519::Identity,
    passphrase: &SecretString,
    work_factor: u8,
) -> Result<(), IoFailure> {
    for name in IDENTITY_FILES {
        write_key_file(&keys_path(dir, name), identity, passphrase, work_factor)?;
    }
    write_key_check(dir, &identity.to_public(), &IDENTITY_FILES.map(|n| (n, n)))
}

/// Records the SHA-256 of the key files: `(name recorded, file whose bytes it gets)`.
pub(crate) fn write_key_check(
    dir: &Path,
    recipient: &x25519::Recipient,
    files: &[(&str, &str)],
) -> Result<(), IoFailure> {
    let mut check = KeyCheck::default();
    for (name, source) in files {
        let path = keys_path(dir, source);
        let bytes = fs::read(&path).map_err(|e| IoFailure::new("read", &path, e))?;
        check
            .files
            .insert((*name).to_owned(), store::hex(&Sha256::digest(&bytes)));
    }
    let json = serde_json::to_vec(&check)
        .map_err(|e| IoFailure::new("encode", dir, io::Error::other(e)))?;
    store::write_sealed(&keys_path(dir, KEY_CHECK_FILE), recipient, &json)
}

/// The identity from the first key file that `passphrase` opens, and which one it was.
/// The copy is tried whatever the first's failure: a damaged scrypt stanza looks exactly
/// like a wrong passphrase. A key file that opens but holds a key that opens nothing of
/// this vault (another vault's key file put in its place) counts as damaged: it is never
/// used, so nothing is written with a foreign key.
pub(crate) fn open_identity(
    dir: &Path,
    passphrase: &SecretString,
) -> Result<(x25519::Identity, KeyOpened), UnlockError> {
    let open = |name: &str| {
        let path = keys_path(dir, name);
        let identity = decrypt_identity_file(&path, passphrase)?;
        if crate::log::identity_opens_log(&dir.join(crate::vault::LOG_DIR), &identity) {
            Ok(identity)
        } else {
            Err(UnlockError::DamagedVault {
                path,
                reason: "the key file holds a key that opens nothing in this vault".to_owned(),
            })
        }
    };
    let first = open(IDENTITY_FILE);
    let first_err = match first {
        Ok(identity) => return Ok((identity, KeyOpened::First)),
        Err(UnlockError::Io(e)) if e.source.kind() != io::ErrorKind::NotFound => {
            return Err(UnlockError::Io(e));
        }
        Err(e) => e,
    };
    let copy_path = keys_path(dir, IDENTITY_COPY_FILE);
    if !copy_path.exists() {
        return Err(first_err);
    }
    match open(IDENTITY_COPY_FILE) {
        Ok(identity) => Ok((
            identity,
            KeyOpened::Copy {
                first_problem: match &first_err {
                    UnlockError::WrongPassphrase => {
                        "it does not open with the passphrase that opens the copy".to_owned()
                    }
                    other => other.to_string(),
                },
            },
        )),
        // Both refuse the passphrase: by far the likeliest is a mistyped passphrase.
        Err(UnlockError::WrongPassphrase) => Err(UnlockError::WrongPassphrase),
        Err(_) => Err(first_err),
    }
}

/// Puts the key files right after an unlock with the passphrase: rewrites the file that
/// did not open, writes a missing copy, and rewrites the copy when the files differ from
/// the check record (a passphrase change that stopped half-way). Returns what it did.
pub(crate) fn maintain(
    dir: &Path,
    identity: &x25519::Identity,
    passphrase: &SecretString,
    opened: KeyOpened,
) -> Result<Vec<UnlockNotice>, IoFailure> {
    let recipient = identity.to_public();
    let first = keys_path(dir, IDENTITY_FILE);
    let copy = keys_path(dir, IDENTITY_COPY_FILE);
    let mut notices = Vec::new();
    match opened {
        KeyOpened::Elsewhere => return Ok(notices),
        KeyOpened::Copy { first_problem } => {
            let work_factor = work_factor_of(&copy).unwrap_or(DEFAULT_WORK_FACTOR);
            write_key_file(&first, identity, passphrase, work_factor)?;
            notices.push(UnlockNotice::KeyFileRepaired {
                file: first,
                reason: first_problem,
            });
        }
        KeyOpened::First => {
            let work_factor = work_factor_of(&first).unwrap_or(DEFAULT_WORK_FACTOR);
            if !copy.exists() {
                write_key_file(&copy, identity, passphrase, work_factor)?;
                notices.push(UnlockNotice::KeyCopyCreated { file: copy });
            } else if !key_check_problems(dir, identity).is_empty() {
                write_key_file(&copy, identity, passphrase, work_factor)?;
                notices.push(UnlockNotice::KeyFileRepaired {
                    file: copy,
                    reason: "it differed from the key file written last (damaged, \
                             replaced, or a passphrase change that stopped half-way)"
                        .to_owned(),
                });
            } else {
                return Ok(notices);
            }
        }
    }
    write_key_check(dir, &recipient, &IDENTITY_FILES.map(|n| (n, n)))?;
    Ok(notices)
}

/// What is wrong with the key files, for `verify`: `(file relative to the vault, detail)`.
/// Checks against the record, so it needs no passphrase.
pub(crate) fn key_check_problems(
    dir: &Path,
    identity: &x25519::Identity,
) -> Vec<(PathBuf, String)> {
    let rel = |name: &str| Path::new(KEYS_DIR).join(name);
    let mut problems = Vec::new();
    let record = match store::read_sealed(&keys_path(dir, KEY_CHECK_FILE), identity) {
        Ok(bytes) => serde_json::from_slice::<KeyCheck>(&bytes).ok(),
        Err(_) => None,
    };
    let Some(record) = record else {
        problems.push((
            rel(KEY_CHECK_FILE),
            "the record of the key files is missing or does not decrypt; it is \
             rewritten at the next unlock with the passphrase"
                .to_owned(),
        ));
        return problems;
    };
    for name in IDENTITY_FILES {
        let path = keys_path(dir, name);
        match fs::read(&path) {
            Ok(bytes) => {
                let found = store::hex(&Sha256::digest(&bytes));
                if record.files.get(name) != Some(&found) {
                    problems.push((
                        rel(name),
                        "the key file differs from the one Waarborg wrote last (damaged \
                         or replaced); it is rewritten at the next unlock with the \
                         passphrase"
                            .to_owned(),
                    ));
                }
            }
            Err(e) => problems.push((
                rel(name),
                if e.kind() == io::ErrorKind::NotFound {
                    "the key file is missing; it is rewritten at the next unlock with the \
                     passphrase"
                        .to_owned()
                } else {
                    format!("cannot read: {e}")
                },
            )),
        }
    }
    problems
}

/// The scrypt work factor (log2 N) written in a key file's header, if it can be read.
pub(crate) fn work_factor_of(path: &Path) -> Option<u8> {
    let mut head = Vec::with_capacity(256);
    store::open_regular(path)
        .ok()?
        .take(256)
        .read_to_end(&mut head)
        .ok()?;
    let text = String::from_utf8_lossy(&head);
    let line = text.lines().find(|l| l.starts_with("-> scrypt "))?;
    let log_n: u8 = line.split(' ').nth(3)?.trim().parse().ok()?;
    (MIN_WORK_FACTOR..=MAX_WORK_FACTOR)
        .contains(&log_n)
        .then_some(log_n)
}

/// Writes the recovery public keys (an empty list removes the file).
pub(crate) fn write_recovery_keys(
    dir: &Path,
    recipient: &x25519::Recipient,
    keys: &[x25519::Recipient],
) -> Result<(), IoFailure> {
    let path = keys_path(dir, RECOVERY_KEYS_FILE);
    if keys.is_empty() {
        return store::remove_if_exists(&path);
    }
    let list: Vec<String> = keys.iter().map(ToString::to_string).collect();
    let json = serde_json::to_vec(&list)
        .map_err(|e| IoFailure::new("encode", dir, io::Error::other(e)))?;
    store::write_sealed(&path, recipient, &json)
}

/// The recovery public keys, `None` when they are not known (no list, or it does not
/// decrypt with `identity`).
pub(crate) fn read_recovery_keys(
    dir: &Path,
    identity: &x25519::Identity,
) -> Option<Vec<x25519::Recipient>> {
    let bytes = store::read_sealed(&keys_path(dir, RECOVERY_KEYS_FILE), identity).ok()?;
    let list: Vec<String> = serde_json::from_slice(&bytes).ok()?;
    list.iter()
        .map(|k| x25519::Recipient::from_str(k).ok())
        .collect()
}

/// The age identity in a passphrase key file (age scrypt).
pub(crate) fn decrypt_identity_file(
    path: &Path,
    passphrase: &SecretString,
) -> Result<x25519::Identity, UnlockError> {
    let mut scrypt_identity = scrypt::Identity::new(passphrase.clone());
    scrypt_identity.set_max_work_factor(MAX_WORK_FACTOR);
    let plaintext = read_key_file(path, &scrypt_identity, |e| match e {
        age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed
        | age::DecryptError::NoMatchingKeys => Some(UnlockError::WrongPassphrase),
        age::DecryptError::ExcessiveWork { required, .. } => Some(UnlockError::WorkFactorTooHigh {
            required: *required,
            max: MAX_WORK_FACTOR,
        }),
        _ => None,
    })?;
    parse_identity(&plaintext, path)
}

/// Decrypts a key file; `classify` turns age's errors into the caller's meaning
/// (wrong passphrase, wrong recovery key); anything else is a damaged key file.
pub(crate) fn read_key_file(
    path: &Path,
    identity: &dyn age::Identity,
    classify: impl Fn(&age::DecryptError) -> Option<UnlockError>,
) -> Result<zeroize::Zeroizing<Vec<u8>>, UnlockError> {
    // Without blocking, and only a regular file: a pipe here must not hang the unlock.
    let file = match store::open_regular(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(UnlockError::DamagedVault {
                path: path.to_owned(),
                reason: "the key file is missing".to_owned(),
            });
        }
        // A folder or pipe in its place: damaged (the second copy is tried).
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => {
            return Err(UnlockError::DamagedVault {
                path: path.to_owned(),
                reason: e.to_string(),
            });
        }
        Err(e) => return Err(IoFailure::new("read", path, e).into()),
    };
    let damaged = |reason: String| UnlockError::DamagedVault {
        path: path.to_owned(),
        reason,
    };
    let decryptor = age::Decryptor::new_buffered(io::BufReader::new(file))
        .map_err(|e| damaged(e.to_string()))?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity))
        .map_err(|e| classify(&e).unwrap_or_else(|| damaged(e.to_string())))?;
    let mut out = zeroize::Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut out)
        .map_err(|e| damaged(e.to_string()))?;
    Ok(out)
}

pub(crate) fn parse_identity(
    plaintext: &[u8],
    path: &Path,
) -> Result<x25519::Identity, UnlockError> {
    std::str::from_utf8(plaintext)
        .ok()
        .and_then(|s| x25519::Identity::from_str(s.trim()).ok())
        .ok_or_else(|| UnlockError::DamagedVault {
            path: path.to_owned(),
            reason: "the key file does not hold an age identity".to_owned(),
        })
}
