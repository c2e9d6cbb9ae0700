//! State shared by the IPC commands.

use std::path::PathBuf;

use waarborg_contract::{ApiError, ErrorCode};
use waarborg_documents::ClauseLibrary;
use waarborg_guide::ContentPack;
use waarborg_settings::SettingsStore;

#[derive(Debug)]
pub struct AppState {
    settings: Result<SettingsStore, ApiError>,
    /// Loaded once at start: the guide must work without a vault and without delay.
    guide: Result<ContentPack, ApiError>,
    clauses: Result<ClauseLibrary, ApiError>,
    /// Where printed documents are saved: the OS documents folder, else the app's
    /// data folder.
    documents_dir: Option<PathBuf>,
    /// Where a new vault goes unless the parent chooses another folder.
    default_vault_dir: Option<PathBuf>,
}

impl AppState {
    pub fn new(config_dir: tauri::Result<PathBuf>, documents_dir: Option<PathBuf>) -> Self {
        let settings = config_dir
            .map(|dir| SettingsStore::new(dir, waarborg_i18n::system_language()))
            .map_err(|err| ApiError::new(ErrorCode::NoConfigDir, err.to_string()));
        let guide = ContentPack::netherlands().map_err(ApiError::from);
        let clauses = ClauseLibrary::netherlands().map_err(ApiError::from);
        Self {
            settings,
            guide,
            clauses,
            documents_dir,
            default_vault_dir: crate::vault_cli::default_vault_dir(),
        }
    }

    pub fn settings(&self) -> Result<&SettingsStore, ApiError> {
        self.settings.as_ref().map_err(Clone::clone)
    }

    pub fn documents_dir(&self) -> Result<&PathBuf, ApiError> {
        self.documents_dir
            .as_ref()
            .ok_or_else(|| ApiError::new(ErrorCode::DocumentsWrite, "no documents or data folder"))
    }

    pub fn default_vault_dir(&self) -> Result<&PathBuf, ApiError> {
        self.default_vault_dir
            .as_ref()
            .ok_or_else(|| ApiError::new(ErrorCode::NoConfigDir, "no data folder for the vault"))
    }

    pub fn clauses(&self) -> Result<&ClauseLibrary, ApiError> {
        self.clauses.as_ref().map_err(Clone::clone)
    }

    pub fn guide(&self) -> Result<&ContentPack, ApiError> {
        self.guide.as_ref().map_err(Clone::clone)
    }
}
