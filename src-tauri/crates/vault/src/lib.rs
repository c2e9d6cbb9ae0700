//! Waarborg's evidence vault: a folder of age-encrypted files.
//!
//! - [`Vault::create`] / [`Vault::unlock`] / [`Vault::unlock_with_recovery`] /
//!   [`Vault::unlock_with_keychain`] open a vault and hold its writer lock.
//! - Items ([`Vault::import_file`]) keep the original bytes, their SHA-256 and facts,
//!   and an editable description with history; delete goes to a trash.
//! - Records ([`Vault::create_record`]): journal entries, person profiles, travel; edits
//!   keep the earlier versions, delete goes to a trash.
//! - The custody log is append-only and hash-chained ([`Vault::log_head`]).
//! - [`Vault::verify`] checks everything and reports every problem.
//!
//! The on-disk format is specified in `docs/VAULT_FORMAT.md`. No Tauri here.
#![forbid(unsafe_code)]

/// `Debug` for types that hold evidence: prints the type name only.
macro_rules! redacted_debug {
    ($($ty:ty),* $(,)?) => {
        $(impl std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($ty), " { <redacted> }"))
            }
        })*
    };
}
pub(crate) use redacted_debug;

mod anchor;
mod backup;
mod batch;
#[cfg(feature = "bench-generator")]
#[doc(hidden)]
pub mod bench_gen;
mod chat_notes;
mod chat_text;
mod dates;
mod error;
mod export;
mod index;
mod items;
mod keychain;
mod keyfiles;
mod log;
mod log_index;
mod query;
mod records;
mod rekey;
mod signing;
mod store;
mod stray;
mod strength;
mod text;
mod thumbnail_binding;
mod upcoming;
mod vault;
mod verify;
mod verify_cache;
mod verify_log;

pub use age::secrecy::{ExposeSecret, SecretString};
pub use anchor::{AnchorCheck, AnchorSource};
pub use backup::{BackupReport, restore};
pub use batch::{BATCH_BYTES, BATCH_FILES};
pub use chat_notes::ChatNotes;
pub use dates::{DateSource, TakenAt};
pub use error::{
    CreateError, ImportError, IoFailure, ItemError, KeyError, KeychainError, LogError, RecordError,
    RecoverError, UnlockError,
};
pub use export::{
    ChatTranscriptInput, ChatTranscriptPdf, ChatTranscripts, ExportOptions, ExportReport, IndexPdf,
    IndexPdfInput, RecordFiles, RecordFilesInput, RecordsExport, included_name, numbered_name,
    transcript_name,
};
pub use items::{
    Category, ContentReader, DescriptionVersion, ExifFacts, FileFacts, Item, ItemDescription,
    Provenance, SourceKind, THUMBNAIL_SIZE, suggest_description,
};
pub use keychain::{DeviceKeychain, SERVICE as KEYCHAIN_SERVICE};
pub use keyfiles::UnlockNotice;
pub use log::{
    DEFAULT_SEAL_THRESHOLD, GENESIS_HASH, KNOWN_KINDS as KNOWN_LOG_KINDS, LogEntry, LogKind,
    SEALED_KIND, SealStep, seal_threshold, set_seal_hook, set_seal_threshold,
};
pub use query::{ItemDetail, ItemFacets, ItemQuery, ItemSort, ItemSummary};
pub use records::{
    Address, DocumentKind, IdentityDocument, JournalEntry, PersonProfile, PersonRole, Record,
    RecordKind, RecordVersion, Relative, StepLogEntry, StoredRecord, TravelKind, TravelRecord,
    Vehicle,
};
pub use rekey::{REKEY_KIND, RekeyError, RekeyReport, RekeyStep};
pub use signing::SIGNING_KEY_CREATED_KIND;
pub use strength::{
    MIN_LENGTH as MIN_PASSPHRASE_LENGTH, MIN_SCORE as MIN_PASSPHRASE_SCORE, PassphraseError,
    Strength, check_new_passphrase, passphrase_strength,
};
pub use text::{ItemTextInfo, TextNote};
pub use upcoming::{
    BACKUP_KIND, BackupTimes, EXPIRY_WINDOW_MONTHS, Upcoming, UpcomingDate, UpcomingInput,
    UpcomingKind, to_ics, upcoming,
};
pub use vault::{
    CreateOptions, DEFAULT_WORK_FACTOR, FORMAT_NAME, FORMAT_VERSION, MAX_WORK_FACTOR,
    MIN_WORK_FACTOR, PassphraseCheck, Vault, VaultInfo, new_recovery_key, read_info,
};
pub use verify::{
    LogPage, MAX_LOG_PAGE, Problem, ProblemKind, VerifyMode, VerifyProgress, VerifyReport,
};
pub use waarborg_contract::LogAnchor;
pub use waarborg_package::{
    IndexEntry, Protection, UnpackError as PackageUnpackError, WriteError as PackageWriteError,
};
