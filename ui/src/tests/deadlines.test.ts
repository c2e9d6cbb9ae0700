import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import DeadlinesPanel from '../components/DeadlinesPanel.svelte';
import Home from '../routes/Home.svelte';
import type { Deadlines, GuideOverview, Route, Settings } from '../lib/backend';
import { guide } from '../lib/guide.svelte';
import overviewJson from './fixtures/guide-overview.json';
import routesJson from './fixtures/guide-routes.json';

const overview = overviewJson as unknown as GuideOverview;
const routes = routesJson as unknown as Record<string, Route>;
const germany = routes.DE as Route;
const china = routes.CN as Route;
import { setLanguage } from '../lib/i18n.svelte';
import { applySettings, current } from '../lib/settings.svelte';

const english: Settings = {
  language_preference: 'en',
  system_language: 'nl',
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

const deadlines: Deadlines = {
  removal_date: '2026-11-15',
  today: '2026-11-25',
  days_since_removal: 10,
  one_year_mark: { rule_id: 'one-year-mark', date: '2027-11-15', days_left: 355, has_run_out: false },
};

type Call = { cmd: string; args: Record<string, unknown> };

/** A backend that computes nothing itself: it answers with `deadlines` or a refusal. */
function fakeBackend(refuse?: { code: string; message: string }) {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'guide_deadlines') {
      if (refuse) throw refuse;
      return deadlines;
    }
    if (cmd === 'guide_overview') return overview;
    if (cmd === 'set_removal_date') {
      const removalDate = (args as { removalDate: string | null }).removalDate;
      return { ...(current.settings ?? english), removal_date: removalDate };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  return calls;
}

async function enterDate(value: string) {
  const input = screen.getByTestId('removal-date') as HTMLInputElement;
  await fireEvent.input(input, { target: { value } });
}

describe('time limits', () => {
  beforeEach(() => {
    setLanguage('en');
    applySettings(english);
    guide.overview = null;
    guide.route = null;
  });

  it('shows the one-year mark (no six-week countdown) and keeps the date for the home screen', async () => {
    const calls = fakeBackend();
    render(DeadlinesPanel, { route: germany });
    await enterDate('2026-11-15');
    await userEvent.click(screen.getByTestId('show-deadlines'));
    expect(await screen.findByTestId('milestone-one-year-mark')).toHaveTextContent('355 days left');
    expect(screen.queryByTestId('milestone-six-week-target')).toBeNull();
    await waitFor(() => expect(current.settings?.removal_date).toBe('2026-11-15'));
    const saved = calls.find((call) => call.cmd === 'set_removal_date');
    expect(saved?.args.removalDate).toBe('2026-11-15');
  });

  it('does not keep the date when the parent unticks the home-screen box', async () => {
    applySettings({ ...english, removal_date: '2026-11-15' });
    const calls = fakeBackend();
    render(DeadlinesPanel, { route: germany });
    // The remembered date is filled in and computed straight away.
    expect(await screen.findByTestId('milestone-one-year-mark')).toBeVisible();
    // Shown day-month-year, whatever the system locale.
    expect((screen.getByTestId('removal-date') as HTMLInputElement).value).toBe('15-11-2026');
    await userEvent.click(screen.getByTestId('show-on-home'));
    await userEvent.click(screen.getByTestId('show-deadlines'));
    await waitFor(() => expect(current.settings?.removal_date).toBeNull());
    expect(calls.filter((call) => call.cmd === 'set_removal_date')).toHaveLength(1);
  });

  it('says, translated, why a date is refused, keeps it, and saves nothing', async () => {
    const calls = fakeBackend({ code: 'removal-after-today', message: 'future' });
    render(DeadlinesPanel, { route: germany });
    await enterDate('2030-01-01');
    await userEvent.click(screen.getByTestId('show-deadlines'));
    expect(await screen.findByTestId('error-notice')).toHaveTextContent(/future/i);
    expect((screen.getByTestId('removal-date') as HTMLInputElement).value).toBe('2030-01-01');
    expect(calls.some((call) => call.cmd === 'set_removal_date')).toBe(false);
  });

  it('counts down on the home screen only when a date is kept', async () => {
    fakeBackend();
    const { unmount } = render(Home);
    expect(screen.queryByTestId('home-countdown')).toBeNull();
    unmount();
    applySettings({ ...english, removal_date: '2026-11-15' });
    render(Home);
    const countdown = await screen.findByTestId('home-countdown');
    expect(countdown).toHaveTextContent('355 days left');
    expect(countdown).toHaveTextContent('2026');
    expect(countdown).not.toHaveTextContent('six weeks');
    // No destination chosen: the mark is shown with its condition and its source.
    expect(screen.getByTestId('home-if-convention')).toBeVisible();
    await waitFor(() => expect(within(countdown).getByTestId('sources')).toBeInTheDocument());
  });

  it('shows no one-year mark for a destination outside the Convention', async () => {
    fakeBackend();
    applySettings({ ...english, removal_date: '2026-11-15' });
    guide.route = china;
    render(Home);
    await waitFor(() => expect(screen.queryByTestId('home-countdown')).toBeNull());
    render(DeadlinesPanel, { route: china });
    expect(screen.getByTestId('no-one-year-mark')).toBeVisible();
    expect(screen.queryByTestId('removal-date')).toBeNull();
    expect(screen.getByTestId('limit-non-treaty-no-convention-limits')).toBeVisible();
  });
});
