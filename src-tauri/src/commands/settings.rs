//! Settings and the app's own facts.

use tauri::State;
use waarborg_app::{App, parse_date};
use waarborg_contract::{ApiError, AppInfo, LanguagePreference, QuickExit, Settings, Theme};

#[tauri::command]
pub fn app_info() -> AppInfo {
    AppInfo {
        name: "Waarborg".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

#[tauri::command]
pub fn get_settings(app: State<'_, App>) -> Result<Settings, ApiError> {
    app.current_settings()
}

#[tauri::command]
pub fn set_language(
    app: State<'_, App>,
    preference: LanguagePreference,
) -> Result<Settings, ApiError> {
    Ok(app.settings()?.set_language(preference)?)
}

/// Remembers the date of removal for the home-screen countdown (`None` removes it).
/// It is checked like the deadlines themselves: a real date, not after `today`.
#[tauri::command]
pub fn set_removal_date(
    app: State<'_, App>,
    removal_date: Option<String>,
    today: String,
) -> Result<Settings, ApiError> {
    if let Some(date) = &removal_date {
        waarborg_guide::deadlines(parse_date(date)?, parse_date(&today)?)?;
    }
    Ok(app.settings()?.set_removal_date(removal_date)?)
}

/// How many days after a planned trip's return date the trip watch waits before asking.
#[tauri::command]
pub fn set_trip_grace(app: State<'_, App>, days: u32) -> Result<Settings, ApiError> {
    Ok(app.settings()?.set_trip_grace_days(days)?)
}

/// The colours (light, dark or the system's) and the text size in percent (100–200).
#[tauri::command]
pub fn set_appearance(
    app: State<'_, App>,
    theme: Theme,
    text_size: u16,
) -> Result<Settings, ApiError> {
    Ok(app.settings()?.set_appearance(theme, text_size)?)
}

#[tauri::command]
pub fn set_auto_lock(app: State<'_, App>, seconds: u32) -> Result<Settings, ApiError> {
    app.set_auto_lock(seconds)
}

/// What the quick exit does with the window: a neutral cover, or hide it (the way back
/// is starting the app again; see `lib.rs`).
#[tauri::command]
pub fn set_quick_exit(app: State<'_, App>, choice: QuickExit) -> Result<Settings, ApiError> {
    Ok(app.settings()?.set_quick_exit(choice)?)
}
