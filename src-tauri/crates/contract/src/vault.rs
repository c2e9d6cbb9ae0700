//! The vault as the window sees it: its state, creating and unlocking it, imports and
//! their progress. Items, records and the custody log cross IPC as the vault crate's
//! own exported types (`waarborg_vault`), so they are defined once.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{ApiError, ErrorCode, LogAnchor, Passphrase, RollbackWarning};

/// Whether there is a vault, and whether it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum VaultState {
    /// No vault in the chosen (or default) folder yet.
    Missing,
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct VaultStatus {
    pub state: VaultState,
    /// The vault folder in use (chosen, else the default).
    pub dir: String,
    /// The default folder, shown when creating a vault.
    pub default_dir: String,
    /// The custody-log head hash, when unlocked.
    pub log_head: Option<String>,
    /// The custody-log head as `SEQ:HASH` parts, when unlocked.
    pub log_anchor: Option<LogAnchor>,
    /// The vault's log does not contain the newest entry this computer saw in it: set
    /// from unlock until the vault locks (or the parent accepts the log as it is).
    pub rollback: Option<RollbackWarning>,
    /// Idle seconds before the vault locks itself.
    pub auto_lock_seconds: u32,
    /// A presentation is running (the window shows only it, full screen).
    pub presenting: bool,
    /// Something the parent should know that did not stop the action (e.g. the
    /// keychain could not remember the key; the passphrase still works).
    pub notice: Option<ApiError>,
    /// The fingerprint (`SHA256:…`) of the key that signs this vault's packages, when
    /// unlocked: shown in Settings, to be compared with the lawyer's in person.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub signing_fingerprint: Option<String>,
}

/// What the parent entered to create a vault.
#[derive(Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewVault {
    pub dir: String,
    pub passphrase: Passphrase,
    /// age public keys (`age1…`) that can also open the vault, e.g. the lawyer's.
    pub recovery_keys: Vec<String>,
    pub remember_on_device: bool,
}

impl std::fmt::Debug for NewVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the passphrase.
        f.debug_struct("NewVault")
            .field("recovery_keys", &self.recovery_keys.len())
            .field("remember_on_device", &self.remember_on_device)
            .finish_non_exhaustive()
    }
}

/// Why the vault locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum LockReason {
    /// The parent pressed lock (or the shortcut).
    Asked,
    /// Quick exit: hide everything at once.
    QuickExit,
    /// No use for the configured idle time.
    Idle,
    /// The operating system said the session is being locked or the computer is going
    /// to sleep.
    System,
}

/// A file that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportProblem {
    /// The file's path as given.
    pub path: String,
    pub error: ApiError,
    /// For duplicates: the item that already holds these bytes.
    pub existing_item: Option<String>,
}

/// The outcome of one import of several files.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportSummary {
    /// Ids of the new items, in the order imported.
    pub imported: Vec<String>,
    /// Files not imported: duplicates, unreadable files, …
    pub problems: Vec<ImportProblem>,
    /// The parent stopped the import; files after the current one were not touched.
    pub cancelled: bool,
}

/// Pushed from the backend to the window over the channel given to `vault_subscribe`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "event", rename_all = "kebab-case")]
#[ts(export)]
pub enum VaultEvent {
    /// Files were dropped onto the window.
    Dropped {
        paths: Vec<String>,
    },
    /// An import began: how many files and bytes in all.
    ImportStarted {
        files: u32,
        #[ts(type = "number")]
        total_bytes: u64,
    },
    /// Progress of the file being imported (`index` counts from 0).
    ImportProgress {
        index: u32,
        name: String,
        #[ts(type = "number")]
        file_done: u64,
        #[ts(type = "number")]
        file_bytes: u64,
        #[ts(type = "number")]
        total_done: u64,
    },
    ImportFinished {
        summary: ImportSummary,
    },
    /// The vault locked (keys dropped); the window must show the lock screen.
    Locked {
        reason: LockReason,
    },
    /// A re-key is re-encrypting: vault files done of all.
    RekeyProgress {
        #[ts(type = "number")]
        done: u64,
        #[ts(type = "number")]
        total: u64,
    },
    /// The integrity check is running: items checked of all, then bytes of the custody
    /// log read of all (0 of 0 while the items are checked).
    VerifyProgress {
        #[ts(type = "number")]
        items_done: u64,
        #[ts(type = "number")]
        items_total: u64,
        #[ts(type = "number")]
        log_done: u64,
        #[ts(type = "number")]
        log_total: u64,
    },
    /// An export is writing: bytes of originals done of all.
    ExportProgress {
        #[ts(type = "number")]
        done: u64,
        #[ts(type = "number")]
        total: u64,
    },
    /// A package is being checked: bytes checked so far, of about `total`.
    PackageProgress {
        #[ts(type = "number")]
        done: u64,
        #[ts(type = "number")]
        total: u64,
    },
    /// Items without extracted text (an older vault's first unlock) are being made
    /// searchable: `done` in this step, `remaining` after it (0: all are searchable).
    TextIndexProgress {
        #[ts(type = "number")]
        done: u64,
        #[ts(type = "number")]
        remaining: u64,
    },
}

