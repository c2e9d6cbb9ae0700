//! The thin Tauri shell over `waarborg_app`: it hands the command line to
//! `waarborg_cli`, registers the app state and the IPC commands, and opens the window. Each command converts its
//! arguments and calls one application function; the logic lives in `crates/`.

mod background;
mod commands;
mod os_signals;
mod protocol;
mod second_start;
mod system;
mod window_theme;

use std::process::ExitCode;

use tauri::Manager;
use waarborg_app::{App, Folders};
use waarborg_contract::{LockReason, VaultEvent};

use commands::{
    chat, documents, guide, handover, presentation, records, recovery, settings, upcoming, vault,
};

/// Entry point of the `waarborg` binary.
pub fn main() -> ExitCode {
    match waarborg_cli::parse() {
        waarborg_cli::Invocation::OpenWindow => run_app(),
        waarborg_cli::Invocation::Exit(code) => code,
    }
}

fn run_app() -> ExitCode {
    let result = tauri::Builder::default()
        // First: a second start shows this window again (the way back after a quick
        // exit that hid it) and exits before anything else of it is set up.
        .plugin(second_start::plugin())
        .plugin(tauri_plugin_dialog::init())
        .register_asynchronous_uri_scheme_protocol(protocol::SCHEME, protocol::handle)
        .on_window_event(|window, event| {
            // Files dropped onto the window go to the vault import (the window decides).
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
                let paths = paths
                    .iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect();
                window
                    .state::<App>()
                    .session()
                    .send(VaultEvent::Dropped { paths });
            }
        })
        .setup(|app| {
            app.manage(App::new(Folders::from_os()));
            window_theme::paint_background(app);
            // The OS says the session locks or the computer sleeps: lock at once.
            let on_os_lock = app.handle().clone();
            os_signals::watch(move |_cause| {
                on_os_lock
                    .state::<App>()
                    .session()
                    .lock_vault(LockReason::System);
            });
            background::start(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            settings::app_info,
            settings::get_settings,
            settings::set_language,
            guide::guide_overview,
            guide::guide_route,
            guide::guide_search_countries,
            guide::guide_deadlines,
            settings::set_removal_date,
            documents::consent_check,
            documents::consent_save,
            documents::open_document,
            documents::plan_clauses,
            documents::plan_check,
            documents::plan_preview,
            documents::plan_save,
            vault::vault_status,
            vault::vault_choose_folder,
            vault::vault_create,
            vault::vault_use_folder,
            vault::vault_unlock,
            vault::vault_unlock_with_device,
            vault::vault_forget_device,
            vault::vault_rekey,
            recovery::vault_choose_key_file,
            recovery::vault_recover,
            recovery::vault_change_passphrase,
            recovery::vault_recovery_keys,
            recovery::vault_add_recovery_key,
            recovery::vault_remove_recovery_key,
            recovery::vault_emergency_kit,
            vault::vault_lock,
            vault::vault_touch,
            vault::vault_subscribe,
            vault::vault_pick_files,
            vault::vault_import,
            vault::vault_cancel_import,
            vault::vault_items,
            vault::vault_facets,
            vault::vault_item,
            vault::vault_edit_item,
            vault::vault_trash_item,
            vault::vault_restore_item,
            vault::vault_purge_item,
            vault::vault_open_external,
            vault::vault_save_copy,
            records::vault_records,
            records::vault_save_record,
            records::vault_delete_record,
            records::vault_trashed_records,
            records::vault_restore_record,
            records::vault_purge_record,
            records::vault_search_journal,
            vault::vault_verify,
            vault::vault_accept_log,
            vault::vault_log,
            settings::set_auto_lock,
            documents::vault_keep_document,
            documents::vault_case_timeline,
            documents::vault_police_sheet,
            chat::vault_chat,
            chat::vault_chat_marks,
            chat::vault_chat_date_order,
            chat::vault_chat_transcript,
            settings::set_trip_grace,
            settings::set_appearance,
            handover::vault_export,
            handover::vault_export_cancel,
            handover::package_choose_file,
            handover::package_open,
            handover::package_close,
            handover::vault_backup,
            handover::vault_restore,
            presentation::vault_present_start,
            presentation::vault_present_items,
            presentation::vault_present_view,
            presentation::vault_present_end,
            upcoming::upcoming,
            upcoming::upcoming_save_ics,
            upcoming::set_backup_reminder,
            settings::set_quick_exit,
        ])
        .build(tauri::generate_context!())
        .map(|app| {
            app.run(|handle, event| {
                // Leaving the app locks the vault: keys dropped, viewer copies deleted.
                if let tauri::RunEvent::Exit = event {
                    handle
                        .state::<App>()
                        .session()
                        .lock_vault(LockReason::Asked);
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
