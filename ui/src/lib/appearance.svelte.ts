// How the window looks: light or dark (or as the system says), and how large the text
// is (100–200 %). Kept in settings.json (Settings → Appearance, `set_appearance`) and
// applied with the rest of the settings (settings.svelte.ts).
//
// The settings arrive over IPC after the first frame; so that the first frame is already
// in the chosen theme (not a white flash before a dark window), the last applied choice
// is also kept in localStorage (a theme and a size: nothing secret) and put on the
// document by `restoreAppearance()` in main.ts before the app mounts. The settings from
// the backend still win once they arrive.
import type { Theme } from './bindings/Theme';

export type { Theme };
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const MIN_TEXT_SIZE = 100;
export const MAX_TEXT_SIZE = 200;

export const appearance = $state<{ theme: Theme; textSize: number }>({ theme: 'system', textSize: 100 });

function clampSize(size: number): number {
  const n = Number.isFinite(size) ? Math.round(size) : MIN_TEXT_SIZE;
  return Math.min(MAX_TEXT_SIZE, Math.max(MIN_TEXT_SIZE, n));
}

function systemDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Puts the choice on the document: `data-theme` is always the theme in effect. */
function apply(): void {
  const root = document.documentElement;
  const dark = appearance.theme === 'dark' || (appearance.theme === 'system' && systemDark());
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.themeChoice = appearance.theme;
  root.style.setProperty('--text-scale', String(appearance.textSize / 100));
  root.toggleAttribute('data-text-large', appearance.textSize > 100);
}

/** Where the last applied choice waits for the next start's first frame. */
export const REMEMBERED_APPEARANCE = 'waarborg-appearance';

function themeOf(value: unknown): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}

function remember(): void {
  try {
    window.localStorage.setItem(
      REMEMBERED_APPEARANCE,
      JSON.stringify({ theme: appearance.theme, textSize: appearance.textSize }),
    );
  } catch {
    // Storage refused (full, or switched off): the next start follows the system until
    // the settings arrive, as before.
  }
}

/** Applies the saved choice (from the settings the backend returned). */
export function applyAppearance(theme: Theme, textSize: number): void {
  appearance.theme = themeOf(theme);
  appearance.textSize = clampSize(textSize);
  apply();
  remember();
}

/**
 * Before the first frame (main.ts, synchronously, before mounting): the choice applied
 * last time, else the system's theme at 100 %. Anything odd in storage counts as nothing.
 */
export function restoreAppearance(): void {
  let saved: unknown = null;
  try {
    saved = JSON.parse(window.localStorage.getItem(REMEMBERED_APPEARANCE) ?? 'null');
  } catch {
    saved = null;
  }
  const choice = saved !== null && typeof saved === 'object' ? (saved as Record<string, unknown>) : {};
  appearance.theme = themeOf(choice.theme);
  appearance.textSize = clampSize(typeof choice.textSize === 'number' ? choice.textSize : MIN_TEXT_SIZE);
  apply();
}

/** Before the settings arrive: the system's theme; later, its changes are followed. */
export function watchSystemTheme(): void {
  apply();
  if (typeof window.matchMedia === 'function') {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', apply);
  }
}
