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
mod recovery;
mod secret;
mod types;
mod vault;

/// The largest scrypt work factor (log2 N) accepted anywhere: a vault key file or a
/// passphrase package asking for more is refused before any work (2^20 needs 1 GiB of
/// memory and a few seconds; more would let a tampered file exhaust the machine).
pub const MAX_SCRYPT_WORK_FACTOR: u8 = 20;

pub use anchor::{AnchorParseError, LogAnchor, RollbackWarning};
pub use commands::{COMMANDS, Command};
pub use error::{ApiError, ErrorCode, HasErrorCode};
pub use recovery::{KitSummary, RecoveryKeyInput, RecoveryKeyList};
pub use secret::Passphrase;
pub use types::{
    AppInfo, Language, LanguagePreference, QuickExit, SavedDocument, Settings, Text, Theme,
};
pub use vault::{
    BackupSummary, ExportInclude, ExportProtection, ExportRequest, ExportSummary, ImportProblem,
    ImportSummary, LockReason, NewVault, PackageOpenKey, PresentedItem, Reporter, VaultEvent,
    VaultState, VaultStatus,
};
