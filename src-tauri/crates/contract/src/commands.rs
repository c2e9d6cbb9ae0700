//! The names of the IPC commands the shell exposes.
//!
//! `build.rs` declares exactly these to Tauri (so each needs an explicit `allow-…`
//! permission), and the exported `Command` union lets the UI call only these names.

use serde::Serialize;
use ts_rs::TS;

/// One IPC command the UI may invoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "Command")]
pub enum Command {
    /// `() -> AppInfo`
    AppInfo,
    /// `() -> Settings`
    GetSettings,
    /// `(preference: LanguagePreference) -> Settings`
    SetLanguage,
    /// `() -> GuideOverview`
    GuideOverview,
    /// `(country: string | null) -> Route`
    GuideRoute,
    /// `(query: string, language: Language) -> CountryMatch[]`
    GuideSearchCountries,
    /// `(removalDate: "YYYY-MM-DD", today: "YYYY-MM-DD") -> Deadlines`
    GuideDeadlines,
    /// `(removalDate: "YYYY-MM-DD" | null, today: "YYYY-MM-DD") -> Settings`
    SetRemovalDate,
    /// `(form: ConsentForm, today: "YYYY-MM-DD") -> FieldError[]` (empty: ready to print)
    ConsentCheck,
    /// `(form: ConsentForm, today: "YYYY-MM-DD") -> SavedDocument`
    ConsentSave,
    /// `(path: string) -> null`: opens a document Waarborg saved in the system viewer.
    OpenDocument,
    /// `() -> Clause[]`: the parenting-plan clause library, in order
    PlanClauses,
    /// `(plan: ParentingPlan) -> FieldError[]` (empty: ready)
    PlanCheck,
    /// `(plan: ParentingPlan) -> FilledPlan`: the articles as they will be printed
    PlanPreview,
    /// `(plan: ParentingPlan, language: PlanLanguage) -> SavedDocument`
    PlanSave,
    /// `() -> VaultStatus`
    VaultStatus,
    /// `() -> string | null`: a native folder dialog (for a new or existing vault)
    VaultChooseFolder,
    /// `(vault: NewVault) -> VaultStatus`: creates and unlocks a vault
    VaultCreate,
    /// `(dir: string) -> VaultStatus`: opens an existing vault folder (locked)
    VaultUseFolder,
    /// `(passphrase: string, rememberOnDevice: boolean) -> VaultStatus`
    VaultUnlock,
    /// `() -> VaultStatus`: unlock with the key this device's keychain keeps
    VaultUnlockWithDevice,
    /// `() -> VaultStatus`: removes the vault key from this device's keychain
    VaultForgetDevice,
    /// `(current: string, new: string) -> VaultStatus`: new passphrase and new key, every
    /// vault file re-encrypted (progress as `VaultEvent` `rekey-progress`)
    VaultRekey,
    /// `() -> string | null`: a native dialog for a recovery key file
    VaultChooseKeyFile,
    /// `(key: RecoveryKeyInput, new: string) -> VaultStatus`: forgotten passphrase: a
    /// recovery key opens the vault and a new passphrase is set (logged)
    VaultRecover,
    /// `(current: string, new: string) -> VaultStatus`: a new passphrase, same key (logged)
    VaultChangePassphrase,
    /// `() -> RecoveryKeyList`
    VaultRecoveryKeys,
    /// `(key: string) -> RecoveryKeyList`: adds one recovery public key (logged)
    VaultAddRecoveryKey,
    /// `(key: string) -> RecoveryKeyList`: removes one recovery public key (logged)
    VaultRemoveRecoveryKey,
    /// `(newRecoveryKey: boolean) -> KitSummary | null`: the emergency kit PDF, written
    /// where the parent chooses in a save dialog (null: cancelled)
    VaultEmergencyKit,
    /// `(reason: LockReason) -> VaultStatus`: drops keys and decrypted content
    VaultLock,
    /// `() -> null`: the parent is using the app (postpones the idle lock)
    VaultTouch,
    /// `(onEvent: Channel<VaultEvent>) -> null`
    VaultSubscribe,
    /// `(folders: boolean) -> string[]`: a native dialog for files or folders to import
    VaultPickFiles,
    /// `(paths: string[]) -> ImportSummary`: folders are imported with their files; progress as events
    VaultImport,
    /// `() -> null`: stops the running import after the current chunk
    VaultCancelImport,
    /// `(query: ItemQuery) -> ItemSummary[]`
    VaultItems,
    /// `() -> ItemFacets`
    VaultFacets,
    /// `(id: string, view: boolean) -> ItemDetail`: with `view`, logged as a view
    VaultItem,
    /// `(id: string, description: ItemDescription) -> Item`: the old description is kept
    VaultEditItem,
    /// `(id: string) -> null`
    VaultTrashItem,
    /// `(id: string) -> null`
    VaultRestoreItem,
    /// `(id: string) -> null`: only from the trash; for good
    VaultPurgeItem,
    /// `(id: string) -> null`: a decrypted temporary copy in the system viewer, removed on lock
    VaultOpenExternal,
    /// `(id: string) -> string | null`: a save dialog, then the original bytes written
    /// there (checked, logged as an export); null when the dialog was cancelled
    VaultSaveCopy,
    /// `(kind: RecordKind) -> StoredRecord[]`
    VaultRecords,
    /// `(id: string | null, record: VaultRecord) -> StoredRecord`
    VaultSaveRecord,
    /// `(id: string) -> null`: moves the record to the trash
    VaultDeleteRecord,
    /// `() -> StoredRecord[]`: records in the trash, every kind, oldest first
    VaultTrashedRecords,
    /// `(id: string) -> null`: takes a record out of the trash
    VaultRestoreRecord,
    /// `(id: string) -> null`: only from the trash; for good
    VaultPurgeRecord,
    /// `(text: string) -> StoredRecord[]`: newest event first
    VaultSearchJournal,
    /// `(anchor: string | null) -> VerifyReport`: also checks this computer's anchor and
    /// `anchor` (`SEQ:HASH`), when given
    VaultVerify,
    /// `() -> VaultStatus`: this computer accepts the open vault's log as it is now
    /// (an older copy restored on purpose); the rollback warning ends.
    VaultAcceptLog,
    /// `() -> LogEntry[]`: the whole custody log, oldest first
    VaultLog,
    /// `(seconds: number) -> Settings`
    SetAutoLock,
    /// `(path: string, what: string) -> Item`: a PDF Waarborg saved, kept in the vault as an
    /// official document (logged as a generated document)
    VaultKeepDocument,
    /// `(today: "YYYY-MM-DD") -> SavedDocument`: the case timeline PDF of the logged steps
    VaultCaseTimeline,
    /// `(today: "YYYY-MM-DD", reporter: Reporter) -> SavedDocument`: the police
    /// information sheet, from the vault's profiles, trips and official documents
    VaultPoliceSheet,
    /// `(id: string) -> ChatView`: the transcript of a chat export item, with its marks
    VaultChat,
    /// `(id: string, marked: number[]) -> number[]`: the marked messages (logged)
    VaultChatMarks,
    /// `(id: string, order: DateOrder) -> ChatView`: the parent's answer to "day or month first?"
    VaultChatDateOrder,
    /// `(id, today, markedOnly, context) -> SavedDocument`: the transcript PDF
    VaultChatTranscript,
    /// `(days: number) -> Settings`: the trip watch's grace period after a return date
    SetTripGrace,
    /// `(theme: Theme, textSize: number) -> Settings`: light/dark/system colours and the
    /// text size in percent (100–200)
    SetAppearance,
    /// `(request: ExportRequest) -> ExportSummary`: items to a new folder or encrypted
    /// file, with progress events; refused while another import or export runs
    VaultExport,
    /// `() -> void`: stops the running export (nothing of it is kept)
    VaultExportCancel,
    /// `() -> string | null`: a file dialog for an encrypted package or an identity file
    PackageChooseFile,
    /// `(path: string, key: PackageOpenKey) -> PackageReport`: opens a package (folder or
    /// encrypted file) without any vault and checks every file; replaces the open one
    PackageOpen,
    /// `() -> void`: closes the open package (a decrypted private copy is deleted)
    PackageClose,
    /// `(out: string, passphrase: string) -> BackupSummary`: an encrypted backup of the
    /// whole vault to the new file `out`, with the vault's own passphrase; read back
    VaultBackup,
    /// `(file: string, passphrase: string, dir: string) -> VaultStatus`: restores a backup
    /// into the new folder `dir`, which becomes the vault in use, unlocked
    VaultRestore,
    /// `(ids: string[]) -> PresentedItem[]`: presentation mode with exactly these items
    /// (full screen); every other vault command is refused until it ends
    VaultPresentStart,
    /// `() -> PresentedItem[]`: the items being presented, in order
    VaultPresentItems,
    /// `(id: string) -> null`: a presented item is on screen (logged once as a view)
    VaultPresentView,
    /// `(passphrase: string) -> VaultStatus`: leaves presentation mode if the passphrase
    /// is the vault's
    VaultPresentEnd,
    /// `(today: "YYYY-MM-DD") -> Upcoming`: passport/ID expiries, trips, the one-year
    /// mark and the backup reminder (with the vault locked: only the mark)
    Upcoming,
    /// `(today: "YYYY-MM-DD", fullTitles: boolean) -> string | null`: a save dialog,
    /// then those dates as an `.ics` calendar file (neutral titles unless `fullTitles`)
    UpcomingSaveIcs,
    /// `(days: number) -> Settings`: days after the last backup before the reminder
    /// (0: never)
    SetBackupReminder,
    /// `(choice: QuickExit) -> Settings`: what the quick exit does with the window
    /// (a neutral cover, or hide it)
    SetQuickExit,
}

