// Pure helpers for the vault's item screens (kept out of components so they are tested).
import type { Category } from './bindings/Category';
import type { ItemDescription } from './bindings/ItemDescription';
import type { SourceKind } from './bindings/SourceKind';

export const CATEGORIES: readonly Category[] = [
  'official-documents',
  'identification',
  'travel',
  'digital-communications',
  'other',
];

export const SOURCE_KINDS: readonly SourceKind[] = [
  'own-device',
  'received',
  'official',
  'download',
  'scan',
  'other',
];

/** What the backend accepts: no empty date strings, no blank tags or people. */
export function normalizeDescription(d: ItemDescription): ItemDescription {
  const clean = (values: string[]) => values.map((v) => v.trim()).filter((v) => v !== '');
  return {
    ...d,
    title: d.title.trim(),
    event_date: d.event_date ? d.event_date : null,
    tags: clean(d.tags),
    people: clean(d.people),
  };
}

export function sameDescription(a: ItemDescription, b: ItemDescription): boolean {
  return JSON.stringify(normalizeDescription(a)) === JSON.stringify(normalizeDescription(b));
}

export type PreviewKind = 'image' | 'pdf' | 'text' | 'video' | 'audio' | 'none';

/** How the webview can show a media type (others: "open in system viewer" only). */
export function previewKind(mediaType: string): PreviewKind {
  if (['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/bmp'].includes(mediaType)) {
    return 'image';
  }
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'text/plain') return 'text';
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType.startsWith('audio/')) return 'audio';
  return 'none';
}

/**
 * Which rows of a long list are on screen (plus `overscan` either side): only those are
 * rendered, so 10,000 items scroll as lightly as 10.
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 5,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, first + visible + overscan),
  };
}

/** Splits "a, b ,c" into ["a", "b", "c"]. */
export function splitCommas(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
