// The only module that talks to the Tauri backend. Every call goes through `call`,
// whose command names and payload types come from the Rust contract (lib/bindings).
import { Channel, convertFileSrc, invoke } from '@tauri-apps/api/core';
import type { ApiError } from './bindings/ApiError';
import type { AppInfo } from './bindings/AppInfo';
import type { Command } from './bindings/Command';
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
import type { LanguagePreference } from './bindings/LanguagePreference';
import type { Settings } from './bindings/Settings';
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
import type { NewVault } from './bindings/NewVault';
import type { PresentedItem } from './bindings/PresentedItem';
import type { RecordKind } from './bindings/RecordKind';
import type { Reporter } from './bindings/Reporter';
import type { StoredRecord } from './bindings/StoredRecord';
import type { VaultEvent } from './bindings/VaultEvent';
import type { VaultRecord } from './bindings/VaultRecord';
import type { VaultStatus } from './bindings/VaultStatus';
import type { VerifyReport } from './bindings/VerifyReport';

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

async function call<T>(command: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toApiError(reason);
  }
}

export const backend = {
  appInfo: (): Promise<AppInfo> => call('app_info'),
  getSettings: (): Promise<Settings> => call('get_settings'),
  setLanguage: (preference: LanguagePreference): Promise<Settings> =>
    call('set_language', { preference }),
  guideOverview: (): Promise<GuideOverview> => call('guide_overview'),
  guideRoute: (country: string | null): Promise<Route> => call('guide_route', { country }),
  guideSearchCountries: (query: string, language: Language): Promise<CountryMatch[]> =>
    call('guide_search_countries', { query, language }),
  /** Dates as `YYYY-MM-DD` on the parent's own calendar. */
  guideDeadlines: (removalDate: string, today: string): Promise<Deadlines> =>
    call('guide_deadlines', { removalDate, today }),
  /** Shows (or with `null` removes) the time limits on the home screen. */
  setRemovalDate: (removalDate: string | null, today: string): Promise<Settings> =>
    call('set_removal_date', { removalDate, today }),
  /** Every problem with the form; empty when it is ready to print. */
  consentCheck: (form: ConsentForm, today: string): Promise<FieldError[]> =>
    call('consent_check', { form, today }),
  consentSave: (form: ConsentForm, today: string): Promise<SavedDocument> =>
    call('consent_save', { form, today }),
  openDocument: (path: string): Promise<null> => call('open_document', { path }),
  planClauses: (): Promise<Clause[]> => call('plan_clauses'),
  /** Every problem with the plan; empty when it is ready to print. */
  planCheck: (plan: ParentingPlan): Promise<FieldError[]> => call('plan_check', { plan }),
  planPreview: (plan: ParentingPlan): Promise<FilledPlan> => call('plan_preview', { plan }),
  planSave: (plan: ParentingPlan, language: PlanLanguage): Promise<SavedDocument> =>
    call('plan_save', { plan, language }),

  // The vault. Every call but status/create/unlock fails with `vault-locked` when locked.
  vaultStatus: (): Promise<VaultStatus> => call('vault_status'),
  /** A native folder dialog; `null` when the parent cancels. */
  vaultChooseFolder: (): Promise<string | null> => call('vault_choose_folder'),
  vaultCreate: (vault: NewVault): Promise<VaultStatus> => call('vault_create', { vault }),
  vaultUseFolder: (dir: string): Promise<VaultStatus> => call('vault_use_folder', { dir }),
  vaultUnlock: (passphrase: string, rememberOnDevice: boolean): Promise<VaultStatus> =>
    call('vault_unlock', { passphrase, rememberOnDevice }),
  vaultUnlockWithDevice: (): Promise<VaultStatus> => call('vault_unlock_with_device'),
  vaultForgetDevice: (): Promise<VaultStatus> => call('vault_forget_device'),
  vaultLock: (reason: LockReason): Promise<VaultStatus> => call('vault_lock', { reason }),
  /** The parent is using the app: postpones the idle lock. */
  vaultTouch: (): Promise<null> => call('vault_touch'),
  /** Backend events (drops, import progress, locks) arrive on `onEvent`. */
  vaultSubscribe: (onEvent: (event: VaultEvent) => void): Promise<null> => {
    const channel = new Channel<VaultEvent>();
    channel.onmessage = onEvent;
    return call('vault_subscribe', { onEvent: channel });
  },
  /** A native dialog for files (or folders) to import; empty when cancelled. */
  vaultPickFiles: (folders: boolean): Promise<string[]> => call('vault_pick_files', { folders }),
  vaultImport: (paths: string[]): Promise<ImportSummary> => call('vault_import', { paths }),
  vaultCancelImport: (): Promise<null> => call('vault_cancel_import'),
  vaultItems: (query: ItemQuery): Promise<ItemSummary[]> => call('vault_items', { query }),
  vaultFacets: (): Promise<ItemFacets> => call('vault_facets'),
  /** One item with its custody-log entries; with `view` the backend logs a view. */
  vaultItem: (id: string, view: boolean): Promise<ItemDetail> =>
    call('vault_item', { id, view }),
  vaultEditItem: (id: string, description: ItemDescription): Promise<Item> =>
    call('vault_edit_item', { id, description }),
  vaultTrashItem: (id: string): Promise<null> => call('vault_trash_item', { id }),
  vaultRestoreItem: (id: string): Promise<null> => call('vault_restore_item', { id }),
  vaultPurgeItem: (id: string): Promise<null> => call('vault_purge_item', { id }),
  vaultOpenExternal: (id: string): Promise<null> => call('vault_open_external', { id }),
  vaultRecords: (kind: RecordKind): Promise<StoredRecord[]> => call('vault_records', { kind }),
  /** Creates (`id` null) or replaces a record. */
  vaultSaveRecord: (id: string | null, record: VaultRecord): Promise<StoredRecord> =>
    call('vault_save_record', { id, record }),
  vaultDeleteRecord: (id: string): Promise<null> => call('vault_delete_record', { id }),
  /** Journal entries matching `text`, newest event first. */
  vaultSearchJournal: (text: string): Promise<StoredRecord[]> =>
    call('vault_search_journal', { text }),
  vaultVerify: (): Promise<VerifyReport> => call('vault_verify'),
  vaultLog: (): Promise<LogEntry[]> => call('vault_log'),
  setAutoLock: (seconds: number): Promise<Settings> => call('set_auto_lock', { seconds }),
  /** Items to a new folder or encrypted file (`request.out`, a full path), for a lawyer
   *  or the police; progress comes as `export-progress` events. */
  vaultExport: (request: ExportRequest): Promise<ExportSummary> => call('vault_export', { request }),
  /** Stops the running export; nothing of it is kept. */
  vaultExportCancel: (): Promise<null> => call('vault_export_cancel'),
  /** A file dialog (an encrypted package, an identity file); null when cancelled. */
  packageChooseFile: (): Promise<string | null> => call('package_choose_file'),
  /** Opens a package without any vault and checks every file (`package-progress` events). */
  packageOpen: (path: string, key: PackageOpenKey): Promise<PackageReport> =>
    call('package_open', { path, key }),
  /** Closes the open package (a decrypted private copy is deleted). */
  packageClose: (): Promise<null> => call('package_close'),
  /** An encrypted backup of the whole vault to the new file `out`, with its passphrase. */
  vaultBackup: (out: string, passphrase: string): Promise<BackupSummary> =>
    call('vault_backup', { out, passphrase }),
  /** Restores a backup into the new folder `dir`; it becomes the vault in use, unlocked. */
  vaultRestore: (file: string, passphrase: string, dir: string): Promise<VaultStatus> =>
    call('vault_restore', { file, passphrase, dir }),
  /** Days after a return date before the trip watch asks whether the child is back. */
  setTripGrace: (days: number): Promise<Settings> => call('set_trip_grace', { days }),
  /** Keeps a PDF Waarborg saved in the vault; `what` names it in the custody log. */
  vaultKeepDocument: (path: string, what: string): Promise<Item> =>
    call('vault_keep_document', { path, what }),
  /** The case timeline PDF of the logged steps, saved in the documents folder. */
  vaultCaseTimeline: (today: string): Promise<SavedDocument> => call('vault_case_timeline', { today }),
  /** The police information sheet PDF, from the vault and the reporting parent's details. */
  vaultPoliceSheet: (today: string, reporter: Reporter): Promise<SavedDocument> =>
    call('vault_police_sheet', { today, reporter }),
  /** Presentation mode with exactly these items, full screen; other commands are refused. */
  vaultPresentStart: (ids: string[]): Promise<PresentedItem[]> => call('vault_present_start', { ids }),
  vaultPresentItems: (): Promise<PresentedItem[]> => call('vault_present_items'),
  /** A presented item is on screen (the backend logs one view per presentation). */
  vaultPresentView: (id: string): Promise<null> => call('vault_present_view', { id }),
  /** Leaves presentation mode; fails with `vault-wrong-passphrase` (still presenting). */
  vaultPresentEnd: (passphrase: string): Promise<VaultStatus> => call('vault_present_end', { passphrase }),
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
  NewVault,
  PresentedItem,
  RecordKind,
  StoredRecord,
  VaultEvent,
  VaultRecord,
  VaultStatus,
  VerifyReport,
};
