import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import DeadlinesPanel from '../components/DeadlinesPanel.svelte';
import Home from '../routes/Home.svelte';
import type { Deadlines, Settings } from '../lib/backend';
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
  problem: null,
};

const deadlines: Deadlines = {
  removal_date: '2026-11-15',
  today: '2026-11-25',
  days_since_removal: 10,
  six_week_target: { rule_id: 'six-week-target', date: '2026-12-27', days_left: 32, has_run_out: false },
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
  });

  it('shows both milestones and keeps the date for the home screen', async () => {
    const calls = fakeBackend();
    render(DeadlinesPanel, { conventionMayApply: true });
    await enterDate('2026-11-15');
    await userEvent.click(screen.getByTestId('show-deadlines'));
    expect(await screen.findByTestId('milestone-six-week-target')).toHaveTextContent('32 days left');
    expect(screen.getByTestId('milestone-one-year-mark')).toHaveTextContent('355 days left');
    await waitFor(() => expect(current.settings?.removal_date).toBe('2026-11-15'));
    const saved = calls.find((call) => call.cmd === 'set_removal_date');
    expect(saved?.args.removalDate).toBe('2026-11-15');
  });

  it('does not keep the date when the parent unticks the home-screen box', async () => {
    applySettings({ ...english, removal_date: '2026-11-15' });
    const calls = fakeBackend();
    render(DeadlinesPanel, { conventionMayApply: true });
    // The remembered date is filled in and computed straight away.
    expect(await screen.findByTestId('milestone-six-week-target')).toBeVisible();
    expect((screen.getByTestId('removal-date') as HTMLInputElement).value).toBe('2026-11-15');
    await userEvent.click(screen.getByTestId('show-on-home'));
    await userEvent.click(screen.getByTestId('show-deadlines'));
    await waitFor(() => expect(current.settings?.removal_date).toBeNull());
    expect(calls.filter((call) => call.cmd === 'set_removal_date')).toHaveLength(1);
  });

  it('says, translated, why a date is refused, keeps it, and saves nothing', async () => {
    const calls = fakeBackend({ code: 'removal-after-today', message: 'future' });
    render(DeadlinesPanel, { conventionMayApply: true });
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
    expect(countdown).toHaveTextContent('32 days left');
    expect(countdown).toHaveTextContent('2026');
  });
});
