//! The operating system's own UI, for the commands: native dialogs and the system
//! viewer. Their failures are the shell's own error codes (core errors carry theirs).

use std::path::Path;

use tauri_plugin_dialog::FilePath;
use waarborg_contract::{ApiError, ErrorCode};

/// A path the parent picked in a native dialog.
pub fn dialog_path(path: FilePath) -> Result<String, ApiError> {
    path.into_path()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| ApiError::new(ErrorCode::DialogFailed, e.to_string()))
}

/// Opens `path` in the program the OS chooses for it.
pub fn open_in_system_viewer(path: &Path) -> Result<(), ApiError> {
    open::that_detached(path)
        .map_err(|e| ApiError::new(ErrorCode::DocumentsOpenFailed, e.to_string()))
}
