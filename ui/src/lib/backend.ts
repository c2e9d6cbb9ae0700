// The only module that talks to the Tauri backend. Every call goes through `call`,
// whose command names and payload types come from the Rust contract (lib/bindings).
import { Channel, convertFileSrc, invoke } from '@tauri-apps/api/core';
import { getCurrentWindow } from '@tauri-apps/api/window';
import type { ApiError } from './bindings/ApiError';
import type { AppInfo } from './bindings/AppInfo';
import type { Command } from './bindings/Command';
import type { CommandMap } from './bindings/CommandMap';
import type { Clause } from './bindings/Clause';
import type { ConsentForm } from './bindings/ConsentForm';
import type { FilledPlan } from './bindings/FilledPlan';
import type { ParentingPlan } from './bindings/ParentingPlan';
import type { PlanLanguage } from './bindings/PlanLanguage';
import type { FieldError } from './bindings/FieldError';
import type { SavedDocument } from './bindings/SavedDocument';
import type { CountryMatch } from './bindings/CountryMatch';
import type { Deadlines } from './bindings/Deadlines';
import type { GuideOverview } from './bindings/GuideOverview';
import type { Language } from './bindings/Language';
import type { Route } from './bindings/Route';
import type { ErrorCode } from './bindings/ErrorCode';
import type { KitSummary } from './bindings/KitSummary';
import type { RecoveryKeyInput } from './bindings/RecoveryKeyInput';
import type { RecoveryKeyList } from './bindings/RecoveryKeyList';
import type { LanguagePreference } from './bindings/LanguagePreference';
import type { Settings } from './bindings/Settings';
import type { QuickExit } from './bindings/QuickExit';
import type { BackupSummary } from './bindings/BackupSummary';
import type { ExportRequest } from './bindings/ExportRequest';
import type { ExportSummary } from './bindings/ExportSummary';
import type { PackageOpenKey } from './bindings/PackageOpenKey';
import type { PackageReport } from './bindings/PackageReport';
import type { ImportSummary } from './bindings/ImportSummary';
import type { Item } from './bindings/Item';
import type { ItemDescription } from './bindings/ItemDescription';
import type { ItemDetail } from './bindings/ItemDetail';
import type { ItemFacets } from './bindings/ItemFacets';
import type { ItemQuery } from './bindings/ItemQuery';
import type { ItemSummary } from './bindings/ItemSummary';
import type { LockReason } from './bindings/LockReason';
import type { LogEntry } from './bindings/LogEntry';
import type { LogPage } from './bindings/LogPage';
import type { NewVault } from './bindings/NewVault';
import type { PresentedItem } from './bindings/PresentedItem';
import type { RecordKind } from './bindings/RecordKind';
import type { Reporter } from './bindings/Reporter';
import type { StoredRecord } from './bindings/StoredRecord';
import type { VaultEvent } from './bindings/VaultEvent';
import type { VaultRecord } from './bindings/VaultRecord';
import type { VaultStatus } from './bindings/VaultStatus';
import type { VerifyReport } from './bindings/VerifyReport';
import type { LogAnchor } from './bindings/LogAnchor';
import type { RollbackWarning } from './bindings/RollbackWarning';
import type { Upcoming } from './bindings/Upcoming';
import type { UpcomingDate } from './bindings/UpcomingDate';

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    // A code this build does not know still counts: errorText() falls back to a
    // generic message rather than hiding what the backend said.
    typeof candidate.code === 'string' && typeof candidate.message === 'string'
  );
}

/** Any rejection becomes an ApiError, so the UI always has a code to translate. */
export function toApiError(reason: unknown): ApiError {
  if (isApiError(reason)) return reason;
  const message = reason instanceof Error ? reason.message : String(reason);
  return { code: 'internal', message };
}

/** The argument object and the result of `command`, from the generated map. */
type Args<C extends Command> = CommandMap[C]['args'];
type Result<C extends Command> = CommandMap[C]['result'];
/** The type of argument `name` of `command`. */
type Arg<C extends Command, K extends keyof Args<C>> = Args<C>[K];

