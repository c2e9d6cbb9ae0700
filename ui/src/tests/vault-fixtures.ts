// Shared fakes for the vault screen tests: a recording IPC mock, statuses, items.
import { mockConvertFileSrc, mockIPC } from '@tauri-apps/api/mocks';
import type { Item, ItemDetail, ItemSummary, LogEntry, LogPage, VaultStatus } from '../lib/backend';
import { browse, vault } from '../lib/vault.svelte';

export type Call = { cmd: string; args: Record<string, unknown> };
export type Handler = (args: Record<string, unknown>) => unknown;

/** Mocks IPC with `handlers` (anything else rejects); returns every call, in order. */
export function fakeBackend(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  mockConvertFileSrc('linux');
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const handler = handlers[cmd];
    if (!handler) throw { code: 'internal', message: `unexpected ${cmd}` };
    return handler(args);
  });
  return calls;
}

export const callsOf = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd);

/** `vault_log`'s answer holding all of `entries` (newest first, no older page). */
export function logPage(entries: LogEntry[]): LogPage {
  const sorted = [...entries].sort((a, b) => b.seq - a.seq);
  return { entries: sorted, total: (sorted[0]?.seq ?? -1) + 1, next_before: null };
}

export const HEAD = 'a3f1c9e07b5d4e2f8a6b1c3d5e7f9012a3f1c9e07b5d4e2f8a6b1c3d5e7f9012';

export function status(state: VaultStatus['state'], extra: Partial<VaultStatus> = {}): VaultStatus {
  return {
    state,
    dir: '/home/parent/Waarborg',
    default_dir: '/home/parent/Waarborg',
    log_head: state === 'unlocked' ? HEAD : null,
    log_anchor: state === 'unlocked' ? { seq: 41, hash: HEAD } : null,
    rollback: null,
    auto_lock_seconds: 300,
    presenting: false,
    notice: null,
    ...extra,
  };
}

/** A real-looking age public key (age1 + 58 Bech32 characters). */
export const AGE_KEY = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
export const AGE_KEY_2 = 'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj';

export function summary(i: number, extra: Partial<ItemSummary> = {}): ItemSummary {
  return {
    id: `item-${i}`,
    title: `Item ${i}`,
    category: 'other',
    event_date: null,
    imported_at: '2026-01-01T10:00:00Z',
    original_name: `file-${i}.jpg`,
    media_type: 'image/jpeg',
    size: 1000 + i,
    has_thumbnail: false,
    tags: [],
    people: [],
    trashed_at: null,
    ...extra,
  };
}

export function item(id: string, extra: Partial<Item> = {}, mediaType = 'image/jpeg'): Item {
  return {
    id,
    facts: {
      original_name: `${id}.jpg`,
      size: 2048,
      media_type: mediaType,
      original_modified: '2026-02-01T09:00:00Z',
      exif: null,
      sha256: 'ab'.repeat(32),
      imported_at: '2026-03-01T10:00:00Z',
    },
    description: {
      category: 'other',
      title: `Title ${id}`,
      description: '',
      event_date: '2026-02-01',
      tags: [],
      people: [],
      provenance: { source_kind: 'own-device', details: '' },
    },
    history: [],
    trashed_at: null,
    has_thumbnail: false,
    thumbnail_sha256: null,
    ...extra,
  };
}

export const detail = (it: Item): ItemDetail => ({ item: it, log: [], opens_externally: true });

/** Puts the shared vault store and browse state back to how the app starts. */
export function resetStores(state: VaultStatus | null = status('unlocked')): void {
  vault.status = state;
  vault.error = null;
  vault.importing = null;
  vault.lastImport = null;
  vault.lockReason = null;
  Object.assign(browse, {
    text: '',
    category: '',
    from: '',
    to: '',
    tag: '',
    person: '',
    sort: 'imported-newest',
    trash: false,
    layout: 'list',
  });
}
