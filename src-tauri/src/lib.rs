//! The thin Tauri shell over the Waarborg core crates: it parses the command line,
//! wires state and IPC commands, and opens the window. Logic lives in the crates
//! under `crates/`; each command here is a few lines that call into them.

mod cli;
mod commands;
mod state;
mod vault_cli;

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
        .setup(|app| {
            let paths = app.path();
            let documents_dir = paths
                .document_dir()
                .map(|dir| dir.join("Waarborg"))
                .or_else(|_| paths.app_data_dir().map(|dir| dir.join("documents")))
                .ok();
            app.manage(state::AppState::new(paths.app_config_dir(), documents_dir));
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
        ])
        .run(tauri::generate_context!());
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
