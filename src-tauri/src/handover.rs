//! Handover to a lawyer or the police, in the window and on the command line: export
//! packages (with the evidence index PDF) and the package viewer, which opens a package
//! without any vault.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, NaiveDate, Utc};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use waarborg_contract::{
    ApiError, BackupSummary, ErrorCode, ExportProtection, ExportRequest, ExportSummary, Language,
    LockReason, PackageOpenKey, VaultEvent, VaultStatus,
};
use waarborg_documents::{EvidenceEntry, EvidenceIndex, evidence_index_pdf};
use waarborg_i18n::Messages;
use waarborg_package::{OpenedPackage, PackageKey, PackageReport, Protection, SecretString};
use waarborg_vault::{ExportOptions, IndexPdfInput};

use crate::state::AppState;
use crate::vault_commands::{invalid, parse_id, status, vault_error};
use crate::vault_session::VaultSession;

/// Renders the evidence index PDF of an export (bilingual labels, whatever the app's
/// language: the package is for a Dutch or a foreign reader).
pub fn index_pdf_renderer(
    case_summary: &str,
) -> impl Fn(&IndexPdfInput<'_>) -> Result<Vec<u8>, String> + '_ {
    let nl = Messages::new(Language::Nl);
    let en = Messages::new(Language::En);
    move |input| {
        let both = |id: &str| format!("{} / {}", nl.get(id), en.get(id));
        let entries = input
            .entries
            .iter()
            .zip(input.thumbnails.iter().chain(std::iter::repeat(&None)))
            .map(|(entry, thumbnail)| {
                let source = both(&format!("vault-source-{}", entry.source));
                EvidenceEntry {
                    number: entry.number,
                    file: entry.file.clone(),
                    title: entry.title.clone(),
                    category: both(&format!("vault-category-{}", entry.category)),
                    event_date: NaiveDate::parse_from_str(&entry.event_date, "%Y-%m-%d").ok(),
                    imported_at: DateTime::parse_from_rfc3339(&entry.imported_at)
                        .map(|d| d.with_timezone(&Utc))
                        .unwrap_or(input.exported_at),
                    provenance: if entry.provenance.trim().is_empty() {
                        source
                    } else {
                        format!("{source} — {}", entry.provenance.trim())
                    },
                    original_name: entry.original_name.clone(),
                    size: entry.size,
                    sha256: entry.sha256.clone(),
                    description: entry.description.clone(),
                    thumbnail_jpeg: thumbnail.clone(),
                }
            })
            .collect();
        evidence_index_pdf(&EvidenceIndex {
            case_summary: case_summary.to_owned(),
            exported_at: input.exported_at,
            log_head: input.log_head.map(str::to_owned),
            entries,
        })
        .map_err(|e| e.to_string())
    }
}

/// The protection of a package from what the parent chose.
pub fn protection(choice: ExportProtection) -> Result<Protection, ApiError> {
    Ok(match choice {
        ExportProtection::Folder => Protection::Folder,
        ExportProtection::Passphrase { passphrase } => {
            let passphrase = SecretString::from(passphrase);
            if waarborg_vault::ExposeSecret::expose_secret(&passphrase).is_empty() {
                return Err(invalid("empty passphrase"));
            }
            Protection::Passphrase(passphrase)
        }
        ExportProtection::Recipients { recipients } => Protection::Recipients(
            waarborg_package::parse_recipients(&recipients).map_err(|e| vault_error(&e))?,
        ),
    })
}

/// Exports items for a lawyer or the police (see `Vault::export_package`), sending
/// progress events; `vault_export_cancel` or locking the vault stops it.
#[tauri::command(async)]
pub fn vault_export(
    session: State<'_, VaultSession>,
    request: ExportRequest,
) -> Result<ExportSummary, ApiError> {
    let ExportRequest {
        ids,
        out,
        protection: choice,
        case_summary,
    } = request;
    let ids: Vec<uuid::Uuid> = ids
        .iter()
        .map(|id| parse_id(id))
        .collect::<Result<_, _>>()?;
    if ids.is_empty() {
        return Err(invalid("nothing to export"));
    }
    let out = PathBuf::from(out.trim());
    if !out.is_absolute() {
        return Err(invalid("the export must go to a full path"));
    }
    let encrypted = !matches!(choice, ExportProtection::Folder);
    let protection = protection(choice)?;
    // An export is a long job like an import: one at a time, cancelled by a lock.
    let _guard = session
        .begin_import()
        .ok_or_else(|| invalid("an import or export is already running"))?;
    let render = index_pdf_renderer(&case_summary);
    let session_ref = &*session;
    let report = session.with(|open| {
        let total = ids
            .iter()
            .filter_map(|id| open.vault.item(*id).ok())
            .map(|i| i.facts.size)
            .sum();
        session_ref.send(VaultEvent::ExportProgress { done: 0, total });
        let progress = move |done| {
            session_ref.send(VaultEvent::ExportProgress { done, total });
            !session_ref.import_cancelled()
        };
        open.vault
            .export_package(
                &ids,
                &out,
                ExportOptions {
                    protection,
                    index_pdf: Some(&render),
                    progress: Some(Box::new(progress)),
                },
            )
            .map_err(|e| vault_error(&e))
    })?;
    session.send(VaultEvent::ExportProgress {
        done: report.bytes,
        total: report.bytes,
    });
    Ok(ExportSummary {
        path: report.path.to_string_lossy().into_owned(),
        encrypted,
        files: u32::try_from(report.files.len()).unwrap_or(u32::MAX),
        bytes: report.bytes,
        log_head: report.log_head,
    })
}

#[tauri::command]
pub fn vault_export_cancel(session: State<'_, VaultSession>) {
    session.cancel_import();
}

/// The package open in the package viewer (works without a vault).
#[derive(Debug, Default)]
pub struct PackageSession {
    open: Mutex<Option<OpenedPackage>>,
}

impl PackageSession {
    fn lock(&self) -> MutexGuard<'_, Option<OpenedPackage>> {
        // A poisoned lock only means a command panicked; the package is still valid.
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Keeps `package` as the open package (closing, and so deleting, the one before).
    pub fn open(&self, package: OpenedPackage) {
        *self.lock() = Some(package);
    }

    /// The path of a verified file of the open package, if there is one by that name.
    pub fn verified_file(&self, name: &str) -> Option<PathBuf> {
        self.lock().as_ref().and_then(|p| p.verified_file(name))
    }
}

#[tauri::command(async)]
pub fn package_choose_file(
    app: AppHandle,
    session: State<'_, VaultSession>,
) -> Result<Option<String>, ApiError> {
    // Like the vault's own pickers: no file browsing from a presentation.
    session.refuse_while_presenting()?;
    app.dialog()
        .file()
        .blocking_pick_file()
        .map(|p| {
            p.into_path()
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| ApiError::new(ErrorCode::DialogFailed, e.to_string()))
        })
        .transpose()
}

