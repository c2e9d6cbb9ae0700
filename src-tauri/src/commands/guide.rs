//! The emergency guide: usable without a vault.

use tauri::State;
use waarborg_app::{App, parse_date};
use waarborg_contract::{ApiError, Language};
use waarborg_guide::{CountryMatch, Deadlines, GuideOverview, Route};

#[tauri::command]
pub fn guide_overview(app: State<'_, App>) -> Result<GuideOverview, ApiError> {
    Ok(app.guide()?.overview())
}

#[tauri::command]
pub fn guide_route(app: State<'_, App>, country: Option<String>) -> Result<Route, ApiError> {
    Ok(app.guide()?.route_for(country.as_deref()))
}

#[tauri::command]
pub fn guide_search_countries(
    app: State<'_, App>,
    query: String,
    language: Language,
) -> Result<Vec<CountryMatch>, ApiError> {
    Ok(app.guide()?.search_countries(&query, language))
}

/// Both dates come from the parent's local calendar (the UI's "today"), so the
/// countdown matches the calendar on their wall.
#[tauri::command]
pub fn guide_deadlines(removal_date: String, today: String) -> Result<Deadlines, ApiError> {
    Ok(waarborg_guide::deadlines(
        parse_date(&removal_date)?,
        parse_date(&today)?,
    )?)
}
