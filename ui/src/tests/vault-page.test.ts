// The vault page picks its screen from the vault's status, and locks on request.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VaultStatus } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { browse, vault } from '../lib/vault.svelte';
import VaultPage from '../routes/VaultPage.svelte';
import { callsOf, detail, fakeBackend, item, resetStores, status } from './vault-fixtures';

// ItemsView binds the viewport size, which needs a ResizeObserver (jsdom has none).
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

function pageBackend() {
  let answer: (s: VaultStatus) => void = () => undefined;
  const calls = fakeBackend({
    vault_items: () => [],
    vault_facets: () => ({ tags: [], people: [], items: 0, in_trash: 0 }),
    vault_item: (args) => detail(item(args.id as string)),
    vault_lock: () => new Promise<VaultStatus>((resolve) => (answer = resolve)),
  });
  return { calls, answer: (s: VaultStatus) => answer(s) };
}

describe('VaultPage', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores(null);
  });

  it('waits for the status, then shows the create screen for a missing vault', async () => {
    pageBackend();
    render(VaultPage);
    expect(screen.getByText('Opening the vault…')).toBeVisible();
    expect(screen.queryByTestId('vault-create')).toBeNull();
    vault.status = status('missing');
    expect(await screen.findByTestId('vault-create')).toBeVisible();
    expect(screen.queryByTestId('vault-lock')).toBeNull();
  });

  it('shows only the lock screen while locked', () => {
    pageBackend();
    vault.status = status('locked');
    render(VaultPage);
    expect(screen.getByTestId('vault-unlock')).toBeVisible();
    expect(screen.queryByTestId('items-view')).toBeNull();
    expect(screen.queryByTestId('vault-tab-items')).toBeNull();
  });

  it('shows the items when unlocked, with a notice from the backend', async () => {
    pageBackend();
    vault.status = status('unlocked', { notice: { code: 'vault-disk-full', message: '' } });
    render(VaultPage);
    expect(await screen.findByTestId('items-view')).toBeVisible();
    expect(screen.getByTestId('vault-tab-items')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('error-notice')).toHaveAttribute('data-code', 'vault-disk-full');
  });

  it('shows one item for the item view, as a logged view', async () => {
    const { calls } = pageBackend();
    vault.status = status('unlocked');
    render(VaultPage, { view: 'item', id: 'x9' });
    expect(await screen.findByTestId('item-detail')).toHaveAttribute('data-id', 'x9');
    expect(screen.getByTestId('vault-tab-items')).toHaveAttribute('aria-current', 'page');
    expect(callsOf(calls, 'vault_item').map((c) => c.args)).toEqual([{ id: 'x9', view: true }]);
  });

  it('locks from the lock button at once, before the backend answers', async () => {
    const { calls, answer } = pageBackend();
    vault.status = status('unlocked');
    browse.text = 'passport';
    const user = userEvent.setup();
    render(VaultPage);
    await screen.findByTestId('items-view');
    await user.click(screen.getByTestId('vault-lock'));
    expect(await screen.findByTestId('vault-unlock')).toBeVisible();
    expect(screen.queryByTestId('items-view')).toBeNull();
    expect(browse.text).toBe('');
    await waitFor(() => expect(callsOf(calls, 'vault_lock').map((c) => c.args)).toEqual([{ reason: 'asked' }]));
    answer(status('locked', { auto_lock_seconds: 77 }));
    await waitFor(() => expect(vault.status?.auto_lock_seconds).toBe(77));
    expect(screen.getByTestId('vault-unlock')).toBeVisible();
  });
});
