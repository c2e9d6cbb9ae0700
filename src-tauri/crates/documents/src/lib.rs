//! Waarborg's printable documents: the bilingual travel-consent form with its travel
//! checklist, the parenting-plan clauses, the case timeline, the information sheet
//! for the police and the evidence index of an export package, as PDFs.
//!
//! Inputs are plain serde types (exported to TypeScript) that the UI, the CLI and the
//! vault's profiles fill. [`validate`] and [`ClauseLibrary::fill`] report every problem
//! as a [`FieldError`] with the path of its field and a stable code; the PDF functions
//! run the same checks first and never produce a document from invalid input.
//! Labels come from the Fluent files of `waarborg-i18n` (`doc-…` keys; the evidence
//! index, the case timeline and the police sheet print them Dutch and English
//! together, see [`document_kind_label`]); the clause texts
//! are data in `content/clauses/`. The font (DejaVu Sans) is embedded in the crate, so
//! output does not depend on the fonts of the machine.
//!
//! ```
//! use waarborg_documents::*;
//!
//! // An empty consent form: every problem comes back, with its field and code.
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
//! let errors = validate(&ConsentForm::default(), today).unwrap_err();
//! assert!(errors.iter().any(|e| e.field == "holders[0]" && e.code.as_str() == "holder-missing"));
//!
//! // A parenting plan with one clause, filled and printed in Dutch and English.
//! let library = ClauseLibrary::netherlands()?;
//! let plan = ParentingPlan {
//!     party_a: Party { full_name: "Jörg Müller".into(), ..Default::default() },
//!     party_b: Party { full_name: "Çağla Yıldız".into(), ..Default::default() },
//!     children: vec![PlanChild { full_name: "Zeynep Müller".into(), birth_date: "2016-06-30".into() }],
//!     clauses: vec![ClauseChoice {
//!         id: "max-holiday-length".into(),
//!         params: [("max_days".to_owned(), "21".to_owned())].into(),
//!     }],
//!     ..Default::default()
//! };
//! let filled = library.fill(&plan).map_err(|e| format!("{e:?}"))?;
//! assert!(filled.articles[0].text.en.contains("no more than 21 consecutive days"));
//! let pdf = parenting_plan_pdf(&library, &plan, PlanLanguage::Both)?;
//! assert!(pdf.starts_with(b"%PDF"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! No network, no app shell: the shell wires these calls to IPC.
#![forbid(unsafe_code)]

mod clauses;
mod consent;
mod consent_pdf;
mod error;
mod index_pdf;
mod kit_pdf;
mod labels;
mod layout;
mod output;
mod plan_pdf;
mod police_pdf;
mod records_pdf;
mod timeline_pdf;
mod transcript_pdf;
mod validation;
mod write;

pub use clauses::{
    Article, ChoiceOption, Clause, ClauseChoice, ClauseLibrary, FilledPlan, NETHERLANDS,
    PLAN_PLACEHOLDERS, ParamDef, ParamKind, ParentingPlan, Party, PlanChild,
    Status as ClauseStatus, Text as ClauseText,
};
pub use consent::{
    Capacity, Child, Companion, ConsentForm, ContactDuringTrip, Custody, Destination, DocumentKind,
    Holder, Stay, TravelDocument, Trip, TripRecord, validate,
};
pub use consent_pdf::{ConsentOptions, consent_form_pdf};
pub use error::{ALL_ERROR_CODES, ClauseLibraryError, RenderError, SaveError, WriteError};
pub use index_pdf::{CustodySummary, EvidenceEntry, EvidenceIndex, evidence_index_pdf};
pub use kit_pdf::{EmergencyKit, emergency_kit_pdf};
pub use labels::{SheetDocumentKind, document_kind_label};
pub use output::{safe_stem, save_consent_form, save_parenting_plan, saved_pdf_in};
pub use plan_pdf::{PlanLanguage, parenting_plan_pdf};
pub use police_pdf::{
    NOT_FILLED_IN, PoliceSheet, SheetDocument, SheetPerson, SheetTrip, police_sheet_pdf,
    save_police_sheet,
};
pub use records_pdf::{
    EvidenceRef, JournalDocument, JournalPrintEntry, JournalVersion, ProfilePrint,
    ProfilesDocument, ReplacedVersion, TravelPrint, TravelRecords, journal_pdf, profiles_pdf,
    travel_pdf,
};
pub use timeline_pdf::{CaseTimeline, TimelineEntry, case_timeline_pdf, save_case_timeline};
pub use transcript_pdf::{
    TranscriptDocument, save_transcript, transcript_pdf, transcript_selection,
};
pub use validation::{FieldError, Severity, ValidationCode, field_error_message};
pub use write::write_pdf_atomically;

/// When the legal content behind the documents was last checked (month precision, as
/// the research gives it). Printed in every document's footer.
pub const CONTENT_CHECKED: &str = "11-2026";
