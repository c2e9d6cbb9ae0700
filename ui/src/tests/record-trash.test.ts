import { mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredRecord, VaultRecord } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { emptyJournal, emptyPerson, journalHistory, logKindKey, recordLabel } from '../lib/records.svelte';
import JournalView from '../routes/vault/JournalView.svelte';
import PeopleView from '../routes/vault/PeopleView.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

function journal(what: string, on: string | null = '2026-03-14'): VaultRecord {
  return { kind: 'journal', ...emptyJournal(), occurred_on: on, what };
}

function stored(id: string, record: VaultRecord, extra: Partial<StoredRecord> = {}): StoredRecord {
  return {
    id,
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-01-01T10:00:00Z',
    record,
    history: [],
    trashed_at: null,
    ...extra,
  };
}

/** A vault whose delete moves records to a trash, as the backend does. */
function trashVault(initial: StoredRecord[]) {
  const calls: Call[] = [];
  let records = [...initial];
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const set = (id: unknown, trashed_at: string | null) => {
      records = records.map((r) => (r.id === id ? { ...r, trashed_at } : r));
      return null;
    };
    switch (cmd) {
      case 'vault_records':
        return records.filter((r) => r.record.kind === args.kind && r.trashed_at === null);
      case 'vault_trashed_records':
        return records.filter((r) => r.trashed_at !== null);
      case 'vault_delete_record':
        return set(args.id, '2026-03-15T09:30:00Z');
      case 'vault_restore_record':
        return set(args.id, null);
      case 'vault_purge_record':
        records = records.filter((r) => r.id !== args.id);
        return null;
      case 'vault_items':
        return [];
      default:
        throw { code: 'internal', message: `unexpected ${cmd}` };
    }
  });
  return calls;
}

beforeEach(() => {
  setLanguage('en');
});

describe('record history and trash helpers', () => {
  it('lists a journal entry’s earlier versions, most recently replaced first', () => {
    const entry = stored('j', journal('third'), {
      history: [
        { record: journal('first'), replaced_at: '2026-03-14T10:00:00Z' },
        { record: journal('second'), replaced_at: '2026-03-15T10:00:00Z' },
      ],
    });
    expect(journalHistory(entry).map((v) => [v.entry.what, v.replacedAt])).toEqual([
      ['second', '2026-03-15T10:00:00Z'],
      ['first', '2026-03-14T10:00:00Z'],
    ]);
    expect(journalHistory(stored('p', { kind: 'person', ...emptyPerson() }))).toEqual([]);
  });

  it('names trashed records by date and first words, or by name', () => {
    const long = 'x'.repeat(80);
    expect(recordLabel(stored('j', journal(long)), 'en')).toBe(`14-03-2026 — ${'x'.repeat(60)}…`);
    expect(recordLabel(stored('p', { kind: 'person', ...emptyPerson(), given_names: 'Sam', family_name: 'B.' }), 'en')).toContain('Sam');
  });

  it('knows the new custody-log kinds', () => {
    expect(logKindKey('record-restore')).toBe('health-log-kind-record-restore');
    expect(logKindKey('record-purge')).toBe('health-log-kind-record-purge');
  });
});

describe('journal history', () => {
  it('shows what was written before, with when it was replaced', async () => {
    trashVault([
      stored('j1', journal('He came at 9 and took her passport'), {
        history: [{ record: journal('He came at 8'), replaced_at: '2026-03-14T18:05:00Z' }],
      }),
    ]);
    render(JournalView);
    const entry = await screen.findByTestId('journal-entry');
    const history = within(entry).getByTestId('journal-history');
    expect(history).toHaveTextContent('Earlier version (1)');
    const [version] = within(history).getAllByTestId('journal-history-version');
    expect(version).toHaveTextContent('He came at 8');
    expect(version).toHaveTextContent(/Replaced on 14-03-2026 \d\d:\d\d/);
  });

  it('shows no history block for an entry never edited', async () => {
    trashVault([stored('j1', journal('Once'))]);
    render(JournalView);
    const entry = await screen.findByTestId('journal-entry');
    expect(within(entry).queryByTestId('journal-history')).toBeNull();
  });
});

describe('record trash', () => {
  it('moves a deleted entry to the trash, puts it back, and purges only after confirmation', async () => {
    const calls = trashVault([stored('j1', journal('Kept')), stored('j2', journal('Deleted by mistake'))]);
    render(JournalView);
    await waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(2));
    const victim = screen.getAllByTestId('journal-entry').find((e) => e.dataset.id === 'j2')!;
    await userEvent.click(within(victim).getByTestId('journal-delete'));
    expect(within(victim).getByRole('group')).toHaveTextContent('Move this event to the trash?');
    await userEvent.click(within(victim).getByTestId('journal-delete-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(1));

    const trash = screen.getByTestId('record-trash');
    await waitFor(() => expect(within(trash).getByTestId('record-trash-toggle')).toHaveTextContent('Trash (1)'));
    await userEvent.click(within(trash).getByTestId('record-trash-toggle'));
    const [trashed] = within(trash).getAllByTestId('record-trash-entry');
    expect(trashed).toHaveTextContent('Deleted by mistake');
    expect(trashed).toHaveTextContent('In the trash since');

    await userEvent.click(within(trashed!).getByTestId('record-trash-restore'));
    await waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(2));
    expect(within(trash).getByTestId('record-trash-empty')).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === 'vault_restore_record')?.args).toEqual({ id: 'j2' });

    // Delete again, then purge: nothing happens before the confirmation.
    const again = screen.getAllByTestId('journal-entry').find((e) => e.dataset.id === 'j2')!;
    await userEvent.click(within(again).getByTestId('journal-delete'));
    await userEvent.click(within(again).getByTestId('journal-delete-confirm'));
    const entry = await within(trash).findByTestId('record-trash-entry');
    await userEvent.click(within(entry).getByTestId('record-trash-purge'));
    expect(calls.some((c) => c.cmd === 'vault_purge_record')).toBe(false);
    expect(within(entry).getByRole('group')).toHaveTextContent('Delete this for good?');
    await userEvent.click(within(entry).getByTestId('record-trash-purge-confirm'));
    await waitFor(() => expect(within(trash).queryAllByTestId('record-trash-entry')).toHaveLength(0));
    expect(calls.find((c) => c.cmd === 'vault_purge_record')?.args).toEqual({ id: 'j2' });
  });

  it('shows only its own kind of record', async () => {
    trashVault([
      stored('j1', journal('A journal entry'), { trashed_at: '2026-03-15T09:30:00Z' }),
      stored('p1', { kind: 'person', ...emptyPerson('other-parent'), given_names: 'Alex' }, { trashed_at: '2026-03-15T09:30:00Z' }),
    ]);
    render(PeopleView);
    const trash = screen.getByTestId('record-trash');
    await waitFor(() => expect(within(trash).getByTestId('record-trash-toggle')).toHaveTextContent('Trash (1)'));
    await userEvent.click(within(trash).getByTestId('record-trash-toggle'));
    const entries = within(trash).getAllByTestId('record-trash-entry');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toHaveTextContent('Alex');
  });

  it('speaks Dutch', async () => {
    setLanguage('nl');
    trashVault([stored('j1', journal('Iets'), { trashed_at: '2026-03-15T09:30:00Z' })]);
    render(JournalView);
    const trash = screen.getByTestId('record-trash');
    await waitFor(() => expect(within(trash).getByTestId('record-trash-toggle')).toHaveTextContent('Prullenbak (1)'));
  });
});
