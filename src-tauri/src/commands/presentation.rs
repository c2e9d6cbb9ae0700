//! Presentation mode: only the chosen items, full screen, until the parent leaves with
//! the passphrase or locks (the gate is `waarborg_app::VaultSession`).

use tauri::{State, WebviewWindow};
use waarborg_app::{App, parse_id, parse_ids};
use waarborg_contract::{ApiError, Passphrase, PresentedItem, VaultStatus};

#[tauri::command]
pub fn vault_present_start(
    window: WebviewWindow,
    app: State<'_, App>,
    ids: Vec<String>,
) -> Result<Vec<PresentedItem>, ApiError> {
    let leave = window.clone();
    // The window may already be closing (the app exits): nothing to undo then.
    let on_end = Box::new(move || drop(leave.set_fullscreen(false)));
    let items = app.start_presenting(&parse_ids(&ids)?, on_end)?;
    // Without full screen (a window manager that refuses it) the presentation still runs.
    let _ = window.set_fullscreen(true);
    Ok(items)
}

#[tauri::command]
pub fn vault_present_items(app: State<'_, App>) -> Result<Vec<PresentedItem>, ApiError> {
    app.session().presented_items()
}

#[tauri::command]
pub fn vault_present_view(app: State<'_, App>, id: String) -> Result<(), ApiError> {
    app.session().present_view(parse_id(&id)?)
}

#[tauri::command(async)]
pub fn vault_present_end(
    app: State<'_, App>,
    passphrase: Passphrase,
) -> Result<VaultStatus, ApiError> {
    app.end_presenting(passphrase)
}
