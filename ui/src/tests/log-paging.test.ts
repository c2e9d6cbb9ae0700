// The Check view's custody log arrives a page at a time (issue 20): the newest entries
// first, older ones only when "show more" asks for them, each page from where the last
// ended; a million entries are never sent over IPC at once.
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry, LogPage } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import HealthView from '../routes/vault/HealthView.svelte';
import { HEAD, callsOf, fakeBackend, status } from './vault-fixtures';

const TOTAL = 450;

const entry = (seq: number): LogEntry => ({
  seq,
  prev: HEAD,
  at: '2026-12-05T10:00:00Z',
  kind: 'view',
  subject: null,
  sha256: null,
  note: '',
});

/** The backend's answer: `limit` entries before `before` (or from the newest), newest first. */
function page(args: Record<string, unknown>): LogPage {
  const before = (args.before as number | null) ?? TOTAL;
  const limit = args.limit as number;
  const first = Math.max(before - limit, 0);
  const entries: LogEntry[] = [];
  for (let seq = before - 1; seq >= first; seq--) entries.push(entry(seq));
  return { entries, total: TOTAL, next_before: first > 0 ? first : null };
}

const shownSeqs = () => screen.getAllByTestId('health-log-entry').map((row) => Number(row.getAttribute('data-seq')));

afterEach(() => {
  cleanup();
  setLanguage('nl');
});

describe('the Check view reads the custody log a page at a time', () => {
  it('shows the newest page, then each older page on request, until entry 0', async () => {
    setLanguage('en');
    const calls = fakeBackend({ vault_log: page, vault_status: () => status('unlocked') });
    render(HealthView);
    await screen.findAllByTestId('health-log-entry');
    expect(callsOf(calls, 'vault_log').map((c) => c.args)).toEqual([{ before: null, limit: 200 }]);
    let seqs = shownSeqs();
    expect(seqs).toHaveLength(200);
    expect(seqs[0]).toBe(TOTAL - 1);
    expect(seqs.at(-1)).toBe(TOTAL - 200);
    // The lead counts the whole log, not the page.
    expect(screen.getByText(/450 entries/)).toBeInTheDocument();
    expect(screen.getByTestId('health-log-more')).toHaveTextContent('250');

    await userEvent.click(screen.getByTestId('health-log-more'));
    await waitFor(() => expect(shownSeqs()).toHaveLength(400));
    expect(callsOf(calls, 'vault_log').at(-1)?.args).toEqual({ before: TOTAL - 200, limit: 200 });
    await userEvent.click(screen.getByTestId('health-log-more'));
    await waitFor(() => expect(shownSeqs()).toHaveLength(TOTAL));
    seqs = shownSeqs();
    expect(seqs).toEqual([...Array(TOTAL).keys()].reverse());
    expect(screen.queryByTestId('health-log-more')).not.toBeInTheDocument();
    expect(callsOf(calls, 'vault_log')).toHaveLength(3);
  });

  it('starts again from the newest after a check (the check is logged)', async () => {
    setLanguage('en');
    const calls = fakeBackend({
      vault_log: page,
      vault_status: () => status('unlocked'),
      vault_verify: () => ({
        items_checked: 0,
        records_checked: 0,
        log_entries_checked: TOTAL,
        log_head: HEAD,
        log_anchor: { seq: TOTAL - 1, hash: HEAD },
        problems: [],
      }),
    });
    render(HealthView);
    await screen.findAllByTestId('health-log-entry');
    await userEvent.click(screen.getByTestId('health-log-more'));
    await waitFor(() => expect(shownSeqs()).toHaveLength(400));
    await userEvent.click(screen.getByTestId('health-verify'));
    await waitFor(() => expect(callsOf(calls, 'vault_log')).toHaveLength(3));
    expect(callsOf(calls, 'vault_log').at(-1)?.args).toEqual({ before: null, limit: 200 });
    await waitFor(() => expect(shownSeqs()).toHaveLength(200));
  });
});
