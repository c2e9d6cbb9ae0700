//! Forgotten passphrase, passphrase change, recovery keys and the emergency kit.

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use waarborg_app::App;
use waarborg_contract::{
    ApiError, KitSummary, Passphrase, RecoveryKeyInput, RecoveryKeyList, VaultStatus,
};

use crate::system::dialog_path;

/// A native dialog for the recovery key file, or with `photo` for a photo or scan of the
/// emergency kit (JPEG or PNG). A path is not secret; the key is read by `vault_recover`
/// and never comes back.
#[tauri::command(async)]
pub fn vault_choose_key_file(
    handle: AppHandle,
    app: State<'_, App>,
    photo: bool,
) -> Result<Option<String>, ApiError> {
    let dialog = handle
        .dialog()
        .file()
        .set_title(app.recovery_key_dialog_title(photo));
    let dialog = if photo {
        dialog.add_filter("JPEG, PNG", &["jpg", "jpeg", "png", "JPG", "JPEG", "PNG"])
    } else {
        dialog
    };
    dialog.blocking_pick_file().map(dialog_path).transpose()
}

#[tauri::command(async)]
pub fn vault_recover(
    app: State<'_, App>,
    key: RecoveryKeyInput,
    new: Passphrase,
) -> Result<VaultStatus, ApiError> {
    app.recover(key, new)
}

#[tauri::command(async)]
pub fn vault_change_passphrase(
    app: State<'_, App>,
    current: Passphrase,
    new: Passphrase,
) -> Result<VaultStatus, ApiError> {
    app.change_passphrase(current, new)
}

#[tauri::command]
pub fn vault_recovery_keys(app: State<'_, App>) -> Result<RecoveryKeyList, ApiError> {
    app.recovery_keys()
}

#[tauri::command(async)]
pub fn vault_add_recovery_key(
    app: State<'_, App>,
    key: String,
) -> Result<RecoveryKeyList, ApiError> {
    app.add_recovery_key(&key)
}

#[tauri::command(async)]
pub fn vault_remove_recovery_key(
    app: State<'_, App>,
    key: String,
) -> Result<RecoveryKeyList, ApiError> {
    app.remove_recovery_key(&key)
}

/// A save dialog, then the kit written there (nothing when the parent cancels).
#[tauri::command(async)]
pub fn vault_emergency_kit(
    handle: AppHandle,
    app: State<'_, App>,
    new_recovery_key: bool,
) -> Result<Option<KitSummary>, ApiError> {
    app.session().refuse_while_presenting()?;
    let picked = handle
        .dialog()
        .file()
        .set_title(app.emergency_kit_dialog_title())
        .set_file_name(app.emergency_kit_file_name())
        .add_filter("PDF", &["pdf"])
        .blocking_save_file();
    let Some(path) = picked.map(dialog_path).transpose()? else {
        return Ok(None);
    };
    app.emergency_kit(&path, new_recovery_key).map(Some)
}
