//! Request and response types of the app-level commands.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ApiError;

/// A language the app speaks completely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Language {
    Nl,
    En,
}

impl Language {
    pub const ALL: &'static [Self] = &[Self::Nl, Self::En];

    /// The BCP 47 tag, as used for the Fluent files and `<html lang>`.
    pub const fn tag(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
        }
    }

    /// Picks the app language for a BCP 47 / POSIX locale such as `nl-NL`,
    /// `nl_BE.UTF-8` or `en-US`. Dutch for any Dutch locale; English otherwise,
    /// because English is the language a non-Dutch speaker is likeliest to read.
    pub fn from_locale(locale: &str) -> Self {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if primary == "nl" { Self::Nl } else { Self::En }
    }
}

/// What the parent chose in Settings: a fixed language, or follow the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum LanguagePreference {
    #[default]
    System,
    Nl,
    En,
}

/// Light or dark colours, or as the system's `prefers-color-scheme` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The theme a stored name means; anything else (a damaged or newer file) is `System`.
    pub fn from_name(name: &str) -> Self {
        match name {
            "light" => Self::Light,
            "dark" => Self::Dark,
            _ => Self::System,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// What the quick exit ("Hide now", Esc twice) does with the window once the vault is
/// locked and the forms are emptied: show a neutral cover (works on every desktop), or
/// hide the window itself (gone from the taskbar and Alt+Tab; starting the app again
/// brings it back at the lock screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum QuickExit {
    #[default]
    Cover,
    Hide,
}

impl QuickExit {
    /// The choice a stored name means; anything else (a damaged or newer file) is `Cover`.
    pub fn from_name(name: &str) -> Self {
        match name {
            "hide" => Self::Hide,
            _ => Self::Cover,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Cover => "cover",
            Self::Hide => "hide",
        }
    }
}

/// The settings as the UI sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Settings {
    /// What the parent chose.
    pub language_preference: LanguagePreference,
    /// The language the system locale maps to.
    pub system_language: Language,
    /// The language in effect: the preference, or the system language.
    pub language: Language,
    /// The day the child was taken or not returned (`YYYY-MM-DD`), when the parent
    /// chose to show the time limits on the home screen.
    pub removal_date: Option<String>,
    /// The vault folder the parent created or opened; `None` means the default one.
    pub vault_dir: Option<String>,
    /// Lock the vault after this many seconds without use.
    pub auto_lock_seconds: u32,
    /// Days after a planned trip's return date before the trip watch asks.
    pub trip_grace_days: u32,
    /// Remind the parent to make a backup this many days after the last one (0: never).
    pub backup_reminder_days: u32,
    /// Light, dark or as the system says.
    pub theme: Theme,
    /// The text size in percent (100–200), for every screen.
    pub text_size: u16,
    /// What the quick exit does with the window: a neutral cover, or hide it.
    pub quick_exit: QuickExit,
    /// Set when the stored settings could not be read; defaults are in use and the
    /// file was left as it was.
    pub problem: Option<ApiError>,
}

/// A text in every language the app speaks: content packs, clauses and anything else
/// that carries its own translations (rather than a Fluent message id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }

    /// The languages whose text is empty (after trimming).
    pub fn missing_languages(&self) -> Vec<Language> {
        Language::ALL
            .iter()
            .copied()
            .filter(|&language| self.get(language).trim().is_empty())
            .collect()
    }
}

/// A document Waarborg wrote to disk, for the parent to open and print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SavedDocument {
    /// The full path, shown so the parent can find the file again.
    pub path: String,
    pub file_name: String,
}

/// Facts about this build, shown in Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub name: String,
    pub version: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_locales_map_to_dutch() {
        for locale in ["nl", "nl-NL", "nl_NL.UTF-8", "nl_BE", "NL-nl", "nl_NL@euro"] {
            assert_eq!(Language::from_locale(locale), Language::Nl, "{locale}");
        }
    }

    #[test]
    fn other_locales_map_to_english() {
        for locale in ["en-US", "de_DE.UTF-8", "C", "POSIX", "", "fr"] {
            assert_eq!(Language::from_locale(locale), Language::En, "{locale}");
        }
    }
}
