// Dates as the parent types and reads them: day-month-year (25-11-2026), whatever the
// system's locale. The browser's own <input type="date"> follows the system locale (on a
// system without nl_NL, WebKitGTK shows and parses mm/dd/yyyy, so "25-11-2026" became
// 11 December); Waarborg's date fields are text fields parsed here instead. What the
// backend stores is always ISO (`2026-11-25`).

/** The outcome of reading a typed date. */
export type ParsedDate =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Not a date at all ("morgen", "25/11"). */
  | { kind: 'unreadable' }
  /** Looks like a date but that day does not exist (31-02-2026, 12-13-2026). */
  | { kind: 'impossible' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (proleptic Gregorian).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month: number, day: number): ParsedDate {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return { kind: 'impossible' };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/**
 * Reads a date typed day-month-year: `25-11-2026`, `25/11/2026`, `25.11.2026`,
 * `25 11 2026`, `5-3-2026`. A four-digit year first (`2026-11-25`, as pasted from elsewhere
 * or typed by a test) is read year-month-day. Two-digit years are refused (which century?).
 */
export function parseDate(text: string): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const parts = trimmed.split(/\s*[-/.\s]\s*/);
  if (parts.length !== 3 || !parts.every((part) => /^\d+$/.test(part))) return { kind: 'unreadable' };
  const [a = '', b = '', c = ''] = parts;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) return build(Number(a), Number(b), Number(c));
  if (a.length <= 2 && b.length <= 2 && c.length === 4) return build(Number(c), Number(b), Number(a));
  return { kind: 'unreadable' };
}

/** An ISO date (or the start of a timestamp) as `25-11-2026`; anything else unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T|\s)/.exec(iso);
  if (!match) return iso;
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/** An ISO date-time (`2026-11-25T14:30`, seconds and zone ignored) as `25-11-2026 14:30`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(iso);
  return match ? `${formatDate(match[1])} ${match[2]}` : formatDate(iso);
}

/**
 * The first date field of `form` holding text that is not a date, or null. Each such field
 * is asked (`checkValidity`), so each shows its own problem; a save must then stop, since
 * the field's value is '' and saving would drop the date the parent meant to type.
 */
export function firstUnreadableDate(form: HTMLFormElement): HTMLInputElement | null {
  let first: HTMLInputElement | null = null;
  for (const input of form.querySelectorAll<HTMLInputElement>('input.date-input')) {
    if (!input.checkValidity() && input.validity.customError && first === null) first = input;
  }
  return first;
}
