//! The thin Tauri shell over the Waarborg core crates: it parses the command line,
//! wires state and IPC commands, and opens the window. Logic lives in the crates
//! under `crates/`; each command here is a few lines that call into them.

mod cli;
mod commands;
mod form_cli;
mod handover;
mod os_signals;
mod state;
mod trip_alerts;
mod vault_cli;
mod vault_commands;
mod vault_protocol;
mod vault_session;

use std::process::ExitCode;

use tauri::Manager;

/// Entry point of the `waarborg` binary.
pub fn main() -> ExitCode {
    match cli::parse() {
        cli::Invocation::OpenWindow => run_app(),
        cli::Invocation::Exit(code) => code,
    }
}

fn run_app() -> ExitCode {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .register_asynchronous_uri_scheme_protocol(vault_protocol::SCHEME, vault_protocol::handle)
        .on_window_event(|window, event| {
            // Files dropped onto the window go to the vault import (the window decides).
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
                window.state::<vault_session::VaultSession>().send(
                    waarborg_contract::VaultEvent::Dropped {
                        paths: paths
                            .iter()
                            .map(|p| p.to_string_lossy().into_owned())
                            .collect(),
                    },
                );
            }
        })
        .setup(|app| {
            let paths = app.path();
            let documents_dir = paths
                .document_dir()
                .map(|dir| dir.join("Waarborg"))
                .or_else(|_| paths.app_data_dir().map(|dir| dir.join("documents")))
                .ok();
            let state = state::AppState::new(paths.app_config_dir(), documents_dir);
            let auto_lock = state
                .settings()
                .map(|s| s.load_or_default().auto_lock_seconds)
                .unwrap_or(waarborg_settings::DEFAULT_AUTO_LOCK_SECONDS);
            app.manage(state);
            app.manage(vault_session::VaultSession::new(auto_lock));
            app.manage(handover::PackageSession::default());
            // The OS says the session locks or the computer sleeps: lock at once.
            let on_os_lock = app.handle().clone();
            os_signals::watch(move |_cause| {
                on_os_lock
                    .state::<vault_session::VaultSession>()
                    .lock_vault(waarborg_contract::LockReason::System);
            });
            // The idle lock runs here, not in the window: it holds even when the window
            // is hidden or its timers are throttled. The trip watch's desktop notice is
            // checked on the same clock, once a minute.
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                let mut announced = std::collections::HashSet::new();
                for tick in 0u64.. {
                    std::thread::sleep(std::time::Duration::from_secs(1));
                    let session = handle.state::<vault_session::VaultSession>();
                    session.lock_if_idle();
                    if tick % 60 == 5 {
                        let state = handle.state::<state::AppState>();
                        let settings = state.settings().map(|s| s.load_or_default()).ok();
                        let grace = settings.as_ref().map_or(0, |s| s.trip_grace_days);
                        let today = chrono::Local::now().date_naive();
                        let new =
                            trip_alerts::newly_overdue(&session, today, grace, &mut announced);
                        if !new.is_empty() {
                            let language = settings
                                .map_or_else(waarborg_i18n::system_language, |s| s.language);
                            trip_alerts::notify(&waarborg_i18n::Messages::new(language), new.len());
                        }
                    }
                }
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::get_settings,
            commands::set_language,
            commands::guide_overview,
            commands::guide_route,
            commands::guide_search_countries,
            commands::guide_deadlines,
            commands::set_removal_date,
            commands::consent_check,
            commands::consent_save,
            commands::open_document,
            commands::plan_clauses,
            commands::plan_check,
            commands::plan_preview,
            commands::plan_save,
            vault_commands::vault_status,
            vault_commands::vault_choose_folder,
            vault_commands::vault_create,
            vault_commands::vault_use_folder,
            vault_commands::vault_unlock,
            vault_commands::vault_unlock_with_device,
            vault_commands::vault_forget_device,
            vault_commands::vault_lock,
            vault_commands::vault_touch,
            vault_commands::vault_subscribe,
            vault_commands::vault_pick_files,
            vault_commands::vault_import,
            vault_commands::vault_cancel_import,
            vault_commands::vault_items,
            vault_commands::vault_facets,
            vault_commands::vault_item,
            vault_commands::vault_edit_item,
            vault_commands::vault_trash_item,
            vault_commands::vault_restore_item,
            vault_commands::vault_purge_item,
            vault_commands::vault_open_external,
            vault_commands::vault_records,
            vault_commands::vault_save_record,
            vault_commands::vault_delete_record,
            vault_commands::vault_search_journal,
            vault_commands::vault_verify,
            vault_commands::vault_log,
            vault_commands::set_auto_lock,
            vault_commands::vault_keep_document,
            vault_commands::vault_case_timeline,
            vault_commands::vault_police_sheet,
            commands::set_trip_grace,
            handover::vault_export,
            handover::vault_export_cancel,
            handover::package_choose_file,
            handover::package_open,
            handover::package_close,
            handover::vault_backup,
            handover::vault_restore,
            vault_commands::vault_present_start,
            vault_commands::vault_present_items,
            vault_commands::vault_present_view,
            vault_commands::vault_present_end,
        ])
        .build(tauri::generate_context!())
        .map(|app| {
            app.run(|handle, event| {
                // Leaving the app locks the vault: keys dropped, viewer copies deleted.
                if let tauri::RunEvent::Exit = event {
                    handle
                        .state::<vault_session::VaultSession>()
                        .lock_vault(waarborg_contract::LockReason::Asked);
                }
            });
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            #[allow(clippy::print_stderr)] // the window could not open: stderr is all we have
            {
                eprintln!("waarborg: could not start the window: {err}");
            }
            ExitCode::FAILURE
        }
    }
}
