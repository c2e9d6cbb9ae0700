//! Re-key: a new vault identity, every vault file re-encrypted to it, crash-safe and
//! resumable.
//!
//! 1. The new identity is written, encrypted with the new passphrase, to
//!    `keys/rekey-identity.age` and `keys/rekey-identity-copy.age` (staging).
//! 2. The journal `keys/rekey.age` is written, encrypted to the old **and** the new
//!    recipient; it holds both identities. Its existence means "a re-key is in progress"
//!    (the commit point: before it, the staging files are leftovers and are removed).
//! 3. Every `*.age` file of the vault outside `keys/` (items, metadata, thumbnails,
//!    records, log entries, head, index, anything newer) is re-encrypted to the new
//!    recipient: streamed through a `.tmp-` file, then renamed over the original, so each
//!    file is at every moment either wholly old-key or wholly new-key. A file that already
//!    opens with the new key is skipped, so a resumed run continues where one stopped.
//!    Plaintext is never changed: log entries keep their bytes, hashes and chain.
//! 4. `keys/recovery-keys.age` and `keys/signing.age` (the package signing key) are
//!    re-encrypted and `keys/recovery.age` rewritten for the same recovery keys.
//! 5. A `rekey` entry is appended to the log (once: its note names the re-key's id).
//! 6. The key-check record is written for the staging files, which are then renamed over
//!    `keys/identity.age` and `keys/identity-copy.age`.
//! 7. The journal is removed: the re-key is complete.
//!
//! Whatever opens any key file during a re-key (old passphrase, new passphrase, recovery
//! key, keychain) opens the journal, so the next unlock has both identities and completes
//! the re-key before anything else reads the vault.

use std::fs;
use std::io::{self, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{IoFailure, UnlockError};
use crate::keyfiles::{self, IDENTITY_COPY_FILE, IDENTITY_FILES, RECOVERY_KEYS_FILE, keys_path};
use crate::log::{CustodyLog, LogKind};
use crate::store::{self, TMP_PREFIX};
use crate::vault::{
    IDENTITY_FILE, KEYS_DIR, LOCK_FILE, LOG_DIR, PENDING_DIR, RECOVERY_FILE, VAULT_JSON,
};

/// The journal of a re-key in progress.
pub(crate) const JOURNAL_FILE: &str = "rekey.age";
/// The new identity, encrypted with the new passphrase, until the switch.
pub(crate) const STAGING_FILE: &str = "rekey-identity.age";
pub(crate) const STAGING_COPY_FILE: &str = "rekey-identity-copy.age";
/// The log kind of a completed re-key.
pub const REKEY_KIND: &str = "rekey";

const BUFFER: usize = 64 * 1024;

/// Where a re-key is, reported as it goes (for a progress bar).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RekeyStep {
    /// The new key and the journal are written: from here the re-key completes, now or
    /// at the next unlock.
    Started {
        files: u64,
    },
    /// `done` of `files` vault files are re-encrypted (or were already).
    File {
        done: u64,
        files: u64,
    },
    /// The recovery file is rewritten and the log entry appended.
    Logged,
    /// `keys/identity.age` (1) or its copy (2) now holds the new key.
    KeySwitched {
        file: u8,
    },
    Finished,
}

/// What a completed re-key did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RekeyReport {
    /// Vault files now encrypted to the new key.
    pub files: u64,
    /// Files that opened with neither key (already damaged): left as they were and
    /// reported by `verify`.
    pub damaged: Vec<PathBuf>,
    /// The new vault public key (`age1…`).
    pub recipient: String,
}

#[derive(Serialize, Deserialize)]
struct Journal {
    id: Uuid,
    old: String,
    new: String,
}

