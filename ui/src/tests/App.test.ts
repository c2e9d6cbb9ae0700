import { mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../App.svelte';
import type { Settings } from '../lib/backend';

function fakeBackend(initial: Settings) {
  let settings = initial;
  const calls: string[] = [];
  mockIPC((cmd, args) => {
    calls.push(cmd);
    switch (cmd) {
      case 'get_settings':
        return settings;
      case 'app_info':
        return { name: 'Waarborg', version: '0.1.0' };
      case 'set_language': {
        const preference = (args as { preference: Settings['language_preference'] }).preference;
        const language = preference === 'system' ? settings.system_language : preference;
        settings = { ...settings, language_preference: preference, language, problem: null };
        return settings;
      }
      default:
        throw { code: 'internal', message: `unexpected ${cmd}` };
    }
  });
  return calls;
}

const dutch: Settings = {
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
};

describe('App', () => {
  it('opens on a Dutch home screen that leads to every area', async () => {
    fakeBackend(dutch);
    render(App);
    expect(await screen.findByRole('heading', { name: 'Waar wilt u mee beginnen?' })).toBeVisible();
    for (const [testId, title] of [
      ['card-vault', 'Kluis'],
      ['card-documents', 'Documenten'],
      ['card-emergency', 'Noodplan'],
      ['card-prevention', 'Voorkomen'],
      ['card-settings', 'Instellingen'],
    ] as const) {
      expect(screen.getByTestId(testId)).toHaveTextContent(title);
    }
    expect(screen.getByTestId('home-urgent')).toHaveTextContent('112');
  });

  it('switches to English in Settings and saves the choice', async () => {
    const calls = fakeBackend(dutch);
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('card-settings'));
    expect(await screen.findByRole('heading', { name: 'Instellingen' })).toBeVisible();
    expect(screen.getByLabelText('Volg het systeem (Nederlands)')).toBeChecked();

    await user.click(screen.getByTestId('language-en'));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeVisible();
    expect(screen.getByTestId('settings-status')).toHaveTextContent('The language has been saved.');
    expect(screen.getByTestId('nav-vault')).toHaveTextContent('Vault');
    expect(calls).toContain('set_language');
    expect(screen.getByTestId('app-version')).toHaveTextContent('Version 0.1.0');
  });

  it('says, translated, when the settings file is damaged, and still works', async () => {
    fakeBackend({ ...dutch, problem: { code: 'settings-corrupt', message: 'bad json' } });
    render(App);
    const notice = await screen.findByTestId('error-notice');
    expect(notice).toHaveTextContent('Het instellingenbestand is beschadigd');
    expect(screen.getByRole('heading', { name: 'Waar wilt u mee beginnen?' })).toBeVisible();
  });

  it('shows a translated message when saving the language fails', async () => {
    fakeBackend(dutch);
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('card-settings'));
    await screen.findByRole('heading', { name: 'Instellingen' });
    mockIPC((cmd) => {
      if (cmd === 'set_language') throw { code: 'settings-io', message: 'EROFS' };
      return { name: 'Waarborg', version: '0.1.0' };
    });
    await user.click(screen.getByTestId('language-en'));
    const notice = await screen.findByTestId('error-notice');
    expect(notice).toHaveTextContent('De instellingen konden niet worden opgeslagen');
    // Nothing changed: still Dutch, the old choice still selected.
    expect(screen.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
    await waitFor(() => expect(screen.getByTestId('language-system')).toBeChecked());
  });

  it('moves focus to the heading of the page it navigates to', async () => {
    fakeBackend(dutch);
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('card-vault'));
    const heading = await screen.findByRole('heading', { name: 'Kluis' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