/// The key to open a package with, from what the lawyer gave.
pub fn package_key(key: PackageOpenKey) -> Result<PackageKey, ApiError> {
    Ok(match key {
        PackageOpenKey::None => PackageKey::None,
        PackageOpenKey::Passphrase { passphrase } => {
            PackageKey::Passphrase(SecretString::from(passphrase))
        }
        PackageOpenKey::IdentityFile { path } => {
            let text = std::fs::read_to_string(Path::new(path.trim())).map_err(|e| {
                vault_error(&waarborg_package::PackageError::InvalidIdentity {
                    reason: e.to_string(),
                })
            })?;
            PackageKey::Identities(SecretString::from(text))
        }
    })
}

/// Opens a package (replacing the open one) and checks every file, with progress.
#[tauri::command(async)]
pub fn package_open(
    packages: State<'_, PackageSession>,
    session: State<'_, VaultSession>,
    path: String,
    key: PackageOpenKey,
) -> Result<PackageReport, ApiError> {
    session.refuse_while_presenting()?;
    let path = PathBuf::from(path.trim());
    let key = package_key(key)?;
    // Close the old one first: its private copy is deleted now, not later.
    *packages.lock() = None;
    let total = package_size(&path);
    let mut progress = |done| {
        session.send(VaultEvent::PackageProgress { done, total });
        true
    };
    let opened =
        waarborg_package::open_package(&path, &key, &mut progress).map_err(|e| vault_error(&e))?;
    let report = opened.report.clone();
    packages.open(opened);
    Ok(report)
}

#[tauri::command]
pub fn package_close(packages: State<'_, PackageSession>) {
    *packages.lock() = None;
}

/// About how many bytes checking `path` reads (for a progress bar).
fn package_size(path: &Path) -> u64 {
    fn walk(path: &Path) -> u64 {
        match std::fs::symlink_metadata(path) {
            Ok(m) if m.is_dir() => std::fs::read_dir(path)
                .map(|entries| entries.flatten().map(|e| walk(&e.path())).sum())
                .unwrap_or(0),
            Ok(m) if m.is_file() => m.len(),
            _ => 0,
        }
    }
    walk(path)
}

/// An encrypted backup of the whole vault, with the vault's own passphrase (so that the
/// restored vault opens with it), read back after writing. Progress as export events.
#[tauri::command(async)]
pub fn vault_backup(
    session: State<'_, VaultSession>,
    out: String,
    passphrase: String,
) -> Result<BackupSummary, ApiError> {
    let out = PathBuf::from(out.trim());
    if !out.is_absolute() {
        return Err(invalid("the backup must go to a full path"));
    }
    let passphrase = SecretString::from(passphrase);
    let _guard = session
        .begin_import()
        .ok_or_else(|| invalid("an import or export is already running"))?;
    let session_ref = &*session;
    let report = session.with(|open| {
        let progress = move |done| {
            session_ref.send(VaultEvent::ExportProgress { done, total: 0 });
            !session_ref.import_cancelled()
        };
        open.vault
            .backup(&out, &passphrase, Some(Box::new(progress)))
            .map_err(|e| vault_error(&e))
    })?;
    Ok(BackupSummary {
        path: report.path.to_string_lossy().into_owned(),
        files: u32::try_from(report.files).unwrap_or(u32::MAX),
        bytes: report.bytes,
    })
}

/// Restores a backup into the new folder `dir`, which becomes the vault in use, unlocked.
#[tauri::command(async)]
pub fn vault_restore(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    file: String,
    passphrase: String,
    dir: String,
) -> Result<VaultStatus, ApiError> {
    let dir = PathBuf::from(dir.trim());
    if !dir.is_absolute() {
        return Err(invalid("the new vault folder must be a full path"));
    }
    session.refuse_while_presenting()?;
    let passphrase = SecretString::from(passphrase);
    session.lock_vault(LockReason::Asked);
    let total = package_size(Path::new(file.trim()));
    let mut progress = |done| {
        session.send(VaultEvent::PackageProgress { done, total });
        true
    };
    let vault = waarborg_vault::restore(Path::new(file.trim()), &passphrase, &dir, &mut progress)
        .map_err(|e| vault_error(&e))?;
    state
        .settings()?
        .set_vault_dir(Some(dir.to_string_lossy().into_owned()))?;
    session.set_open(vault);
    session.passphrase_entered();
    status(&state, &session, None)
}
