//! Records: the journal, people and travel (and the guide's step log).

use tauri::State;
use waarborg_app::{App, parse_id};
use waarborg_contract::ApiError;
use waarborg_vault::{Record, RecordKind, StoredRecord};

#[tauri::command]
pub fn vault_records(app: State<'_, App>, kind: RecordKind) -> Result<Vec<StoredRecord>, ApiError> {
    app.session().with(|open| {
        Ok(open
            .vault
            .records(Some(kind))
            .into_iter()
            .cloned()
            .collect())
    })
}

#[tauri::command]
pub fn vault_save_record(
    app: State<'_, App>,
    id: Option<String>,
    record: Record,
) -> Result<StoredRecord, ApiError> {
    let id = id.as_deref().map(parse_id).transpose()?;
    app.session().with(|open| {
        let saved = match id {
            Some(id) => open.vault.update_record(id, record),
            None => open.vault.create_record(record),
        };
        Ok(saved?.clone())
    })
}

/// Moves the record to the trash.
#[tauri::command]
pub fn vault_delete_record(app: State<'_, App>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    app.session().with(|open| Ok(open.vault.delete_record(id)?))
}

#[tauri::command]
pub fn vault_trashed_records(app: State<'_, App>) -> Result<Vec<StoredRecord>, ApiError> {
    app.session().with(|open| {
        Ok(open
            .vault
            .trashed_records(None)
            .into_iter()
            .cloned()
            .collect())
    })
}

#[tauri::command]
pub fn vault_restore_record(app: State<'_, App>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    app.session()
        .with(|open| Ok(open.vault.restore_record(id)?))
}

#[tauri::command]
pub fn vault_purge_record(app: State<'_, App>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    app.session().with(|open| Ok(open.vault.purge_record(id)?))
}

/// Journal entries with `text`, newest event first.
#[tauri::command]
pub fn vault_search_journal(
    app: State<'_, App>,
    text: String,
) -> Result<Vec<StoredRecord>, ApiError> {
    app.session().with(|open| {
        Ok(open
            .vault
            .search_journal(&text)
            .into_iter()
            .cloned()
            .collect())
    })
}
