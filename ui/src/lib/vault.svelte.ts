// The vault as every screen sees it: its status, the running import, and what the
// backend pushes (drops, progress, locks). Locking hides content here first, at once,
// and then tells the backend, so a quick exit never waits for anything.
import {
  backend,
  toApiError,
  type ApiError,
  type ImportSummary,
  type LockReason,
  type VaultEvent,
  type VaultStatus,
} from './backend';
import type { Category } from './bindings/Category';
import type { ItemSort } from './bindings/ItemSort';
import { SvelteSet } from 'svelte/reactivity';
import { href } from './router.svelte';

export type ImportProgress = {
  files: number;
  totalBytes: number;
  index: number;
  name: string;
  fileDone: number;
  fileBytes: number;
  totalDone: number;
};

export const vault = $state<{
  status: VaultStatus | null;
  error: ApiError | null;
  importing: ImportProgress | null;
  lastImport: ImportSummary | null;
  lockReason: LockReason | null;
  /** Bumped whenever items may have changed, so lists reload. */
  revision: number;
  /** Items being made searchable after an older vault's first unlock (null: all are). */
  textIndex: { done: number; total: number } | null;
}>({
  status: null,
  error: null,
  importing: null,
  lastImport: null,
  lockReason: null,
  revision: 0,
  textIndex: null,
});

/** The browse screen's search, filters and layout: kept while the parent opens an item
 *  and comes back; cleared when the vault locks. */
export const browse = $state({
  text: '',
  category: '' as Category | '',
  from: '',
  to: '',
  tag: '',
  person: '',
  sort: 'imported-newest' as ItemSort,
  trash: false,
  layout: 'list' as 'list' | 'grid',
});

/** The items the parent chose in the list (to present or export); kept like `browse`. */
export const selection = new SvelteSet<string>();

function resetBrowse(): void {
  selection.clear();
  Object.assign(browse, {
    text: '',
    category: '',
    from: '',
    to: '',
    tag: '',
    person: '',
    sort: 'imported-newest',
    trash: false,
  });
}

export const isUnlocked = (): boolean => vault.status?.state === 'unlocked';

/** A presentation runs: the window shows only it (the backend refuses everything else). */
export const isPresenting = (): boolean => isUnlocked() && vault.status?.presenting === true;

export async function refreshStatus(): Promise<void> {
  try {
    vault.status = await backend.vaultStatus();
    vault.error = null;
  } catch (reason) {
    vault.error = toApiError(reason);
  }
}

/** Takes a status the backend returned (after create, unlock, lock, …). */
export function applyStatus(status: VaultStatus): void {
  vault.status = status;
  if (status.state === 'unlocked') vault.lockReason = null;
  vault.revision += 1;
}

function markLocked(reason: LockReason): void {
  // Locking ends a presentation too (the backend drops it with the keys).
  if (vault.status) vault.status = { ...vault.status, state: 'locked', log_head: null, log_anchor: null, rollback: null, presenting: false };
  vault.lockReason = reason;
  vault.importing = null;
  vault.lastImport = null;
  vault.textIndex = null;
  vault.revision += 1;
  resetBrowse();
}

/**
 * Locks now: the screen goes to the lock screen before the backend answers. A quick exit
 * also replaces the page in the history, so "back" does not show it again.
 */
export async function lockVault(reason: LockReason): Promise<void> {
  markLocked(reason);
  if (reason === 'quick-exit') window.location.replace(href({ kind: 'area', area: 'vault' }));
  try {
    applyStatus(await backend.vaultLock(reason));
  } catch (reason) {
    vault.error = toApiError(reason);
  }
}

export async function importPaths(paths: string[]): Promise<void> {
  if (paths.length === 0 || !isUnlocked()) return;
  try {
    const summary = await backend.vaultImport(paths);
    // A lock while importing forgets the import: its file names do not come back.
    if (isUnlocked()) vault.lastImport = summary;
  } catch (reason) {
    if (isUnlocked()) vault.error = toApiError(reason);
  } finally {
    vault.importing = null;
    vault.revision += 1;
  }
}

/** Progress of the running export and of a package being checked (bytes), of a
 *  re-key (vault files), and of the integrity check (items, then log bytes). */
