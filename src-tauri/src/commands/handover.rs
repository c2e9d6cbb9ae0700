//! Handover: export packages, the package viewer, backup and restore.

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use waarborg_app::App;
use waarborg_contract::{
    ApiError, BackupSummary, ExportRequest, ExportSummary, PackageOpenKey, Passphrase, VaultStatus,
};
use waarborg_package::PackageReport;

use crate::system::dialog_path;

/// Exports items for a lawyer or the police, with progress events.
#[tauri::command(async)]
pub fn vault_export(
    app: State<'_, App>,
    request: ExportRequest,
) -> Result<ExportSummary, ApiError> {
    app.export(request)
}

#[tauri::command]
pub fn vault_export_cancel(app: State<'_, App>) {
    app.cancel_export();
}

#[tauri::command(async)]
pub fn package_choose_file(
    handle: AppHandle,
    app: State<'_, App>,
) -> Result<Option<String>, ApiError> {
    // Like the vault's own pickers: no file browsing from a presentation.
    app.session().refuse_while_presenting()?;
    let picked = handle.dialog().file().blocking_pick_file();
    picked.map(dialog_path).transpose()
}

/// Opens a package (replacing the open one) and checks every file, with progress.
#[tauri::command(async)]
pub fn package_open(
    app: State<'_, App>,
    path: String,
    key: PackageOpenKey,
) -> Result<PackageReport, ApiError> {
    app.open_package(&path, key)
}

#[tauri::command]
pub fn package_close(app: State<'_, App>) {
    app.packages().close();
}

#[tauri::command(async)]
pub fn vault_backup(
    app: State<'_, App>,
    out: String,
    passphrase: Passphrase,
) -> Result<BackupSummary, ApiError> {
    app.backup(&out, passphrase)
}

/// Restores a backup into the new folder `dir`, which becomes the vault in use, unlocked.
#[tauri::command(async)]
pub fn vault_restore(
    app: State<'_, App>,
    file: String,
    passphrase: Passphrase,
    dir: String,
) -> Result<VaultStatus, ApiError> {
    app.restore(&file, passphrase, &dir)
}
