//! The vault directory: creating it, unlocking it, its keys and its writer lock.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{CreateError, IoFailure, KeyError, RecoverError, UnlockError};
use crate::items::Item;
use crate::keyfiles::{self, KeyOpened, UnlockNotice};
use crate::log::{CustodyLog, LogKind};
use crate::records::StoredRecord;
use crate::store;

/// The vault format this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// The `format` value in `vault.json`.
pub const FORMAT_NAME: &str = "waarborg-vault";
/// scrypt work factor (log2 N) for new key files: about 0.8 s on the reference machine
/// (release build, see docs/BENCHMARKS.md), 256 MiB of memory.
pub const DEFAULT_WORK_FACTOR: u8 = 18;
/// Smallest work factor accepted when creating a key file (tests use it to stay fast).
pub const MIN_WORK_FACTOR: u8 = 1;
/// Largest work factor accepted, on write and on read: 2^20 needs 1 GiB of memory and
/// ~3.5 s. A key file asking for more is refused instead of exhausting the machine.
pub const MAX_WORK_FACTOR: u8 = waarborg_contract::MAX_SCRYPT_WORK_FACTOR;

pub(crate) const VAULT_JSON: &str = "vault.json";
pub(crate) const LOCK_FILE: &str = "vault.lock";
pub(crate) const KEYS_DIR: &str = "keys";
pub(crate) const IDENTITY_FILE: &str = "identity.age";
pub(crate) const RECOVERY_FILE: &str = "recovery.age";
pub(crate) const ITEMS_DIR: &str = "items";
pub(crate) const META_DIR: &str = "meta";
pub(crate) const THUMBS_DIR: &str = "thumbs";
pub(crate) const RECORDS_DIR: &str = "records";
pub(crate) const LOG_DIR: &str = "log";
pub(crate) const PENDING_DIR: &str = "pending";
const DATA_DIRS: &[&str] = &[
    KEYS_DIR,
    ITEMS_DIR,
    META_DIR,
    THUMBS_DIR,
    RECORDS_DIR,
    LOG_DIR,
    PENDING_DIR,
];

/// The only plaintext file of a vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultInfo {
    pub format: String,
    pub format_version: u32,
    pub vault_id: Uuid,
}

/// How a new vault's keys are made.
#[derive(Debug, Clone)]
pub struct CreateOptions {
    /// scrypt log2(N) for the passphrase-encrypted key file.
    pub work_factor: u8,
    /// age public keys (`age1…`) that can recover the vault without the passphrase.
    pub recovery_recipients: Vec<String>,
}

impl Default for CreateOptions {
    fn default() -> Self {
        Self {
            work_factor: DEFAULT_WORK_FACTOR,
            recovery_recipients: Vec::new(),
        }
    }
}

/// An unlocked vault, holding the writer lock until dropped.
///
/// `Debug` shows neither the key nor any evidence.
pub struct Vault {
    pub(crate) dir: PathBuf,
    pub(crate) id: Uuid,
    pub(crate) identity: x25519::Identity,
    pub(crate) recipient: x25519::Recipient,
    pub(crate) items: BTreeMap<Uuid, Item>,
    pub(crate) records: BTreeMap<Uuid, StoredRecord>,
    pub(crate) log: CustodyLog,
    pub(crate) meta_stamps: std::collections::HashMap<Uuid, crate::index::FileStamp>,
    pub(crate) index_dirty: bool,
    /// The text inside the items, for search (`text-index.age`, see `text.rs`).
    pub(crate) texts: crate::text::TextIndex,
    /// What unlocking found and put right (a repaired key file, a completed re-key).
    pub(crate) notices: Vec<UnlockNotice>,
    _lock: WriterLock,
}

impl Drop for Vault {
    fn drop(&mut self) {
        // The index is a cache; the lock is still held here (fields drop after this).
        if self.index_dirty {
            let _ = self.write_index();
        }
        let _ = self.write_texts();
        self.log.write_subject_index();
    }
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .field("id", &self.id)
            .field("identity", &"<redacted>")
            .field("items", &self.items.len())
            .field("records", &self.records.len())
            .finish_non_exhaustive()
    }
}

