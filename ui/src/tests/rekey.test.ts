// Settings → "New passphrase and new key": the checks before the call, the call itself,
// progress from the backend's rekey-progress events, the done notice and the errors.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Settings, VaultStatus } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { onVaultEvent, transfer } from '../lib/vault.svelte';
import SettingsPage from '../routes/SettingsPage.svelte';
import { callsOf, fakeBackend, resetStores, status, type Handler } from './vault-fixtures';

const settings: Settings = {
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

const OLD = 'oude wachtwoordzin voor de kluis';
const NEW = 'paarse olifant fietst langs de gracht';

function rekeyBackend(rekey: Handler) {
  return fakeBackend({
    app_info: () => ({ name: 'Waarborg', version: '0.1.0' }),
    vault_rekey: rekey,
    vault_recovery_keys: () => ({ known: true, keys: [] }),
  });
}

async function fill(user: ReturnType<typeof userEvent.setup>, current: string, next: string, repeat: string) {
  const fields: [string, string][] = [['rekey-current', current], ['rekey-new', next], ['rekey-repeat', repeat]];
  for (const [id, text] of fields) {
    if (text !== '') await user.type(screen.getByTestId(id), text);
  }
}

describe('Settings: new passphrase and new key', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
    transfer.rekeying = null;
  });

  it('refuses a new passphrase typed differently the second time, without calling the backend', async () => {
    const calls = rekeyBackend(() => status('unlocked'));
    const user = userEvent.setup();
    render(SettingsPage, { settings, onchange: () => undefined });
    await fill(user, OLD, NEW, `${NEW}!`);
    await user.click(screen.getByTestId('rekey-start'));
    expect(await screen.findByTestId('rekey-repeat-problem')).toHaveTextContent('The two passphrases are not the same.');
    expect(callsOf(calls, 'vault_rekey')).toHaveLength(0);
  });

  it('refuses a too-short new passphrase and an empty current one without a call', async () => {
    const calls = rekeyBackend(() => status('unlocked'));
    const user = userEvent.setup();
    render(SettingsPage, { settings, onchange: () => undefined });
    await fill(user, '', 'kort', 'kort');
    await user.click(screen.getByTestId('rekey-start'));
    expect(await screen.findByText('This passphrase is too short.')).toBeVisible();
    expect(screen.getByText('Enter your current passphrase.')).toBeVisible();
    expect(callsOf(calls, 'vault_rekey')).toHaveLength(0);
  });

  it('sends the current and the new passphrase, shows progress, then the done notice', async () => {
    let finish: (s: VaultStatus) => void = () => undefined;
    const calls = rekeyBackend(() => {
      // The backend sends progress on the session's channel while it works.
      onVaultEvent({ event: 'rekey-progress', done: 0, total: 8 });
      onVaultEvent({ event: 'rekey-progress', done: 3, total: 8 });
      return new Promise<VaultStatus>((resolve) => (finish = resolve));
    });
    const user = userEvent.setup();
    render(SettingsPage, { settings, onchange: () => undefined });
    await fill(user, OLD, NEW, NEW);
    await user.click(screen.getByTestId('rekey-start'));

    await waitFor(() => expect(callsOf(calls, 'vault_rekey').map((c) => c.args)).toEqual([{ current: OLD, new: NEW }]));
    const progress = await screen.findByTestId('rekey-progress');
    expect(progress).toHaveTextContent('3 of 8 vault files encrypted again');
    expect(progress.querySelector('progress')).toHaveAttribute('value', '38');
    expect(screen.getByTestId('rekey-start')).toBeDisabled();

    finish(status('unlocked'));
    expect(await screen.findByTestId('rekey-done')).toHaveTextContent(
      'Done: the vault now has a new key and opens only with the new passphrase.',
    );
    expect(screen.queryByTestId('rekey-progress')).toBeNull();
    // Nothing secret stays in the form.
    for (const id of ['rekey-current', 'rekey-new', 'rekey-repeat']) expect(screen.getByTestId(id)).toHaveValue('');
  });

  it('shows a wrong current passphrase translated, and keeps what was typed', async () => {
    rekeyBackend(() => {
      throw { code: 'vault-wrong-passphrase', message: 'wrong passphrase' };
    });
    const user = userEvent.setup();
    render(SettingsPage, { settings, onchange: () => undefined });
    await fill(user, 'not the passphrase', NEW, NEW);
    await user.click(screen.getByTestId('rekey-start'));
    const notice = await screen.findByTestId('error-notice');
    expect(notice).toHaveAttribute('data-code', 'vault-wrong-passphrase');
    expect(notice).toHaveTextContent('That passphrase is not right.');
    expect(screen.queryByTestId('rekey-done')).toBeNull();
    expect(screen.getByTestId('rekey-new')).toHaveValue(NEW);
  });

  it('says what to do when the recovery keys are not known', async () => {
    rekeyBackend(() => {
      throw { code: 'vault-rekey-recovery-keys-unknown', message: '' };
    });
    const user = userEvent.setup();
    render(SettingsPage, { settings, onchange: () => undefined });
    await fill(user, OLD, NEW, NEW);
    await user.click(screen.getByTestId('rekey-start'));
    expect(await screen.findByTestId('error-notice')).toHaveTextContent('Nothing was changed.');
  });

  it('explains in Dutch what it revokes and what it does not', async () => {
    setLanguage('nl');
    rekeyBackend(() => {
      throw { code: 'vault-wrong-passphrase', message: '' };
    });
    const user = userEvent.setup();
    render(SettingsPage, { settings: { ...settings, language: 'nl' }, onchange: () => undefined });
    const panel = screen.getByTestId('rekey-panel');
    expect(panel).toHaveTextContent('Nieuwe wachtwoordzin en nieuwe sleutel');
    expect(panel).toHaveTextContent('opent het oude sleutelbestand met de oude wachtwoordzin niets meer');
    expect(panel).toHaveTextContent('reservekopieën, gekopieerde mappen');
    expect(panel).toHaveTextContent('Herstelsleutels blijven werken.');
    expect(panel).toHaveTextContent('Onderbreken kan veilig');
    await fill(user, OLD, NEW, 'iets anders dan de nieuwe');
    await user.click(screen.getByTestId('rekey-start'));
    expect(await screen.findByTestId('rekey-repeat-problem')).toHaveTextContent(/./);
    expect(screen.getByTestId('rekey-repeat-problem').textContent).not.toMatch(/passphrase/);

    await user.clear(screen.getByTestId('rekey-repeat'));
    await user.type(screen.getByTestId('rekey-repeat'), NEW);
    await user.click(screen.getByTestId('rekey-start'));
    expect(await screen.findByTestId('error-notice')).toHaveTextContent('Die wachtwoordzin klopt niet');
  });

  it('is not offered while the vault is locked', () => {
    rekeyBackend(() => status('unlocked'));
    resetStores(status('locked'));
    render(SettingsPage, { settings, onchange: () => undefined });
    expect(screen.queryByTestId('rekey-panel')).toBeNull();
  });
});
