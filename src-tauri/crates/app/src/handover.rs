//! Handover to a lawyer or the police: export packages (with the evidence index PDF),
//! backups and restores, and the package viewer, which opens a package without any vault.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use uuid::Uuid;
use waarborg_contract::{
    ApiError, BackupSummary, ExportProtection, ExportRequest, ExportSummary, LockReason,
    PackageOpenKey, Passphrase, VaultEvent, VaultStatus,
};
use waarborg_package::{OpenedPackage, PackageKey, PackageReport, Protection, SecretString};
use waarborg_vault::{ExportOptions, ItemQuery, ItemSort, RecordsExport, Vault};

use crate::app::{App, absolute_path, invalid, parse_ids};
use crate::evidence_index::index_pdf_renderer;
use crate::jobs::JobKind;
use crate::package_records::{record_files_renderer, record_kind};
use crate::session::lock;
use crate::timeline::removal_date;

/// The protection of a package from what the parent chose.
pub fn protection(choice: ExportProtection) -> Result<Protection, ApiError> {
    Ok(match choice {
        ExportProtection::Folder => Protection::Folder,
        ExportProtection::Passphrase { passphrase } => {
            if passphrase.is_empty() {
                return Err(invalid("empty passphrase"));
            }
            Protection::Passphrase(passphrase.into_secret())
        }
        ExportProtection::Recipients { recipients } => {
            Protection::Recipients(waarborg_package::parse_recipients(&recipients)?)
        }
    })
}

/// The key to open a package with, from what the lawyer gave.
pub fn package_key(key: PackageOpenKey) -> Result<PackageKey, ApiError> {
    Ok(match key {
        PackageOpenKey::None => PackageKey::None,
        PackageOpenKey::Passphrase { passphrase } => {
            PackageKey::Passphrase(passphrase.into_secret())
        }
        PackageOpenKey::IdentityFile { path } => identity_file(Path::new(path.trim()))?,
    })
}

/// An age identity file as a package key.
pub fn identity_file(path: &Path) -> Result<PackageKey, waarborg_package::OpenError> {
    std::fs::read_to_string(path)
        .map(|text| PackageKey::Identities(SecretString::from(text)))
        .map_err(|e| waarborg_package::OpenError::InvalidIdentity {
            reason: e.to_string(),
        })
}

/// Every item not in the trash, by event date: what "export everything" exports.
pub fn all_item_ids(vault: &Vault) -> Vec<Uuid> {
    vault
        .query_items(&ItemQuery {
            sort: ItemSort::EventDate,
            ..ItemQuery::default()
        })
        .into_iter()
        .map(|i| i.id)
        .collect()
}

/// About how many bytes checking or restoring `path` reads (for a progress bar).
fn package_size(path: &Path) -> u64 {
    if path.is_dir() {
        waarborg_package::files_in(path)
            .unwrap_or_default()
            .iter()
            .filter_map(|name| path.join(name).metadata().ok())
            .map(|m| m.len())
            .sum()
    } else {
        path.metadata().map_or(0, |m| m.len())
    }
}

