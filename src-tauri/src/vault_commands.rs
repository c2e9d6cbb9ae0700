//! IPC commands of the vault: each maps a request onto `waarborg_vault` and turns its
//! error into `{code: "vault-…", message}`. Slow ones (key derivation, import, verify,
//! dialogs) are `async` so the window keeps painting.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use uuid::Uuid;
use waarborg_contract::{
    ApiError, ErrorCode, ImportProblem, ImportSummary, Language, LockReason, NewVault,
    PresentedItem, Reporter, SavedDocument, Settings, Text, VaultEvent, VaultState, VaultStatus,
};
use waarborg_documents::{
    CaseTimeline, PoliceSheet, SheetDocument, SheetPerson, SheetTrip, TimelineEntry,
};
use waarborg_vault::{
    CreateOptions, DEFAULT_WORK_FACTOR, DeviceKeychain, Item, ItemDescription, ItemDetail,
    ItemFacets, ItemQuery, ItemSummary, LogEntry, Record, RecordKind, SecretString, StepLogEntry,
    StoredRecord, UnlockError, Vault, VerifyReport,
};

use crate::state::AppState;
use crate::vault_session::VaultSession;

/// Errors of `waarborg_vault`, which each carry a stable code.
pub trait VaultFailure: std::fmt::Display {
    fn vault_code(&self) -> &'static str;
}

macro_rules! vault_failures {
    ($($ty:ty),*) => {
        $(impl VaultFailure for $ty {
            fn vault_code(&self) -> &'static str {
                self.code()
            }
        })*
    };
}

vault_failures!(
    waarborg_vault::CreateError,
    UnlockError,
    waarborg_vault::ImportError,
    waarborg_vault::ItemError,
    waarborg_vault::RecordError,
    waarborg_vault::LogError,
    waarborg_vault::KeychainError,
    waarborg_vault::KeyError,
    waarborg_vault::IoFailure,
    waarborg_package::PackageError
);

/// The contract error for a vault error: `vault-<code>`, with the English detail.
pub fn vault_error(err: &impl VaultFailure) -> ApiError {
    let code = ErrorCode::from_vault_code(err.vault_code()).unwrap_or(ErrorCode::Internal);
    ApiError::new(code, err.to_string())
}

pub(crate) fn invalid(what: &str) -> ApiError {
    ApiError::new(ErrorCode::VaultInvalidInput, what)
}

pub(crate) fn parse_id(id: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(id).map_err(|_| invalid("not an item or record id"))
}

/// The folder of the vault in use: the one chosen in settings, else the default.
pub(crate) fn vault_dir(state: &AppState) -> Result<PathBuf, ApiError> {
    dir_in(state, &state.settings()?.load_or_default())
}

fn dir_in(state: &AppState, settings: &Settings) -> Result<PathBuf, ApiError> {
    match &settings.vault_dir {
        Some(dir) => Ok(PathBuf::from(dir)),
        None => state.default_vault_dir().cloned(),
    }
}

pub(crate) fn status(
    state: &AppState,
    session: &VaultSession,
    notice: Option<ApiError>,
) -> Result<VaultStatus, ApiError> {
    // Settings are read once per status (they are a file).
    let settings = state.settings()?.load_or_default();
    let dir = dir_in(state, &settings)?;
    // Reading the status is not the parent using the vault: the idle clock runs on.
    let log_head = session
        .unattended(|open| Ok(open.vault.log_head()))
        .ok()
        .flatten();
    let state_now = if session.is_unlocked() {
        VaultState::Unlocked
    } else {
        match waarborg_vault::read_info(&dir) {
            Err(UnlockError::NotAVault { .. }) => VaultState::Missing,
            _ => VaultState::Locked,
        }
    };
    Ok(VaultStatus {
        state: state_now,
        dir: dir.to_string_lossy().into_owned(),
        default_dir: state
            .default_vault_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
        log_head,
        auto_lock_seconds: settings.auto_lock_seconds,
        presenting: session.is_presenting(),
        notice,
    })
}