/// Reads `vault.json`, telling whether `dir` is a vault this build can open.
pub fn read_info(dir: &Path) -> Result<VaultInfo, UnlockError> {
    let path = dir.join(VAULT_JSON);
    let read = store::open_regular(&path).and_then(|mut f| {
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).map(|_| bytes)
    });
    let bytes = match read {
        Ok(b) => b,
        Err(e)
            if e.kind() == io::ErrorKind::NotFound || e.kind() == io::ErrorKind::NotADirectory =>
        {
            return Err(UnlockError::NotAVault {
                path: dir.to_owned(),
            });
        }
        Err(e) => return Err(IoFailure::new("read", path, e).into()),
    };
    let info: VaultInfo = serde_json::from_slice(&bytes).map_err(|_| UnlockError::NotAVault {
        path: dir.to_owned(),
    })?;
    if info.format != FORMAT_NAME {
        return Err(UnlockError::NotAVault {
            path: dir.to_owned(),
        });
    }
    if info.format_version > FORMAT_VERSION {
        return Err(UnlockError::NewerFormatVersion {
            found: info.format_version,
            supported: FORMAT_VERSION,
        });
    }
    Ok(info)
}

impl Vault {
    /// Creates a vault in `dir` (which must be missing or empty) and returns it unlocked.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        options: &CreateOptions,
    ) -> Result<Self, CreateError> {
        check_work_factor(options.work_factor)
            .map_err(|(log_n, min, max)| CreateError::WorkFactorTooHigh { log_n, min, max })?;
        let recovery = parse_recipients(&options.recovery_recipients)
            .map_err(|index| CreateError::InvalidRecoveryKey { index })?;
        fs::create_dir_all(dir).map_err(|e| IoFailure::new("create folder", dir, e))?;
        let mut entries = fs::read_dir(dir).map_err(|e| IoFailure::new("list", dir, e))?;
        if entries.next().is_some() {
            return Err(CreateError::AlreadyAVault {
                path: dir.to_owned(),
            });
        }
        let mut lock = WriterLock::acquire(dir).map_err(|e| match e {
            UnlockError::Io(io) => CreateError::Io(io),
            _ => CreateError::AlreadyAVault {
                path: dir.to_owned(),
            },
        })?;
        let written = write_new_vault(dir, passphrase, options, &recovery);
        let (id, identity, log) = match written {
            Ok(parts) => parts,
            Err(e) => {
                // The folder was empty and is locked by us: everything in it is ours.
                // Leave it empty again, so the parent can simply retry.
                for sub in DATA_DIRS {
                    let _ = fs::remove_dir_all(dir.join(sub));
                }
                let _ = fs::remove_file(dir.join(VAULT_JSON));
                drop(lock);
                let _ = fs::remove_file(dir.join(LOCK_FILE));
                return Err(e);
            }
        };
        let recipient = identity.to_public();
        lock.name_holder();
        Ok(Self {
            dir: dir.to_owned(),
            id,
            identity,
            recipient,
            items: BTreeMap::new(),
            records: BTreeMap::new(),
            log,
            meta_stamps: std::collections::HashMap::new(),
            index_dirty: false,
            texts: crate::text::TextIndex::default(),
            notices: Vec::new(),
            _lock: lock,
        })
    }

    /// Unlocks with the passphrase. A wrong passphrase changes nothing on disk.
    pub fn unlock(dir: &Path, passphrase: &SecretString) -> Result<Self, UnlockError> {
        let info = read_info(dir)?;
        let lock = WriterLock::acquire(dir)?;
        let (identity, opened, rekeyed) = if crate::rekey::in_progress(dir) {
            let pending = crate::rekey::open_journal_with_passphrase(dir, passphrase)?;
            (
                Self::finish_rekey(dir, &pending)?,
                KeyOpened::Elsewhere,
                true,
            )
        } else {
            let (identity, opened) = keyfiles::open_identity(dir, passphrase)?;
            (identity, opened, false)
        };
        let mut vault = Self::open_with(dir, info, identity, lock)?;
        // Only now, with the passphrase proven: a wrong one changes nothing.
        crate::rekey::remove_stale_staging(dir)?;
        if rekeyed {
            vault.notices.push(UnlockNotice::RekeyCompleted);
        }
        vault.maintain_key_files(passphrase, opened);
        Ok(vault)
    }

    /// After an unlock with the passphrase: rewrites a key file that did not open, or a
    /// missing or stale copy, and logs it. A failure (read-only medium) is not fatal:
    /// the vault is open, and `verify` keeps reporting the key file.
    fn maintain_key_files(&mut self, passphrase: &SecretString, opened: KeyOpened) {
        let Ok(notices) = keyfiles::maintain(&self.dir, &self.identity, passphrase, opened) else {
            return;
        };
        for notice in notices {
            let note = match &notice {
                UnlockNotice::KeyFileRepaired { file, reason } => Some((
                    "key-file-repaired",
                    format!("{} rewritten: {reason}", self.relative(file)),
                )),
                UnlockNotice::KeyCopyCreated { file } => Some((
                    "key-copy-created",
                    format!(
                        "{} written (second copy of the key file)",
                        self.relative(file)
                    ),
                )),
                _ => None,
            };
            if let Some((kind, note)) = note {
                let _ = self.log.append(
                    &self.recipient,
                    LogKind::Other(kind.to_owned()),
                    None,
                    None,
                    note,
                );
            }
            self.notices.push(notice);
        }
    }

    fn relative(&self, path: &Path) -> String {
        path.strip_prefix(&self.dir)
            .unwrap_or(path)
            .display()
            .to_string()
    }

    /// Completes a re-key found in progress; returns the new identity.
    fn finish_rekey(
        dir: &Path,
        pending: &crate::rekey::Pending,
    ) -> Result<x25519::Identity, UnlockError> {
        crate::rekey::complete(dir, pending, &mut |_| {})?;
        Ok(pending.new_identity().clone())
    }

    /// What unlocking found and put right: show it to the parent.
    pub fn unlock_notices(&self) -> &[UnlockNotice] {
        &self.notices
    }

    /// Whether `passphrase` opens this vault's key file *and* that file holds this open
    /// vault's own key (a key file swapped on disk for one whose passphrase someone else
    /// knows does not pass). Slow by design (scrypt): see [`PassphraseCheck`] to run it
    /// without holding the vault.
    pub fn check_passphrase(&self, passphrase: &SecretString) -> Result<(), UnlockError> {
        self.passphrase_check().check(passphrase)
    }

    /// What checking a passphrase needs, apart from the vault, so a caller that shares
    /// the vault between threads need not hold it during the key derivation.
    pub fn passphrase_check(&self) -> PassphraseCheck {
        PassphraseCheck {
            key_file: self.dir.join(KEYS_DIR).join(IDENTITY_FILE),
            recipient: self.recipient.to_string(),
        }
    }

    /// Unlocks with a recovery identity (`AGE-SECRET-KEY-1…`) whose public key was given
    /// as a recovery key.
    pub fn unlock_with_recovery(
        dir: &Path,
        recovery_identity: &SecretString,
    ) -> Result<Self, UnlockError> {
        let info = read_info(dir)?;
        let recovery = parse_recovery_identity(recovery_identity)?;
        let lock = WriterLock::acquire(dir)?;
        let path = dir.join(KEYS_DIR).join(RECOVERY_FILE);
        if !path.exists() {
            return Err(UnlockError::NoRecoveryKey);
        }
        let plaintext = keyfiles::read_key_file(&path, &recovery, |e| match e {
            age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                Some(UnlockError::WrongRecoveryKey)
            }
            _ => None,
        })?;
        let identity = keyfiles::parse_identity(&plaintext, &path)?;
        let refused = UnlockError::DamagedVault {
            path: path.clone(),
            reason: "the recovery file holds a key that opens nothing in this vault".to_owned(),
        };
        Self::open_pending_or(dir, info, identity, lock, refused)
    }

    /// Unlocks with an identity taken from elsewhere (the device keychain). The identity
    /// is checked against the vault's custody log before it is accepted.
    pub(crate) fn unlock_with_identity(
        dir: &Path,
        identity: x25519::Identity,
    ) -> Result<Self, UnlockError> {
        let info = read_info(dir)?;
        let lock = WriterLock::acquire(dir)?;
        if crate::rekey::in_progress(dir) {
            return Self::open_pending_or(
                dir,
                info,
                identity,
                lock,
                crate::error::KeychainError::Damaged.into(),
            );
        }
        if !crate::log::identity_opens_log(&dir.join(LOG_DIR), &identity) {
            return Err(crate::error::KeychainError::Damaged.into());
        }
        Self::open_with(dir, info, identity, lock)
    }

    /// Opens with an identity from elsewhere (recovery key, keychain): when a re-key is in
    /// progress and the identity opens its journal, completes it first; `refused` when
    /// it does not.
    fn open_pending_or(
        dir: &Path,
        info: VaultInfo,
        identity: x25519::Identity,
        lock: WriterLock,
        refused: UnlockError,
    ) -> Result<Self, UnlockError> {
        if !crate::rekey::in_progress(dir) {
            if !crate::log::identity_opens_log(&dir.join(LOG_DIR), &identity) {
                return Err(refused);
            }
            return Self::open_with(dir, info, identity, lock);
        }
        let pending = crate::rekey::open_journal(dir, &identity).map_err(|_| refused)?;
        let identity = Self::finish_rekey(dir, &pending)?;
        let mut vault = Self::open_with(dir, info, identity, lock)?;
        vault.notices.push(UnlockNotice::RekeyCompleted);
        Ok(vault)
    }

    /// Opens the vault once its key is known to be right (so only now is the lock's
    /// holder written: a wrong passphrase changes nothing).
    fn open_with(
        dir: &Path,
        info: VaultInfo,
        identity: x25519::Identity,
        mut lock: WriterLock,
    ) -> Result<Self, UnlockError> {
        lock.name_holder();
        let recipient = identity.to_public();
        let log = CustodyLog::open(&dir.join(LOG_DIR), &identity).map_err(|e| {
            UnlockError::DamagedVault {
                path: dir.join(LOG_DIR),
                reason: e.to_string(),
            }
        })?;
        let mut vault = Self {
            dir: dir.to_owned(),
            id: info.vault_id,
            identity,
            recipient,
            items: BTreeMap::new(),
            records: BTreeMap::new(),
            log,
            meta_stamps: std::collections::HashMap::new(),
            index_dirty: false,
            texts: crate::text::TextIndex::default(),
            notices: Vec::new(),
            _lock: lock,
        };
        if let Some(note) = vault.log.head_rebuilt.clone() {
            // Not fatal when it fails (a folder stands where the head file belongs): the
            // vault still opens to be read, and `verify` reports the loss from memory.
            if vault
                .log
                .append(
                    &vault.recipient,
                    LogKind::Other(crate::log::HEAD_REBUILT_KIND.to_owned()),
                    None,
                    None,
                    note,
                )
                .is_ok()
            {
                vault.log.head_rebuilt = None;
            }
        }
        vault.remove_leftovers()?;
        vault.seal_log_at_open();
        vault.load_items();
        vault.load_texts();
        vault.bind_legacy_thumbnails();
        vault.load_records();
        vault.ensure_signing_key();
        Ok(vault)
    }

    /// The vault's id (also in `vault.json`).
    pub fn id(&self) -> Uuid {
        self.id
    }

    /// The vault's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The vault's age public key (`age1…`): every file in the vault is encrypted to it.
    pub fn recipient(&self) -> String {
        self.recipient.to_string()
    }

    /// The vault's secret key (`AGE-SECRET-KEY-1…`), for the keychain and for showing to
    /// the parent as a printed backup. Zeroized when dropped.
    pub fn identity_secret(&self) -> SecretString {
        self.identity.to_string()
    }

    /// Re-encrypts only `keys/identity.age` under a new passphrase (atomic). Content is
    /// untouched. The caller has already proven knowledge of the old passphrase (or
    /// recovery key) by unlocking.
    pub fn change_passphrase(
        &mut self,
        new_passphrase: &SecretString,
        work_factor: u8,
    ) -> Result<(), KeyError> {
        self.set_passphrase(new_passphrase, work_factor, String::new())
    }

    /// Both key files for `new_passphrase`, then a `passphrase-changed` entry with `note`.
    fn set_passphrase(
        &mut self,
        new_passphrase: &SecretString,
        work_factor: u8,
        note: String,
    ) -> Result<(), KeyError> {
        check_work_factor(work_factor)
            .map_err(|(log_n, min, max)| KeyError::WorkFactorTooHigh { log_n, min, max })?;
        keyfiles::write_identity_files(&self.dir, &self.identity, new_passphrase, work_factor)?;
        self.log.append(
            &self.recipient,
            LogKind::Other("passphrase-changed".to_owned()),
            None,
            None,
            note,
        )?;
        Ok(())
    }

    /// Replaces the recovery keys (an empty list removes `keys/recovery.age`).
    ///
    /// Crash-safe in one direction: the list (`keys/recovery-keys.age`) always names at
    /// least every key that opens `keys/recovery.age`. It is first written for the old
    /// and the new keys together, then the recovery file for the new keys, then the list
    /// for the new keys (each atomically). A stop in between leaves a list naming a key
    /// that was being removed (shown in Settings, removed again with one click), never a
    /// recovery file with a key the list does not know (a re-key would drop it silently).
    pub fn set_recovery_recipients(&mut self, recipients: &[String]) -> Result<(), KeyError> {
        let mut parsed =
            parse_recipients(recipients).map_err(|index| KeyError::InvalidRecoveryKey { index })?;
        // One key given twice is one key.
        let mut seen = std::collections::BTreeSet::new();
        parsed.retain(|r| seen.insert(r.to_string()));
        let before = keyfiles::read_recovery_keys(&self.dir, &self.identity).unwrap_or_default();
        let before_text: Vec<String> = before.iter().map(ToString::to_string).collect();
        let after_text: Vec<String> = parsed.iter().map(ToString::to_string).collect();
        let mut union = before.clone();
        union.extend(
            parsed
                .iter()
                .filter(|r| !before_text.contains(&r.to_string()))
                .cloned(),
        );
        if union.len() != before.len() {
            keyfiles::write_recovery_keys(&self.dir, &self.recipient, &union)?;
        }
        if parsed.is_empty() {
            store::remove_if_exists(&self.dir.join(KEYS_DIR).join(RECOVERY_FILE))?;
        } else {
            write_recovery_file(&self.dir, &self.identity, &parsed)?;
        }
        keyfiles::write_recovery_keys(&self.dir, &self.recipient, &parsed)?;
        let added: Vec<&str> = after_text
            .iter()
            .filter(|k| !before_text.contains(k))
            .map(String::as_str)
            .collect();
        let removed: Vec<&str> = before_text
            .iter()
            .filter(|k| !after_text.contains(k))
            .map(String::as_str)
            .collect();
        let mut note = format!("{} recovery key(s)", parsed.len());
        if !added.is_empty() {
            note.push_str(&format!("; added {}", added.join(", ")));
        }
        if !removed.is_empty() {
            note.push_str(&format!("; removed {}", removed.join(", ")));
        }
        self.log.append(
            &self.recipient,
            LogKind::Other("recovery-keys-changed".to_owned()),
            None,
            None,
            note,
        )?;
        Ok(())
    }

    /// The recovery public keys (`age1…`) the vault keeps, in the order given; empty
    /// when it has none. `None` when the vault has a recovery file whose keys it does not
    /// know (made by an older Waarborg): set them again to see and change them.
    pub fn recovery_recipients(&self) -> Option<Vec<String>> {
        let has_file = self.dir.join(KEYS_DIR).join(RECOVERY_FILE).exists();
        match keyfiles::read_recovery_keys(&self.dir, &self.identity) {
            Some(keys) => Some(keys.iter().map(ToString::to_string).collect()),
            None if has_file => None,
            None => Some(Vec::new()),
        }
    }

    /// Adds one recovery key (`age1…`) to those the vault keeps; logged. A key already
    /// kept changes nothing.
    pub fn add_recovery_recipient(&mut self, key: &str) -> Result<(), KeyError> {
        let key = key.trim();
        let mut keys = self.recovery_recipients().unwrap_or_default();
        parse_recipients(&[key.to_owned()])
            .map_err(|_| KeyError::InvalidRecoveryKey { index: keys.len() })?;
        if keys.iter().any(|k| k == key) {
            return Ok(());
        }
        keys.push(key.to_owned());
        self.set_recovery_recipients(&keys)
    }

    /// Removes one recovery key; logged. Refused when the vault does not keep it.
    pub fn remove_recovery_recipient(&mut self, key: &str) -> Result<(), KeyError> {
        let key = key.trim();
        let keys = self.recovery_recipients().unwrap_or_default();
        let Some(index) = keys.iter().position(|k| k == key) else {
            return Err(KeyError::UnknownRecoveryKey {
                key: key.to_owned(),
            });
        };
        let mut keys = keys;
        keys.remove(index);
        self.set_recovery_recipients(&keys)
    }

    /// "I forgot my passphrase": opens the vault with a recovery identity
    /// (`AGE-SECRET-KEY-1…`) and sets `new_passphrase`, so the vault opens with it from
    /// now on (both key files rewritten as by [`Vault::change_passphrase`]; content and the
    /// vault key unchanged). Logged as `passphrase-changed` naming the recovery public key
    /// used. A key that is not a recovery key of this vault, or a bad work factor, changes
    /// nothing on disk. How strong the new passphrase must be is the caller's check (the
    /// same as for a new vault), made before this.
    pub fn recover(
        dir: &Path,
        recovery_identity: &SecretString,
        new_passphrase: &SecretString,
        work_factor: u8,
    ) -> Result<Self, RecoverError> {
        check_work_factor(work_factor).map_err(|(log_n, min, max)| {
            RecoverError::Key(KeyError::WorkFactorTooHigh { log_n, min, max })
        })?;
        if new_passphrase.expose_secret().is_empty() {
            return Err(RecoverError::EmptyPassphrase);
        }
        let mut vault = Self::unlock_with_recovery(dir, recovery_identity)?;
        let used = parse_recovery_identity(recovery_identity)
            .map(|identity| identity.to_public().to_string())
            .unwrap_or_default();
        vault.set_passphrase(
            new_passphrase,
            work_factor,
            format!("with recovery key {used} (passphrase forgotten)"),
        )?;
        Ok(vault)
    }

    pub(crate) fn path(&self, sub: &str, id: Uuid) -> PathBuf {
        self.dir.join(sub).join(format!("{id}.age"))
    }

    /// Seals the custody log's single entry files into segments when enough have
    /// gathered: an older vault's whole log on its first unlock, or what a stop while
    /// sealing left. Logged before it starts (`log-sealed`, naming the entries), so a
    /// stop anywhere in it leaves the record; the next unlock completes it (and logs
    /// that). Never fatal: the entries stay where they are when it fails.
    fn seal_log_at_open(&mut self) {
        let Ok(Some(plan)) = self.log.plan_seal() else {
            return;
        };
        if let Some((first, last)) = plan.range() {
            let _ = self.log.append_unsealed(
                &self.recipient,
                LogKind::Other(crate::log::SEALED_KIND.to_owned()),
                format!(
                    "entries {first} to {last} ({}) moved from single files into sealed \
                     segments at unlock; their bytes, hashes and chain are unchanged",
                    plan.len()
                ),
            );
        }
        let _ = self.log.execute_seal(plan);
    }

    /// Removes temporary files and rolls back imports that were interrupted before their
    /// metadata was committed. Only done with the writer lock held.
    fn remove_leftovers(&mut self) -> Result<(), UnlockError> {
        for sub in DATA_DIRS.iter().chain(&["."]) {
            let dir = self.dir.join(sub);
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                // Only regular files: a folder, link or pipe with the prefix was not made
                // by Waarborg; it is left alone (`verify` reports it).
                if entry
                    .file_name()
                    .to_string_lossy()
                    .starts_with(store::TMP_PREFIX)
                    && entry.file_type().is_ok_and(|t| t.is_file())
                {
                    store::remove_if_exists(&entry.path())?;
                }
            }
        }
        let pending = self.dir.join(PENDING_DIR);
        let Ok(entries) = fs::read_dir(&pending) else {
            return Ok(());
        };
        for entry in entries.flatten() {
            // A marker is an empty regular file named by the item's id; anything else is
            // not Waarborg's and rolls nothing back (`verify` reports it).
            let Some(id) = entry
                .file_name()
                .to_str()
                .and_then(|n| Uuid::parse_str(n).ok())
                .filter(|_| entry.file_type().is_ok_and(|t| t.is_file()))
            else {
                continue;
            };
            if !self.path(META_DIR, id).exists() {
                store::remove_if_exists(&self.path(ITEMS_DIR, id))?;
                store::remove_if_exists(&self.path(THUMBS_DIR, id))?;
            }
            store::remove_if_exists(&entry.path())?;
        }
        Ok(())
    }
}

