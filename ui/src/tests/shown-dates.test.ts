// Dates are shown the way they are typed (issue 17 part 6): day-month-year with the same
// separator in Dutch and English (25-11-2026), times on the 24-hour clock, and nothing
// taken from the system's locale. Before, the views wrote "25 nov 2026", "3 Jul 2026",
// "14 March 2026" or "12:30:00 AM" while every date field takes 25-11-2026.
//
// A system without nl_NL is simulated by making every locale-dependent call that names no
// locale answer as en-US would (month first, AM/PM), as WebKitGTK does under LANG=en_US.
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MilestoneList from '../components/MilestoneList.svelte';
import UpcomingPanel from '../components/UpcomingPanel.svelte';
import type { Deadlines, LogEntry, Settings, Upcoming } from '../lib/backend';
import { formatDate, formatDateTime, formatDateWithWeekday, formatMoment, formatMonth } from '../lib/dates';
import { setLanguage } from '../lib/i18n.svelte';
import { applySettings } from '../lib/settings.svelte';
import HealthView from '../routes/vault/HealthView.svelte';
import { HEAD, fakeBackend, logPage, resetStores, status } from './vault-fixtures';

/** Calls that name no locale answer as a US system would. */
function usSystemLocale(): void {
  const RealFormat = Intl.DateTimeFormat;
  const us = (locales: Intl.LocalesArgument) => locales ?? 'en-US';
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(
    (locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) =>
      new RealFormat(us(locales) as string, options),
  );
  for (const name of ['toLocaleDateString', 'toLocaleTimeString', 'toLocaleString'] as const) {
    const real = Date.prototype[name];
    vi.spyOn(Date.prototype, name).mockImplementation(function (this: Date, locales?, options?) {
      return real.call(this, us(locales), options);
    });
  }
}

let zone: string | undefined;

beforeEach(() => {
  usSystemLocale();
  zone = process.env.TZ;
  process.env.TZ = 'Europe/Amsterdam';
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
  setLanguage('nl');
});

describe('the one date formatter', () => {
  it('shows dates day-month-year with dashes, as typed', () => {
    expect(formatDate('2026-11-25')).toBe('25-11-2026');
    expect(formatDate('2026-07-03')).toBe('03-07-2026');
  });

  it('shows a time as written on the 24-hour clock, seconds kept when given', () => {
    expect(formatDateTime('2026-11-25T14:30')).toBe('25-11-2026 14:30');
    expect(formatDateTime('2026-11-25 09:05:33')).toBe('25-11-2026 09:05:33');
    expect(formatDateTime('2026-11-25')).toBe('25-11-2026');
  });

  it('shows a moment in the local time zone, date and time of the same moment', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam: never "12:30 AM".
    expect(formatMoment('2026-12-31T23:30:00Z')).toBe('01-01-2027 00:30');
    expect(formatMoment('2026-12-31T23:30:07Z', { seconds: true })).toBe('01-01-2027 00:30:07');
    expect(formatMoment('2026-06-01T13:05:00Z')).toBe('01-06-2026 15:05');
    expect(formatMoment('2026-06-01')).toBe('01-06-2026');
    expect(formatMoment('not a time')).toBe('not a time');
    expect(formatMoment(null)).toBe('');
  });

  it('shows a month as month-year and a date with its weekday in the app’s language', () => {
    expect(formatMonth('2026-11')).toBe('11-2026');
    expect(formatMonth('2023-05-22')).toBe('22-05-2023');
    expect(formatDateWithWeekday('2026-11-25', 'nl')).toBe('woensdag 25-11-2026');
    expect(formatDateWithWeekday('2026-11-25', 'en')).toBe('Wednesday 25-11-2026');
    expect(formatDateWithWeekday(null, 'en')).toBe('');
  });

  it('asks the system’s locale nothing', () => {
    const dateText = vi.mocked(Date.prototype.toLocaleDateString);
    const anyText = vi.mocked(Date.prototype.toLocaleString);
    formatDate('2026-11-25');
    formatDateTime('2026-11-25 14:30');
    formatMoment('2026-11-25T14:30:00Z', { seconds: true });
    formatMonth('2026-11');
    expect(dateText).not.toHaveBeenCalled();
    expect(anyText).not.toHaveBeenCalled();
  });
});

const settings: Settings = {
  language_preference: 'en',
  system_language: 'en',
  language: 'en',
  removal_date: null,
  vault_dir: null,
  auto_lock_seconds: 300,
  trip_grace_days: 0,
  backup_reminder_days: 30,
  theme: 'system',
  text_size: 100,
  quick_exit: 'cover',
  problem: null,
};

const upcoming: Upcoming = {
  today: '2026-12-05',
  vault_open: true,
  last_backup: '2026-10-01',
  days_since_backup: 65,
  backup_reminder_days: 30,
  backup_overdue: true,
  dates: [
    {
      kind: 'document-expires',
      date: '2027-03-05',
      days_left: 90,
      subject: 'p1',
      label: 'Sara Jansen',
      document_kind: 'passport',
      document_index: 0,
    },
  ],
};

describe('views show dates as typed, in both languages', () => {
  beforeEach(() => {
    applySettings(settings);
    resetStores();
  });

  for (const [language, weekday] of [
    ['nl', 'vrijdag'],
    ['en', 'Friday'],
  ] as const) {
    it(`coming up (${language}): the expiry as "${weekday} 05-03-2027"`, async () => {
      setLanguage(language);
      fakeBackend({ upcoming: () => upcoming });
      render(UpcomingPanel);
      const row = await screen.findByTestId('upcoming-document-expires', {}, { timeout: 5_000 });
      expect(row).toHaveTextContent(`${weekday} 05-03-2027`);
      expect(row).not.toHaveTextContent(/maart|March|3\/5\/2027/);
    });
  }

  it('the guide’s deadline: the one-year mark day-month-year', () => {
    setLanguage('en');
    const mark = { rule_id: 'one-year-mark', date: '2027-06-01', days_left: 178, has_run_out: false };
    const deadlines = { removal_date: '2026-06-01', today: '2026-12-05', one_year_mark: mark } as unknown as Deadlines;
    render(MilestoneList, { deadlines, testIdPrefix: 'limit' });
    expect(screen.getByTestId('limit-one-year-mark')).toHaveTextContent('Tuesday 01-06-2027');
  });

  it('the check view: each log entry at its local time, 24-hour, with seconds', async () => {
    setLanguage('en');
    const entry: LogEntry = {
      seq: 0,
      prev: HEAD,
      at: '2026-12-05T13:04:05Z',
      kind: 'create',
      subject: null,
      sha256: null,
      note: '',
    };
    fakeBackend({ vault_log: () => logPage([entry]), vault_status: () => status('unlocked') });
    render(HealthView);
    // The view loads its log first: allow a loaded machine more than the default second.
    const [row] = await screen.findAllByTestId('health-log-entry', {}, { timeout: 5_000 });
    expect(row).toHaveTextContent('05-12-2026 14:04:05');
    expect(row).not.toHaveTextContent(/PM|Dec/);
  });
});
