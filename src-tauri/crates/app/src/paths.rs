//! The default folders, the same for the window and the command line: the OS folders
//! under the app's identifier (as Tauri names them), so both find the same vault.

use std::path::PathBuf;

/// The app's identifier (`tauri.conf.json`), the name of its folders.
pub const APP_ID: &str = "nl.waarborg.app";

/// Where the settings live: the OS config folder.
pub fn config_dir() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join(APP_ID))
}

/// Where the vault lives unless the parent chose another folder: the OS data folder.
pub fn default_vault_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join(APP_ID).join("vault"))
}

/// Where printed documents are saved: `Waarborg` in the OS documents folder, else the
/// app's data folder.
pub fn documents_dir() -> Option<PathBuf> {
    dirs::document_dir()
        .map(|dir| dir.join("Waarborg"))
        .or_else(|| dirs::data_dir().map(|dir| dir.join(APP_ID).join("documents")))
}
