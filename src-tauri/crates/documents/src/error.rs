//! Errors, each with a stable kebab-case code the UI can translate
//! (`doc-error-<code>` in the Fluent files).

use std::path::PathBuf;

use crate::validation::FieldError;

/// Every error code of this crate, for translation tests and the UI.
pub const ALL_ERROR_CODES: &[&str] = &[
    "documents-invalid-input",
    "documents-font",
    "documents-write",
    "documents-clause-library",
];

/// Why a PDF could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// The input did not pass validation; nothing was produced.
    #[error("the input has {} problem(s)", .0.len())]
    Invalid(Vec<FieldError>),
    /// The embedded font could not be read (a build defect).
    #[error("the embedded font could not be read: {0}")]
    Font(&'static str),
}

impl RenderError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid(_) => "documents-invalid-input",
            Self::Font(_) => "documents-font",
        }
    }
}

/// Why a PDF could not be written to disk. The target is never left half-written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("could not write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl WriteError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Io { .. } => "documents-write",
        }
    }
}

/// Why a document could not be saved: the form was refused, or the disk was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl SaveError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Render(err) => err.code(),
            Self::Write(err) => err.code(),
        }
    }
}

impl From<SaveError> for waarborg_contract::ApiError {
    fn from(err: SaveError) -> Self {
        use waarborg_contract::ErrorCode;
        let code = match &err {
            SaveError::Render(RenderError::Invalid(_)) => ErrorCode::DocumentsInvalidInput,
            SaveError::Render(RenderError::Font(_)) => ErrorCode::DocumentsFont,
            SaveError::Write(_) => ErrorCode::DocumentsWrite,
        };
        Self::new(code, err.to_string())
    }
}

impl From<ClauseLibraryError> for waarborg_contract::ApiError {
    fn from(err: ClauseLibraryError) -> Self {
        Self::new(
            waarborg_contract::ErrorCode::DocumentsClauseLibrary,
            err.to_string(),
        )
    }
}

/// Why the clause library did not load. A shipped library that fails is a bug: its
/// tests run the same checks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClauseLibraryError {
    #[error("{file}: {problem}")]
    Invalid { file: String, problem: String },
}

impl ClauseLibraryError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid { .. } => "documents-clause-library",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_crosses_ipc_as_a_contract_code() {
        for code in ALL_ERROR_CODES {
            assert!(
                waarborg_contract::ErrorCode::ALL
                    .iter()
                    .any(|known| known.as_str() == *code),
                "{code} is not a waarborg_contract::ErrorCode"
            );
        }
    }

    #[test]
    fn every_code_is_listed_kebab_case_and_distinct() {
        let codes = [
            RenderError::Invalid(Vec::new()).code(),
            RenderError::Font("x").code(),
            WriteError::Io {
                path: PathBuf::new(),
                source: std::io::Error::other("x"),
            }
            .code(),
            ClauseLibraryError::Invalid {
                file: String::new(),
                problem: String::new(),
            }
            .code(),
        ];
        for code in codes {
            assert!(ALL_ERROR_CODES.contains(&code), "{code} not listed");
            assert!(
                code.split('-')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
            );
        }
        let mut unique = ALL_ERROR_CODES.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ALL_ERROR_CODES.len());
        assert_eq!(codes.len(), ALL_ERROR_CODES.len());
    }
}