/// Writes the folders, keys, first log entry and finally `vault.json` of a new vault.
fn write_new_vault(
    dir: &Path,
    passphrase: &SecretString,
    options: &CreateOptions,
    recovery: &[x25519::Recipient],
) -> Result<(Uuid, x25519::Identity, CustodyLog), CreateError> {
    for sub in DATA_DIRS {
        let path = dir.join(sub);
        fs::create_dir(&path).map_err(|e| IoFailure::new("create folder", path, e))?;
    }
    let identity = x25519::Identity::generate();
    keyfiles::write_identity_files(dir, &identity, passphrase, options.work_factor)?;
    if !recovery.is_empty() {
        write_recovery_file(dir, &identity, recovery)?;
        keyfiles::write_recovery_keys(dir, &identity.to_public(), recovery)?;
    }
    let id = Uuid::new_v4();
    let recipient = identity.to_public();
    let fingerprint = crate::signing::write_new_key(dir, id, &recipient)?;
    let mut log = CustodyLog::open(&dir.join(LOG_DIR), &identity)
        .map_err(|e| IoFailure::new("open log", dir, io::Error::other(e.to_string())))?;
    log.append(
        &recipient,
        LogKind::Create,
        None,
        None,
        format!("package signing key {fingerprint}"),
    )?;
    // vault.json last: a folder without it is not (yet) a vault.
    let info = VaultInfo {
        format: FORMAT_NAME.to_owned(),
        format_version: FORMAT_VERSION,
        vault_id: id,
    };
    let json = serde_json::to_vec_pretty(&info)
        .map_err(|e| IoFailure::new("encode", dir, io::Error::other(e)))?;
    store::write_plain_atomically(&dir.join(VAULT_JSON), &json)?;
    Ok((id, identity, log))
}

