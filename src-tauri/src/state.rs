//! State shared by the IPC commands.

use std::path::PathBuf;

use waarborg_contract::{ApiError, ErrorCode};
use waarborg_guide::ContentPack;
use waarborg_settings::SettingsStore;

#[derive(Debug)]
pub struct AppState {
    settings: Result<SettingsStore, ApiError>,
    /// Loaded once at start: the guide must work without a vault and without delay.
    guide: Result<ContentPack, ApiError>,
}

impl AppState {
    pub fn new(config_dir: tauri::Result<PathBuf>) -> Self {
        let settings = config_dir
            .map(|dir| SettingsStore::new(dir, waarborg_i18n::system_language()))
            .map_err(|err| ApiError::new(ErrorCode::NoConfigDir, err.to_string()));
        let guide = ContentPack::netherlands().map_err(ApiError::from);
        Self { settings, guide }
    }

    pub fn settings(&self) -> Result<&SettingsStore, ApiError> {
        self.settings.as_ref().map_err(Clone::clone)
    }

    pub fn guide(&self) -> Result<&ContentPack, ApiError> {
        self.guide.as_ref().map_err(Clone::clone)
    }
}