/// Both identities of a re-key in progress. Zeroized with the identities.
pub(crate) struct Pending {
    id: Uuid,
    old: x25519::Identity,
    new: x25519::Identity,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl Pending {
    pub(crate) fn new_identity(&self) -> &x25519::Identity {
        &self.new
    }
}

/// Whether a re-key is in progress in `dir`.
pub(crate) fn in_progress(dir: &Path) -> bool {
    keys_path(dir, JOURNAL_FILE).exists()
}

/// Staging key files without a journal: a re-key that stopped before it started.
pub(crate) fn remove_stale_staging(dir: &Path) -> Result<(), IoFailure> {
    if in_progress(dir) {
        return Ok(());
    }
    for name in [STAGING_FILE, STAGING_COPY_FILE] {
        store::remove_if_exists(&keys_path(dir, name))?;
    }
    Ok(())
}

/// Opens the journal with `identity` (old or new key).
pub(crate) fn open_journal(
    dir: &Path,
    identity: &x25519::Identity,
) -> Result<Pending, UnlockError> {
    let path = keys_path(dir, JOURNAL_FILE);
    let damaged = |reason: String| UnlockError::DamagedVault {
        path: path.clone(),
        reason,
    };
    let bytes = store::read_sealed(&path, identity).map_err(|e| damaged(e.reason()))?;
    let journal: Journal = serde_json::from_slice(&bytes)
        .map_err(|e| damaged(format!("not a re-key journal: {e}")))?;
    let parse = |s: &str| {
        x25519::Identity::from_str(s)
            .map_err(|_| damaged("the re-key journal does not hold age identities".to_owned()))
    };
    Ok(Pending {
        id: journal.id,
        old: parse(&journal.old)?,
        new: parse(&journal.new)?,
    })
}

/// During a re-key: the journal, opened through whichever key file `passphrase` opens
/// (the old one, its copy, or the new staging files).
pub(crate) fn open_journal_with_passphrase(
    dir: &Path,
    passphrase: &SecretString,
) -> Result<Pending, UnlockError> {
    let mut first_error = None;
    for name in IDENTITY_FILES
        .iter()
        .chain(&[STAGING_FILE, STAGING_COPY_FILE])
    {
        let path = keys_path(dir, name);
        if !path.exists() {
            continue;
        }
        match keyfiles::decrypt_identity_file(&path, passphrase)
            .and_then(|identity| open_journal(dir, &identity))
        {
            Ok(pending) => return Ok(pending),
            Err(e) => {
                if first_error.is_none() || matches!(e, UnlockError::WrongPassphrase) {
                    first_error = Some(e);
                }
            }
        }
    }
    Err(first_error.unwrap_or(UnlockError::WrongPassphrase))
}

/// Starts a re-key: writes the staging key files and the journal. From the journal on,
/// the re-key completes ([`complete`]) now or at the next unlock.
pub(crate) fn start(
    dir: &Path,
    old: &x25519::Identity,
    passphrase: &SecretString,
    work_factor: u8,
) -> Result<Pending, IoFailure> {
    let new = x25519::Identity::generate();
    keyfiles::write_key_file(&keys_path(dir, STAGING_FILE), &new, passphrase, work_factor)?;
    keyfiles::write_key_file(
        &keys_path(dir, STAGING_COPY_FILE),
        &new,
        passphrase,
        work_factor,
    )?;
    let id = Uuid::new_v4();
    let journal = Journal {
        id,
        old: old.to_string().expose_secret().to_owned(),
        new: new.to_string().expose_secret().to_owned(),
    };
    let json = zeroize::Zeroizing::new(
        serde_json::to_vec(&journal)
            .map_err(|e| IoFailure::new("encode", dir, io::Error::other(e)))?,
    );
    drop(journal);
    let (old_r, new_r) = (old.to_public(), new.to_public());
    store::write_encrypted(
        &keys_path(dir, JOURNAL_FILE),
        [&old_r as &dyn age::Recipient, &new_r as &dyn age::Recipient].into_iter(),
        &json,
    )?;
    Ok(Pending {
        id,
        old: old.clone(),
        new,
    })
}

/// Completes a re-key (idempotent: every step checks what is already done).
pub(crate) fn complete(
    dir: &Path,
    pending: &Pending,
    progress: &mut dyn FnMut(RekeyStep),
) -> Result<RekeyReport, IoFailure> {
    let new_recipient = pending.new.to_public();
    let files = vault_files(dir)?;
    let total = files.len() as u64;
    progress(RekeyStep::Started { files: total });
    let mut report = RekeyReport {
        recipient: new_recipient.to_string(),
        ..RekeyReport::default()
    };
    let mut buffer = vec![0u8; BUFFER];
    for (done, file) in files.iter().enumerate() {
        match reencrypt(file, &pending.old, &pending.new, &mut buffer)? {
            Outcome::Damaged => report
                .damaged
                .push(file.strip_prefix(dir).unwrap_or(file).to_owned()),
            Outcome::Done => report.files += 1,
        }
        progress(RekeyStep::File {
            done: done as u64 + 1,
            files: total,
        });
    }

    // Every file in keys/ encrypted to the vault key: the recovery keys' list first (so
    // a stop after it still knows them), and the package signing key (which stays the
    // same key: packages before and after carry one fingerprint). The key check record
    // and the recovery file are written anew below; the passphrase files are scrypt.
    for name in [RECOVERY_KEYS_FILE, crate::signing::SIGNING_KEY_FILE] {
        let path = keys_path(dir, name);
        if path.exists() {
            reencrypt(&path, &pending.old, &pending.new, &mut buffer)?;
        }
    }
    let recovery = keys_path(dir, RECOVERY_FILE);
    match keyfiles::read_recovery_keys(dir, &pending.new) {
        Some(keys) if !keys.is_empty() => {
            let secret = pending.new.to_string();
            store::write_encrypted(
                &recovery,
                keys.iter().map(|r| r as &dyn age::Recipient),
                secret.expose_secret().as_bytes(),
            )?;
        }
        // Unknown recovery keys (checked before a re-key starts): a recovery file for the
        // old key would open only old copies; it is removed rather than kept stale.
        _ => store::remove_if_exists(&recovery)?,
    }

    let log_dir = dir.join(LOG_DIR);
    let mut log = CustodyLog::open(&log_dir, &pending.new)
        .map_err(|e| IoFailure::new("open log", &log_dir, io::Error::other(e.to_string())))?;
    let marker = format!("re-key {}", pending.id);
    let logged = crate::log::read_all(&log_dir, &pending.new)
        .map(|(entries, _)| {
            entries.last().is_some_and(|e| {
                e.entry.kind.as_str() == REKEY_KIND && e.entry.note.starts_with(&marker)
            })
        })
        .unwrap_or(false);
    if !logged {
        log.append(
            &new_recipient,
            LogKind::Other(REKEY_KIND.to_owned()),
            None,
            None,
            format!(
                "{marker}: vault key {} replaced by {}; files encrypted to the old key \
                 elsewhere stay readable with it",
                pending.old.to_public(),
                new_recipient
            ),
        )?;
    }
    progress(RekeyStep::Logged);

    // The record names the bytes the key files will have after the renames.
    let pairs = [
        (IDENTITY_FILE, STAGING_FILE),
        (IDENTITY_COPY_FILE, STAGING_COPY_FILE),
    ];
    let sources: Vec<(&str, &str)> = pairs
        .iter()
        .map(|&(target, staging)| {
            if keys_path(dir, staging).exists() {
                (target, staging)
            } else {
                (target, target)
            }
        })
        .collect();
    keyfiles::write_key_check(dir, &new_recipient, &sources)?;
    for (n, (target, staging)) in pairs.iter().enumerate() {
        let from = keys_path(dir, staging);
        if from.exists() {
            let to = keys_path(dir, target);
            fs::rename(&from, &to).map_err(|e| IoFailure::new("rename into", &to, e))?;
            store::sync_parent(&to)?;
        }
        progress(RekeyStep::KeySwitched { file: n as u8 + 1 });
    }
    store::remove_if_exists(&keys_path(dir, JOURNAL_FILE))?;
    progress(RekeyStep::Finished);
    Ok(report)
}

enum Outcome {
    Done,
    Damaged,
}

/// Re-encrypts one file to `new` (skipped when it already opens with `new`), streaming
/// through a temporary file in the same folder.
fn reencrypt(
    path: &Path,
    old: &x25519::Identity,
    new: &x25519::Identity,
    buffer: &mut [u8],
) -> Result<Outcome, IoFailure> {
    let open = || -> Result<Option<age::Decryptor<BufReader<fs::File>>>, IoFailure> {
        let file = fs::File::open(path).map_err(|e| IoFailure::new("read", path, e))?;
        Ok(age::Decryptor::new_buffered(BufReader::new(file)).ok())
    };
    let Some(decryptor) = open()? else {
        return Ok(Outcome::Damaged);
    };
    if decryptor
        .decrypt(std::iter::once(new as &dyn age::Identity))
        .is_ok()
    {
        return Ok(Outcome::Done);
    }
    let Some(decryptor) = open()? else {
        return Ok(Outcome::Damaged);
    };
    let Ok(mut reader) = decryptor.decrypt(std::iter::once(old as &dyn age::Identity)) else {
        return Ok(Outcome::Damaged);
    };
    let tmp = store::temp_file_for(path)?;
    let fail = |e| IoFailure::new("write", path, e);
    let recipient = new.to_public();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| IoFailure::new("encrypt", path, io::Error::other(e.to_string())))?;
    let mut writer = encryptor
        .wrap_output(io::BufWriter::with_capacity(BUFFER, tmp))
        .map_err(fail)?;
    loop {
        let n = match reader.read(buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            // Damaged content: the temporary file is dropped (removed), the file stays.
            Err(e)
                if e.kind() == io::ErrorKind::InvalidData
                    || e.kind() == io::ErrorKind::UnexpectedEof =>
            {
                return Ok(Outcome::Damaged);
            }
            Err(e) => return Err(IoFailure::new("read", path, e)),
        };
        writer.write_all(&buffer[..n]).map_err(fail)?;
    }
    let tmp = writer
        .finish()
        .and_then(|w| w.into_inner().map_err(io::IntoInnerError::into_error))
        .map_err(fail)?;
    tmp.commit()?;
    Ok(Outcome::Done)
}