/// A new recovery key for the emergency kit: `(public age1…, secret AGE-SECRET-KEY-1…)`.
/// Nothing is written; add the public key with [`Vault::add_recovery_recipient`] once
/// the secret is safely on paper.
pub fn new_recovery_key() -> (String, SecretString) {
    let identity = x25519::Identity::generate();
    (identity.to_public().to_string(), identity.to_string())
}

/// The age identity in what the parent gave as a recovery key: the key itself
/// (`AGE-SECRET-KEY-1…`, pasted or read from the kit's QR code), or the text of an age
/// identity file (`age-keygen` writes `# created: …` and `# public key: …` comment lines
/// before it): the first line that starts with `AGE-SECRET-KEY-1` counts.
fn parse_recovery_identity(text: &SecretString) -> Result<x25519::Identity, UnlockError> {
    let text = text.expose_secret();
    let line = text
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("AGE-SECRET-KEY-1"))
        .unwrap_or(text.trim());
    x25519::Identity::from_str(line).map_err(|_| UnlockError::InvalidRecoveryKey)
}

/// Checks `log_n` against the accepted range, returning `(log_n, min, max)` when outside.
fn check_work_factor(log_n: u8) -> Result<(), (u8, u8, u8)> {
    if (MIN_WORK_FACTOR..=MAX_WORK_FACTOR).contains(&log_n) {
        Ok(())
    } else {
        Err((log_n, MIN_WORK_FACTOR, MAX_WORK_FACTOR))
    }
}