/// Stores the key in this device's keychain; a failure is a notice, not an error:
/// the vault itself is fine and opens with the passphrase.
fn remember(vault: &Vault) -> Option<ApiError> {
    DeviceKeychain::native()
        .and_then(|keychain| vault.remember_on_device(&keychain))
        .err()
        .map(|e| vault_error(&e))
}

#[tauri::command]
pub fn vault_status(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
) -> Result<VaultStatus, ApiError> {
    status(&state, &session, None)
}

#[tauri::command(async)]
pub fn vault_choose_folder(
    app: AppHandle,
    session: State<'_, VaultSession>,
) -> Result<Option<String>, ApiError> {
    session.refuse_while_presenting()?;
    let picked = app.dialog().file().blocking_pick_folder();
    picked
        .map(|p| {
            p.into_path()
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| ApiError::new(ErrorCode::DialogFailed, e.to_string()))
        })
        .transpose()
}

#[tauri::command(async)]
pub fn vault_create(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    vault: NewVault,
) -> Result<VaultStatus, ApiError> {
    let NewVault {
        dir,
        passphrase,
        recovery_keys,
        remember_on_device,
    } = vault;
    let passphrase = SecretString::from(passphrase);
    session.refuse_while_presenting()?;
    if waarborg_vault::ExposeSecret::expose_secret(&passphrase).is_empty() {
        return Err(invalid("empty passphrase"));
    }
    let dir = PathBuf::from(dir.trim());
    if dir.as_os_str().is_empty() || !dir.is_absolute() {
        return Err(invalid("the vault folder must be a full path"));
    }
    let options = CreateOptions {
        work_factor: DEFAULT_WORK_FACTOR,
        recovery_recipients: recovery_keys
            .into_iter()
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .collect(),
    };
    session.lock_vault(LockReason::Asked);
    let created = Vault::create(&dir, &passphrase, &options).map_err(|e| vault_error(&e))?;
    let notice = remember_on_device.then(|| remember(&created)).flatten();
    state
        .settings()?
        .set_vault_dir(Some(dir.to_string_lossy().into_owned()))?;
    session.set_open(created);
    status(&state, &session, notice)
}

#[tauri::command]
pub fn vault_use_folder(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    dir: String,
) -> Result<VaultStatus, ApiError> {
    session.refuse_while_presenting()?;
    let dir = PathBuf::from(dir.trim());
    waarborg_vault::read_info(&dir).map_err(|e| vault_error(&e))?;
    session.lock_vault(LockReason::Asked);
    state
        .settings()?
        .set_vault_dir(Some(dir.to_string_lossy().into_owned()))?;
    status(&state, &session, None)
}

#[tauri::command(async)]
pub fn vault_unlock(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    passphrase: String,
    remember_on_device: bool,
) -> Result<VaultStatus, ApiError> {
    let passphrase = SecretString::from(passphrase);
    let dir = vault_dir(&state)?;
    let vault = Vault::unlock(&dir, &passphrase).map_err(|e| vault_error(&e))?;
    let notice = remember_on_device.then(|| remember(&vault)).flatten();
    session.set_open(vault);
    session.passphrase_entered();
    status(&state, &session, notice)
}

#[tauri::command(async)]
pub fn vault_unlock_with_device(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
) -> Result<VaultStatus, ApiError> {
    // A presentation ended by a lock is left with the passphrase, not the keychain.
    if session.passphrase_required() {
        return Err(ApiError::new(
            ErrorCode::VaultPresenting,
            "a presentation was locked: unlock with the passphrase",
        ));
    }
    let dir = vault_dir(&state)?;
    let keychain = DeviceKeychain::native().map_err(|e| vault_error(&e))?;
    let vault = Vault::unlock_with_keychain(&dir, &keychain).map_err(|e| vault_error(&e))?;
    session.set_open(vault);
    status(&state, &session, None)
}

#[tauri::command(async)]
pub fn vault_forget_device(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
) -> Result<VaultStatus, ApiError> {
    session.refuse_while_presenting()?;
    let dir = vault_dir(&state)?;
    DeviceKeychain::native()
        .and_then(|keychain| keychain.forget(&dir))
        .map_err(|e| vault_error(&e))?;
    status(&state, &session, None)
}

