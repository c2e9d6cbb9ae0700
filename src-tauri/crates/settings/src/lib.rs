//! The parent's settings, kept in `settings.json` in the app's config directory.
//!
//! Settings are never secret (no names or vault content live here: the other parent may
//! read this file). The one case fact kept here, the date of removal, is there because
//! the home screen counts down to the Convention's time limits before any unlock; the
//! parent can remove it, and it names no one. The vault's folder is kept so the app can
//! find a vault on a USB stick again; the folder itself is visible on disk anyway. Writes are atomic: a temporary file in the same directory, fsync,
//! rename, so a crash leaves either the old or the new file, never half of one.
#![forbid(unsafe_code)]

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use waarborg_contract::{
    ApiError, ErrorCode, Language, LanguagePreference, QuickExit, Settings, Theme,
};

const FILE_NAME: &str = "settings.json";

/// What is stored on disk. Unknown fields are ignored so that an older build can read
/// a newer file; missing fields take their defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct StoredSettings {
    language: LanguagePreference,
    removal_date: Option<String>,
    vault_dir: Option<String>,
    auto_lock_seconds: Option<u32>,
    trip_grace_days: Option<u32>,
    backup_reminder_days: Option<u32>,
    /// `system`, `light` or `dark` (text, so an unknown name reads as `system`).
    theme: Option<String>,
    text_size: Option<u16>,
    /// `cover` or `hide` (text, so an unknown name reads as `cover`, which works everywhere).
    quick_exit: Option<String>,
}

/// The text sizes offered, in percent.
pub const TEXT_SIZE_RANGE: std::ops::RangeInclusive<u16> = 100..=200;

/// The most days a parent can wait after a return date before the trip watch asks.
pub const MAX_TRIP_GRACE_DAYS: u32 = 14;

/// The backup reminder's default: a month after the last backup.
pub const DEFAULT_BACKUP_REMINDER_DAYS: u32 = 30;
/// The longest backup reminder accepted (a year); 0 turns it off.
pub const MAX_BACKUP_REMINDER_DAYS: u32 = 365;

/// Lock after five minutes without use, unless the parent chose otherwise.
pub const DEFAULT_AUTO_LOCK_SECONDS: u32 = 300;
/// The shortest and longest idle times accepted (a damaged or hand-edited value is
/// clamped into this range rather than disabling the lock).
pub const AUTO_LOCK_RANGE: std::ops::RangeInclusive<u32> = 5..=86_400;

/// Why loading the settings failed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path} is not valid settings JSON: {source}")]
    Corrupt {
        path: PathBuf,
        source: serde_json::Error,
    },
}

/// Why saving the settings failed. The previous file is left as it was.
#[derive(Debug, thiserror::Error)]
#[error("cannot write settings in {dir}: {source}")]
pub struct SaveError {
    dir: PathBuf,
    source: io::Error,
}

impl From<LoadError> for ApiError {
    fn from(err: LoadError) -> Self {
        let code = match err {
            LoadError::Io { .. } => ErrorCode::SettingsIo,
            LoadError::Corrupt { .. } => ErrorCode::SettingsCorrupt,
        };
        ApiError::new(code, err.to_string())
    }
}

impl From<SaveError> for ApiError {
    fn from(err: SaveError) -> Self {
        ApiError::new(ErrorCode::SettingsIo, err.to_string())
    }
}

/// The settings store of one config directory.
#[derive(Debug, Clone)]
pub struct SettingsStore {
    dir: PathBuf,
    system_language: Language,
}

