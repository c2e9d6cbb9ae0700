// The first frame in the chosen theme (issue 17 part 5): the settings arrive over IPC
// after the window first paints, so the theme and text size applied last time are kept
// in localStorage and put on the document synchronously in main.ts, before the app
// mounts; the system's theme when nothing is remembered; the settings still win.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../lib/backend';
import { appearance, REMEMBERED_APPEARANCE, restoreAppearance } from '../lib/appearance.svelte';
import { applySettings } from '../lib/settings.svelte';

let systemDark = false;
const root = () => document.documentElement;

const SETTINGS: Settings = {
  language_preference: 'nl',
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

function forget(): void {
  window.localStorage.clear();
  delete root().dataset.theme;
  delete root().dataset.themeChoice;
  root().style.removeProperty('--text-scale');
}

beforeEach(() => {
  systemDark = false;
  forget();
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('dark') ? systemDark : false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('svelte');
  vi.doUnmock('../App.svelte');
  vi.resetModules();
  forget();
});

describe('the first frame', () => {
  it('applying the settings remembers the theme and size for the next start', () => {
    applySettings({ ...SETTINGS, theme: 'dark', text_size: 150 });
    expect(JSON.parse(window.localStorage.getItem(REMEMBERED_APPEARANCE) ?? 'null')).toEqual({
      theme: 'dark',
      textSize: 150,
    });
  });

  it('restores the remembered dark theme and size even on a light system', () => {
    window.localStorage.setItem(REMEMBERED_APPEARANCE, JSON.stringify({ theme: 'dark', textSize: 175 }));
    restoreAppearance();
    expect(root().dataset.theme).toBe('dark');
    expect(root().style.getPropertyValue('--text-scale')).toBe('1.75');
    expect(appearance).toEqual({ theme: 'dark', textSize: 175 });
  });

  it('follows the system when nothing (or nothing readable) is remembered', () => {
    systemDark = true;
    restoreAppearance();
    expect(root().dataset.theme).toBe('dark');
    for (const odd of ['{not json', '"dark"', JSON.stringify({ theme: 'purple', textSize: 'huge' })]) {
      window.localStorage.setItem(REMEMBERED_APPEARANCE, odd);
      restoreAppearance();
      expect(appearance).toEqual({ theme: 'system', textSize: 100 });
      expect(root().dataset.theme).toBe('dark');
    }
    window.localStorage.setItem(REMEMBERED_APPEARANCE, JSON.stringify({ theme: 'light', textSize: 900 }));
    restoreAppearance();
    expect(root().dataset.theme).toBe('light');
    expect(appearance.textSize).toBe(200);
  });

  it('the settings from the backend still win over what was remembered', () => {
    window.localStorage.setItem(REMEMBERED_APPEARANCE, JSON.stringify({ theme: 'dark', textSize: 200 }));
    restoreAppearance();
    applySettings({ ...SETTINGS, theme: 'light', text_size: 125 });
    expect(root().dataset.theme).toBe('light');
    expect(root().style.getPropertyValue('--text-scale')).toBe('1.25');
  });

  it('main.ts puts the remembered theme on the document before the app mounts', async () => {
    window.localStorage.setItem(REMEMBERED_APPEARANCE, JSON.stringify({ theme: 'dark', textSize: 150 }));
    document.body.innerHTML = '<div id="app"></div>';
    let atMount: { theme?: string; scale: string } | null = null;
    // The app itself is not needed (and slow to load): only when it would mount.
    vi.doMock('../App.svelte', () => ({ default: {} }));
    vi.doMock('svelte', async (original) => ({
      ...(await original<typeof import('svelte')>()),
      mount: () => {
        atMount = { theme: root().dataset.theme, scale: root().style.getPropertyValue('--text-scale') };
        return {};
      },
    }));
    vi.resetModules();
    await import('../main');
    expect(atMount).toEqual({ theme: 'dark', scale: '1.5' });
  });
});