/// Parses `age1…` keys; on failure returns the index of the first bad one.
fn parse_recipients(keys: &[String]) -> Result<Vec<x25519::Recipient>, usize> {
    keys.iter()
        .enumerate()
        .map(|(i, k)| x25519::Recipient::from_str(k.trim()).map_err(|_| i))
        .collect()
}

fn write_recovery_file(
    dir: &Path,
    identity: &x25519::Identity,
    recipients: &[x25519::Recipient],
) -> Result<(), IoFailure> {
    let secret = identity.to_string();
    store::write_encrypted(
        &dir.join(KEYS_DIR).join(RECOVERY_FILE),
        recipients.iter().map(|r| r as &dyn age::Recipient),
        secret.expose_secret().as_bytes(),
    )
}

/// The key file and public key of an open vault, for [`Vault::check_passphrase`].
#[derive(Debug, Clone)]
pub struct PassphraseCheck {
    key_file: PathBuf,
    recipient: String,
}

impl PassphraseCheck {
    /// `Ok` when `passphrase` decrypts the key file to the vault's own identity;
    /// [`UnlockError::WrongPassphrase`] otherwise. Changes nothing on disk.
    pub fn check(&self, passphrase: &SecretString) -> Result<(), UnlockError> {
        let identity = keyfiles::decrypt_identity_file(&self.key_file, passphrase)?;
        if identity.to_public().to_string() == self.recipient {
            Ok(())
        } else {
            Err(UnlockError::WrongPassphrase)
        }
    }
}

