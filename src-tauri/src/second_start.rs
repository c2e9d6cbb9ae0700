//! Starting Waarborg while it already runs (from the menu or the command line) brings the
//! running window back instead of opening a second one. After a quick exit that hid the
//! window this is the way back, and it always comes back locked: the window shows the
//! lock screen, and the vault needs the passphrase (or the keychain, when chosen).
//!
//! `tauri-plugin-single-instance` finds the running app: on Linux it owns the name
//! `nl.waarborg.app.SingleInstance` on the D-Bus session bus, on Windows a named mutex,
//! on macOS a Unix socket. The second start hands over and exits with status 0. Without
//! a session bus (no desktop session, a bus that does not answer) the plugin finds
//! nothing and the app starts as usual: there is then no way back to a hidden window
//! but the window of this new start, which is why the cover stays the default.

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};
use waarborg_app::App;
use waarborg_contract::LockReason;

/// The plugin; register it before every other one, so a second start hands over before
/// anything else is set up.
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_single_instance::init(|app, _args, _cwd| bring_back(app))
}

/// Shows the main window again, locked if it was hidden.
fn bring_back<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    // A hidden window comes back locked. When its state cannot be read, lock all the
    // same: the safe side is asking for the passphrase once too often.
    if !window.is_visible().unwrap_or(false)
        && let Some(state) = app.try_state::<App>()
    {
        state.session().lock_vault(LockReason::QuickExit);
    }
    // Each step may be refused by a window manager; the next one is still worth trying,
    // and there is nobody to tell but the parent who sees the window come back or not.
    let _ = window.show();
    let _ = window.unminimize();
    let _ = window.set_focus();
}