export const transfer = $state<{
  exporting: { done: number; total: number } | null;
  checking: { done: number; total: number } | null;
  rekeying: { done: number; total: number } | null;
  verifying: { itemsDone: number; itemsTotal: number; logDone: number; logTotal: number } | null;
}>({ exporting: null, checking: null, rekeying: null, verifying: null });

export function onVaultEvent(event: VaultEvent): void {
  // Checking a package needs no vault.
  if (event.event === 'package-progress') {
    transfer.checking = { done: event.done, total: event.total };
    return;
  }
  // After a lock (the window hides first), late import events are dropped.
  if (event.event !== 'locked' && !isUnlocked()) return;
  switch (event.event) {
    case 'dropped':
      // Nothing is imported during a presentation (the backend would refuse it anyway).
      if (!isPresenting()) void importPaths(event.paths);
      break;
    case 'import-started':
      vault.lastImport = null;
      vault.importing = {
        files: event.files,
        totalBytes: event.total_bytes,
        index: 0,
        name: '',
        fileDone: 0,
        fileBytes: 0,
        totalDone: 0,
      };
      break;
    case 'import-progress':
      if (vault.importing) {
        vault.importing = {
          ...vault.importing,
          index: event.index,
          name: event.name,
          fileDone: event.file_done,
          fileBytes: event.file_bytes,
          totalDone: event.total_done,
        };
      }
      break;
    case 'import-finished':
      vault.importing = null;
      vault.lastImport = event.summary;
      vault.revision += 1;
      break;
    case 'export-progress':
      transfer.exporting = { done: event.done, total: event.total };
      break;
    case 'rekey-progress':
      transfer.rekeying = { done: event.done, total: event.total };
      break;
    case 'verify-progress':
      transfer.verifying = {
        itemsDone: event.items_done,
        itemsTotal: event.items_total,
        logDone: event.log_done,
        logTotal: event.log_total,
      };
      break;
    case 'text-index-progress': {
      const done = (vault.textIndex?.done ?? 0) + event.done;
      vault.textIndex = event.remaining === 0 ? null : { done, total: done + event.remaining };
      // A search shown now may find more once the texts are in.
      if (event.remaining === 0) vault.revision += 1;
      break;
    }
    case 'locked':
      transfer.exporting = null;
      transfer.rekeying = null;
      transfer.verifying = null;
      markLocked(event.reason);
      break;
  }
}

/** Activity postpones the idle lock; the backend keeps the clock. At most every 10 s. */
const TOUCH_EVERY_MS = 10_000;
let lastTouch = 0;
function onActivity(): void {
  if (!isUnlocked()) return;
  const now = Date.now();
  if (now - lastTouch < TOUCH_EVERY_MS) return;
  lastTouch = now;
  void backend.vaultTouch().catch(() => undefined);
}

/** Two presses of Escape within this time hide everything (quick exit). */
const QUICK_EXIT_MS = 800;
let lastEscape = 0;
/** What Escape twice does: the window's quick exit (`quickexit.svelte.ts`, set by the
 *  app) on every screen, vault or not; without it, only the vault locks. */
let quickExitHandler: (() => void) | null = null;
export function setQuickExit(handler: (() => void) | null): void {
  quickExitHandler = handler;
}
export function onShortcut(event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    const now = Date.now();
    if (now - lastEscape < QUICK_EXIT_MS) {
      lastEscape = 0;
      if (quickExitHandler) quickExitHandler();
      else if (isUnlocked()) void lockVault('quick-exit');
    } else {
      lastEscape = now;
    }
    return;
  }
  if (!isUnlocked()) return;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l') {
    event.preventDefault();
    void lockVault('asked');
  }
}

/** Starts listening to the backend and to the parent's activity. Call once. */
export async function startVaultSession(): Promise<void> {
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
    window.addEventListener(type, onActivity, { passive: true, capture: true });
  }
  window.addEventListener('keydown', onShortcut);
  try {
    await backend.vaultSubscribe(onVaultEvent);
  } catch (reason) {
    vault.error = toApiError(reason);
  }
  await refreshStatus();
}

/** "1.2 MB": sizes for people, in the UI language's number format. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  let digits = unit === 0 || value >= 100 ? 0 : 1;
  // 999,999 bytes round to "1000 kB": say "1 MB" instead.
  if (Number(value.toFixed(digits)) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
    digits = 1;
  }
  return `${value.toLocaleString(language, { maximumFractionDigits: digits })} ${units[unit]}`;
}

