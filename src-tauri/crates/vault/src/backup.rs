//! Encrypted backup and restore of a whole vault.
//!
//! A backup is an export package (see `waarborg_package`) of one age file encrypted to a
//! passphrase: `<name>/vault/…` holds every file of the vault folder as it is on disk
//! (already encrypted), `<name>/MANIFEST.sha256` their SHA-256. It is checked by reading
//! it back completely after writing. Restoring unpacks it into a new folder (staged,
//! checked, renamed), which is then an ordinary vault opened with its own passphrase.

use std::fs;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use waarborg_package::{PackageKey, PackageWriter, Protection, UnpackError, WriteError};

use crate::error::{IoFailure, ItemError};
use crate::log::LogKind;
use crate::vault::{LOCK_FILE, Vault};

/// The folder inside a backup that holds the vault's files.
const VAULT_IN_BACKUP: &str = "vault";

/// What a backup wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    pub path: PathBuf,
    pub files: usize,
    pub bytes: u64,
}

impl Vault {
    /// Writes an encrypted backup of the whole vault to the new file `out`, encrypted
    /// with `passphrase`, which must be the vault's own (`wrong-passphrase` otherwise:
    /// the restored vault opens with it), and checks it by
    /// decrypting it completely. Logged as `backup` in the custody log (the entry is
    /// in the backup).
    pub fn backup(
        &mut self,
        out: &Path,
        passphrase: &SecretString,
        progress: Option<waarborg_package::Progress<'_>>,
    ) -> Result<BackupReport, ItemError> {
        // The restored vault must open with the passphrase the backup opens with.
        self.check_passphrase(passphrase).map_err(|e| match e {
            crate::error::UnlockError::Io(io) => ItemError::Io(io),
            // Not this vault's passphrase: a vault error, whatever the package says.
            crate::error::UnlockError::WrongPassphrase => ItemError::WrongPassphrase,
            other => ItemError::Package(WriteError::Damaged {
                reason: other.to_string(),
            }),
        })?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.log.append(
            &self.recipient,
            LogKind::Other(crate::upcoming::BACKUP_KIND.to_owned()),
            None,
            None,
            format!("backup {name}"),
        )?;
        // The index cache is written now so that the backup opens as fast as the vault.
        if self.index_dirty && self.write_index().is_ok() {
            self.index_dirty = false;
        }
        let made_at = u64::try_from(chrono::Utc::now().timestamp()).unwrap_or(0);
        let mut writer =
            PackageWriter::create(out, Protection::Passphrase(passphrase.clone()), made_at)?;
        if let Some(progress) = progress {
            writer = writer.with_progress(progress);
        }
        // Everything but the lock file and unfinished temporary files.
        let files: Vec<String> = waarborg_package::files_in(&self.dir)
            .map_err(WriteError::from)?
            .into_iter()
            .filter(|name| {
                name != LOCK_FILE
                    && !name
                        .split('/')
                        .any(|part| part.starts_with(crate::store::TMP_PREFIX))
            })
            .collect();
        let mut bytes = 0;
        for relative in &files {
            let path = &self.dir.join(relative);
            let mut file = fs::File::open(path).map_err(|e| IoFailure::new("read", path, e))?;
            let size = file
                .metadata()
                .map_err(|e| IoFailure::new("read", path, e))?
                .len();
            writer.add_file(
                &format!("{VAULT_IN_BACKUP}/{relative}"),
                size,
                &mut file,
                None,
            )?;
            bytes += size;
        }
        let path = writer.finish()?;
        // Read back: every file decrypts and matches its manifest line.
        let report = waarborg_package::verify_package(
            &path,
            &PackageKey::Passphrase(passphrase.clone()),
            &mut |_| true,
        )
        .map_err(WriteError::ReadBack)?;
        if !report.is_intact() {
            let _ = fs::remove_file(&path);
            return Err(WriteError::WriteCheckFailed { path }.into());
        }
        Ok(BackupReport {
            path,
            files: files.len(),
            bytes,
        })
    }
}

/// Restores the backup `file` into the new folder `out` and returns it unlocked: the
/// backup's passphrase must be the restored vault's (a backup made by [`Vault::backup`]
/// with the vault's own passphrase). Nothing is left at `out` when anything fails.
pub fn restore(
    file: &Path,
    passphrase: &SecretString,
    out: &Path,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<Vault, crate::error::UnlockError> {
    let parent = waarborg_fs::folder_of(out);
    let staging = tempfile::Builder::new()
        .prefix(".waarborg-restore-")
        .tempdir_in(parent)
        .map_err(|e| IoFailure::new("create a folder in", parent, e))?;
    let unpacked = staging.path().join("backup");
    waarborg_package::unpack_package(
        file,
        &PackageKey::Passphrase(passphrase.clone()),
        &unpacked,
        progress,
    )
    .map_err(|e| crate::error::UnlockError::Package(Box::new(e)))?;
    let inner = unpacked.join(VAULT_IN_BACKUP);
    crate::vault::read_info(&inner)?;
    // An empty folder (e.g. made in the file dialog) may be used; anything else is kept.
    let _ = fs::remove_dir(out);
    if out.exists() {
        return Err(crate::error::UnlockError::Package(Box::new(
            UnpackError::Exists {
                path: out.to_owned(),
            },
        )));
    }
    fs::rename(&inner, out).map_err(|e| IoFailure::new("rename into", out, e))?;
    crate::store::sync_parent(out)?;
    drop(staging);
    Vault::unlock(out, passphrase)
}
