// The quick exit (issue 17 part 3): on every screen, with or without a vault; the forms
// in progress emptied; only a neutral cover left, or (the parent's choice in Settings)
// the window hidden; back to the lock screen.
import { mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../App.svelte';
import type { Settings, VaultStatus } from '../lib/backend';
import { consent } from '../lib/consent.svelte';
import { plan } from '../lib/plan.svelte';
import { privacy } from '../lib/quickexit.svelte';
import { current } from '../lib/settings.svelte';
import { setLanguage } from '../lib/i18n.svelte';
import SettingsPage from '../routes/SettingsPage.svelte';
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
  backup_reminder_days: 30,
  theme: 'system',
  text_size: 100,
  quick_exit: 'cover',
  problem: null,
} as Settings;

/** The window's own calls (`plugin:window|hide`): refused when `refuseHide`. */
function fakeBackend(initial: VaultStatus, settings: Partial<Settings> = {}, refuseHide = false) {
  let current = initial;
  const calls: { cmd: string; args: unknown }[] = [];
  mockWindows('main');
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    switch (cmd) {
      case 'plugin:window|hide':
        if (refuseHide) throw 'window.hide not allowed';
        return null;
      case 'get_settings':
        return { ...dutch, ...settings };
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
  current.settings = null;
});

const hides = (calls: { cmd: string }[]) => calls.filter((c) => c.cmd === 'plugin:window|hide');

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
    // Nothing to lock, and the cover (the default) keeps the window on screen.
    expect(calls.some((c) => c.cmd === 'vault_lock')).toBe(false);
    expect(hides(calls)).toEqual([]);

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

  it('with "hide" chosen: the cover at once, the vault locks, the window hides, and the lock screen waits behind it', async () => {
    const calls = fakeBackend(status('unlocked', { dir: '/home/parent/Geheim/Map' }), { quick_exit: 'hide' });
    render(App);
    await fillConsent();
    await fireEvent.keyDown(window, { key: 'Escape' });
    await fireEvent.keyDown(window, { key: 'Escape' });

    // Before the window is gone, nothing of the case is in it.
    expect(privacy.covered).toBe(true);
    expect(await screen.findByTestId('quick-exit-cover')).toBeVisible();
    expect(document.body.textContent).not.toMatch(/Anna Sofie|NXK4R71P2/);
    expect(document.body.innerHTML).not.toContain('/home/parent/Geheim/Map');
    expect(consent.form.child.given_names).toBe('');
    await waitFor(() => expect(hides(calls)).toEqual([{ cmd: 'plugin:window|hide', args: { label: 'main' } }]));
    expect(calls.filter((c) => c.cmd === 'vault_lock').map((c) => c.args)).toEqual([{ reason: 'quick-exit' }]);
    // The hidden window holds the lock screen for when a second start shows it again.
    expect(await screen.findByTestId('vault-unlock')).toBeVisible();
    expect(screen.queryByTestId('quick-exit-cover')).toBeNull();
    expect(privacy.concealed).toBe(true);
    expect(window.location.hash).toBe('#/vault');
    window.location.hash = '#/documents/consent';
    expect(await screen.findByTestId('field-child-given_names')).toHaveValue('');
  });

  it('with "hide" chosen but the window not hidden: the cover stays', async () => {
    const calls = fakeBackend(status('locked'), { quick_exit: 'hide' }, true);
    render(App);
    await userEvent.click(await screen.findByTestId('quick-exit'));
    await waitFor(() => expect(hides(calls)).toHaveLength(1));
    expect(await screen.findByTestId('quick-exit-cover')).toBeVisible();
    expect(screen.queryByTestId('vault-unlock')).toBeNull();
  });

  it('the button says what it does: with "hide" chosen its hint names starting Waarborg again', async () => {
    fakeBackend(status('locked'), { quick_exit: 'hide' });
    render(App);
    expect(await screen.findByTestId('quick-exit')).toHaveAttribute(
      'title',
      expect.stringContaining('Start Waarborg opnieuw'),
    );
  });
});

describe('Settings: what the quick exit does with the window', () => {
  const english = { ...dutch, language_preference: 'en', language: 'en', quick_exit: 'cover' } as Settings;

  function settingsBackend(refuse = false) {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'app_info') return { name: 'Waarborg', version: '0.1.0' };
      if (cmd === 'set_quick_exit') {
        if (refuse) throw { code: 'settings-io', message: 'read-only' };
        return { ...english, quick_exit: (args as { choice: string }).choice };
      }
      throw { code: 'internal', message: `not in this test: ${cmd}` };
    });
    return calls;
  }

  it('offers the cover (chosen by default) and hiding, each explained, and keeps the choice', async () => {
    setLanguage('en');
    current.settings = english;
    const calls = settingsBackend();
    render(SettingsPage, { settings: english, onchange: () => {} });
    const cover = await screen.findByTestId('quick-exit-cover');
    const hide = screen.getByTestId('quick-exit-hide');
    expect(cover).toBeChecked();
    expect(hide).not.toBeChecked();
    expect(screen.getByRole('radio', { name: /Show an empty notes page/ })).toBe(cover);
    expect(screen.getByRole('radio', { name: /Hide the window/ })).toBe(hide);
    expect(hide).toHaveAccessibleDescription(/Start Waarborg again/);
    expect(cover).toHaveAccessibleDescription(/Works on every computer/);

    await userEvent.click(hide);
    await waitFor(() => expect(current.settings?.quick_exit).toBe('hide'));
    expect(calls.filter((c) => c.cmd === 'set_quick_exit').map((c) => c.args)).toEqual([{ choice: 'hide' }]);
    expect(hide).toBeChecked();
    expect(await screen.findByTestId('quick-exit-status')).toHaveTextContent('Saved.');
  });

  it('a choice that could not be saved is not shown as chosen', async () => {
    setLanguage('en');
    current.settings = english;
    settingsBackend(true);
    render(SettingsPage, { settings: english, onchange: () => {} });
    await userEvent.click(await screen.findByTestId('quick-exit-hide'));
    await waitFor(() => expect(screen.getByTestId('quick-exit-cover')).toBeChecked());
    expect(screen.getByTestId('quick-exit-hide')).not.toBeChecked();
    expect(current.settings?.quick_exit).toBe('cover');
  });

  it('speaks Dutch too', async () => {
    setLanguage('nl');
    current.settings = { ...dutch, quick_exit: 'cover' };
    settingsBackend();
    render(SettingsPage, { settings: current.settings, onchange: () => {} });
    expect(await screen.findByRole('radio', { name: /Het venster verbergen/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Een leeg notitieblad tonen/ })).toBeInTheDocument();
  });
});