impl Command {
    /// The name Tauri registers the command under (the Rust function name).
    pub const fn name(self) -> &'static str {
        match self {
            Self::AppInfo => "app_info",
            Self::GetSettings => "get_settings",
            Self::SetLanguage => "set_language",
            Self::GuideOverview => "guide_overview",
            Self::GuideRoute => "guide_route",
            Self::GuideSearchCountries => "guide_search_countries",
            Self::GuideDeadlines => "guide_deadlines",
            Self::SetRemovalDate => "set_removal_date",
            Self::ConsentCheck => "consent_check",
            Self::ConsentSave => "consent_save",
            Self::OpenDocument => "open_document",
            Self::PlanClauses => "plan_clauses",
            Self::PlanCheck => "plan_check",
            Self::PlanPreview => "plan_preview",
            Self::PlanSave => "plan_save",
            Self::VaultStatus => "vault_status",
            Self::VaultChooseFolder => "vault_choose_folder",
            Self::VaultCreate => "vault_create",
            Self::VaultUseFolder => "vault_use_folder",
            Self::VaultUnlock => "vault_unlock",
            Self::VaultUnlockWithDevice => "vault_unlock_with_device",
            Self::VaultForgetDevice => "vault_forget_device",
            Self::VaultRekey => "vault_rekey",
            Self::VaultChooseKeyFile => "vault_choose_key_file",
            Self::VaultRecover => "vault_recover",
            Self::VaultChangePassphrase => "vault_change_passphrase",
            Self::VaultRecoveryKeys => "vault_recovery_keys",
            Self::VaultAddRecoveryKey => "vault_add_recovery_key",
            Self::VaultRemoveRecoveryKey => "vault_remove_recovery_key",
            Self::VaultEmergencyKit => "vault_emergency_kit",
            Self::VaultLock => "vault_lock",
            Self::VaultTouch => "vault_touch",
            Self::VaultSubscribe => "vault_subscribe",
            Self::VaultPickFiles => "vault_pick_files",
            Self::VaultImport => "vault_import",
            Self::VaultCancelImport => "vault_cancel_import",
            Self::VaultItems => "vault_items",
            Self::VaultFacets => "vault_facets",
            Self::VaultItem => "vault_item",
            Self::VaultEditItem => "vault_edit_item",
            Self::VaultTrashItem => "vault_trash_item",
            Self::VaultRestoreItem => "vault_restore_item",
            Self::VaultPurgeItem => "vault_purge_item",
            Self::VaultOpenExternal => "vault_open_external",
            Self::VaultSaveCopy => "vault_save_copy",
            Self::VaultRecords => "vault_records",
            Self::VaultSaveRecord => "vault_save_record",
            Self::VaultDeleteRecord => "vault_delete_record",
            Self::VaultTrashedRecords => "vault_trashed_records",
            Self::VaultRestoreRecord => "vault_restore_record",
            Self::VaultPurgeRecord => "vault_purge_record",
            Self::VaultSearchJournal => "vault_search_journal",
            Self::VaultVerify => "vault_verify",
            Self::VaultAcceptLog => "vault_accept_log",
            Self::VaultLog => "vault_log",
            Self::SetAutoLock => "set_auto_lock",
            Self::VaultKeepDocument => "vault_keep_document",
            Self::VaultCaseTimeline => "vault_case_timeline",
            Self::VaultPoliceSheet => "vault_police_sheet",
            Self::VaultChat => "vault_chat",
            Self::VaultChatMarks => "vault_chat_marks",
            Self::VaultChatDateOrder => "vault_chat_date_order",
            Self::VaultChatTranscript => "vault_chat_transcript",
            Self::SetTripGrace => "set_trip_grace",
            Self::SetAppearance => "set_appearance",
            Self::VaultExport => "vault_export",
            Self::VaultExportCancel => "vault_export_cancel",
            Self::PackageChooseFile => "package_choose_file",
            Self::PackageOpen => "package_open",
            Self::PackageClose => "package_close",
            Self::VaultBackup => "vault_backup",
            Self::VaultRestore => "vault_restore",
            Self::VaultPresentStart => "vault_present_start",
            Self::VaultPresentItems => "vault_present_items",
            Self::VaultPresentView => "vault_present_view",
            Self::VaultPresentEnd => "vault_present_end",
            Self::Upcoming => "upcoming",
            Self::UpcomingSaveIcs => "upcoming_save_ics",
            Self::SetBackupReminder => "set_backup_reminder",
            Self::SetQuickExit => "set_quick_exit",
        }
    }
}