#[tauri::command]
pub fn vault_lock(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    reason: LockReason,
) -> Result<VaultStatus, ApiError> {
    session.lock_vault(reason);
    status(&state, &session, None)
}

#[tauri::command]
pub fn vault_touch(session: State<'_, VaultSession>) {
    session.touch();
}

#[tauri::command]
pub fn vault_subscribe(session: State<'_, VaultSession>, on_event: Channel<VaultEvent>) {
    session.subscribe(on_event);
}

#[tauri::command(async)]
pub fn vault_pick_files(
    app: AppHandle,
    session: State<'_, VaultSession>,
    folders: bool,
) -> Result<Vec<String>, ApiError> {
    session.refuse_while_presenting()?;
    let dialog = app.dialog().file();
    let picked = if folders {
        dialog.blocking_pick_folders()
    } else {
        dialog.blocking_pick_files()
    };
    picked
        .unwrap_or_default()
        .into_iter()
        .map(|p| {
            p.into_path()
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| ApiError::new(ErrorCode::DialogFailed, e.to_string()))
        })
        .collect()
}

/// The files to import for what was picked or dropped: files as they are, folders with
/// every regular file inside (hidden files and links skipped), in name order.
fn files_to_import(paths: &[String]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths.iter().map(Path::new) {
        if path.is_dir() {
            let walk = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                });
            files.extend(
                walk.flatten()
                    .filter(|e| e.file_type().is_file())
                    .map(walkdir::DirEntry::into_path),
            );
        } else {
            // Missing or unreadable files are reported by the import itself.
            files.push(path.to_owned());
        }
    }
    files
}

/// Progress events at most this often (a 1 GiB file has 4,096 chunks).
const PROGRESS_INTERVAL: Duration = Duration::from_millis(100);

