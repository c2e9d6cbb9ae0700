// The pure helpers behind the item screens.
import { describe, expect, it } from 'vitest';
import type { ItemDescription } from '../lib/backend';
import {
  CATEGORIES,
  normalizeDescription,
  previewKind,
  sameDescription,
  splitCommas,
  visibleRange,
} from '../lib/items';
import { looksLikeAgeRecipient, passphraseStrength } from '../lib/passphrase';
import { AGE_KEY } from './vault-fixtures';

const described = (extra: Partial<ItemDescription> = {}): ItemDescription => ({
  category: 'travel',
  title: 'Ticket',
  description: '',
  event_date: '2026-05-01',
  tags: ['flight'],
  people: ['Mum'],
  provenance: { source_kind: 'download', details: '' },
  ...extra,
});

describe('visibleRange', () => {
  it('covers the rows on screen plus the overscan', () => {
    expect(visibleRange(0, 640, 64, 10_000)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(64 * 100, 640, 64, 10_000)).toEqual({ start: 95, end: 115 });
    expect(visibleRange(64 * 100 + 30, 640, 64, 10_000, 2)).toEqual({ start: 98, end: 112 });
  });

  it('stays inside the list at both ends and with odd sizes', () => {
    expect(visibleRange(64 * 9_999, 640, 64, 10_000)).toEqual({ start: 9_994, end: 10_000 });
    expect(visibleRange(-500, 640, 64, 10_000)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(0, -10, 64, 10_000)).toEqual({ start: 0, end: 5 });
    expect(visibleRange(0, 640, 64, 3)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(0, 640, 64, 0)).toEqual({ start: 0, end: 0 });
  });

  it('keeps the window small however long the list is', () => {
    for (const top of [0, 12_345, 320_000, 639_000]) {
      const { start, end } = visibleRange(top, 900, 64, 10_000);
      expect(end - start).toBeLessThanOrEqual(Math.ceil(900 / 64) + 10);
      expect(start).toBeLessThanOrEqual(Math.floor(top / 64));
      expect(end).toBeGreaterThan(Math.min(9_999, Math.floor(top / 64)));
    }
  });
});

describe('descriptions', () => {
  it('normalizes: trimmed title, empty date as null, no blank tags or people', () => {
    expect(
      normalizeDescription(described({ title: '  Ticket  ', event_date: '', tags: [' a ', '', '  '], people: ['', ' Dad'] })),
    ).toEqual(described({ title: 'Ticket', event_date: null, tags: ['a'], people: ['Dad'] }));
  });

  it('compares descriptions as the backend would store them', () => {
    expect(sameDescription(described(), described({ title: ' Ticket ', tags: ['flight', ' '] }))).toBe(true);
    expect(sameDescription(described({ event_date: null }), described({ event_date: '' }))).toBe(true);
    expect(sameDescription(described(), described({ category: 'other' }))).toBe(false);
    expect(sameDescription(described(), described({ event_date: null }))).toBe(false);
    expect(
      sameDescription(described(), described({ provenance: { source_kind: 'download', details: 'from the airline' } })),
    ).toBe(false);
  });

  it('splits comma lists', () => {
    expect(splitCommas(' a, b ,,c , ')).toEqual(['a', 'b', 'c']);
    expect(splitCommas('')).toEqual([]);
  });

  it('offers the categories of the evidence package', () => {
    expect(CATEGORIES).toEqual(['official-documents', 'identification', 'travel', 'digital-communications', 'other']);
  });
});

describe('previewKind', () => {
  it.each([
    ['image/jpeg', 'image'],
    ['image/png', 'image'],
    ['image/webp', 'image'],
    ['image/heic', 'none'],
    ['image/svg+xml', 'none'],
    ['application/pdf', 'pdf'],
    ['text/plain', 'text'],
    ['text/html', 'none'],
    ['video/mp4', 'video'],
    ['audio/mpeg', 'audio'],
    ['application/zip', 'none'],
  ])('%s → %s', (mediaType, kind) => {
    expect(previewKind(mediaType)).toBe(kind);
  });
});

describe('passphrase helpers', () => {
  it('grades passphrases', () => {
    expect(passphraseStrength('')).toBe('too-short');
    expect(passphraseStrength('123456789')).toBe('too-short');
    expect(passphraseStrength('password123')).toBe('weak');
    expect(passphraseStrength('violet Anchor mosquito 47 lantern Drizzle')).toBe('strong');
  });

  it('recognizes age public keys only', () => {
    expect(looksLikeAgeRecipient(AGE_KEY)).toBe(true);
    expect(looksLikeAgeRecipient(` ${AGE_KEY}\n`)).toBe(true);
    expect(looksLikeAgeRecipient(AGE_KEY.toUpperCase())).toBe(false);
    expect(looksLikeAgeRecipient(AGE_KEY.slice(0, -1))).toBe(false);
    expect(looksLikeAgeRecipient(`${AGE_KEY.slice(0, -1)}b`)).toBe(false);
    expect(looksLikeAgeRecipient('AGE-SECRET-KEY-1QQQ')).toBe(false);
    expect(looksLikeAgeRecipient('ssh-ed25519 AAAA')).toBe(false);
  });
});