/// The parent who goes to the police, as printed on the police information sheet (not
/// stored: typed each time).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
pub struct Reporter {
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// How an export package is protected.
#[derive(Clone, Deserialize, TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ExportProtection {
    /// A plain folder.
    Folder,
    /// One age file opened with this passphrase.
    Passphrase { passphrase: Passphrase },
    /// One age file opened with the identity of any of these age public keys (`age1…`).
    Recipients { recipients: Vec<String> },
}

impl std::fmt::Debug for ExportProtection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the passphrase.
        match self {
            Self::Folder => f.write_str("Folder"),
            Self::Passphrase { .. } => f.write_str("Passphrase { <redacted> }"),
            Self::Recipients { recipients } => write!(f, "Recipients({})", recipients.len()),
        }
    }
}

/// What to export, where and how.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ExportRequest {
    /// Item ids, in the order they are numbered.
    pub ids: Vec<String>,
    /// The new folder or file (full path); it must not exist.
    pub out: String,
    pub protection: ExportProtection,
    /// A few lines for the evidence index's cover page (may be empty).
    pub case_summary: String,
    /// The records that go along beside the items (none when left out).
    #[serde(default)]
    pub include: Vec<ExportInclude>,
}

/// Records a package can carry beside the items (`waarborg export --include …`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum ExportInclude {
    /// The journal: `journal.pdf`, `journal.json`, `journal.csv`.
    Journal,
    /// The person profiles: `people.pdf`, `people.json`.
    People,
    /// The travel records: `travel.pdf`, `travel.json`.
    Travel,
    /// The case timeline of the guide's steps: `timeline.pdf`.
    Timeline,
}

impl ExportInclude {
    pub const ALL: [Self; 4] = [Self::Journal, Self::People, Self::Travel, Self::Timeline];

    /// The name on the command line and in the window.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Journal => "journal",
            Self::People => "people",
            Self::Travel => "travel",
            Self::Timeline => "timeline",
        }
    }
}

impl std::str::FromStr for ExportInclude {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|i| i.as_str() == s.trim())
            .ok_or_else(|| s.to_owned())
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ExportSummary {
    /// The package: a folder or an encrypted file.
    pub path: String,
    pub encrypted: bool,
    pub files: u32,
    #[ts(type = "number")]
    pub bytes: u64,
    /// The custody-log head after the export (also in the package's custody-log.json).
    pub log_head: Option<String>,
    /// How many chat exports went with their transcript PDF beside them.
    pub transcripts: u32,
    /// The package's files of the chat exports that went without one (their date order
    /// never answered), with why: `(file, error code)`.
    pub without_transcript: Vec<(String, ErrorCode)>,
}

/// What a backup wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupSummary {
    pub path: String,
    pub files: u32,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// What opens a package in the package viewer.
#[derive(Clone, Deserialize, TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PackageOpenKey {
    None,
    Passphrase {
        passphrase: Passphrase,
    },
    /// The path of an age identity file (`AGE-SECRET-KEY-1…`).
    IdentityFile {
        path: String,
    },
}

impl std::fmt::Debug for PackageOpenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::None => f.write_str("None"),
            Self::Passphrase { .. } => f.write_str("Passphrase { <redacted> }"),
            Self::IdentityFile { .. } => f.write_str("IdentityFile { .. }"),
        }
    }
}

/// One item as presentation mode shows it: what it is, not how it was described
/// (no notes, provenance or history reach the presentation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PresentedItem {
    pub id: String,
    /// The title, or the original file name when the item has none.
    pub title: String,
    /// `YYYY-MM-DD`, when known.
    pub event_date: Option<String>,
    pub original_name: String,
    pub media_type: String,
    #[ts(type = "number")]
    pub size: u64,
    /// SHA-256 (hex) of the original bytes.
    pub sha256: String,
}