impl SettingsStore {
    /// A store in `dir` (created on first save), for a system whose locale maps to
    /// `system_language`.
    pub fn new(dir: impl Into<PathBuf>, system_language: Language) -> Self {
        Self {
            dir: dir.into(),
            system_language,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// The current settings. A missing file means defaults.
    pub fn load(&self) -> Result<Settings, LoadError> {
        Ok(self.resolve(&self.load_stored()?))
    }

    /// The settings, falling back to defaults when the file is unreadable or damaged,
    /// with the problem set so the UI can tell the parent. The damaged file is kept.
    pub fn load_or_default(&self) -> Settings {
        match self.load() {
            Ok(settings) => settings,
            Err(err) => Settings {
                problem: Some(err.into()),
                ..self.resolve(&StoredSettings::default())
            },
        }
    }

    /// Stores a language preference and returns the resulting settings.
    pub fn set_language(&self, preference: LanguagePreference) -> Result<Settings, SaveError> {
        // A damaged file is replaced rather than blocking the parent from choosing.
        let mut stored = self.load_stored().unwrap_or_default();
        stored.language = preference;
        self.save(&stored)?;
        Ok(self.resolve(&stored))
    }

    /// Stores (or, with `None`, removes) the date of removal shown on the home screen.
    /// The caller validates the date; it is kept as given (`YYYY-MM-DD`).
    pub fn set_removal_date(&self, date: Option<String>) -> Result<Settings, SaveError> {
        let mut stored = self.load_stored().unwrap_or_default();
        stored.removal_date = date;
        self.save(&stored)?;
        Ok(self.resolve(&stored))
    }

    /// Remembers the vault folder (`None`: the default folder).
    pub fn set_vault_dir(&self, dir: Option<String>) -> Result<Settings, SaveError> {
        let mut stored = self.load_stored().unwrap_or_default();
        stored.vault_dir = dir;
        self.save(&stored)?;
        Ok(self.resolve(&stored))
    }

    /// Sets the idle time after which the vault locks, clamped to [`AUTO_LOCK_RANGE`].
    pub fn set_auto_lock_seconds(&self, seconds: u32) -> Result<Settings, SaveError> {
        let mut stored = self.load_stored().unwrap_or_default();
        stored.auto_lock_seconds = Some(seconds);
        self.save(&stored)?;
        Ok(self.resolve(&stored))
    }

    /// Sets the trip watch's grace period, at most [`MAX_TRIP_GRACE_DAYS`].
    pub fn set_trip_grace_days(&self, days: u32) -> Result<Settings, SaveError> {
        let mut stored = self.load_stored().unwrap_or_default();
        stored.trip_grace_days = Some(days.min(MAX_TRIP_GRACE_DAYS));
        self.save(&stored)?;
        Ok(self.resolve(&stored))
    }

    /// Sets the days after the last backup before the home screen reminds the parent,
    /// at most [`MAX_BACKUP_REMINDER_DAYS`]; 0 turns the reminder off.
    pub fn set_backup_reminder_days(&self, days: u32) -> Result<Settings, SaveError> {
        let mut stored = self.load_stored().unwrap_or_default();
        stored.backup_reminder_days = Some(days.min(MAX_BACKUP_REMINDER_DAYS));
        self.save(&stored)?;
        Ok(self.resolve(&stored))
    }

    /// Stores the colours and the text size (kept within [`TEXT_SIZE_RANGE`]).
    pub fn set_appearance(&self, theme: Theme, text_size: u16) -> Result<Settings, SaveError> {
        let mut stored = self.load_stored().unwrap_or_default();
        stored.theme = Some(theme.as_str().to_owned());
        stored.text_size = Some(text_size.clamp(*TEXT_SIZE_RANGE.start(), *TEXT_SIZE_RANGE.end()));
        self.save(&stored)?;
        Ok(self.resolve(&stored))
    }

    /// Stores what the quick exit does with the window (a neutral cover, or hide it).
    pub fn set_quick_exit(&self, choice: QuickExit) -> Result<Settings, SaveError> {
        let mut stored = self.load_stored().unwrap_or_default();
        stored.quick_exit = Some(choice.as_str().to_owned());
        self.save(&stored)?;
        Ok(self.resolve(&stored))
    }

    fn load_stored(&self) -> Result<StoredSettings, LoadError> {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Ok(StoredSettings::default());
            }
            Err(source) => return Err(LoadError::Io { path, source }),
        };
        serde_json::from_slice(&bytes).map_err(|source| LoadError::Corrupt { path, source })
    }