#[tauri::command(async)]
pub fn vault_import(
    session: State<'_, VaultSession>,
    paths: Vec<String>,
) -> Result<ImportSummary, ApiError> {
    session.refuse_while_presenting()?;
    let _guard = session
        .begin_import()
        .ok_or_else(|| invalid("an import is already running"))?;
    let files = files_to_import(&paths);
    let sizes: Vec<u64> = files
        .iter()
        .map(|f| f.metadata().map(|m| m.len()).unwrap_or(0))
        .collect();
    let total_bytes = sizes.iter().sum();
    session.send(VaultEvent::ImportStarted {
        files: u32::try_from(files.len()).unwrap_or(u32::MAX),
        total_bytes,
    });
    let mut summary = ImportSummary::default();
    let mut total_done = 0u64;
    for (index, (file, &file_bytes)) in files.iter().zip(&sizes).enumerate() {
        if session.import_cancelled() {
            summary.cancelled = true;
            break;
        }
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut last_sent = Instant::now();
        let mut progress = |file_done: u64| {
            if last_sent.elapsed() >= PROGRESS_INTERVAL {
                last_sent = Instant::now();
                session.send(VaultEvent::ImportProgress {
                    index,
                    name: name.clone(),
                    file_done,
                    file_bytes,
                    total_done: total_done + file_done,
                });
            }
            if session.import_cancelled() {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        };
        let description = waarborg_vault::suggest_description(file);
        let result = session.with(|open| {
            Ok(open
                .vault
                .import_file_with_progress(file, description, &mut progress))
        })?;
        total_done += file_bytes;
        match result {
            Ok(item) => summary.imported.push(item.id.to_string()),
            Err(waarborg_vault::ImportError::Cancelled { .. }) => {
                summary.cancelled = true;
                break;
            }
            Err(err) => {
                let existing_item = match &err {
                    waarborg_vault::ImportError::Duplicate { existing, .. } => {
                        Some(existing.clone())
                    }
                    _ => None,
                };
                summary.problems.push(ImportProblem {
                    path: file.to_string_lossy().into_owned(),
                    error: vault_error(&err),
                    existing_item,
                });
            }
        }
    }
    session.send(VaultEvent::ImportFinished {
        summary: summary.clone(),
    });
    Ok(summary)
}

#[tauri::command]
pub fn vault_cancel_import(session: State<'_, VaultSession>) {
    session.cancel_import();
}

#[tauri::command]
pub fn vault_items(
    session: State<'_, VaultSession>,
    query: ItemQuery,
) -> Result<Vec<ItemSummary>, ApiError> {
    session.with(|open| Ok(open.vault.query_items(&query)))
}

#[tauri::command]
pub fn vault_facets(session: State<'_, VaultSession>) -> Result<ItemFacets, ApiError> {
    session.with(|open| Ok(open.vault.item_facets()))
}

/// One item with its log. `view` is true when the parent opens the item's page: that is
/// logged as a view (describing items right after an import is not).
#[tauri::command(async)]
pub fn vault_item(
    session: State<'_, VaultSession>,
    id: String,
    view: bool,
) -> Result<ItemDetail, ApiError> {
    let id = parse_id(&id)?;
    session.with(|open| {
        if view {
            open.vault.log_view(id).map_err(|e| vault_error(&e))?;
        }
        let item = open.vault.item(id).map_err(|e| vault_error(&e))?.clone();
        let log = open
            .vault
            .log_entries_about(id)
            .map_err(|e| vault_error(&e))?;
        Ok(ItemDetail { item, log })
    })
}

#[tauri::command]
pub fn vault_edit_item(
    session: State<'_, VaultSession>,
    id: String,
    description: ItemDescription,
) -> Result<Item, ApiError> {
    let id = parse_id(&id)?;
    if description.title.trim().is_empty() {
        return Err(invalid("an item needs a title"));
    }
    session.with(|open| {
        open.vault
            .edit_item(id, description)
            .cloned()
            .map_err(|e| vault_error(&e))
    })
}

#[tauri::command]
pub fn vault_trash_item(session: State<'_, VaultSession>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    session.with(|open| open.vault.trash_item(id).map_err(|e| vault_error(&e)))
}

#[tauri::command]
pub fn vault_restore_item(session: State<'_, VaultSession>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    session.with(|open| open.vault.restore_item(id).map_err(|e| vault_error(&e)))
}

#[tauri::command]
pub fn vault_purge_item(session: State<'_, VaultSession>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    session.with(|open| open.vault.purge_item(id).map_err(|e| vault_error(&e)))
}

/// Decrypts a copy into the private viewer folder and opens it. The window warns the
/// parent first; the folder is deleted when the vault locks.
#[tauri::command(async)]
pub fn vault_open_external(session: State<'_, VaultSession>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    let path = session.with(|open| {
        let dir = open.viewer_dir()?;
        let name = open
            .vault
            .item(id)
            .map_err(|e| vault_error(&e))?
            .facts
            .original_name
            .clone();
        let extension = Path::new(&name)
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy()))
            .unwrap_or_default();
        let path = dir.join(format!("{id}{extension}"));
        if !path.exists() {
            open.vault
                .open_item(id, &path)
                .map_err(|e| vault_error(&e))?;
        }
        Ok(path)
    })?;
    open::that_detached(&path)
        .map_err(|e| ApiError::new(ErrorCode::DocumentsOpenFailed, e.to_string()))
}

