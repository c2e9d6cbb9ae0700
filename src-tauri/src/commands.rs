//! IPC commands: each one maps a contract request onto a core crate call.
//! The names are listed in `waarborg_contract::COMMANDS` (checked by a test).

use tauri::State;
use waarborg_contract::{ApiError, AppInfo, LanguagePreference, Settings};

use crate::state::AppState;

#[tauri::command]
pub fn app_info() -> AppInfo {
    AppInfo {
        name: "Waarborg".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings, ApiError> {
    Ok(state.settings()?.load_or_default())
}

#[tauri::command]
pub fn set_language(
    state: State<'_, AppState>,
    preference: LanguagePreference,
) -> Result<Settings, ApiError> {
    Ok(state.settings()?.set_language(preference)?)
}
