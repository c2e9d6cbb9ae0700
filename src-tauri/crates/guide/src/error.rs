//! Errors, each with a stable kebab-case code the UI can translate.

/// Why a content pack did not load. A shipped pack that fails is a bug: its tests run
/// the same checks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("{file} is not valid: {message}")]
    Parse { file: &'static str, message: String },
    #[error("{item}: text missing in {language}")]
    MissingTranslation {
        item: String,
        language: &'static str,
    },
    #[error("{item}: fact without a source")]
    MissingSource { item: String },
    #[error(
        "{item}: source {cited:?} is not a full https:// address or a statute with its article and the date of the text"
    )]
    IncompleteSource { item: String, cited: String },
    #[error("{item}: to-confirm fact without a doubt saying why")]
    MissingDoubt { item: String },
    #[error("{item}: refers to unknown contact {contact:?}")]
    UnknownContact { item: String, contact: String },
    #[error("{item}: unknown have-ready key {key:?}")]
    UnknownReadyKey { item: String, key: String },
    #[error("{item}: {link:?} is not a tel: or mailto: link")]
    InvalidLink { item: String, link: String },
    #[error("duplicate id {0:?}")]
    DuplicateId(String),
    #[error("required entry {0:?} is missing")]
    MissingEntry(String),
    #[error("scenario {0:?} has no steps")]
    EmptyScenario(String),
    #[error("country table, line {line}: {problem}")]
    CountryTable { line: usize, problem: String },
    #[error("country code {0:?} named by the pack is not in the country table")]
    UnknownCountry(String),
}

impl ContentError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Parse { .. } => "guide-content-parse",
            Self::MissingTranslation { .. } => "guide-content-missing-translation",
            Self::MissingSource { .. } => "guide-content-missing-source",
            Self::IncompleteSource { .. } => "guide-content-incomplete-source",
            Self::MissingDoubt { .. } => "guide-content-missing-doubt",
            Self::UnknownContact { .. } => "guide-content-unknown-contact",
            Self::UnknownReadyKey { .. } => "guide-content-unknown-ready-key",
            Self::InvalidLink { .. } => "guide-content-invalid-link",
            Self::DuplicateId(_) => "guide-content-duplicate-id",
            Self::MissingEntry(_) => "guide-content-missing-entry",
            Self::EmptyScenario(_) => "guide-content-empty-scenario",
            Self::CountryTable { .. } => "guide-content-country-table",
            Self::UnknownCountry(_) => "guide-content-unknown-country",
        }
    }
}

/// Why deadlines could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("the removal date {removal} is after today {today}")]
    RemovalAfterToday {
        removal: chrono::NaiveDate,
        today: chrono::NaiveDate,
    },
    #[error("the date is outside the supported calendar range")]
    OutOfRange,
}

impl DeadlineError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::RemovalAfterToday { .. } => "guide-removal-after-today",
            Self::OutOfRange => "guide-date-out-of-range",
        }
    }
}

impl From<ContentError> for waarborg_contract::ApiError {
    fn from(err: ContentError) -> Self {
        Self::new(
            waarborg_contract::ErrorCode::GuideUnavailable,
            err.to_string(),
        )
    }
}

impl From<DeadlineError> for waarborg_contract::ApiError {
    fn from(err: DeadlineError) -> Self {
        let code = match err {
            DeadlineError::RemovalAfterToday { .. } => {
                waarborg_contract::ErrorCode::RemovalAfterToday
            }
            DeadlineError::OutOfRange => waarborg_contract::ErrorCode::InvalidDate,
        };
        Self::new(code, err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_kebab(code: &str) -> bool {
        !code.is_empty()
            && code
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase()))
    }

    #[test]
    fn error_codes_are_stable_kebab_case() {
        let content_errors = [
            ContentError::Parse {
                file: "x",
                message: String::new(),
            },
            ContentError::MissingTranslation {
                item: String::new(),
                language: "en",
            },
            ContentError::MissingSource {
                item: String::new(),
            },
            ContentError::MissingDoubt {
                item: String::new(),
            },
            ContentError::IncompleteSource {
                item: String::new(),
                cited: String::new(),
            },
            ContentError::UnknownContact {
                item: String::new(),
                contact: String::new(),
            },
            ContentError::UnknownReadyKey {
                item: String::new(),
                key: String::new(),
            },
            ContentError::InvalidLink {
                item: String::new(),
                link: String::new(),
            },
            ContentError::DuplicateId(String::new()),
            ContentError::MissingEntry(String::new()),
            ContentError::EmptyScenario(String::new()),
            ContentError::CountryTable {
                line: 0,
                problem: String::new(),
            },
            ContentError::UnknownCountry(String::new()),
        ];
        let mut codes: Vec<&str> = content_errors.iter().map(ContentError::code).collect();
        codes.push(DeadlineError::OutOfRange.code());
        let day = chrono::NaiveDate::MIN;
        codes.push(
            DeadlineError::RemovalAfterToday {
                removal: day,
                today: day,
            }
            .code(),
        );
        for code in &codes {
            assert!(is_kebab(code), "{code}");
        }
        let mut unique = codes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len(), "codes must be distinct");
    }
}