const LOCK_RETRIES: u32 = 10;
const LOCK_RETRY_PAUSE: std::time::Duration = std::time::Duration::from_millis(50);

/// An exclusive advisory lock on `vault.lock`, held while a vault is open. The file
/// names the holder (process id) so the refusal can say who has it.
///
/// `vault.lock` is opened without following a link and must be a regular file: a link
/// put there (to some other file) is never followed, truncated or written, and neither
/// is a folder, pipe or device; the parent is told to remove it.
#[derive(Debug)]
struct WriterLock {
    file: fs::File,
}

/// Opens the lock file itself, never what a link there points to.
#[cfg(unix)]
fn no_follow(options: &mut fs::OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: a pipe swapped in after the look at the path does not block the open.
    options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
}

/// Opens the lock file itself, never what a link there points to.
#[cfg(windows)]
fn no_follow(options: &mut fs::OpenOptions) {
    use std::os::windows::fs::OpenOptionsExt;
    /// `FILE_FLAG_OPEN_REPARSE_POINT`: the link (reparse point) itself is opened.
    const FILE_FLAG_OPEN_REPARSE_POINT: u32 = 0x0020_0000;
    options.custom_flags(FILE_FLAG_OPEN_REPARSE_POINT);
}

/// Opens the lock file itself, never what a link there points to.
#[cfg(not(any(unix, windows)))]
fn no_follow(_options: &mut fs::OpenOptions) {}

