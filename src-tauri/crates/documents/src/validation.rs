//! Field-level validation results, shared by the consent form and the parenting plan.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One problem with one field. `field` is a path into the input, e.g.
/// `child.birth_date`, `holders[1].phone` or `clauses[2].params.max_days`; the UI
/// shows the translation of `doc-validation-<code>` next to that field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldError {
    pub field: String,
    pub code: ValidationCode,
    pub severity: Severity,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: ValidationCode) -> Self {
        Self {
            field: field.into(),
            code,
            severity: Severity::Error,
        }
    }
}

/// Whether a problem blocks the document, or only needs the parent to confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Severity {
    Error,
    /// Allowed once the parent confirms (e.g. `confirm_past_departure`).
    NeedsConfirmation,
}

/// A stable validation code. Codes are never renamed once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ValidationCode {
    /// A required field is empty.
    Required,
    /// Not a date in `YYYY-MM-DD` form.
    InvalidDate,
    /// Not an e-mail address.
    InvalidEmail,
    /// A birth or issue date after today.
    DateInFuture,
    /// The return (or back-in-NL) date lies before the departure date.
    ReturnBeforeDeparture,
    /// The departure date lies in the past (needs confirmation).
    DepartureInPast,
    /// The child is 18 or older on the departure date.
    ChildNotMinor,
    /// Fewer consenting holders than the custody situation needs.
    HolderMissing,
    /// Custody by an institution, but no institution among the holders.
    InstitutionMissing,
    /// The child's travel document was issued before the child's birth.
    IssuedBeforeBirth,
    /// The child's travel document expires before the trip ends.
    DocumentExpires,
    /// A clause id that is not in the clause library.
    UnknownClause,
    /// The same clause chosen twice.
    DuplicateClause,
    /// A parameter the clause does not define.
    UnknownParameter,
    /// Not a whole number.
    InvalidNumber,
    /// A number below the parameter's minimum or above its maximum.
    OutOfRange,
    /// Not an amount of money such as `250` or `250,50`.
    InvalidAmount,
    /// Not one of the parameter's choices.
    InvalidChoice,
    /// No clause chosen.
    NoClauses,
    /// Characters the PDF cannot print correctly (right-to-left scripts, or glyphs the
    /// embedded font lacks, such as Chinese): use the Latin spelling from the passport.
    UnsupportedCharacters,
}

impl ValidationCode {
    /// Every code, so tests can check each is translated.
    pub const ALL: &'static [Self] = &[
        Self::Required,
        Self::InvalidDate,
        Self::InvalidEmail,
        Self::DateInFuture,
        Self::ReturnBeforeDeparture,
        Self::DepartureInPast,
        Self::ChildNotMinor,
        Self::HolderMissing,
        Self::InstitutionMissing,
        Self::IssuedBeforeBirth,
        Self::DocumentExpires,
        Self::UnknownClause,
        Self::DuplicateClause,
        Self::UnknownParameter,
        Self::InvalidNumber,
        Self::OutOfRange,
        Self::InvalidAmount,
        Self::InvalidChoice,
        Self::NoClauses,
        Self::UnsupportedCharacters,
    ];

    /// The kebab-case code, as serialized.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::InvalidDate => "invalid-date",
            Self::InvalidEmail => "invalid-email",
            Self::DateInFuture => "date-in-future",
            Self::ReturnBeforeDeparture => "return-before-departure",
            Self::DepartureInPast => "departure-in-past",
            Self::ChildNotMinor => "child-not-minor",
            Self::HolderMissing => "holder-missing",
            Self::InstitutionMissing => "institution-missing",
            Self::IssuedBeforeBirth => "issued-before-birth",
            Self::DocumentExpires => "document-expires",
            Self::UnknownClause => "unknown-clause",
            Self::DuplicateClause => "duplicate-clause",
            Self::UnknownParameter => "unknown-parameter",
            Self::InvalidNumber => "invalid-number",
            Self::OutOfRange => "out-of-range",
            Self::InvalidAmount => "invalid-amount",
            Self::InvalidChoice => "invalid-choice",
            Self::NoClauses => "no-clauses",
            Self::UnsupportedCharacters => "unsupported-characters",
        }
    }

    /// The Fluent id of the message parents see for this code.
    pub fn message_id(self) -> String {
        format!("doc-validation-{}", self.as_str())
    }
}

/// The translated message for a field error.
pub fn field_error_message(messages: &waarborg_i18n::Messages, error: &FieldError) -> String {
    messages.get(&error.code.message_id())
}
