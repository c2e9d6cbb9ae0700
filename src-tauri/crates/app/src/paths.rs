//! The default folders, the same for the window and the command line: the OS folders
//! under the app's identifier (as Tauri names them), so both find the same vault.

use std::path::PathBuf;

/// The app's identifier (`tauri.conf.json`), the name of its folders.
pub const APP_ID: &str = "nl.waarborg.app";

/// Where the settings live: the OS config folder.
pub fn config_dir() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join(APP_ID))
}

/// Where the vault lives unless the parent chose another folder: the OS data folder
/// that stays on this computer. On Windows that is `%LOCALAPPDATA%`, not the roaming
/// `%APPDATA%`, which a domain copies to its server at every logoff; on Linux and macOS
/// the two are the same folder (`~/.local/share`, `~/Library/Application Support`).
pub fn default_vault_dir() -> Option<PathBuf> {
    dirs::data_local_dir().map(|dir| dir.join(APP_ID).join("vault"))
}

/// Where printed documents are saved: `Waarborg` in the OS documents folder, else the
/// app's data folder.
pub fn documents_dir() -> Option<PathBuf> {
    dirs::document_dir()
        .map(|dir| dir.join("Waarborg"))
        .or_else(|| dirs::data_local_dir().map(|dir| dir.join(APP_ID).join("documents")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vault must not move for anyone who already has one: where the local and the
    /// roaming data folder are one folder (Linux, macOS), the default is unchanged.
    #[cfg(not(windows))]
    #[test]
    fn the_default_vault_is_in_the_data_folder_where_local_and_roaming_are_one() {
        assert_eq!(dirs::data_local_dir(), dirs::data_dir());
        assert_eq!(
            default_vault_dir(),
            dirs::data_dir().map(|dir| dir.join(APP_ID).join("vault"))
        );
    }
}
