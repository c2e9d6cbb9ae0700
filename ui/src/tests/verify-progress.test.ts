// The integrity check in the window (issue 20): progress from the backend's
// verify-progress events, items first and then the custody log, gone when it is done.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { onVaultEvent, transfer } from '../lib/vault.svelte';
import HealthView from '../routes/vault/HealthView.svelte';
import { HEAD, fakeBackend, logPage, resetStores, status } from './vault-fixtures';

const REPORT: VerifyReport = {
  items_checked: 8,
  records_checked: 0,
  log_entries_checked: 20,
  log_head: HEAD,
  log_anchor: { seq: 19, hash: HEAD },
  problems: [],
};

describe('the integrity check shows how far it is', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores(status('unlocked'));
    transfer.verifying = null;
  });

  it('counts the items, then the share of the log read, and clears when done', async () => {
    let finish: (r: VerifyReport) => void = () => undefined;
    fakeBackend({
      vault_log: () => logPage([]),
      vault_status: () => status('unlocked'),
      vault_verify: () => new Promise<VerifyReport>((resolve) => (finish = resolve)),
    });
    render(HealthView);
    await userEvent.click(screen.getByTestId('health-verify'));

    onVaultEvent({ event: 'verify-progress', items_done: 3, items_total: 8, log_done: 0, log_total: 0 });
    const progress = await screen.findByTestId('health-progress');
    expect(progress).toHaveTextContent('Checked 3 of 8 items');
    expect(progress.querySelector('progress')).toHaveAttribute('value', '3');
    expect(progress.querySelector('progress')).toHaveAttribute('max', '8');

    onVaultEvent({ event: 'verify-progress', items_done: 8, items_total: 8, log_done: 500, log_total: 1000 });
    expect(await screen.findByText('Reading the custody log: 50%')).toBeVisible();

    finish(REPORT);
    expect(await screen.findByTestId('health-report')).toHaveAttribute('data-ok', 'true');
    expect(screen.queryByTestId('health-progress')).toBeNull();
    expect(transfer.verifying).toBeNull();
  });

  it('shows progress in Dutch too', async () => {
    setLanguage('nl');
    fakeBackend({
      vault_log: () => logPage([]),
      vault_status: () => status('unlocked'),
      vault_verify: () => new Promise<VerifyReport>(() => undefined),
    });
    render(HealthView);
    await userEvent.click(screen.getByTestId('health-verify'));
    onVaultEvent({ event: 'verify-progress', items_done: 1, items_total: 2, log_done: 0, log_total: 0 });
    expect(await screen.findByTestId('health-progress')).toHaveTextContent('1 van 2 stukken gecontroleerd');
  });
});
