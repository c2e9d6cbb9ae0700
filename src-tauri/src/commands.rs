//! IPC commands: each one maps a contract request onto a core crate call.
//! The names are listed in `waarborg_contract::COMMANDS` (checked by a test).

use chrono::NaiveDate;
use std::path::Path;
use tauri::State;

use waarborg_contract::{
    ApiError, AppInfo, ErrorCode, Language, LanguagePreference, SavedDocument, Settings,
};
use waarborg_documents::{
    Clause, ConsentForm, FieldError, FilledPlan, ParentingPlan, PlanLanguage,
};
use waarborg_guide::{CountryMatch, Deadlines, GuideOverview, Route};

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

#[tauri::command]
pub fn guide_overview(state: State<'_, AppState>) -> Result<GuideOverview, ApiError> {
    Ok(state.guide()?.overview())
}

#[tauri::command]
pub fn guide_route(state: State<'_, AppState>, country: Option<String>) -> Result<Route, ApiError> {
    Ok(state.guide()?.route_for(country.as_deref()))
}

#[tauri::command]
pub fn guide_search_countries(
    state: State<'_, AppState>,
    query: String,
    language: Language,
) -> Result<Vec<CountryMatch>, ApiError> {
    Ok(state.guide()?.search_countries(&query, language))
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

/// Remembers the date of removal for the home-screen countdown (`None` removes it).
/// It is checked like the deadlines themselves: a real date, not after `today`.
#[tauri::command]
pub fn set_removal_date(
    state: State<'_, AppState>,
    removal_date: Option<String>,
    today: String,
) -> Result<Settings, ApiError> {
    if let Some(date) = &removal_date {
        waarborg_guide::deadlines(parse_date(date)?, parse_date(&today)?)?;
    }
    Ok(state.settings()?.set_removal_date(removal_date)?)
}

/// How many days after a planned trip's return date the trip watch waits before asking.
#[tauri::command]
pub fn set_trip_grace(state: State<'_, AppState>, days: u32) -> Result<Settings, ApiError> {
    Ok(state.settings()?.set_trip_grace_days(days)?)
}

/// Every problem with the form (empty when it is ready to print). Problems of
/// severity `needs-confirmation` clear when the parent confirms.
#[tauri::command]
pub fn consent_check(form: ConsentForm, today: String) -> Result<Vec<FieldError>, ApiError> {
    Ok(waarborg_documents::validate(&form, parse_date(&today)?)
        .err()
        .unwrap_or_default())
}

/// Renders the consent form and saves it in the documents folder under a new name.
#[tauri::command]
pub fn consent_save(
    state: State<'_, AppState>,
    form: ConsentForm,
    today: String,
) -> Result<SavedDocument, ApiError> {
    let language = state.settings()?.load_or_default().language;
    let path = waarborg_documents::save_consent_form(
        &form,
        parse_date(&today)?,
        state.documents_dir()?,
        language,
    )?;
    Ok(saved_document(&path))
}

#[tauri::command]
pub fn plan_clauses(state: State<'_, AppState>) -> Result<Vec<Clause>, ApiError> {
    Ok(state.clauses()?.clauses().to_vec())
}

/// Every problem with the plan (empty when it is ready to print).
#[tauri::command]
pub fn plan_check(
    state: State<'_, AppState>,
    plan: ParentingPlan,
) -> Result<Vec<FieldError>, ApiError> {
    Ok(state.clauses()?.fill(&plan).err().unwrap_or_default())
}

#[tauri::command]
pub fn plan_preview(
    state: State<'_, AppState>,
    plan: ParentingPlan,
) -> Result<FilledPlan, ApiError> {
    state.clauses()?.fill(&plan).map_err(|problems| {
        ApiError::new(
            ErrorCode::DocumentsInvalidInput,
            format!("{} problem(s)", problems.len()),
        )
    })
}

#[tauri::command]
pub fn plan_save(
    state: State<'_, AppState>,
    plan: ParentingPlan,
    language: PlanLanguage,
) -> Result<SavedDocument, ApiError> {
    let ui_language = state.settings()?.load_or_default().language;
    let path = waarborg_documents::save_parenting_plan(
        state.clauses()?,
        &plan,
        language,
        state.documents_dir()?,
        ui_language,
    )?;
    Ok(saved_document(&path))
}

pub(crate) fn saved_document(path: &Path) -> SavedDocument {
    SavedDocument {
        file_name: path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: path.to_string_lossy().into_owned(),
    }
}

/// Opens a document in the system viewer, to print. Only files Waarborg saved in its
/// own documents folder: the webview cannot make the shell open anything else.
#[tauri::command]
pub fn open_document(state: State<'_, AppState>, path: String) -> Result<(), ApiError> {
    let refuse = |why: String| ApiError::new(ErrorCode::DocumentsOpenFailed, why);
    let file = waarborg_documents::saved_pdf_in(state.documents_dir()?, Path::new(&path))
        .ok_or_else(|| refuse(format!("{path:?} is not a document saved by Waarborg")))?;
    open::that_detached(&file).map_err(|e| refuse(e.to_string()))
}

pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|err| ApiError::new(ErrorCode::InvalidDate, format!("{text:?}: {err}")))
}
