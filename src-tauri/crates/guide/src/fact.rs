//! Bilingual text, and the provenance every fact in a content pack carries.
//!
//! A *fact* is anything a parent might act on: a phone number, opening hours, a
//! deadline, a duration, a claim about a procedure. Each one names its sources and the
//! date it was checked, and says whether it was seen in a source or still needs
//! confirming. Getters hand out [`Stated`] text, which always carries that status, so
//! the UI cannot show an unconfirmed fact as a plain one by accident.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;
use waarborg_contract::Language;

/// A text in every language the app speaks (the contract's type). Both are required:
/// a pack with a missing or empty translation does not load.
pub use waarborg_contract::Text;

/// Whether a fact was seen in a source, or is carried only so the parent knows to ask.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Verification {
    /// Seen in the cited source (an archived copy; see `checked`).
    #[default]
    Sourced,
    /// From memory, unverified or conflicting in the research: show as "to confirm".
    ToConfirm,
}

/// When a fact was checked. The research gives some dates only to the month
/// ("November 2026"), so the day is optional rather than invented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CheckedDate {
    year: i32,
    month: u32,
    day: Option<u32>,
}

impl CheckedDate {
    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    /// `None` when the source states only a month.
    pub fn day(self) -> Option<u32> {
        self.day
    }
}

/// Why a `checked` value is not `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("checked date {0:?} is not YYYY-MM or YYYY-MM-DD")]
pub struct CheckedDateError(String);

impl FromStr for CheckedDate {
    type Err = CheckedDateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || CheckedDateError(text.to_owned());
        let parts: Vec<&str> = text.split('-').collect();
        let (year, month, day) = match parts.as_slice() {
            [y, m] if y.len() == 4 && m.len() == 2 => (*y, *m, None),
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => (*y, *m, Some(*d)),
            _ => return Err(invalid()),
        };
        let year: i32 = year.parse().map_err(|_| invalid())?;
        let month: u32 = month.parse().map_err(|_| invalid())?;
        let day: Option<u32> = day.map(|d| d.parse().map_err(|_| invalid())).transpose()?;
        // A real calendar day (or month), so that "2026-02-30" is refused.
        let first_or_day = day.unwrap_or(1);
        chrono::NaiveDate::from_ymd_opt(year, month, first_or_day).ok_or_else(invalid)?;
        Ok(Self { year, month, day })
    }
}

impl fmt::Display for CheckedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(day) => write!(f, "{:04}-{:02}-{day:02}", self.year, self.month),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

impl Serialize for CheckedDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CheckedDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Where a fact comes from. Every sourced item in a pack has these four fields.
#[derive(Debug, Clone, Copy)]
pub struct Provenance<'a> {
    pub sources: &'a [String],
    pub checked: CheckedDate,
    pub status: Verification,
    /// Why a to-confirm fact is doubtful.
    pub doubt: Option<&'a Text>,
}

/// Items that carry a [`Provenance`].
pub trait Sourced {
    fn provenance(&self) -> Provenance<'_>;

    fn sources(&self) -> &[String] {
        self.provenance().sources
    }

    fn checked(&self) -> CheckedDate {
        self.provenance().checked
    }

    fn status(&self) -> Verification {
        self.provenance().status
    }
}

/// Implements [`Sourced`] for structs with `sources`, `checked`, `status` and `doubt`.
macro_rules! impl_sourced {
    ($($type:ty),+ $(,)?) => {$(
        impl $crate::fact::Sourced for $type {
            fn provenance(&self) -> $crate::fact::Provenance<'_> {
                $crate::fact::Provenance {
                    sources: &self.sources,
                    checked: self.checked,
                    status: self.status,
                    doubt: self.doubt.as_ref(),
                }
            }
        }
    )+};
}
pub(crate) use impl_sourced;

/// A fact's text in one language, with its status attached so that it cannot be shown
/// without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Stated<'a> {
    pub text: &'a str,
    pub status: Verification,
    /// Why it needs confirming, in the same language; `None` when sourced.
    pub doubt: Option<&'a str>,
}

impl<'a> Stated<'a> {
    pub(crate) fn new(text: &'a Text, provenance: Provenance<'a>, language: Language) -> Self {
        Self {
            text: text.get(language),
            status: provenance.status,
            doubt: provenance.doubt.map(|doubt| doubt.get(language)),
        }
    }

    pub fn is_to_confirm(&self) -> bool {
        self.status == Verification::ToConfirm
    }
}

/// A general fact: one text with its provenance. Used for contact roles and hours,
/// route explanations, durations, deadline rules and risk indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub(crate) id: String,
    pub(crate) text: Text,
    pub(crate) sources: Vec<String>,
    #[ts(type = "string")]
    pub(crate) checked: CheckedDate,
    #[serde(default)]
    pub(crate) status: Verification,
    #[serde(default)]
    pub(crate) doubt: Option<Text>,
}

impl_sourced!(Fact);

impl Fact {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn text(&self, language: Language) -> Stated<'_> {
        Stated::new(&self.text, self.provenance(), language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_dates_parse_to_the_month_or_the_day() {
        let month: CheckedDate = "2026-11".parse().unwrap();
        assert_eq!((month.year(), month.month(), month.day()), (2026, 11, None));
        let day: CheckedDate = "2023-05-22".parse().unwrap();
        assert_eq!(day.day(), Some(22));
        assert_eq!(day.to_string(), "2023-05-22");
        assert_eq!(month.to_string(), "2026-11");
        assert!(day < month);
    }

    #[test]
    fn impossible_checked_dates_are_refused() {
        for bad in [
            "2026-13",
            "2026-02-30",
            "26-11",
            "2026-11-1",
            "",
            "November 2026",
        ] {
            assert!(bad.parse::<CheckedDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn empty_translations_are_reported() {
        let text = Text {
            nl: "Bel 112".into(),
            en: "  ".into(),
        };
        assert_eq!(text.missing_languages(), vec![Language::En]);
    }
}