/** Calls `command` with exactly its argument object (none for a command without). */
async function call<C extends Command>(
  command: C,
  ...args: keyof Args<C> extends never ? [] : [Args<C>]
): Promise<Result<C>> {
  try {
    return await invoke<Result<C>>(command, args[0] as Record<string, unknown> | undefined);
  } catch (reason) {
    throw toApiError(reason);
  }
}

export const backend = {
  appInfo: () => call('app_info'),
  getSettings: () => call('get_settings'),
  setLanguage: (preference: Arg<'set_language', 'preference'>) =>
    call('set_language', { preference }),
  guideOverview: () => call('guide_overview'),
  guideRoute: (country: Arg<'guide_route', 'country'>) => call('guide_route', { country }),
  guideSearchCountries: (query: Arg<'guide_search_countries', 'query'>, language: Arg<'guide_search_countries', 'language'>) =>
    call('guide_search_countries', { query, language }),
  /** Dates as `YYYY-MM-DD` on the parent's own calendar. */
  guideDeadlines: (removalDate: Arg<'guide_deadlines', 'removalDate'>, today: Arg<'guide_deadlines', 'today'>) =>
    call('guide_deadlines', { removalDate, today }),
  /** Shows (or with `null` removes) the time limits on the home screen. */
  setRemovalDate: (removalDate: Arg<'set_removal_date', 'removalDate'>, today: Arg<'set_removal_date', 'today'>) =>
    call('set_removal_date', { removalDate, today }),
  /** Every problem with the form; empty when it is ready to print. */
  consentCheck: (form: Arg<'consent_check', 'form'>, today: Arg<'consent_check', 'today'>) =>
    call('consent_check', { form, today }),
  consentSave: (form: Arg<'consent_save', 'form'>, today: Arg<'consent_save', 'today'>) =>
    call('consent_save', { form, today }),
  openDocument: (path: Arg<'open_document', 'path'>) => call('open_document', { path }),
  planClauses: () => call('plan_clauses'),
  /** Every problem with the plan; empty when it is ready to print. */
  planCheck: (plan: Arg<'plan_check', 'plan'>) => call('plan_check', { plan }),
  planPreview: (plan: Arg<'plan_preview', 'plan'>) => call('plan_preview', { plan }),
  planSave: (plan: Arg<'plan_save', 'plan'>, language: Arg<'plan_save', 'language'>) =>
    call('plan_save', { plan, language }),

  // The vault. Every call but status/create/unlock fails with `vault-locked` when locked.
  vaultStatus: () => call('vault_status'),
  /** A native folder dialog; `null` when the parent cancels. */
  vaultChooseFolder: () => call('vault_choose_folder'),
  vaultCreate: (vault: Arg<'vault_create', 'vault'>) => call('vault_create', { vault }),
  vaultUseFolder: (dir: Arg<'vault_use_folder', 'dir'>) => call('vault_use_folder', { dir }),
  vaultUnlock: (passphrase: Arg<'vault_unlock', 'passphrase'>, rememberOnDevice: Arg<'vault_unlock', 'rememberOnDevice'>) =>
    call('vault_unlock', { passphrase, rememberOnDevice }),
  vaultUnlockWithDevice: () => call('vault_unlock_with_device'),
  vaultForgetDevice: () => call('vault_forget_device'),
  /** "New passphrase and new key": every vault file re-encrypted (`rekey-progress` events);
   *  fails with `vault-wrong-passphrase` when `current` is not the vault's passphrase. */
  vaultRekey: (current: Arg<'vault_rekey', 'current'>, next: Arg<'vault_rekey', 'new'>) =>
    call('vault_rekey', { current, new: next }),
  /** A native dialog for a recovery key file, or (`photo`) for a photo or scan of the
   *  emergency kit; `null` when the parent cancels. */
  vaultChooseKeyFile: (photo: Arg<'vault_choose_key_file', 'photo'>) => call('vault_choose_key_file', { photo }),
  /** "I forgot my passphrase": a recovery key opens the vault and `next` becomes its
   *  passphrase; `vault-wrong-recovery-key` when the key is not this vault's. */
  vaultRecover: (key: Arg<'vault_recover', 'key'>, next: Arg<'vault_recover', 'new'>) =>
    call('vault_recover', { key, new: next }),
  vaultChangePassphrase: (current: Arg<'vault_change_passphrase', 'current'>, next: Arg<'vault_change_passphrase', 'new'>) =>
    call('vault_change_passphrase', { current, new: next }),
  vaultRecoveryKeys: () => call('vault_recovery_keys'),
  vaultAddRecoveryKey: (key: Arg<'vault_add_recovery_key', 'key'>) => call('vault_add_recovery_key', { key }),
  vaultRemoveRecoveryKey: (key: Arg<'vault_remove_recovery_key', 'key'>) => call('vault_remove_recovery_key', { key }),
  /** The emergency kit PDF through a save dialog; `null` when the parent cancels. */
  vaultEmergencyKit: (newRecoveryKey: Arg<'vault_emergency_kit', 'newRecoveryKey'>) =>
    call('vault_emergency_kit', { newRecoveryKey }),
  vaultLock: (reason: Arg<'vault_lock', 'reason'>) => call('vault_lock', { reason }),
  /** The parent is using the app: postpones the idle lock. */
  vaultTouch: () => call('vault_touch'),
  /** Backend events (drops, import progress, locks) arrive on `onEvent`. */
  vaultSubscribe: (onEvent: (event: VaultEvent) => void) => {
    const channel = new Channel<VaultEvent>();
    channel.onmessage = onEvent;
    return call('vault_subscribe', { onEvent: channel });
  },
  /** A native dialog for files (or folders) to import; empty when cancelled. */
  vaultPickFiles: (folders: Arg<'vault_pick_files', 'folders'>) => call('vault_pick_files', { folders }),
  vaultImport: (paths: Arg<'vault_import', 'paths'>) => call('vault_import', { paths }),
  vaultCancelImport: () => call('vault_cancel_import'),
  vaultItems: (query: Arg<'vault_items', 'query'>) => call('vault_items', { query }),
  vaultFacets: () => call('vault_facets'),
  /** One item with its custody-log entries; with `view` the backend logs a view. */
  vaultItem: (id: Arg<'vault_item', 'id'>, view: Arg<'vault_item', 'view'>) =>
    call('vault_item', { id, view }),
  vaultEditItem: (id: Arg<'vault_edit_item', 'id'>, description: Arg<'vault_edit_item', 'description'>) =>
    call('vault_edit_item', { id, description }),
  vaultTrashItem: (id: Arg<'vault_trash_item', 'id'>) => call('vault_trash_item', { id }),
  vaultRestoreItem: (id: Arg<'vault_restore_item', 'id'>) => call('vault_restore_item', { id }),
  vaultPurgeItem: (id: Arg<'vault_purge_item', 'id'>) => call('vault_purge_item', { id }),
  vaultOpenExternal: (id: Arg<'vault_open_external', 'id'>) => call('vault_open_external', { id }),
  /** A save dialog, then the original file written there (logged); null if cancelled. */
  vaultSaveCopy: (id: Arg<'vault_save_copy', 'id'>) => call('vault_save_copy', { id }),
  vaultRecords: (kind: Arg<'vault_records', 'kind'>) => call('vault_records', { kind }),
  /** Creates (`id` null) or replaces a record. */
  vaultSaveRecord: (id: Arg<'vault_save_record', 'id'>, record: Arg<'vault_save_record', 'record'>) =>
    call('vault_save_record', { id, record }),
  /** Moves a record to the trash. */
  vaultDeleteRecord: (id: Arg<'vault_delete_record', 'id'>) => call('vault_delete_record', { id }),
  /** Records in the trash, every kind. */
  vaultTrashedRecords: () => call('vault_trashed_records'),
  vaultRestoreRecord: (id: Arg<'vault_restore_record', 'id'>) => call('vault_restore_record', { id }),
  /** Only from the trash; for good. */
  vaultPurgeRecord: (id: Arg<'vault_purge_record', 'id'>) => call('vault_purge_record', { id }),
  /** Journal entries matching `text`, newest event first. */
  vaultSearchJournal: (text: Arg<'vault_search_journal', 'text'>) =>
    call('vault_search_journal', { text }),
  /** The integrity check; `anchor` (`SEQ:HASH` from a printout or package, or null) is
   *  checked too, as is this computer's memory of the vault's log. */
  vaultVerify: (anchor: Arg<'vault_verify', 'anchor'>) => call('vault_verify', { anchor }),
  /** The parent restored an older copy on purpose: ends the rollback warning. */
  vaultAcceptLog: () => call('vault_accept_log'),
  /** Up to `limit` custody log entries before position `before` (null: from the
   *  newest), newest first, with the log's size and where the next page starts. */
  vaultLog: (before: Arg<'vault_log', 'before'>, limit: Arg<'vault_log', 'limit'>) =>
    call('vault_log', { before, limit }),
  setAutoLock: (seconds: Arg<'set_auto_lock', 'seconds'>) => call('set_auto_lock', { seconds }),
  /** Items to a new folder or encrypted file (`request.out`, a full path), for a lawyer
   *  or the police; progress comes as `export-progress` events. */
  vaultExport: (request: Arg<'vault_export', 'request'>) => call('vault_export', { request }),
  /** Stops the running export; nothing of it is kept. */
  vaultExportCancel: () => call('vault_export_cancel'),
  /** A file dialog (an encrypted package, an identity file); null when cancelled. */
  packageChooseFile: () => call('package_choose_file'),
  /** Opens a package without any vault and checks every file (`package-progress` events). */
  packageOpen: (path: Arg<'package_open', 'path'>, key: Arg<'package_open', 'key'>) =>
    call('package_open', { path, key }),
  /** Closes the open package (a decrypted private copy is deleted). */
  packageClose: () => call('package_close'),
  /** An encrypted backup of the whole vault to the new file `out`, with its passphrase. */
  vaultBackup: (out: Arg<'vault_backup', 'out'>, passphrase: Arg<'vault_backup', 'passphrase'>) =>
    call('vault_backup', { out, passphrase }),
  /** Restores a backup into the new folder `dir`; it becomes the vault in use, unlocked. */
  vaultRestore: (file: Arg<'vault_restore', 'file'>, passphrase: Arg<'vault_restore', 'passphrase'>, dir: Arg<'vault_restore', 'dir'>) =>
    call('vault_restore', { file, passphrase, dir }),
  /** Days after a return date before the trip watch asks whether the child is back. */
  setTripGrace: (days: Arg<'set_trip_grace', 'days'>) => call('set_trip_grace', { days }),
  /** Light/dark/system colours and the text size in percent (100–200). */
  setAppearance: (theme: Arg<'set_appearance', 'theme'>, textSize: Arg<'set_appearance', 'textSize'>) =>
    call('set_appearance', { theme, textSize }),
  /** Keeps a PDF Waarborg saved in the vault; `what` names it in the custody log. */
  vaultKeepDocument: (path: Arg<'vault_keep_document', 'path'>, what: Arg<'vault_keep_document', 'what'>) =>
    call('vault_keep_document', { path, what }),
  /** The case timeline PDF of the logged steps, saved in the documents folder. */
  vaultCaseTimeline: (today: Arg<'vault_case_timeline', 'today'>) => call('vault_case_timeline', { today }),
  /** The police information sheet PDF, from the vault and the reporting parent's details. */
  vaultPoliceSheet: (today: Arg<'vault_police_sheet', 'today'>, reporter: Arg<'vault_police_sheet', 'reporter'>) =>
    call('vault_police_sheet', { today, reporter }),
  vaultChat: (id: Arg<'vault_chat', 'id'>) => call('vault_chat', { id }),
  vaultChatMarks: (id: Arg<'vault_chat_marks', 'id'>, marked: Arg<'vault_chat_marks', 'marked'>) =>
    call('vault_chat_marks', { id, marked }),
  vaultChatDateOrder: (id: Arg<'vault_chat_date_order', 'id'>, order: Arg<'vault_chat_date_order', 'order'>) =>
    call('vault_chat_date_order', { id, order }),
  vaultChatTranscript: (
    id: Arg<'vault_chat_transcript', 'id'>,
    today: Arg<'vault_chat_transcript', 'today'>,
    markedOnly: Arg<'vault_chat_transcript', 'markedOnly'>,
    context: Arg<'vault_chat_transcript', 'context'>,
  ) => call('vault_chat_transcript', { id, today, markedOnly, context }),
  /** Presentation mode with exactly these items, full screen; other commands are refused. */
  vaultPresentStart: (ids: Arg<'vault_present_start', 'ids'>) => call('vault_present_start', { ids }),
  vaultPresentItems: () => call('vault_present_items'),
  /** A presented item is on screen (the backend logs one view per presentation). */
  vaultPresentView: (id: Arg<'vault_present_view', 'id'>) => call('vault_present_view', { id }),
  /** Leaves presentation mode; fails with `vault-wrong-passphrase` (still presenting). */
  vaultPresentEnd: (passphrase: Arg<'vault_present_end', 'passphrase'>) => call('vault_present_end', { passphrase }),
  /** What is coming up as seen on `today` (`YYYY-MM-DD`); with the vault locked only the one-year mark. */
  upcoming: (today: Arg<'upcoming', 'today'>) => call('upcoming', { today }),
  /** A save dialog, then the dates as an `.ics` file; `null` when cancelled. */
  upcomingSaveIcs: (today: Arg<'upcoming_save_ics', 'today'>, fullTitles: Arg<'upcoming_save_ics', 'fullTitles'>) =>
    call('upcoming_save_ics', { today, fullTitles }),
  setBackupReminder: (days: Arg<'set_backup_reminder', 'days'>) => call('set_backup_reminder', { days }),
  /** What the quick exit does with the window: a neutral cover, or hide it. */
  setQuickExit: (choice: Arg<'set_quick_exit', 'choice'>) => call('set_quick_exit', { choice }),
  /** Hides the window (the quick exit's "hide" choice; the one core permission the
   *  window has). Starting the app again shows it, at the lock screen. */
  hideWindow: async (): Promise<void> => {
    try {
      await getCurrentWindow().hide();
    } catch (reason) {
      throw toApiError(reason);
    }
  },
};

