//! IPC commands, by feature. Each converts its arguments, calls one function of
//! `waarborg_app` and lets `?` map the error (`HasErrorCode` → `{code, message}`).
//! The names are listed in `waarborg_contract::COMMANDS` (checked by a test).

pub mod documents;
pub mod guide;
pub mod handover;
pub mod presentation;
pub mod records;
pub mod settings;
pub mod vault;

use std::path::PathBuf;

use tauri_plugin_dialog::FilePath;
use waarborg_contract::{ApiError, ErrorCode};

/// The shell's own failures: a native dialog or the system viewer. (Core errors carry
/// their code themselves.)
fn dialog_path(path: FilePath) -> Result<String, ApiError> {
    path.into_path()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| ApiError::new(ErrorCode::DialogFailed, e.to_string()))
}

fn open_in_system_viewer(path: &PathBuf) -> Result<(), ApiError> {
    open::that_detached(path)
        .map_err(|e| ApiError::new(ErrorCode::DocumentsOpenFailed, e.to_string()))
}
