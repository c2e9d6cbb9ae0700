import { describe, expect, it } from 'vitest';
import { SOURCES, errorText, messageIds, setLanguage, t } from '../lib/i18n.svelte';

describe('translations', () => {
  it('Dutch and English have exactly the same message ids', () => {
    const nl = messageIds(SOURCES.nl);
    const en = messageIds(SOURCES.en);
    expect(nl.length).toBeGreaterThan(20);
    expect(nl.filter((id) => !en.includes(id))).toEqual([]);
    expect(en.filter((id) => !nl.includes(id))).toEqual([]);
  });

  it('every message id used by the UI exists', async () => {
    // Every literal t('…') in the UI source must resolve in both languages.
    const files = import.meta.glob('../**/*.{svelte,ts}', { query: '?raw', import: 'default' });
    const used = new Set<string>();
    for (const [path, load] of Object.entries(files)) {
      if (path.includes('/tests/')) continue;
      const text = (await load()) as string;
      for (const match of text.matchAll(/\bt\('([a-z0-9-]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(10);
    for (const language of ['nl', 'en'] as const) {
      const ids = messageIds(SOURCES[language]);
      expect([...used].filter((id) => !ids.includes(id)), language).toEqual([]);
    }
    // Transforming every source file takes seconds on a busy 2-core machine.
  }, 60_000);

  it('switches language and formats arguments', () => {
    setLanguage('nl');
    expect(t('area-vault-title')).toBe('Kluis');
    expect(document.documentElement.lang).toBe('nl');
    setLanguage('en');
    expect(t('area-vault-title')).toBe('Vault');
    expect(t('settings-version', { version: '9.9.9' })).toBe('Version 9.9.9');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a missing id rather than nothing', () => {
    expect(t('no-such-message')).toBe('no-such-message');
  });

  it('translates error codes and falls back for unknown ones', () => {
    setLanguage('nl');
    expect(errorText({ code: 'settings-io', message: 'EIO' })).toContain('instellingen');
    expect(errorText({ code: 'from-the-future' as never, message: '' })).toBe(t('error-unknown'));
  });
});
