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

// Shown as typed: every date the window shows goes through the formatters below, so a
// parent reads the same day-month-year they type (25-11-2026), with the same separator
// in Dutch and English, times on the 24-hour clock. None of them asks the system's
// locale (toLocaleDateString without nl_NL followed the system: US order, AM/PM), so a
// run under LANG=en_US shows what a Dutch system shows.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|T|\s)/;

/** An ISO date (or the start of a timestamp) as `25-11-2026`; anything else unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/**
 * A wall-clock date-time as written (`2026-11-25T14:30`, `2026-11-25 14:30:05`: a step's
 * time, a chat message's time as exported) as `25-11-2026 14:30` (seconds kept when
 * given). No zone is applied: the time is shown as it was written.
 */
export function formatDateTime(text: string | null | undefined): string {
  if (!text) return '';
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?/.exec(text);
  return match ? `${formatDate(match[1])} ${match[2]}${match[3] ?? ''}` : formatDate(text);
}

/**
 * A moment (RFC 3339, `2026-11-25T13:30:00Z`: a log entry, an import) in this computer's
 * time zone: `25-11-2026 14:30`, or `25-11-2026 14:30:05` with `seconds`. A date alone
 * (`2026-11-25`) is shown as a date; text that is not a moment is returned unchanged.
 */
export function formatMoment(at: string | null | undefined, { seconds = false } = {}): string {
  if (!at) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return formatDate(at);
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) return at;
  const day = `${pad(moment.getDate())}-${pad(moment.getMonth() + 1)}-${pad(moment.getFullYear(), 4)}`;
  const time = `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
  return `${day} ${time}${seconds ? `:${pad(moment.getSeconds())}` : ''}`;
}

/** A month (`2026-11`, as the guide's sources are dated) as `11-2026`; a full date as a date. */
export function formatMonth(text: string | null | undefined): string {
  if (!text) return '';
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  return month ? `${month[2]}-${month[1]}` : formatDate(text);
}

/**
 * A date with its weekday, for deadlines and trips where the day of the week matters:
 * `woensdag 25-11-2026` / `Wednesday 25-11-2026`. The weekday's name comes from the
 * app's language (never the system's); the date itself is day-month-year as typed.
 */
export function formatDateWithWeekday(iso: string | null | undefined, language: string): string {
  const shown = formatDate(iso);
  const match = iso ? ISO_DATE.exec(iso) : null;
  if (!match) return shown;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const weekday = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(day);
  return `${weekday} ${shown}`;
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
