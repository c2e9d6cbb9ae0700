//! The names of the IPC commands the shell exposes.
//!
//! `build.rs` declares exactly these to Tauri (so each needs an explicit `allow-…`
//! permission), and the exported `Command` union lets the UI call only these names.

use serde::Serialize;
use ts_rs::TS;

/// One IPC command the UI may invoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "Command")]
pub enum Command {
    /// `() -> AppInfo`
    AppInfo,
    /// `() -> Settings`
    GetSettings,
    /// `(preference: LanguagePreference) -> Settings`
    SetLanguage,
}

impl Command {
    /// The name Tauri registers the command under (the Rust function name).
    pub const fn name(self) -> &'static str {
        match self {
            Self::AppInfo => "app_info",
            Self::GetSettings => "get_settings",
            Self::SetLanguage => "set_language",
        }
    }
}

/// Every command, in a stable order.
pub const COMMANDS: &[Command] = &[Command::AppInfo, Command::GetSettings, Command::SetLanguage];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_matches_serialized_form() {
        for command in COMMANDS {
            let json = serde_json::to_string(command).unwrap();
            assert_eq!(json, format!("\"{}\"", command.name()));
        }
    }
}
