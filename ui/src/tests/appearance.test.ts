// Dark mode and text size: the choice in Settings applies at once to the whole
// document, is kept for the next start, and "system" follows prefers-color-scheme.
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AppearanceSettings from '../components/AppearanceSettings.svelte';
import { appearance, loadAppearance, setTextSize, setTheme } from '../lib/appearance.svelte';
import { setLanguage } from '../lib/i18n.svelte';

let systemDark = false;
const listeners: (() => void)[] = [];

beforeEach(() => {
  localStorage.clear();
  systemDark = false;
  listeners.length = 0;
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('dark') ? systemDark : false,
    media: query,
    addEventListener: (_: string, listener: () => void) => listeners.push(listener),
    removeEventListener: () => undefined,
  }));
  setLanguage('en');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.style.removeProperty('--text-scale');
});

const root = () => document.documentElement;

describe('appearance', () => {
  it('follows the system theme by default, also when it changes', () => {
    loadAppearance();
    expect(appearance.theme).toBe('system');
    expect(root().dataset.theme).toBe('light');
    systemDark = true;
    for (const listener of listeners) listener();
    expect(root().dataset.theme).toBe('dark');
  });

  it('a manual choice wins over the system and is kept for the next start', () => {
    systemDark = true;
    setTheme('light');
    expect(root().dataset.theme).toBe('light');
    setTheme('system');
    setTheme('dark');
    setTextSize(175);
    appearance.theme = 'system';
    appearance.textSize = 100;
    loadAppearance();
    expect(appearance.theme).toBe('dark');
    expect(appearance.textSize).toBe(175);
    expect(root().style.getPropertyValue('--text-scale')).toBe('1.75');
  });

  it('keeps the text size within 100–200 % and reads damaged storage as the default', () => {
    setTextSize(300);
    expect(appearance.textSize).toBe(200);
    setTextSize(40);
    expect(appearance.textSize).toBe(100);
    localStorage.setItem('waarborg-appearance', '{not json');
    loadAppearance();
    expect(appearance).toEqual({ theme: 'system', textSize: 100 });
    localStorage.setItem('waarborg-appearance', JSON.stringify({ theme: 'neon', textSize: 'huge' }));
    loadAppearance();
    expect(appearance).toEqual({ theme: 'system', textSize: 100 });
  });

  it('Settings offers system, light and dark and the text sizes, applied at once', async () => {
    loadAppearance();
    render(AppearanceSettings);
    expect(screen.getByTestId('theme-system')).toBeChecked();
    await userEvent.click(screen.getByTestId('theme-dark'));
    expect(root().dataset.theme).toBe('dark');
    expect(screen.getByTestId('theme-dark')).toBeChecked();
    const size = screen.getByTestId('text-size') as HTMLSelectElement;
    expect([...size.options].map((o) => o.value)).toEqual(['100', '125', '150', '175', '200']);
    await userEvent.selectOptions(size, '200');
    expect(root().style.getPropertyValue('--text-scale')).toBe('2');
    expect(JSON.parse(localStorage.getItem('waarborg-appearance') ?? '')).toEqual({ theme: 'dark', textSize: 200 });
  });
});
