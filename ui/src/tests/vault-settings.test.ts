// The vault part of Settings: the auto-lock time and forgetting this device's key.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { vault } from '../lib/vault.svelte';
import SettingsPage from '../routes/SettingsPage.svelte';
import { callsOf, fakeBackend, resetStores, status } from './vault-fixtures';

const english: Settings = {
  language_preference: 'en',
  system_language: 'en',
  language: 'en',
  removal_date: null,
  vault_dir: null,
  auto_lock_seconds: 300,
  trip_grace_days: 0,
  backup_reminder_days: 30,
  theme: 'system',
  text_size: 100,
  quick_exit: 'cover',
  problem: null,
};

function settingsBackend(extra: Parameters<typeof fakeBackend>[0] = {}) {
  return fakeBackend({
    app_info: () => ({ name: 'Waarborg', version: '0.1.0' }),
    set_auto_lock: (args) => ({ ...english, auto_lock_seconds: args.seconds as number }),
    vault_forget_device: () => status('unlocked', { dir: '/forgot' }),
    vault_recovery_keys: () => ({ known: true, keys: [] }),
    ...extra,
  });
}

describe('Settings: vault', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
  });

  it('saves a chosen auto-lock time in seconds', async () => {
    const calls = settingsBackend();
    const onchange = vi.fn();
    const user = userEvent.setup();
    render(SettingsPage, { settings: english, onchange });
    const select = screen.getByTestId('auto-lock');
    expect(select).toHaveValue('300');
    expect(screen.getByRole('option', { name: '15 minutes without use' })).toHaveValue('900');

    await user.selectOptions(select, '15 minutes without use');
    await waitFor(() => expect(callsOf(calls, 'set_auto_lock').map((c) => c.args)).toEqual([{ seconds: 900 }]));
    await waitFor(() => expect(onchange).toHaveBeenCalledWith({ ...english, auto_lock_seconds: 900 }));
    expect(await screen.findByText(/./, { selector: '.notice-success' })).toBeVisible();
  });

  it('keeps a hand-set auto-lock time selectable', () => {
    settingsBackend();
    render(SettingsPage, { settings: { ...english, auto_lock_seconds: 90 }, onchange: () => undefined });
    const select = screen.getByTestId('auto-lock') as HTMLSelectElement;
    expect(select).toHaveValue('90');
    expect([...select.options].map((o) => o.value)).toEqual(['90', '60', '120', '300', '600', '900', '1800', '3600']);
  });

  it('shows an auto-lock failure translated', async () => {
    settingsBackend({
      set_auto_lock: () => {
        throw { code: 'vault-invalid-input', message: '' };
      },
    });
    const onchange = vi.fn();
    const user = userEvent.setup();
    render(SettingsPage, { settings: english, onchange });
    await user.selectOptions(screen.getByTestId('auto-lock'), '60');
    expect(await screen.findByTestId('error-notice')).toHaveTextContent('Something entered is not valid.');
    expect(onchange).not.toHaveBeenCalled();
  });

  // Was a bug: the auto-lock <select> only takes its value from the settings one way. When
  // saving a new time fails, the settings do not change, so the select keeps showing the
  // time that was NOT saved (the language choice right above is put back on failure).
  it('puts the auto-lock choice back when saving it fails', async () => {
    settingsBackend({
      set_auto_lock: () => {
        throw { code: 'vault-invalid-input', message: '' };
      },
    });
    const user = userEvent.setup();
    render(SettingsPage, { settings: english, onchange: () => undefined });
    await user.selectOptions(screen.getByTestId('auto-lock'), '60');
    await screen.findByTestId('error-notice');
    expect(screen.getByTestId('auto-lock')).toHaveValue('300');
  });

  it('forgets this device when the vault is unlocked', async () => {
    const calls = settingsBackend();
    const user = userEvent.setup();
    render(SettingsPage, { settings: english, onchange: () => undefined });
    await user.click(screen.getByTestId('forget-device'));
    await waitFor(() => expect(callsOf(calls, 'vault_forget_device')).toHaveLength(1));
    expect(
      await screen.findByText('This device no longer remembers the vault key. Unlock with your passphrase from now on.'),
    ).toBeVisible();
    expect(vault.status?.dir).toBe('/forgot');
  });

  it('offers no "forget device" while the vault is locked or missing', () => {
    settingsBackend();
    vault.status = status('locked');
    const { unmount } = render(SettingsPage, { settings: english, onchange: () => undefined });
    expect(screen.queryByTestId('forget-device')).toBeNull();
    expect(screen.getByText(/\/home\/parent\/Waarborg/)).toBeInTheDocument();
    unmount();

    vault.status = status('missing');
    render(SettingsPage, { settings: english, onchange: () => undefined });
    expect(screen.queryByTestId('forget-device')).toBeNull();
    expect(screen.queryByText(/\/home\/parent\/Waarborg/)).toBeNull();
  });

  it('hides "forget device" as soon as the vault locks', async () => {
    settingsBackend();
    render(SettingsPage, { settings: english, onchange: () => undefined });
    expect(screen.getByTestId('forget-device')).toBeVisible();
    vault.status = status('locked');
    await waitFor(() => expect(screen.queryByTestId('forget-device')).toBeNull());
  });
});
