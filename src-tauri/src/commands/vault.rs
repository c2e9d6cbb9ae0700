//! The vault: status, create, unlock and lock, events, import, items, verify and log.

use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use waarborg_app::{App, EventSink, parse_id};
use waarborg_contract::{
    ApiError, ImportSummary, LockReason, NewVault, Passphrase, VaultEvent, VaultStatus,
};
use waarborg_vault::{
    Item, ItemDescription, ItemDetail, ItemFacets, ItemQuery, ItemSummary, LogPage, VerifyReport,
};

use crate::system::dialog_path;

/// Session events go to the window over the channel it passed to `vault_subscribe`.
struct WindowEvents(Channel<VaultEvent>);

impl EventSink for WindowEvents {
    fn send(&self, event: VaultEvent) {
        // A closed channel is not an error: the window reloads and subscribes again.
        let _ = self.0.send(event);
    }
}

#[tauri::command]
pub fn vault_status(app: State<'_, App>) -> Result<VaultStatus, ApiError> {
    app.vault_status(None)
}

#[tauri::command(async)]
pub fn vault_choose_folder(
    handle: AppHandle,
    app: State<'_, App>,
) -> Result<Option<String>, ApiError> {
    app.session().refuse_while_presenting()?;
    let picked = handle.dialog().file().blocking_pick_folder();
    picked.map(dialog_path).transpose()
}

#[tauri::command(async)]
pub fn vault_create(app: State<'_, App>, vault: NewVault) -> Result<VaultStatus, ApiError> {
    app.create_vault(vault)
}

#[tauri::command]
pub fn vault_use_folder(app: State<'_, App>, dir: String) -> Result<VaultStatus, ApiError> {
    app.use_vault_folder(&dir)
}

#[tauri::command(async)]
pub fn vault_unlock(
    app: State<'_, App>,
    passphrase: Passphrase,
    remember_on_device: bool,
) -> Result<VaultStatus, ApiError> {
    app.unlock(passphrase, remember_on_device)
}

#[tauri::command(async)]
pub fn vault_unlock_with_device(app: State<'_, App>) -> Result<VaultStatus, ApiError> {
    app.unlock_with_device()
}

#[tauri::command(async)]
pub fn vault_forget_device(app: State<'_, App>) -> Result<VaultStatus, ApiError> {
    app.forget_device()
}

#[tauri::command(async)]
pub fn vault_rekey(
    app: State<'_, App>,
    current: Passphrase,
    new: Passphrase,
) -> Result<VaultStatus, ApiError> {
    app.rekey(current, new)
}

#[tauri::command]
pub fn vault_lock(app: State<'_, App>, reason: LockReason) -> Result<VaultStatus, ApiError> {
    app.lock(reason)
}

#[tauri::command]
pub fn vault_touch(app: State<'_, App>) {
    app.session().touch();
}

#[tauri::command]
pub fn vault_subscribe(app: State<'_, App>, on_event: Channel<VaultEvent>) {
    app.session().subscribe(Box::new(WindowEvents(on_event)));
}

/// A save dialog named after the original file, then the original bytes written there:
/// the way out for a file Waarborg will not open in another program.
#[tauri::command(async)]
pub fn vault_save_copy(
    handle: AppHandle,
    app: State<'_, App>,
    id: String,
) -> Result<Option<String>, ApiError> {
    let id = parse_id(&id)?;
    let name = app.original_name(id)?;
    let picked = handle
        .dialog()
        .file()
        .set_file_name(name)
        .blocking_save_file();
    let Some(path) = picked.map(dialog_path).transpose()? else {
        return Ok(None);
    };
    let saved = app.save_item_copy(id, &path)?;
    Ok(Some(saved.to_string_lossy().into_owned()))
}

#[tauri::command(async)]
pub fn vault_pick_files(
    handle: AppHandle,
    app: State<'_, App>,
    folders: bool,
) -> Result<Vec<String>, ApiError> {
    app.session().refuse_while_presenting()?;
    let dialog = handle.dialog().file();
    let picked = if folders {
        dialog.blocking_pick_folders()
    } else {
        dialog.blocking_pick_files()
    };
    picked
        .unwrap_or_default()
        .into_iter()
        .map(dialog_path)
        .collect()
}

#[tauri::command(async)]
pub fn vault_import(app: State<'_, App>, paths: Vec<String>) -> Result<ImportSummary, ApiError> {
    app.session().import(&paths)
}

#[tauri::command]
pub fn vault_cancel_import(app: State<'_, App>) {
    app.session().cancel_import();
}

#[tauri::command]
pub fn vault_items(app: State<'_, App>, query: ItemQuery) -> Result<Vec<ItemSummary>, ApiError> {
    app.session()
        .with(|open| Ok(open.vault.query_items(&query)))
}

#[tauri::command]
pub fn vault_facets(app: State<'_, App>) -> Result<ItemFacets, ApiError> {
    app.session().with(|open| Ok(open.vault.item_facets()))
}

/// One item with its log; with `view`, opening its page is logged as a view.
#[tauri::command(async)]
pub fn vault_item(app: State<'_, App>, id: String, view: bool) -> Result<ItemDetail, ApiError> {
    app.item_detail(parse_id(&id)?, view)
}

#[tauri::command]
pub fn vault_edit_item(
    app: State<'_, App>,
    id: String,
    description: ItemDescription,
) -> Result<Item, ApiError> {
    app.edit_item(parse_id(&id)?, description)
}

#[tauri::command]
pub fn vault_trash_item(app: State<'_, App>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    app.session().with(|open| Ok(open.vault.trash_item(id)?))
}

#[tauri::command]
pub fn vault_restore_item(app: State<'_, App>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    app.session().with(|open| Ok(open.vault.restore_item(id)?))
}

#[tauri::command]
pub fn vault_purge_item(app: State<'_, App>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    app.session().with(|open| Ok(open.vault.purge_item(id)?))
}

/// Decrypts a copy into the private viewer folder and opens it. The window warns the
/// parent first; the folder is deleted when the vault locks.
#[tauri::command(async)]
pub fn vault_open_external(app: State<'_, App>, id: String) -> Result<(), ApiError> {
    let copy = app.viewer_copy(parse_id(&id)?)?;
    crate::system::open_in_system_viewer(&copy)
}

#[tauri::command(async)]
pub fn vault_verify(app: State<'_, App>, anchor: Option<String>) -> Result<VerifyReport, ApiError> {
    app.verify(anchor.as_deref())
}

#[tauri::command(async)]
pub fn vault_accept_log(app: State<'_, App>) -> Result<VaultStatus, ApiError> {
    app.accept_log()
}

#[tauri::command(async)]
pub fn vault_log(
    app: State<'_, App>,
    before: Option<u32>,
    limit: u32,
) -> Result<LogPage, ApiError> {
    app.log_page(before, limit)
}
