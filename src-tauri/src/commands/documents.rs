//! Printable documents: the consent form, the parenting plan, and the PDFs made from
//! the vault (case timeline, police sheet); a saved one can be kept in the vault.

use tauri::State;
use waarborg_app::{App, parse_date, saved_document};
use waarborg_contract::{ApiError, ErrorCode, Reporter, SavedDocument};
use waarborg_documents::{
    Clause, ConsentForm, FieldError, FilledPlan, ParentingPlan, PlanLanguage,
};
use waarborg_vault::Item;

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
    app: State<'_, App>,
    form: ConsentForm,
    today: String,
) -> Result<SavedDocument, ApiError> {
    let path = waarborg_documents::save_consent_form(
        &form,
        parse_date(&today)?,
        app.documents_dir()?,
        app.language(),
    )?;
    Ok(saved_document(&path))
}

#[tauri::command]
pub fn plan_clauses(app: State<'_, App>) -> Result<Vec<Clause>, ApiError> {
    Ok(app.clauses()?.clauses().to_vec())
}

/// Every problem with the plan (empty when it is ready to print).
#[tauri::command]
pub fn plan_check(app: State<'_, App>, plan: ParentingPlan) -> Result<Vec<FieldError>, ApiError> {
    Ok(app.clauses()?.fill(&plan).err().unwrap_or_default())
}

#[tauri::command]
pub fn plan_preview(app: State<'_, App>, plan: ParentingPlan) -> Result<FilledPlan, ApiError> {
    app.clauses()?.fill(&plan).map_err(|problems| {
        let detail = format!("{} problem(s)", problems.len());
        ApiError::new(ErrorCode::DocumentsInvalidInput, detail)
    })
}

#[tauri::command]
pub fn plan_save(
    app: State<'_, App>,
    plan: ParentingPlan,
    language: PlanLanguage,
) -> Result<SavedDocument, ApiError> {
    let path = waarborg_documents::save_parenting_plan(
        app.clauses()?,
        &plan,
        language,
        app.documents_dir()?,
        app.language(),
    )?;
    Ok(saved_document(&path))
}

/// Opens a document in the system viewer, to print. Only files Waarborg saved in its
/// own documents folder: the webview cannot make the shell open anything else.
#[tauri::command]
pub fn open_document(app: State<'_, App>, path: String) -> Result<(), ApiError> {
    let file = app.own_pdf(&path)?.ok_or_else(|| {
        let why = format!("{path:?} is not a document saved by Waarborg");
        ApiError::new(ErrorCode::DocumentsOpenFailed, why)
    })?;
    crate::system::open_in_system_viewer(&file)
}

#[tauri::command(async)]
pub fn vault_keep_document(
    app: State<'_, App>,
    path: String,
    what: String,
) -> Result<Item, ApiError> {
    app.keep_document(&path, &what)
}

#[tauri::command(async)]
pub fn vault_case_timeline(app: State<'_, App>, today: String) -> Result<SavedDocument, ApiError> {
    app.case_timeline(&today)
}

#[tauri::command(async)]
pub fn vault_police_sheet(
    app: State<'_, App>,
    today: String,
    reporter: Reporter,
) -> Result<SavedDocument, ApiError> {
    app.police_sheet(&today, reporter)
}
