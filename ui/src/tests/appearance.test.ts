// Dark mode and text size: the choice in Settings is saved in the settings (IPC
// set_appearance), applies at once to the whole document, and "system" follows
// prefers-color-scheme, also when it changes. A failed save changes nothing.
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../lib/backend';
import AppearanceSettings from '../components/AppearanceSettings.svelte';
import { appearance, applyAppearance, watchSystemTheme } from '../lib/appearance.svelte';
import { setLanguage } from '../lib/i18n.svelte';
import { applySettings } from '../lib/settings.svelte';
import { callsOf, fakeBackend } from './vault-fixtures';

let systemDark = false;
const listeners: (() => void)[] = [];

const SETTINGS: Settings = {
  language_preference: 'en',
  system_language: 'nl',
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

beforeEach(() => {
  systemDark = false;
  listeners.length = 0;
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('dark') ? systemDark : false,
    media: query,
    addEventListener: (_: string, listener: () => void) => listeners.push(listener),
    removeEventListener: () => undefined,
  }));
  setLanguage('en');
  applySettings(SETTINGS);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const root = () => document.documentElement;

describe('appearance', () => {
  it('follows the system theme by default, also when it changes', () => {
    watchSystemTheme();
    expect(appearance.theme).toBe('system');
    expect(root().dataset.theme).toBe('light');
    systemDark = true;
    for (const listener of listeners) listener();
    expect(root().dataset.theme).toBe('dark');
  });

  it('a saved choice wins over the system; the size scales the root', () => {
    systemDark = true;
    applySettings({ ...SETTINGS, theme: 'light', text_size: 175 });
    expect(root().dataset.theme).toBe('light');
    expect(root().style.getPropertyValue('--text-scale')).toBe('1.75');
    expect(root().hasAttribute('data-text-large')).toBe(true);
    applyAppearance('system', 100);
    expect(root().dataset.theme).toBe('dark');
    expect(root().hasAttribute('data-text-large')).toBe(false);
  });

  it('keeps the size within 100–200 % whatever arrives', () => {
    applyAppearance('dark', 900);
    expect(appearance.textSize).toBe(200);
    applyAppearance('dark', 10);
    expect(appearance.textSize).toBe(100);
  });

  it('Settings saves system, light or dark and the text size, applied at once', async () => {
    const calls = fakeBackend({
      set_appearance: (args) => ({ ...SETTINGS, theme: args.theme, text_size: args.textSize }),
    });
    render(AppearanceSettings);
    expect(screen.getByTestId('theme-system')).toBeChecked();
    await userEvent.click(screen.getByTestId('theme-dark'));
    expect(callsOf(calls, 'set_appearance')[0]?.args).toEqual({ theme: 'dark', textSize: 100 });
    expect(root().dataset.theme).toBe('dark');
    expect(screen.getByTestId('theme-dark')).toBeChecked();
    const size = screen.getByTestId('text-size') as HTMLSelectElement;
    expect([...size.options].map((o) => o.value)).toEqual(['100', '125', '150', '175', '200']);
    await userEvent.selectOptions(size, '200');
    expect(callsOf(calls, 'set_appearance')[1]?.args).toEqual({ theme: 'dark', textSize: 200 });
    expect(root().style.getPropertyValue('--text-scale')).toBe('2');
  });

  it('a failed save says so and shows the saved choice again', async () => {
    fakeBackend({
      set_appearance: () => {
        throw { code: 'settings-io', message: 'disk full' };
      },
    });
    render(AppearanceSettings);
    await userEvent.click(screen.getByTestId('theme-dark'));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByTestId('theme-system')).toBeChecked();
    expect(root().dataset.theme).toBe('light');
    await userEvent.selectOptions(screen.getByTestId('text-size'), '150');
    expect((screen.getByTestId('text-size') as HTMLSelectElement).value).toBe('100');
    expect(appearance.textSize).toBe(100);
  });
});
