// What is coming up on the home screen: the dates the backend computed, the backup
// line, nothing from the vault once it locks, and the .ics save with neutral titles
// unless the parent ticks the box.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import UpcomingPanel from '../components/UpcomingPanel.svelte';
import type { Settings, Upcoming } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { applySettings } from '../lib/settings.svelte';
import { applyStatus } from '../lib/vault.svelte';
import { callsOf, fakeBackend, resetStores, status } from './vault-fixtures';

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

const open: Upcoming = {
  today: '2026-12-05',
  vault_open: true,
  last_backup: '2026-10-01',
  days_since_backup: 65,
  backup_reminder_days: 30,
  backup_overdue: true,
  dates: [
    {
      kind: 'document-expires',
      date: '2026-11-20',
      days_left: -15,
      subject: 'p1',
      label: 'Sara Jansen',
      document_kind: 'identity-card',
      document_index: 1,
    },
    { kind: 'trip-departs', date: '2026-12-20', days_left: 15, subject: 't1', label: 'Summer in Spain', document_kind: null, document_index: null },
    {
      kind: 'document-expires',
      date: '2027-03-05',
      days_left: 90,
      subject: 'p1',
      label: 'Sara Jansen',
      document_kind: 'passport',
      document_index: 0,
    },
    { kind: 'one-year-mark', date: '2027-06-01', days_left: 178, subject: null, label: '', document_kind: null, document_index: null },
    { kind: 'backup-due', date: '2026-10-31', days_left: -35, subject: null, label: '', document_kind: null, document_index: null },
  ],
};

const locked: Upcoming = {
  ...open,
  vault_open: false,
  last_backup: null,
  days_since_backup: null,
  backup_overdue: false,
  dates: [open.dates[3]!],
};

describe('coming up', () => {
  beforeEach(() => {
    setLanguage('en');
    applySettings(settings);
    resetStores();
  });

  it('lists expiries, trips and the one-year mark with the backup age, from the backend', async () => {
    const calls = fakeBackend({ upcoming: () => open });
    render(UpcomingPanel);
    const passport = await screen.findByText('Sara Jansen: Passport expires');
    expect(passport.parentElement).toHaveTextContent('in 90 days');
    expect(screen.getByText('Sara Jansen: Identity card has expired').parentElement).toHaveTextContent('15 days ago');
    expect(screen.getByText('Departure: Summer in Spain')).toBeVisible();
    expect(screen.getByTestId('upcoming-one-year-mark')).toBeVisible();
    // The backup reminder is its own line, not a list entry.
    expect(screen.queryByTestId('upcoming-backup-due')).toBeNull();
    expect(screen.getByTestId('upcoming-last-backup')).toHaveTextContent('Last backup: 65 days ago');
    expect(screen.getByTestId('upcoming-backup-overdue')).toBeVisible();
    expect(callsOf(calls, 'upcoming')[0]?.args.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('leaves the one-year mark out where the Convention does not apply', async () => {
    fakeBackend({ upcoming: () => open });
    render(UpcomingPanel, { showOneYearMark: false });
    await screen.findByText('Sara Jansen: Passport expires');
    expect(screen.queryByTestId('upcoming-one-year-mark')).toBeNull();
  });

  it('shows nothing from the vault once it locks', async () => {
    let answer = open;
    fakeBackend({ upcoming: () => answer });
    render(UpcomingPanel);
    await screen.findByText('Sara Jansen: Passport expires');
    answer = locked;
    applyStatus(status('locked'));
    await screen.findByTestId('upcoming-locked');
    expect(screen.queryByText(/Sara/)).toBeNull();
    expect(screen.queryByText(/Spain/)).toBeNull();
    expect(screen.queryByTestId('upcoming-last-backup')).toBeNull();
    expect(screen.getByTestId('upcoming-one-year-mark')).toBeVisible();
  });

  it('says when there has been no backup yet', async () => {
    fakeBackend({ upcoming: () => ({ ...open, dates: [], last_backup: null, days_since_backup: 3, backup_overdue: false }) });
    render(UpcomingPanel);
    expect(await screen.findByTestId('upcoming-no-backup')).toHaveTextContent('not been backed up yet');
    expect(screen.getByTestId('upcoming-empty')).toBeVisible();
    expect(screen.queryByTestId('upcoming-save-ics')).toBeNull();
  });

  it('saves the calendar with neutral titles unless names are asked for', async () => {
    const calls = fakeBackend({
      upcoming: () => open,
      upcoming_save_ics: () => '/home/parent/waarborg.ics',
    });
    const user = userEvent.setup();
    render(UpcomingPanel);
    await user.click(await screen.findByTestId('upcoming-save-ics'));
    expect(await screen.findByTestId('upcoming-saved')).toHaveTextContent('/home/parent/waarborg.ics');
    await user.click(screen.getByTestId('upcoming-full-titles'));
    await user.click(screen.getByTestId('upcoming-save-ics'));
    await waitFor(() =>
      expect(callsOf(calls, 'upcoming_save_ics').map((c) => c.args.fullTitles)).toEqual([false, true]),
    );
  });

  it('a cancelled save dialog says nothing was saved', async () => {
    fakeBackend({ upcoming: () => open, upcoming_save_ics: () => null });
    const user = userEvent.setup();
    render(UpcomingPanel);
    await user.click(await screen.findByTestId('upcoming-save-ics'));
    await waitFor(() => expect(screen.getByTestId('upcoming-save-ics')).toBeEnabled());
    expect(screen.queryByTestId('upcoming-saved')).toBeNull();
  });
});