    fn save(&self, stored: &StoredSettings) -> Result<(), SaveError> {
        let fail = |source| SaveError {
            dir: self.dir.clone(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(fail)?;
        let json = serde_json::to_vec_pretty(stored).map_err(|e| fail(io::Error::other(e)))?;
        write_atomically(&self.path(), &json).map_err(fail)
    }

    fn resolve(&self, stored: &StoredSettings) -> Settings {
        let language = match stored.language {
            LanguagePreference::System => self.system_language,
            LanguagePreference::Nl => Language::Nl,
            LanguagePreference::En => Language::En,
        };
        Settings {
            language_preference: stored.language,
            system_language: self.system_language,
            language,
            removal_date: stored.removal_date.clone(),
            vault_dir: stored.vault_dir.clone(),
            auto_lock_seconds: stored
                .auto_lock_seconds
                .unwrap_or(DEFAULT_AUTO_LOCK_SECONDS)
                .clamp(*AUTO_LOCK_RANGE.start(), *AUTO_LOCK_RANGE.end()),
            trip_grace_days: stored.trip_grace_days.unwrap_or(0).min(MAX_TRIP_GRACE_DAYS),
            backup_reminder_days: stored
                .backup_reminder_days
                .unwrap_or(DEFAULT_BACKUP_REMINDER_DAYS)
                .min(MAX_BACKUP_REMINDER_DAYS),
            theme: stored
                .theme
                .as_deref()
                .map_or(Theme::System, Theme::from_name),
            text_size: stored
                .text_size
                .unwrap_or(*TEXT_SIZE_RANGE.start())
                .clamp(*TEXT_SIZE_RANGE.start(), *TEXT_SIZE_RANGE.end()),
            quick_exit: stored
                .quick_exit
                .as_deref()
                .map_or(QuickExit::Cover, QuickExit::from_name),
            problem: None,
        }
    }
}

/// Writes `bytes` to `path` atomically; the temporary file (`.settings-…`) is in `path`'s folder.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp =
        waarborg_fs::AtomicFile::create_with_prefix(path, ".settings-").map_err(|e| e.source)?;
    tmp.write_all(bytes)?;
    tmp.commit().map_err(|e| e.source)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(dir: &Path, system: Language) -> SettingsStore {
        SettingsStore::new(dir.join("config"), system)
    }

    #[test]
    fn without_a_file_the_system_language_is_used() {
        let tmp = tempfile::tempdir().unwrap();
        let settings = store(tmp.path(), Language::Nl).load().unwrap();
        assert_eq!(settings.language_preference, LanguagePreference::System);
        assert_eq!(settings.language, Language::Nl);
    }

    #[test]
    fn a_chosen_language_is_remembered_and_overrides_the_system() {
        let tmp = tempfile::tempdir().unwrap();
        let saved = store(tmp.path(), Language::Nl)
            .set_language(LanguagePreference::En)
            .unwrap();
        assert_eq!(saved.language, Language::En);
        let reloaded = store(tmp.path(), Language::Nl).load().unwrap();
        assert_eq!(reloaded, saved);
    }

    #[test]
    fn a_removal_date_is_remembered_with_the_language_and_can_be_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), Language::Nl);
        s.set_language(LanguagePreference::En).unwrap();
        s.set_removal_date(Some("2026-11-01".to_owned())).unwrap();
        let reloaded = store(tmp.path(), Language::Nl).load().unwrap();
        assert_eq!(reloaded.removal_date.as_deref(), Some("2026-11-01"));
        assert_eq!(reloaded.language, Language::En);
        let cleared = s.set_removal_date(None).unwrap();
        assert_eq!(cleared.removal_date, None);
        assert_eq!(
            store(tmp.path(), Language::Nl).load().unwrap().removal_date,
            None
        );
    }

    #[test]
    fn going_back_to_system_follows_the_locale_again() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), Language::En);
        s.set_language(LanguagePreference::Nl).unwrap();
        let settings = s.set_language(LanguagePreference::System).unwrap();
        assert_eq!(settings.language, Language::En);
    }

    #[test]
    fn a_damaged_file_is_reported_kept_and_defaults_are_used() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), Language::Nl);
        fs::create_dir_all(tmp.path().join("config")).unwrap();
        fs::write(s.path(), b"{ not json").unwrap();

        let settings = s.load_or_default();
        assert_eq!(settings.language, Language::Nl);
        let problem = settings.problem.expect("damage is reported");
        assert_eq!(problem.code, ErrorCode::SettingsCorrupt);
        assert_eq!(fs::read(s.path()).unwrap(), b"{ not json", "nothing lost");
    }

    #[test]
    fn unknown_fields_from_a_newer_version_are_ignored() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), Language::Nl);
        fs::create_dir_all(tmp.path().join("config")).unwrap();
        fs::write(s.path(), br#"{"language":"en","future":true}"#).unwrap();
        assert_eq!(s.load().unwrap().language, Language::En);
    }

    #[test]
    fn saving_leaves_no_temporary_files() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), Language::Nl);
        s.set_language(LanguagePreference::En).unwrap();
        s.set_language(LanguagePreference::Nl).unwrap();
        let names: Vec<_> = fs::read_dir(tmp.path().join("config"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from(FILE_NAME)]);
    }

    #[test]
    fn an_unusable_directory_is_an_error_not_a_panic() {
        let tmp = tempfile::tempdir().unwrap();
        // A file where the config directory should be: fails for root too.
        let blocker = tmp.path().join("config");
        fs::write(&blocker, b"not a directory").unwrap();
        let s = SettingsStore::new(&blocker, Language::Nl);
        let err = s.set_language(LanguagePreference::En).unwrap_err();
        assert_eq!(ApiError::from(err).code, ErrorCode::SettingsIo);
        assert_eq!(
            fs::read(&blocker).unwrap(),
            b"not a directory",
            "nothing lost"
        );
    }

    #[test]
    fn vault_folder_and_auto_lock_are_remembered_and_the_idle_time_is_clamped() {
        let tmp = tempfile::tempdir().unwrap();
        let settings = store(tmp.path(), Language::Nl);
        assert_eq!(
            settings.load().unwrap().auto_lock_seconds,
            DEFAULT_AUTO_LOCK_SECONDS
        );
        assert_eq!(settings.load().unwrap().vault_dir, None);
        settings
            .set_vault_dir(Some("/media/usb/kluis".to_owned()))
            .unwrap();
        settings.set_auto_lock_seconds(0).unwrap();
        let reloaded = store(tmp.path(), Language::Nl).load().unwrap();
        assert_eq!(reloaded.vault_dir.as_deref(), Some("/media/usb/kluis"));
        assert_eq!(reloaded.auto_lock_seconds, 5);
        let long = settings.set_auto_lock_seconds(u32::MAX).unwrap();
        assert_eq!(long.auto_lock_seconds, 86_400);
        assert_eq!(settings.load().unwrap().trip_grace_days, 0);
        assert_eq!(settings.set_trip_grace_days(3).unwrap().trip_grace_days, 3);
        assert_eq!(
            settings.set_trip_grace_days(99).unwrap().trip_grace_days,
            14
        );
    }
    #[test]
    fn the_backup_reminder_defaults_to_a_month_and_is_capped_at_a_year() {
        let tmp = tempfile::tempdir().unwrap();
        let settings = store(tmp.path(), Language::Nl);
        assert_eq!(settings.load().unwrap().backup_reminder_days, 30);
        assert_eq!(
            settings
                .set_backup_reminder_days(0)
                .unwrap()
                .backup_reminder_days,
            0
        );
        assert_eq!(
            store(tmp.path(), Language::Nl)
                .load()
                .unwrap()
                .backup_reminder_days,
            0,
            "off is remembered"
        );
        assert_eq!(
            settings
                .set_backup_reminder_days(10_000)
                .unwrap()
                .backup_reminder_days,
            365
        );
    }

    #[test]
    fn the_appearance_is_kept_and_a_damaged_value_reads_as_the_default() {
        let tmp = tempfile::tempdir().unwrap();
        let settings = store(tmp.path(), Language::Nl);
        let fresh = settings.load().unwrap();
        assert_eq!((fresh.theme, fresh.text_size), (Theme::System, 100));
        let set = settings.set_appearance(Theme::Dark, 175).unwrap();
        assert_eq!((set.theme, set.text_size), (Theme::Dark, 175));
        let again = store(tmp.path(), Language::Nl).load().unwrap();
        assert_eq!((again.theme, again.text_size), (Theme::Dark, 175), "kept");
        assert_eq!(
            settings
                .set_appearance(Theme::Light, 500)
                .unwrap()
                .text_size,
            200
        );
        assert_eq!(
            settings.set_appearance(Theme::Light, 20).unwrap().text_size,
            100
        );
        // A hand-edited file with an unknown theme and size still loads.
        fs::write(
            tmp.path().join("config/settings.json"),
            br#"{"theme": "neon", "text_size": 900, "auto_lock_seconds": 60}"#,
        )
        .unwrap();
        let odd = store(tmp.path(), Language::Nl).load().unwrap();
        assert_eq!(
            (odd.theme, odd.text_size, odd.auto_lock_seconds),
            (Theme::System, 200, 60)
        );
    }

    #[test]
    fn the_quick_exit_defaults_to_the_cover_and_hiding_is_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let settings = store(tmp.path(), Language::Nl);
        assert_eq!(settings.load().unwrap().quick_exit, QuickExit::Cover);
        settings.set_language(LanguagePreference::En).unwrap();
        assert_eq!(
            settings.set_quick_exit(QuickExit::Hide).unwrap().quick_exit,
            QuickExit::Hide
        );
        let again = store(tmp.path(), Language::Nl).load().unwrap();
        assert_eq!(again.quick_exit, QuickExit::Hide, "kept");
        assert_eq!(again.language, Language::En, "the other settings stay");
        let raw: serde_json::Value =
            serde_json::from_slice(&fs::read(settings.path()).unwrap()).unwrap();
        assert_eq!(raw["quick_exit"], "hide");
        assert_eq!(
            settings
                .set_quick_exit(QuickExit::Cover)
                .unwrap()
                .quick_exit,
            QuickExit::Cover
        );
        // A hand-edited or newer file with an unknown choice gets the cover.
        fs::write(settings.path(), br#"{"quick_exit": "vanish"}"#).unwrap();
        assert_eq!(settings.load().unwrap().quick_exit, QuickExit::Cover);
    }
}
