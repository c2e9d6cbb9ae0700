//! [`App`]: everything the window's commands work on, loaded once at start.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use uuid::Uuid;
use waarborg_contract::{ApiError, ErrorCode, Language, SavedDocument, Settings};
use waarborg_documents::ClauseLibrary;
use waarborg_guide::ContentPack;
use waarborg_settings::SettingsStore;

use crate::anchors::DeviceAnchors;
use crate::handover::PackageSession;
use crate::session::VaultSession;

/// The folders the app works in (see [`crate::paths`] for the defaults).
#[derive(Debug, Clone, Default)]
pub struct Folders {
    /// Where settings are kept.
    pub config: Option<PathBuf>,
    /// Where printed documents are saved.
    pub documents: Option<PathBuf>,
    /// Where a new vault goes unless the parent chooses another folder.
    pub default_vault: Option<PathBuf>,
}

impl Folders {
    /// The OS folders (see [`crate::paths`]).
    pub fn from_os() -> Self {
        Self {
            config: crate::paths::config_dir(),
            documents: crate::paths::documents_dir(),
            default_vault: crate::paths::default_vault_dir(),
        }
    }
}

/// The application: settings, the guide's content, the clause library, the open vault
/// and the open package. The shell keeps one and hands it to every command.
#[derive(Debug)]
pub struct App {
    settings: Result<SettingsStore, ApiError>,
    /// Loaded once at start: the guide must work without a vault and without delay.
    guide: Result<ContentPack, ApiError>,
    clauses: Result<ClauseLibrary, ApiError>,
    folders: Folders,
    session: VaultSession,
    packages: PackageSession,
}

impl App {
    pub fn new(folders: Folders) -> Self {
        let settings = folders
            .config
            .clone()
            .map(|dir| SettingsStore::new(dir, waarborg_i18n::system_language()))
            .ok_or_else(|| ApiError::new(ErrorCode::NoConfigDir, "no config folder"));
        let auto_lock = settings
            .as_ref()
            .map_or(waarborg_settings::DEFAULT_AUTO_LOCK_SECONDS, |s| {
                s.load_or_default().auto_lock_seconds
            });
        let anchors = DeviceAnchors::in_dir(folders.config.as_deref());
        Self {
            settings,
            guide: ContentPack::netherlands().map_err(ApiError::from),
            clauses: ClauseLibrary::netherlands().map_err(ApiError::from),
            folders,
            session: VaultSession::new(auto_lock).with_anchors(anchors),
            packages: PackageSession::default(),
        }
    }

    pub fn settings(&self) -> Result<&SettingsStore, ApiError> {
        self.settings.as_ref().map_err(Clone::clone)
    }

    /// The settings now, or the defaults when they cannot be read.
    pub fn current_settings(&self) -> Result<Settings, ApiError> {
        Ok(self.settings()?.load_or_default())
    }

    /// The language the parent reads the app in.
    pub fn language(&self) -> Language {
        self.current_settings()
            .map_or_else(|_| waarborg_i18n::system_language(), |s| s.language)
    }

    pub fn guide(&self) -> Result<&ContentPack, ApiError> {
        self.guide.as_ref().map_err(Clone::clone)
    }

    pub fn clauses(&self) -> Result<&ClauseLibrary, ApiError> {
        self.clauses.as_ref().map_err(Clone::clone)
    }

    pub fn session(&self) -> &VaultSession {
        &self.session
    }

    pub fn packages(&self) -> &PackageSession {
        &self.packages
    }

    /// The package signing keys this computer saw, per vault id (beside the settings).
    pub fn package_signers(&self) -> crate::package_signers::DeviceSigners {
        crate::package_signers::DeviceSigners::in_dir(self.folders.config.as_deref())
    }

    pub fn documents_dir(&self) -> Result<&Path, ApiError> {
        self.folders
            .documents
            .as_deref()
            .ok_or_else(|| ApiError::new(ErrorCode::DocumentsWrite, "no documents or data folder"))
    }

    pub fn default_vault_dir(&self) -> Result<&Path, ApiError> {
        self.folders
            .default_vault
            .as_deref()
            .ok_or_else(|| ApiError::new(ErrorCode::NoConfigDir, "no data folder for the vault"))
    }

    /// The folder of the vault in use: the one chosen in settings, else the default.
    pub fn vault_dir(&self) -> Result<PathBuf, ApiError> {
        self.vault_dir_in(&self.current_settings()?)
    }

    pub(crate) fn vault_dir_in(&self, settings: &Settings) -> Result<PathBuf, ApiError> {
        match &settings.vault_dir {
            Some(dir) => Ok(PathBuf::from(dir)),
            None => self.default_vault_dir().map(Path::to_owned),
        }
    }

    /// A document Waarborg saved in its own documents folder, or `None`: the webview
    /// can only name files the app made.
    pub fn own_pdf(&self, path: &str) -> Result<Option<PathBuf>, ApiError> {
        Ok(waarborg_documents::saved_pdf_in(
            self.documents_dir()?,
            Path::new(path),
        ))
    }
}

/// A `YYYY-MM-DD` date from the window (its own calendar's "today", a date field).
pub fn parse_date(text: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|err| ApiError::new(ErrorCode::InvalidDate, format!("{text:?}: {err}")))
}

/// `vault-invalid-input` with what was wrong.
pub fn invalid(what: &str) -> ApiError {
    ApiError::new(ErrorCode::VaultInvalidInput, what)
}

/// An item or record id from the window.
pub fn parse_id(id: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(id).map_err(|_| invalid("not an item or record id"))
}

/// Item or record ids from the window, all or none.
pub fn parse_ids(ids: &[String]) -> Result<Vec<Uuid>, ApiError> {
    ids.iter().map(|id| parse_id(id)).collect()
}

/// A full path from the window (relative paths would depend on the app's working folder).
pub fn absolute_path(text: &str, what: &str) -> Result<PathBuf, ApiError> {
    let path = PathBuf::from(text.trim());
    if path.as_os_str().is_empty() || !path.is_absolute() {
        return Err(invalid(&format!("{what} must be a full path")));
    }
    Ok(path)
}

/// What the window shows of a saved document.
pub fn saved_document(path: &Path) -> SavedDocument {
    SavedDocument {
        file_name: path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: path.to_string_lossy().into_owned(),
    }
}