/// Every age file of the vault outside `keys/`, in a stable order. Links are not
/// followed; temporary files, `pending/` markers and the plaintext files are skipped.
fn vault_files(dir: &Path) -> Result<Vec<PathBuf>, IoFailure> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        let entries = fs::read_dir(&folder).map_err(|e| IoFailure::new("list", &folder, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| IoFailure::new("list", &folder, e))?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(TMP_PREFIX) {
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            if kind.is_dir() {
                let top = folder == dir;
                if !(top && (name == KEYS_DIR || name == PENDING_DIR)) {
                    folders.push(path);
                }
            } else if kind.is_file()
                && name.ends_with(".age")
                && !(folder == dir && (name == VAULT_JSON || name == LOCK_FILE))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

impl crate::vault::Vault {
    /// Re-keys the vault: a new identity, encrypted with `new_passphrase` (which may equal
    /// the old one), and every vault file re-encrypted to it. The old key file and the old
    /// passphrase no longer open this vault afterwards (copies made before still open with
    /// them). Crash-safe: a stop at any moment leaves a vault that opens with the old or
    /// the new passphrase and completes the re-key on that unlock.
    ///
    /// Refused before anything is written when the vault has a recovery file but its
    /// recovery keys are not known (a vault made before they were recorded): set them
    /// again first.
    pub fn rekey(
        &mut self,
        new_passphrase: &SecretString,
        work_factor: u8,
        progress: &mut dyn FnMut(RekeyStep),
    ) -> Result<RekeyReport, RekeyError> {
        if !(crate::vault::MIN_WORK_FACTOR..=crate::vault::MAX_WORK_FACTOR).contains(&work_factor) {
            return Err(RekeyError::WorkFactorTooHigh {
                log_n: work_factor,
                min: crate::vault::MIN_WORK_FACTOR,
                max: crate::vault::MAX_WORK_FACTOR,
            });
        }
        if keys_path(&self.dir, RECOVERY_FILE).exists()
            && keyfiles::read_recovery_keys(&self.dir, &self.identity).is_none()
        {
            return Err(RekeyError::RecoveryKeysUnknown);
        }
        let pending = start(&self.dir, &self.identity, new_passphrase, work_factor)?;
        let report = complete(&self.dir, &pending, progress)?;
        self.identity = pending.new.clone();
        self.recipient = self.identity.to_public();
        self.log = CustodyLog::open(&self.dir.join(LOG_DIR), &self.identity)?;
        // Every metadata file was rewritten: new stamps, and the index is written again.
        self.meta_stamps.clear();
        let ids: Vec<Uuid> = self.items.keys().copied().collect();
        for id in ids {
            if let Some(stamp) = crate::index::stamp(&self.path(crate::vault::META_DIR, id)) {
                self.meta_stamps.insert(id, stamp);
            }
        }
        self.index_dirty = true;
        Ok(report)
    }
}

/// A re-key failed. Before it started nothing was changed; after, the vault opens with
/// the old or the new passphrase and the next unlock completes it.
#[derive(Debug, thiserror::Error)]
pub enum RekeyError {
    #[error("the scrypt work factor {log_n} is outside the allowed range {min}..={max}")]
    WorkFactorTooHigh { log_n: u8, min: u8, max: u8 },
    #[error(
        "the vault has a recovery file, but not the list of its recovery keys (a vault made \
         before the list was kept); set the recovery keys again, then re-key"
    )]
    RecoveryKeysUnknown,
    #[error(transparent)]
    Log(#[from] crate::error::LogError),
    #[error(transparent)]
    Io(#[from] IoFailure),
}

impl RekeyError {
    pub fn error_code(&self) -> waarborg_contract::ErrorCode {
        use waarborg_contract::ErrorCode;
        match self {
            Self::WorkFactorTooHigh { .. } => ErrorCode::VaultWorkFactorTooHigh,
            Self::RecoveryKeysUnknown => ErrorCode::VaultRekeyRecoveryKeysUnknown,
            Self::Log(e) => e.error_code(),
            Self::Io(e) => e.error_code(),
        }
    }

    /// The short code the command line prints.
    pub fn code(&self) -> &'static str {
        self.error_code().local()
    }
}

impl waarborg_contract::HasErrorCode for RekeyError {
    fn error_code(&self) -> waarborg_contract::ErrorCode {
        RekeyError::error_code(self)
    }
}
