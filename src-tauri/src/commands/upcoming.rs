//! What is coming up on the home screen, and the same dates as a calendar file.

use std::path::PathBuf;

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use waarborg_app::App;
use waarborg_contract::{ApiError, Settings};
use waarborg_vault::Upcoming;

use crate::system::dialog_path;

/// `today` is the parent's local date (`YYYY-MM-DD`).
#[tauri::command]
pub fn upcoming(app: State<'_, App>, today: String) -> Result<Upcoming, ApiError> {
    app.upcoming(&today)
}

/// A save dialog for `waarborg.ics`, then the dates written there; `None` when the
/// parent cancelled.
#[tauri::command(async)]
pub fn upcoming_save_ics(
    handle: AppHandle,
    app: State<'_, App>,
    today: String,
    full_titles: bool,
) -> Result<Option<String>, ApiError> {
    let picked = handle
        .dialog()
        .file()
        .add_filter("iCalendar", &["ics"])
        .set_file_name("waarborg.ics")
        .blocking_save_file();
    let Some(path) = picked.map(dialog_path).transpose()? else {
        return Ok(None);
    };
    let saved = app.save_upcoming_ics(&today, &PathBuf::from(path), full_titles)?;
    Ok(Some(saved.to_string_lossy().into_owned()))
}

/// Days after the last backup before the home screen reminds the parent (0: never).
#[tauri::command]
pub fn set_backup_reminder(app: State<'_, App>, days: u32) -> Result<Settings, ApiError> {
    Ok(app.settings()?.set_backup_reminder_days(days)?)
}