/** The address of a verified file of the open package, for the webview. */
export function packageUrl(name: string): string {
  return `${convertFileSrc('package', 'vault')}/${encodeURIComponent(name)}`;
}

/** The address of an item's decrypted bytes (or thumbnail) for the webview. */
export function vaultUrl(kind: 'content' | 'thumb', id: string): string {
  // convertFileSrc gives the platform's form (vault://localhost/… or
  // http://vault.localhost/…); the id is appended unencoded, as the backend expects.
  return `${convertFileSrc(kind, 'vault')}/${id}`;
}

export type {
  ApiError,
  AppInfo,
  Clause,
  ConsentForm,
  CountryMatch,
  Deadlines,
  FieldError,
  FilledPlan,
  ParentingPlan,
  PlanLanguage,
  ErrorCode,
  GuideOverview,
  LanguagePreference,
  Route,
  SavedDocument,
  Settings,
  QuickExit,
  ExportRequest,
  ExportSummary,
  ImportSummary,
  PackageOpenKey,
  PackageReport,
  Item,
  ItemDescription,
  ItemDetail,
  ItemFacets,
  ItemQuery,
  ItemSummary,
  LockReason,
  LogEntry,
  LogPage,
  NewVault,
  PresentedItem,
  RecordKind,
  StoredRecord,
  VaultEvent,
  VaultRecord,
  VaultStatus,
  VerifyReport,
  LogAnchor,
  RollbackWarning,
  Upcoming,
  UpcomingDate,
  KitSummary,
  RecoveryKeyList,
  RecoveryKeyInput,
};
