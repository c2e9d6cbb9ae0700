// The settings in effect, shared by every screen. Changes come back from the backend
// (which saved them) and are applied here, so all screens and the language agree.
import type { Settings } from './backend';
import { setLanguage } from './i18n.svelte';
import { applyAppearance } from './appearance.svelte';

export const current = $state<{ settings: Settings | null }>({ settings: null });

export function applySettings(next: Settings): void {
  current.settings = next;
  setLanguage(next.language);
  applyAppearance(next.theme, next.text_size);
}