#[tauri::command]
pub fn vault_records(
    session: State<'_, VaultSession>,
    kind: RecordKind,
) -> Result<Vec<StoredRecord>, ApiError> {
    session.with(|open| {
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
    session: State<'_, VaultSession>,
    id: Option<String>,
    record: Record,
) -> Result<StoredRecord, ApiError> {
    let id = id.as_deref().map(parse_id).transpose()?;
    session.with(|open| {
        let saved = match id {
            Some(id) => open.vault.update_record(id, record),
            None => open.vault.create_record(record),
        };
        saved.cloned().map_err(|e| vault_error(&e))
    })
}

#[tauri::command]
pub fn vault_delete_record(session: State<'_, VaultSession>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    session.with(|open| open.vault.delete_record(id).map_err(|e| vault_error(&e)))
}

#[tauri::command]
pub fn vault_search_journal(
    session: State<'_, VaultSession>,
    text: String,
) -> Result<Vec<StoredRecord>, ApiError> {
    session.with(|open| {
        Ok(open
            .vault
            .search_journal(&text)
            .into_iter()
            .cloned()
            .collect())
    })
}

#[tauri::command(async)]
pub fn vault_verify(session: State<'_, VaultSession>) -> Result<VerifyReport, ApiError> {
    session.with(|open| open.vault.verify().map_err(|e| vault_error(&e)))
}

#[tauri::command(async)]
pub fn vault_log(session: State<'_, VaultSession>) -> Result<Vec<LogEntry>, ApiError> {
    session.with(|open| open.vault.log_entries().map_err(|e| vault_error(&e)))
}

#[tauri::command]
pub fn set_auto_lock(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    seconds: u32,
) -> Result<Settings, ApiError> {
    let settings = state.settings()?.set_auto_lock_seconds(seconds)?;
    session.set_auto_lock_seconds(settings.auto_lock_seconds);
    Ok(settings)
}

/// Keeps a copy of a document Waarborg saved (a consent form, a parenting plan) in the
/// vault as an official document, and logs that it was generated. Only PDFs in
/// Waarborg's own documents folder: the webview cannot import arbitrary files this way.
#[tauri::command(async)]
pub fn vault_keep_document(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    path: String,
    what: String,
) -> Result<Item, ApiError> {
    let file = waarborg_documents::saved_pdf_in(state.documents_dir()?, Path::new(&path))
        .ok_or_else(|| invalid("not a document saved by Waarborg"))?;
    let mut description = waarborg_vault::suggest_description(&file);
    description.category = waarborg_vault::Category::OfficialDocuments;
    description.provenance = waarborg_vault::Provenance {
        source_kind: waarborg_vault::SourceKind::OwnDevice,
        details: format!("Made with Waarborg: {}", what.trim()),
    };
    session.with(|open| {
        let item = open
            .vault
            .import_file(&file, description)
            .map_err(|e| vault_error(&e))?;
        open.vault
            .log_event(
                waarborg_vault::LogKind::DocumentGenerated,
                Some(item.id),
                what.trim(),
            )
            .map_err(|e| vault_error(&e))?;
        Ok(item)
    })
}

/// The case timeline PDF: every logged step of the guide in time order, with the step's
/// title in both languages and the custody-log head, saved in the documents folder.
#[tauri::command(async)]
pub fn vault_case_timeline(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    today: String,
) -> Result<SavedDocument, ApiError> {
    let today = crate::commands::parse_date(&today)?;
    let guide = state.guide()?;
    let settings = state.settings()?.load_or_default();
    let (steps, log_head, case_title) = session.with(|open| {
        let steps: Vec<StepLogEntry> = open
            .vault
            .records(Some(RecordKind::Step))
            .into_iter()
            .filter_map(|r| match &r.record {
                Record::Step(step) => Some(step.clone()),
                _ => None,
            })
            .collect();
        // The case is named after the child (the first child profile), when there is one.
        let child = open
            .vault
            .records(Some(RecordKind::Person))
            .into_iter()
            .find_map(|r| match &r.record {
                Record::Person(p) if p.role == waarborg_vault::PersonRole::Child => Some(
                    format!("{} {}", p.given_names, p.family_name)
                        .trim()
                        .to_owned(),
                ),
                _ => None,
            })
            .unwrap_or_default();
        Ok((steps, open.vault.log_head(), child))
    })?;
    let entries = steps
        .into_iter()
        .map(|step| {
            let title = guide.all_steps().find(|s| s.id() == step.step_id);
            TimelineEntry {
                when: step.taken_at.replace('T', " "),
                step: Text {
                    nl: title.map_or_else(
                        || step.step_id.clone(),
                        |s| s.title(Language::Nl).to_owned(),
                    ),
                    en: title.map_or_else(
                        || step.step_id.clone(),
                        |s| s.title(Language::En).to_owned(),
                    ),
                },
                done: step.done,
                spoke_to: step.spoke_to,
                reference: step.reference,
                outcome: step.outcome,
                notes: step.notes,
            }
        })
        .collect();
    let timeline = CaseTimeline {
        case_title,
        removal_date: settings
            .removal_date
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        destination: None,
        generated_on: today,
        log_head,
        entries,
    };
    let path = waarborg_documents::save_case_timeline(
        &timeline,
        state.documents_dir()?,
        settings.language,
    )?;
    Ok(crate::commands::saved_document(&path))
}

/// The police information sheet: the children and the other parent from their profiles
/// (with a photo), the trips, the official documents held, and the reporting parent.
/// What the vault does not hold is printed as "not filled in", never guessed.
#[tauri::command(async)]
pub fn vault_police_sheet(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    today: String,
    reporter: Reporter,
) -> Result<SavedDocument, ApiError> {
    let today = crate::commands::parse_date(&today)?;
    let settings = state.settings()?.load_or_default();
    let mut sheet = session.with(|open| {
        let vault = &open.vault;
        let person = |p: &waarborg_vault::PersonProfile| sheet_person(vault, p);
        let mut sheet = PoliceSheet::default();
        for stored in vault.records(Some(RecordKind::Person)) {
            if let Record::Person(p) = &stored.record {
                match p.role {
                    waarborg_vault::PersonRole::Child => sheet.children.push(person(p)),
                    waarborg_vault::PersonRole::OtherParent if sheet.other_parent.is_none() => {
                        sheet.other_parent = Some(person(p));
                    }
                    _ => {}
                }
            }
        }
        for stored in vault.records(Some(RecordKind::Travel)) {
            if let Record::Travel(t) = &stored.record {
                sheet.trips.push(SheetTrip {
                    title: t.title.clone(),
                    departure: t.departure_date,
                    return_date: t.return_date,
                    destination: join_filled(&[&t.destination_place, &t.destination_country], ", "),
                    flight: join_filled(&[&t.carrier, &t.flight_number], " "),
                    address: t.address.clone(),
                });
            }
        }
        sheet.court_orders = vault
            .query_items(&ItemQuery {
                category: Some(waarborg_vault::Category::OfficialDocuments),
                sort: waarborg_vault::ItemSort::EventDate,
                ..ItemQuery::default()
            })
            .into_iter()
            .map(|i| {
                if i.title.is_empty() {
                    i.original_name
                } else {
                    i.title
                }
            })
            .collect();
        Ok(sheet)
    })?;
    sheet.reporting_parent_name = reporter.name.trim().to_owned();
    sheet.reporting_parent_phone = reporter.phone.trim().to_owned();
    sheet.reporting_parent_email = reporter.email.trim().to_owned();
    sheet.removal_date = settings
        .removal_date
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    sheet.generated_on = today;
    let path =
        waarborg_documents::save_police_sheet(&sheet, state.documents_dir()?, settings.language)?;
    Ok(crate::commands::saved_document(&path))
}

/// A profile as the police sheet prints it; the photo is the first linked photo's
/// thumbnail (a JPEG).
fn sheet_person(vault: &Vault, p: &waarborg_vault::PersonProfile) -> SheetPerson {
    SheetPerson {
        full_name: format!("{} {}", p.given_names, p.family_name)
            .trim()
            .to_owned(),
        other_names: p.other_names.clone(),
        birth_date: p.birth_date,
        birth_place: p.birth_place.clone(),
        nationalities: p.nationalities.clone(),
        documents: p
            .documents
            .iter()
            .map(|d| SheetDocument {
                kind: match d.kind {
                    waarborg_vault::DocumentKind::Passport => "Paspoort / Passport",
                    waarborg_vault::DocumentKind::IdentityCard => {
                        "Identiteitskaart / Identity card"
                    }
                    waarborg_vault::DocumentKind::ResidencePermit => {
                        "Verblijfsvergunning / Residence permit"
                    }
                    waarborg_vault::DocumentKind::Other => "Document",
                }
                .to_owned(),
                number: d.number.clone(),
                issuing_country: d.issuing_country.clone(),
                expires_on: d.expires_on,
            })
            .collect(),
        description: p.description.clone(),
        addresses: p
            .addresses
            .iter()
            .map(|a| {
                join_filled(
                    &[&a.label, &a.street, &a.postal_code, &a.city, &a.country],
                    ", ",
                )
            })
            .filter(|a| !a.is_empty())
            .collect(),
        phones: p.phones.clone(),
        vehicles: p
            .vehicles
            .iter()
            .map(|v| join_filled(&[&v.description, &v.licence_plate, &v.country], ", "))
            .filter(|v| !v.is_empty())
            .collect(),
        family_abroad: p
            .family_abroad
            .iter()
            .map(|r| {
                join_filled(
                    &[&r.name, &r.relation, &r.country, &r.address, &r.phone],
                    ", ",
                )
            })
            .filter(|r| !r.is_empty())
            .collect(),
        photo_jpeg: p
            .photo_items
            .iter()
            .find_map(|id| vault.thumbnail(*id).ok().flatten()),
    }
}

/// Presentation mode: only `ids` can be read until the parent leaves with the
/// passphrase or locks (see `VaultSession`). The window goes full screen.
#[tauri::command]
pub fn vault_present_start(
    window: tauri::WebviewWindow,
    session: State<'_, VaultSession>,
    ids: Vec<String>,
) -> Result<Vec<PresentedItem>, ApiError> {
    let ids: Vec<Uuid> = ids
        .iter()
        .map(|id| parse_id(id))
        .collect::<Result<_, _>>()?;
    let leave = window.clone();
    session.start_presenting(
        &ids,
        Box::new(move || {
            // The window may already be closing (the app exits): nothing to undo then.
            let _ = leave.set_fullscreen(false);
        }),
    )?;
    // Without full screen (a window manager that refuses it) the presentation still runs.
    let _ = window.set_fullscreen(true);
    presented_items(&session)
}

#[tauri::command]
pub fn vault_present_items(
    session: State<'_, VaultSession>,
) -> Result<Vec<PresentedItem>, ApiError> {
    presented_items(&session)
}

/// A presented item is on screen: logged as a view, once per presentation (the
/// `vault:` scheme that serves its bytes logs nothing).
#[tauri::command]
pub fn vault_present_view(session: State<'_, VaultSession>, id: String) -> Result<(), ApiError> {
    let id = parse_id(&id)?;
    if session.first_view(id)? {
        session.with_presented(|open, _| open.vault.log_view(id).map_err(|e| vault_error(&e)))?;
    }
    Ok(())
}

/// Leaves presentation mode when `passphrase` is the vault's (slow by design: scrypt,
/// run without holding the vault, so a lock is never kept waiting).
#[tauri::command(async)]
pub fn vault_present_end(
    state: State<'_, AppState>,
    session: State<'_, VaultSession>,
    passphrase: String,
) -> Result<VaultStatus, ApiError> {
    let passphrase = SecretString::from(passphrase);
    let check = session.with_presented(|open, _| Ok(open.vault.passphrase_check()))?;
    check.check(&passphrase).map_err(|e| vault_error(&e))?;
    session.end_presenting();
    status(&state, &session, None)
}

fn presented_items(session: &VaultSession) -> Result<Vec<PresentedItem>, ApiError> {
    session.with_presented(|open, ids| {
        ids.iter()
            .map(|id| {
                let item = open.vault.item(*id).map_err(|e| vault_error(&e))?;
                let facts = &item.facts;
                Ok(PresentedItem {
                    id: id.to_string(),
                    title: if item.description.title.trim().is_empty() {
                        facts.original_name.clone()
                    } else {
                        item.description.title.clone()
                    },
                    event_date: item.description.event_date.map(|d| d.to_string()),
                    original_name: facts.original_name.clone(),
                    media_type: facts.media_type.clone(),
                    size: facts.size,
                    sha256: facts.sha256.clone(),
                })
            })
            .collect()
    })
}

/// The parts that are filled in, joined: empty fields leave no stray separators.
fn join_filled(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::join_filled;

    #[test]
    fn only_filled_parts_are_joined() {
        assert_eq!(
            join_filled(&["", " Casablanca ", "", "Morocco"], ", "),
            "Casablanca, Morocco"
        );
        assert_eq!(join_filled(&["", "  "], " "), "");
    }
}