impl WriterLock {
    fn acquire(dir: &Path) -> Result<Self, UnlockError> {
        let path = dir.join(LOCK_FILE);
        let not_a_file = || UnlockError::LockFileNotAFile { path: path.clone() };
        // Looked at first, so a device is not even opened; then checked again on the
        // opened handle, so nothing swapped in between slips through.
        if fs::symlink_metadata(&path).is_ok_and(|m| !m.file_type().is_file()) {
            return Err(not_a_file());
        }
        let mut options = fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        no_follow(&mut options);
        let mut file = match options.open(&path) {
            Ok(file) => file,
            Err(_) if fs::symlink_metadata(&path).is_ok_and(|m| !m.file_type().is_file()) => {
                return Err(not_a_file());
            }
            Err(e) => return Err(IoFailure::new("open", &path, e).into()),
        };
        if !file
            .metadata()
            .map_err(|e| IoFailure::new("open", &path, e))?
            .file_type()
            .is_file()
        {
            return Err(not_a_file());
        }
        // A lock can be held for a moment longer than its vault: by a process that is just
        // closing, or by a child of this process between fork and exec (the descriptor is
        // close-on-exec, but shared until then). Wait briefly before refusing.
        let mut attempt = 0;
        let locked = loop {
            match file.try_lock() {
                Err(fs::TryLockError::WouldBlock) if attempt < LOCK_RETRIES => {
                    attempt += 1;
                    std::thread::sleep(LOCK_RETRY_PAUSE);
                }
                other => break other,
            }
        };
        match locked {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = holder.trim();
                return Err(UnlockError::VaultLockedByOtherProcess {
                    holder: if holder.is_empty() {
                        "unknown process".to_owned()
                    } else {
                        holder.to_owned()
                    },
                });
            }
            Err(fs::TryLockError::Error(e)) => {
                return Err(IoFailure::new("lock", &path, e).into());
            }
        }
        Ok(Self { file })
    }

    /// Writes who holds the lock into the file. Called only once the key is known to be
    /// right, so a wrong passphrase leaves the file as it was. A courtesy: on a full disk
    /// the vault must still open.
    fn name_holder(&mut self) {
        let host = fs::read_to_string("/etc/hostname").unwrap_or_default();
        let note = format!("process {} on {}", std::process::id(), host.trim());
        let file = &mut self.file;
        let _ = file
            .set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| file.write_all(note.trim_end().as_bytes()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn pass(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    fn fast() -> CreateOptions {
        CreateOptions {
            work_factor: 2,
            recovery_recipients: Vec::new(),
        }
    }

    #[test]
    fn create_then_unlock_with_the_same_passphrase() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let created = Vault::create(&dir, &pass("correct horse"), &fast()).unwrap();
        let id = created.id();
        let recipient = created.recipient();
        drop(created);
        let opened = Vault::unlock(&dir, &pass("correct horse")).unwrap();
        assert_eq!(opened.id(), id);
        assert_eq!(opened.recipient(), recipient);
    }

    #[test]
    fn check_passphrase_accepts_only_the_vaults_own_passphrase() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let vault = Vault::create(&dir, &pass("correct horse"), &fast()).unwrap();
        vault.check_passphrase(&pass("correct horse")).unwrap();
        assert!(matches!(
            vault.check_passphrase(&pass("correct horse ")),
            Err(UnlockError::WrongPassphrase)
        ));
        assert!(matches!(
            vault.check_passphrase(&pass("")),
            Err(UnlockError::WrongPassphrase)
        ));
        // A key file swapped for another vault's, whose passphrase someone else knows:
        // it decrypts, but it is not this vault's key.
        let other_dir = tmp.path().join("other");
        drop(Vault::create(&other_dir, &pass("known to them"), &fast()).unwrap());
        fs::copy(
            other_dir.join(KEYS_DIR).join(IDENTITY_FILE),
            dir.join(KEYS_DIR).join(IDENTITY_FILE),
        )
        .unwrap();
        assert!(matches!(
            vault.check_passphrase(&pass("known to them")),
            Err(UnlockError::WrongPassphrase)
        ));
    }

    #[test]
    fn the_default_work_factor_is_the_measured_one() {
        assert_eq!(CreateOptions::default().work_factor, 18);
        assert_eq!(DEFAULT_WORK_FACTOR, 18);
        const { assert!(MAX_WORK_FACTOR >= DEFAULT_WORK_FACTOR) };
    }

    #[test]
    fn debug_output_hides_the_secret_key() {
        let tmp = tempfile::tempdir().unwrap();
        let vault = Vault::create(tmp.path(), &pass("p"), &fast()).unwrap();
        let secret = vault.identity_secret();
        let debug = format!("{vault:?}");
        assert!(!debug.contains(secret.expose_secret()));
        assert!(!debug.to_lowercase().contains("age-secret-key"));
        assert!(debug.contains("redacted"));
    }

    #[test]
    fn a_second_open_is_refused_while_the_first_holds_the_lock() {
        let tmp = tempfile::tempdir().unwrap();
        let _first = Vault::create(tmp.path(), &pass("p"), &fast()).unwrap();
        let err = Vault::unlock(tmp.path(), &pass("p")).unwrap_err();
        assert_eq!(err.code(), "vault-locked-by-other-process");
        assert!(err.to_string().contains(&std::process::id().to_string()));
    }

    #[test]
    fn work_factor_out_of_range_is_refused_before_anything_is_written() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let options = CreateOptions {
            work_factor: 40,
            ..fast()
        };
        let err = Vault::create(&dir, &pass("p"), &options).unwrap_err();
        assert_eq!(err.code(), "work-factor-too-high");
        assert!(!dir.exists());
    }

    #[test]
    fn a_non_empty_folder_is_not_turned_into_a_vault() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("holiday.jpg"), b"x").unwrap();
        let err = Vault::create(tmp.path(), &pass("p"), &fast()).unwrap_err();
        assert_eq!(err.code(), "already-a-vault");
    }
}
