// The guide screens rendered with the real Dutch content pack (the fixture is written
// by the guide crate's tests from the same TOML files the app embeds).
import { mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import EmergencyPage from '../routes/EmergencyPage.svelte';
import PreventionPage from '../routes/PreventionPage.svelte';
import type { GuideOverview } from '../lib/backend';
import { guide } from '../lib/guide.svelte';
import { setLanguage } from '../lib/i18n.svelte';
import overviewJson from './fixtures/guide-overview.json';

const overview = overviewJson as unknown as GuideOverview;

function serveOverview() {
  mockIPC((cmd) => {
    if (cmd === 'guide_overview') return overview;
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
}

describe('guide screens with the real content pack', () => {
  beforeEach(() => {
    guide.overview = null;
    guide.error = null;
  });

  it('prevention lists every step and the warning signs, in English', async () => {
    setLanguage('en');
    serveOverview();
    render(PreventionPage);
    const risk = await screen.findByTestId('risk-indicators');
    expect(within(risk).getAllByRole('listitem').length).toBeGreaterThanOrEqual(
      overview.risk_indicators.indicators.length,
    );
    for (const step of overview.prevention) {
      expect(screen.getByTestId(`step-${step.id}`)).toHaveTextContent(step.title.en);
    }
    // What Waarborg can already make links to its screen.
    expect(screen.getAllByTestId('ready-paperwork.consent-form')[0]).toHaveAttribute('href', '#/documents/consent');
    expect(screen.getAllByTestId('ready-paperwork.parenting-plan')[0]).toHaveAttribute('href', '#/documents/plan');
    // No raw message id ever reaches the screen.
    expect(document.body.textContent).not.toMatch(/guide-ready-|prevention-[a-z]+-[a-z]/);
  });

  it('right now: the 112 card first, the next calls numbered from 2, ticks counted', async () => {
    setLanguage('nl');
    serveOverview();
    render(EmergencyPage, { scenario: 'taking-now' });
    const urgent = await screen.findByTestId('urgent-call');
    expect(urgent).toHaveTextContent('112');
    const scenario = overview.scenarios.find((s) => s.id === 'taking-now');
    const steps = scenario?.steps ?? [];
    expect(screen.getByTestId('progress')).toHaveTextContent(`0 van ${steps.length} stappen gedaan`);

    const second = steps[1];
    if (!second) throw new Error('the acute scenario has a second step');
    const card = screen.getByTestId(`step-${second.id}`);
    expect(card).toHaveTextContent('2');
    await userEvent.click(screen.getByTestId(`done-${steps[0]?.id}`));
    await userEvent.click(within(card).getByRole('checkbox'));
    expect(screen.getByTestId('progress')).toHaveTextContent(`2 van ${steps.length} stappen gedaan`);
    expect(card).toHaveClass('step-done');
  });

  it('shows "to confirm" on every unverified step, never as plain fact', async () => {
    setLanguage('en');
    serveOverview();
    render(EmergencyPage, { scenario: 'threatened' });
    await screen.findByTestId('progress');
    const scenario = overview.scenarios.find((s) => s.id === 'threatened');
    for (const step of scenario?.steps ?? []) {
      const card = screen.getByTestId(`step-${step.id}`);
      if (step.status === 'to-confirm') {
        expect(within(card).getAllByTestId('to-confirm').length).toBeGreaterThan(0);
      }
    }
    expect(document.body.textContent).not.toMatch(/guide-ready-/);
  });

  it('a backend failure is shown translated, the heading stays', async () => {
    setLanguage('nl');
    mockIPC(() => {
      throw { code: 'guide-unavailable', message: 'broken pack' };
    });
    render(EmergencyPage, { scenario: undefined });
    expect(await screen.findByTestId('error-notice')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Noodplan');
  });
});
