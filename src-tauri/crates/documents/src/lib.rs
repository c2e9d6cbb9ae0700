//! Waarborg's printable documents: the bilingual travel-consent form with its travel
//! checklist, and the parenting-plan clauses, as PDFs.
//!
//! Inputs are plain serde types (exported to TypeScript) that the UI, the CLI and the
//! vault's profiles fill. [`validate`] and [`ClauseLibrary::fill`] report every problem
//! as a [`FieldError`] with the path of its field and a stable code; the PDF functions
//! run the same checks first and never produce a document from invalid input.
//! Labels come from the Fluent files of `waarborg-i18n` (`doc-…` keys); the clause texts
//! are data in `content/clauses/`. The font (DejaVu Sans) is embedded in the crate, so
//! output does not depend on the fonts of the machine.
//!
//! No network, no app shell: the shell wires these calls to IPC.
#![forbid(unsafe_code)]

mod clauses;
mod consent;
mod consent_pdf;
mod error;
mod layout;
mod plan_pdf;
mod validation;
mod write;

pub use clauses::{
    Article, ChoiceOption, Clause, ClauseChoice, ClauseLibrary, FilledPlan, NETHERLANDS,
    PLAN_PLACEHOLDERS, ParamDef, ParamKind, ParentingPlan, Party, PlanChild,
    Status as ClauseStatus, Text as ClauseText,
};
pub use consent::{
    Capacity, Child, Companion, ConsentForm, ContactDuringTrip, Custody, Destination, DocumentKind,
    Holder, Stay, TravelDocument, Trip, validate,
};
pub use consent_pdf::{ConsentOptions, consent_form_pdf};
pub use error::{ALL_ERROR_CODES, ClauseLibraryError, RenderError, WriteError};
pub use plan_pdf::{PlanLanguage, parenting_plan_pdf};
pub use validation::{FieldError, Severity, ValidationCode, field_error_message};
pub use write::write_pdf_atomically;

/// When the legal content behind the documents was last checked (month precision, as
/// the research gives it). Printed in every document's footer.
pub const CONTENT_CHECKED: &str = "11-2026";