impl App {
    /// Exports items for a lawyer or the police (see `Vault::export_package`), sending
    /// progress events; [`App::cancel_export`] or locking the vault stops it.
    pub fn export(&self, request: ExportRequest) -> Result<ExportSummary, ApiError> {
        let ExportRequest {
            ids,
            out,
            protection: choice,
            case_summary,
            include,
        } = request;
        let ids = parse_ids(&ids)?;
        let mut kinds = Vec::new();
        for kind in include.iter().map(|i| record_kind(*i)) {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        if ids.is_empty() && kinds.is_empty() {
            return Err(invalid("nothing to export"));
        }
        let out = absolute_path(&out, "the export")?;
        let encrypted = !matches!(choice, ExportProtection::Folder);
        let protection = protection(choice)?;
        let session = self.session();
        let job = session.begin_job(JobKind::Export)?;
        let render = index_pdf_renderer(&case_summary);
        let removal = removal_date(&self.current_settings()?);
        let record_files = record_files_renderer(self.guide()?, removal);
        let report = session.with(|open| {
            let total = ids
                .iter()
                .filter_map(|id| open.vault.item(*id).ok())
                .map(|i| i.facts.size)
                .sum();
            session.send(VaultEvent::ExportProgress { done: 0, total });
            let progress = |done| {
                session.send(VaultEvent::ExportProgress { done, total });
                !job.cancelled()
            };
            let options = ExportOptions {
                protection,
                index_pdf: Some(&render),
                chat_transcripts: Some(&crate::chat::package_transcript),
                records: Some(RecordsExport {
                    kinds,
                    files: &record_files,
                }),
                progress: Some(Box::new(progress)),
            };
            Ok(open.vault.export_package(&ids, &out, options)?)
        })?;
        session.send(VaultEvent::ExportProgress {
            done: report.bytes,
            total: report.bytes,
        });
        let transcripts = report
            .files
            .iter()
            .filter(|f| f.transcript.is_some())
            .count();
        let without_transcript = report
            .files
            .iter()
            .filter_map(|f| {
                let code = f.transcript_problem.as_deref()?;
                let code = waarborg_contract::ErrorCode::ALL
                    .iter()
                    .find(|c| c.as_str() == code)
                    .copied()
                    .unwrap_or(waarborg_contract::ErrorCode::Internal);
                Some((f.file.clone(), code))
            })
            .collect();
        Ok(ExportSummary {
            path: report.path.to_string_lossy().into_owned(),
            encrypted,
            files: u32::try_from(report.files.len()).unwrap_or(u32::MAX),
            bytes: report.bytes,
            log_head: report.log_head,
            transcripts: u32::try_from(transcripts).unwrap_or(u32::MAX),
            without_transcript,
        })
    }

    pub fn cancel_export(&self) {
        self.session().cancel_job(JobKind::Export);
    }

    /// An encrypted backup of the whole vault, with the vault's own passphrase (so that
    /// the restored vault opens with it), read back after writing.
    pub fn backup(&self, out: &str, passphrase: Passphrase) -> Result<BackupSummary, ApiError> {
        let out = absolute_path(out, "the backup")?;
        let passphrase = passphrase.into_secret();
        let session = self.session();
        let job = session.begin_job(JobKind::Backup)?;
        let report = session.with(|open| {
            let progress = |done| {
                session.send(VaultEvent::ExportProgress { done, total: 0 });
                !job.cancelled()
            };
            Ok(open
                .vault
                .backup(&out, &passphrase, Some(Box::new(progress)))?)
        })?;
        Ok(BackupSummary {
            path: report.path.to_string_lossy().into_owned(),
            files: u32::try_from(report.files).unwrap_or(u32::MAX),
            bytes: report.bytes,
        })
    }

    /// Restores a backup into the new folder `dir`, which becomes the vault in use,
    /// unlocked.
    pub fn restore(
        &self,
        file: &str,
        passphrase: Passphrase,
        dir: &str,
    ) -> Result<VaultStatus, ApiError> {
        let dir = absolute_path(dir, "the new vault folder")?;
        let session = self.session();
        session.refuse_while_presenting()?;
        session.lock_vault(LockReason::Asked);
        let job = session.begin_job(JobKind::Restore)?;
        let file = Path::new(file.trim());
        let total = package_size(file);
        let mut progress = |done| {
            session.send(VaultEvent::PackageProgress { done, total });
            !job.cancelled()
        };
        let vault = waarborg_vault::restore(file, &passphrase.into_secret(), &dir, &mut progress)?;
        drop(job);
        self.settings()?
            .set_vault_dir(Some(dir.to_string_lossy().into_owned()))?;
        session.set_open(vault);
        session.passphrase_entered();
        self.vault_status(None)
    }

    /// Opens a package (replacing the open one) and checks every file, with progress.
    pub fn open_package(&self, path: &str, key: PackageOpenKey) -> Result<PackageReport, ApiError> {
        let session = self.session();
        session.refuse_while_presenting()?;
        let path = PathBuf::from(path.trim());
        let key = package_key(key)?;
        // Close the old one first: its private copy is deleted now, not later.
        self.packages().close();
        let total = package_size(&path);
        let mut progress = |done| {
            session.send(VaultEvent::PackageProgress { done, total });
            true
        };
        let mut opened = waarborg_package::open_package(&path, &key, &mut progress)?;
        self.package_signers().check(&mut opened.report);
        let report = opened.report.clone();
        self.packages().open(opened);
        Ok(report)
    }
}

/// The package open in the package viewer (works without a vault).
#[derive(Debug, Default)]
pub struct PackageSession {
    open: Mutex<Option<OpenedPackage>>,
}

impl PackageSession {
    /// Keeps `package` as the open package (closing, and so deleting, the one before).
    pub fn open(&self, package: OpenedPackage) {
        *lock(&self.open) = Some(package);
    }

    /// Closes the open package; a decrypted private copy is deleted now.
    pub fn close(&self) {
        *lock(&self.open) = None;
    }

    /// The path of a verified file of the open package, if there is one by that name.
    pub fn verified_file(&self, name: &str) -> Option<PathBuf> {
        lock(&self.open)
            .as_ref()
            .and_then(|p| p.verified_file(name))
    }
}
