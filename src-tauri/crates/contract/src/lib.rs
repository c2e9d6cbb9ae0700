//! The one typed contract between the Waarborg UI and its Rust backend.
//!
//! Every type that crosses IPC is defined here, once, and exported to TypeScript with
//! `ts-rs` (`cargo test -p waarborg-contract` writes `ui/src/lib/bindings/`; CI fails
//! when the committed bindings differ). The list of IPC command names lives here too,
//! so that `build.rs` (permissions), the capability file and the UI agree on it.
#![forbid(unsafe_code)]

mod anchor;
mod commands;
mod error;
mod secret;
mod types;
mod vault;

pub use anchor::{AnchorParseError, LogAnchor, RollbackWarning};
pub use commands::{COMMANDS, Command};
pub use error::{ApiError, ErrorCode, HasErrorCode};
pub use secret::Passphrase;
pub use types::{AppInfo, Language, LanguagePreference, SavedDocument, Settings, Text};
pub use vault::{
    BackupSummary, ExportProtection, ExportRequest, ExportSummary, ImportProblem, ImportSummary,
    LockReason, NewVault, PackageOpenKey, PresentedItem, Reporter, VaultEvent, VaultState,
    VaultStatus,
};
