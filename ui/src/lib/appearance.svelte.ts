// How the window looks: light or dark (or as the system says), and how large the text
// is (100–200 %). Kept in settings.json (Settings → Appearance, `set_appearance`) and
// applied with the rest of the settings (settings.svelte.ts).
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

/** Applies the saved choice (from the settings the backend returned). */
export function applyAppearance(theme: Theme, textSize: number): void {
  appearance.theme = theme === 'light' || theme === 'dark' ? theme : 'system';
  appearance.textSize = clampSize(textSize);
  apply();
}

/** Before the settings arrive: the system's theme; later, its changes are followed. */
export function watchSystemTheme(): void {
  apply();
  if (typeof window.matchMedia === 'function') {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', apply);
  }
}
