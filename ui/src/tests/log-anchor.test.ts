// Anchors outside the vault, in the window: the integrity check takes a SEQ:HASH from a
// printout or package, and a vault older than the one this computer last saw is shown
// as a warning naming both heads until the parent says they restored it on purpose.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { vault } from '../lib/vault.svelte';
import HealthView from '../routes/vault/HealthView.svelte';
import VaultPage from '../routes/VaultPage.svelte';
import { HEAD, callsOf, fakeBackend, logPage, status } from './vault-fixtures';

const OLD = 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9';

function report(extra: Partial<VerifyReport> = {}): VerifyReport {
  return {
    items_checked: 2,
    records_checked: 0,
    log_entries_checked: 5,
    log_head: HEAD,
    log_anchor: { seq: 4, hash: HEAD },
    problems: [],
    ...extra,
  };
}

beforeEach(() => {
  setLanguage('en');
});

describe('the integrity check with an anchor', () => {
  it('sends the anchor as typed (trimmed) and shows the head as number:hash', async () => {
    const calls = fakeBackend({
      vault_log: () => logPage([]),
      vault_status: () => status('unlocked'),
      vault_verify: () => report(),
    });
    render(HealthView);
    expect(await screen.findByTestId('health-log-head')).toHaveTextContent(`41:${HEAD}`);
    await userEvent.type(screen.getByTestId('health-anchor'), `  12:${OLD} `);
    await userEvent.click(screen.getByTestId('health-verify'));
    await screen.findByTestId('health-report');
    expect(callsOf(calls, 'vault_verify')[0]?.args).toEqual({ anchor: `12:${OLD}` });
  });

  it('without an anchor sends null', async () => {
    const calls = fakeBackend({
      vault_log: () => logPage([]),
      vault_status: () => status('unlocked'),
      vault_verify: () => report(),
    });
    render(HealthView);
    await userEvent.click(screen.getByTestId('health-verify'));
    await screen.findByTestId('health-report');
    expect(callsOf(calls, 'vault_verify')[0]?.args).toEqual({ anchor: null });
  });

  it('refuses a malformed anchor with a message and does not run the check', async () => {
    const calls = fakeBackend({ vault_log: () => logPage([]), vault_status: () => status('unlocked') });
    render(HealthView);
    await userEvent.type(screen.getByTestId('health-anchor'), '12-3f1c');
    expect(screen.getByTestId('health-anchor-error')).toHaveTextContent('That is not a custody-log anchor.');
    expect(screen.getByTestId('health-anchor')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByTestId('health-verify'));
    expect(callsOf(calls, 'vault_verify')).toHaveLength(0);
  });

  it('explains an anchor the log does not contain, with the heads named', async () => {
    const detail = `the anchor given names entry 12 (hash ${OLD}), but the log now ends at entry 4 (hash ${HEAD})`;
    fakeBackend({
      vault_log: () => logPage([]),
      vault_status: () => status('unlocked'),
      vault_verify: () =>
        report({ problems: [{ item: null, title: null, file: 'log', kind: 'anchor-not-in-log', detail }] }),
    });
    render(HealthView);
    await userEvent.type(screen.getByTestId('health-anchor'), `12:${OLD}`);
    await userEvent.click(screen.getByTestId('health-verify'));
    const problem = await screen.findByTestId('health-problem');
    expect(problem).toHaveAttribute('data-kind', 'anchor-not-in-log');
    expect(problem).toHaveTextContent('the vault was put back to an older copy, or its log was rewritten');
    expect(within(problem).getByTestId('health-problem-detail')).toHaveTextContent(OLD);
  });

  it('in Dutch too', async () => {
    setLanguage('nl');
    fakeBackend({ vault_log: () => logPage([]), vault_status: () => status('unlocked') });
    render(HealthView);
    await userEvent.type(screen.getByTestId('health-anchor'), 'x');
    expect(screen.getByTestId('health-anchor-error')).toHaveTextContent('Dat is geen ankerpunt van het bewaarlogboek.');
  });
});

describe('a vault older than this computer last saw', () => {
  const warning = {
    remembered: { seq: 57, hash: OLD },
    current: { seq: 12, hash: HEAD },
    behind: true,
  };

  it('is shown above the vault with both heads, and stays until the parent confirms', async () => {
    const calls = fakeBackend({
      vault_accept_log: () => status('unlocked'),
      vault_items: () => ({ items: [], total: 0 }),
      vault_facets: () => ({ categories: [], tags: [], people: [] }),
    });
    vault.status = status('unlocked', { rollback: warning });
    render(VaultPage, { props: { view: 'health' } });
    const banner = screen.getByTestId('rollback-warning');
    expect(banner).toHaveAttribute('role', 'alert');
    expect(banner).toHaveTextContent('ends before the newest entry this computer saw');
    expect(screen.getByTestId('rollback-remembered')).toHaveTextContent(`57:${OLD}`);
    expect(screen.getByTestId('rollback-current')).toHaveTextContent(`12:${HEAD}`);

    // Asking first; "no" keeps the warning and calls nothing.
    await userEvent.click(screen.getByTestId('rollback-accept'));
    await userEvent.click(screen.getByTestId('rollback-accept-no'));
    expect(callsOf(calls, 'vault_accept_log')).toHaveLength(0);
    expect(screen.getByTestId('rollback-warning')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('rollback-accept'));
    await userEvent.click(screen.getByTestId('rollback-accept-yes'));
    expect(callsOf(calls, 'vault_accept_log')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByTestId('rollback-warning')).toBeNull());
  });

  it('says "rewritten" when the entry is there with another hash', () => {
    fakeBackend({ vault_items: () => ({ items: [], total: 0 }), vault_facets: () => ({ categories: [], tags: [], people: [] }) });
    vault.status = status('unlocked', { rollback: { ...warning, behind: false } });
    render(VaultPage, { props: { view: 'health' } });
    expect(screen.getByTestId('rollback-warning')).toHaveTextContent('that entry number now has another hash');
  });
});
