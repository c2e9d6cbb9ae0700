// The quick exit (issue 17 part 3): on every screen, with or without a vault; the forms
// in progress emptied; only a neutral cover left; back to the lock screen.
import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../App.svelte';
import type { Settings, VaultStatus } from '../lib/backend';
import { consent } from '../lib/consent.svelte';
import { plan } from '../lib/plan.svelte';
import { privacy } from '../lib/quickexit.svelte';
import { setQuickExit, vault } from '../lib/vault.svelte';
import { status } from './vault-fixtures';

const dutch = {
  language_preference: 'system',
  system_language: 'nl',
  language: 'nl',
  removal_date: null,
  vault_dir: null,
  auto_lock_seconds: 300,
  trip_grace_days: 0,
  problem: null,
} as unknown as Settings;

function fakeBackend(initial: VaultStatus) {
  let current = initial;
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    switch (cmd) {
      case 'get_settings':
        return dutch;
      case 'vault_status':
        return current;
      case 'vault_subscribe':
        return null;
      case 'vault_lock':
        current = { ...current, state: 'locked' };
        return current;
      default:
        // Everything else (the guide, the clause library) is not needed here.
        throw { code: 'internal', message: `not in this test: ${cmd}` };
    }
  });
  return calls;
}

async function fillConsent() {
  window.location.hash = '#/documents/consent';
  const given = await screen.findByTestId('field-child-given_names');
  await userEvent.type(given, 'Anna Sofie');
  await userEvent.type(screen.getByTestId('field-child-document-number'), 'NXK4R71P2');
  await userEvent.type(screen.getByTestId('field-child-birth_date'), '14-03-2016');
  expect(consent.form.child.birth_date).toBe('2016-03-14');
}

afterEach(() => {
  privacy.covered = false;
  privacy.concealed = false;
  setQuickExit(null);
  vault.status = null;
});

describe('quick exit', () => {
  it('without a vault: Escape twice on a filled form leaves only the cover and empties the form', async () => {
    const calls = fakeBackend(status('missing'));
    render(App);
    await screen.findByTestId('quick-exit');
    await fillConsent();
    plan.value.party_a.full_name = 'K. Yilmaz';

    await fireEvent.keyDown(window, { key: 'Escape' });
    await fireEvent.keyDown(window, { key: 'Escape' });

    expect(await screen.findByTestId('quick-exit-cover')).toBeVisible();
    expect(document.body.textContent).not.toMatch(/Anna Sofie|NXK4R71P2|Waarborg|Kluis/);
    expect(screen.queryByTestId('quick-exit')).toBeNull();
    expect(screen.queryByTestId('nav-home')).toBeNull();
    expect(consent.form.child.given_names).toBe('');
    expect(consent.form.child.document.number).toBe('');
    expect(plan.value.party_a.full_name).toBe('');
    expect(window.location.hash).toBe('#/vault');
    // Nothing to lock.
    expect(calls.some((c) => c.cmd === 'vault_lock')).toBe(false);

    await userEvent.click(screen.getByTestId('quick-exit-leave'));
    expect(await screen.findByTestId('vault-create')).toBeVisible();
    window.location.hash = '#/documents/consent';
    expect(await screen.findByTestId('field-child-given_names')).toHaveValue('');
    expect(screen.getByTestId('field-child-birth_date')).toHaveValue('');
  });

  it('with the vault open: the button locks it, the cover hides the folder, and back is the lock screen', async () => {
    const calls = fakeBackend(status('unlocked', { dir: '/home/parent/Geheim/Map' }));
    render(App);
    await fillConsent();
    await userEvent.click(screen.getByTestId('quick-exit'));

    expect(await screen.findByTestId('quick-exit-cover')).toBeVisible();
    expect(document.body.innerHTML).not.toContain('/home/parent/Geheim/Map');
    expect(document.body.textContent).not.toMatch(/Anna Sofie|NXK4R71P2/);
    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === 'vault_lock').map((c) => c.args)).toEqual([{ reason: 'quick-exit' }]),
    );
    expect(privacy.concealed).toBe(true);

    await userEvent.click(screen.getByTestId('quick-exit-leave'));
    expect(await screen.findByTestId('vault-unlock')).toBeVisible();
    // Still concealed until the passphrase: the countdown waits for an unlock.
    expect(privacy.concealed).toBe(true);
  });

  it('the button is on the lock screen too', async () => {
    fakeBackend(status('locked'));
    render(App);
    window.location.hash = '#/vault';
    expect(await screen.findByTestId('vault-unlock')).toBeVisible();
    expect(screen.getByTestId('quick-exit')).toBeVisible();
    expect(screen.getByTestId('quick-exit')).toHaveTextContent('Nu verbergen');
  });
});
