// How the window looks: light or dark (or as the system says), and how large the text
// is (100–200 %). Kept in the window's own storage and applied before the first paint,
// so the app never flashes the wrong theme or size at start.
export type Theme = 'system' | 'light' | 'dark';

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const MIN_TEXT_SIZE = 100;
export const MAX_TEXT_SIZE = 200;
const KEY = 'waarborg-appearance';

export const appearance = $state<{ theme: Theme; textSize: number }>({ theme: 'system', textSize: 100 });

function clampSize(size: unknown): number {
  const n = typeof size === 'number' && Number.isFinite(size) ? Math.round(size) : 100;
  return Math.min(MAX_TEXT_SIZE, Math.max(MIN_TEXT_SIZE, n));
}

function isTheme(value: unknown): value is Theme {
  return value === 'system' || value === 'light' || value === 'dark';
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

function save(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ theme: appearance.theme, textSize: appearance.textSize }));
  } catch {
    // Storage refused (private mode, full): the choice holds until the window closes.
  }
}

/** Reads the stored choice (anything odd reads as the default) and applies it. */
export function loadAppearance(): void {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (stored && typeof stored === 'object') {
      const { theme, textSize } = stored as Record<string, unknown>;
      appearance.theme = isTheme(theme) ? theme : 'system';
      appearance.textSize = clampSize(textSize);
    }
  } catch {
    appearance.theme = 'system';
    appearance.textSize = 100;
  }
  apply();
  if (typeof window.matchMedia === 'function') {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', apply);
  }
}

export function setTheme(theme: Theme): void {
  appearance.theme = isTheme(theme) ? theme : 'system';
  apply();
  save();
}

export function setTextSize(size: number): void {
  appearance.textSize = clampSize(size);
  apply();
  save();
}