/// Every command, in a stable order.
pub const COMMANDS: &[Command] = &[
    Command::AppInfo,
    Command::GetSettings,
    Command::SetLanguage,
    Command::GuideOverview,
    Command::GuideRoute,
    Command::GuideSearchCountries,
    Command::GuideDeadlines,
    Command::SetRemovalDate,
    Command::ConsentCheck,
    Command::ConsentSave,
    Command::OpenDocument,
    Command::PlanClauses,
    Command::PlanCheck,
    Command::PlanPreview,
    Command::PlanSave,
    Command::VaultStatus,
    Command::VaultChooseFolder,
    Command::VaultCreate,
    Command::VaultUseFolder,
    Command::VaultUnlock,
    Command::VaultUnlockWithDevice,
    Command::VaultForgetDevice,
    Command::VaultRekey,
    Command::VaultChooseKeyFile,
    Command::VaultRecover,
    Command::VaultChangePassphrase,
    Command::VaultRecoveryKeys,
    Command::VaultAddRecoveryKey,
    Command::VaultRemoveRecoveryKey,
    Command::VaultEmergencyKit,
    Command::VaultLock,
    Command::VaultTouch,
    Command::VaultSubscribe,
    Command::VaultPickFiles,
    Command::VaultImport,
    Command::VaultCancelImport,
    Command::VaultItems,
    Command::VaultFacets,
    Command::VaultItem,
    Command::VaultEditItem,
    Command::VaultTrashItem,
    Command::VaultRestoreItem,
    Command::VaultPurgeItem,
    Command::VaultOpenExternal,
    Command::VaultSaveCopy,
    Command::VaultRecords,
    Command::VaultSaveRecord,
    Command::VaultDeleteRecord,
    Command::VaultTrashedRecords,
    Command::VaultRestoreRecord,
    Command::VaultPurgeRecord,
    Command::VaultSearchJournal,
    Command::VaultVerify,
    Command::VaultAcceptLog,
    Command::VaultLog,
    Command::SetAutoLock,
    Command::VaultKeepDocument,
    Command::VaultCaseTimeline,
    Command::VaultPoliceSheet,
    Command::VaultChat,
    Command::VaultChatMarks,
    Command::VaultChatDateOrder,
    Command::VaultChatTranscript,
    Command::SetTripGrace,
    Command::SetAppearance,
    Command::VaultExport,
    Command::VaultExportCancel,
    Command::PackageChooseFile,
    Command::PackageOpen,
    Command::PackageClose,
    Command::VaultBackup,
    Command::VaultRestore,
    Command::VaultPresentStart,
    Command::VaultPresentItems,
    Command::VaultPresentView,
    Command::VaultPresentEnd,
    Command::Upcoming,
    Command::UpcomingSaveIcs,
    Command::SetBackupReminder,
    Command::SetQuickExit,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_matches_serialized_form() {
        for command in COMMANDS {
            let json = serde_json::to_string(command).unwrap();
            assert_eq!(json, format!("\"{}\"", command.name()));
        }
    }
}
