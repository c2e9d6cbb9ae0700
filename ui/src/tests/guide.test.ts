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
import type { Route } from '../lib/backend';
import overviewJson from './fixtures/guide-overview.json';
import routesJson from './fixtures/guide-routes.json';

const overview = overviewJson as unknown as GuideOverview;
const routes = routesJson as unknown as Record<string, Route>;

function serveOverview() {
  mockIPC((cmd, args) => {
    if (cmd === 'guide_overview') return overview;
    if (cmd === 'guide_route') {
      const country = (args as { country: string | null }).country ?? '';
      const route = routes[country];
      if (route) return route;
    }
    if (cmd === 'guide_search_countries') {
      const query = (args as { query: string }).query.toLowerCase();
      const hits: Record<string, string> = { germany: 'DE', china: 'CN', bermuda: 'BM', reunion: 'RE', turkey: 'TR' };
      const iso2 = hits[query];
      return iso2 ? [{ iso2, name: query, class: routes[iso2]?.class }] : [];
    }
    if (cmd === 'steplog_list' || cmd === 'vault_status') throw { code: 'vault-locked', message: 'locked' };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
}

/**
 * Every fact on screen (`data-fact`) sits in a `data-sourced` container that shows its
 * sources and the month they were consulted; every to-confirm fact shows its hedge.
 */
function expectEveryFactSourced() {
  const facts = [...document.querySelectorAll('[data-fact]')];
  expect(facts.length).toBeGreaterThan(0);
  for (const fact of facts) {
    const container = fact.closest('[data-sourced]');
    expect(container, `no source container for: ${fact.textContent}`).not.toBeNull();
    const sources = container?.querySelector('[data-testid="sources"]');
    expect(sources, `no sources for: ${fact.textContent}`).not.toBeNull();
    expect(sources?.textContent).toMatch(/consulted in|geraadpleegd in/);
    expect(sources?.textContent).not.toMatch(/Checked|Gecontroleerd/);
    // Every address shown is a full https:// address (never a bare domain).
    for (const item of sources?.querySelectorAll('li') ?? []) {
      expect(item.textContent ?? '').toMatch(/^https:\/\/[^/]+\/.+|[Aa]rt\..*text of \d/);
    }
    if (fact.getAttribute('data-fact') === 'to-confirm') {
      expect(fact.parentElement?.querySelector('[data-testid="to-confirm"]'), `no hedge for: ${fact.textContent}`).not.toBeNull();
    }
  }
}

describe('guide screens with the real content pack', () => {
  beforeEach(() => {
    guide.overview = null;
    guide.error = null;
    guide.route = null;
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

  it('prevention: every fact carries its sources, the ID-card rule is there', async () => {
    setLanguage('en');
    serveOverview();
    render(PreventionPage);
    await screen.findByTestId('risk-indicators');
    expectEveryFactSourced();
    expect(screen.getByTestId('step-prevent-id-card-12-17')).toHaveTextContent('12 to 17');
    expect(screen.getByTestId('rule-id-card-consent-under-12')).toBeVisible();
    // Destination limits (the one-year mark) are not shown as home rules.
    expect(screen.queryByTestId('rule-one-year-mark')).toBeNull();
  });

  it('right now and threatened: the 112 card, contacts and steps carry their sources', async () => {
    for (const scenario of ['taking-now', 'threatened'] as const) {
      setLanguage('nl');
      serveOverview();
      const { unmount } = render(EmergencyPage, { scenario });
      await screen.findByTestId('progress');
      expectEveryFactSourced();
      if (scenario === 'taking-now') {
        expect(within(screen.getByTestId('urgent-call')).getByTestId('sources')).toBeInTheDocument();
      }
      unmount();
    }
  });

  it('taken abroad: route, note, country table, durations and limits carry their sources', async () => {
    setLanguage('en');
    serveOverview();
    render(EmergencyPage, { scenario: 'taken-abroad' });
    await userEvent.type(await screen.findByTestId('country-search'), 'germany');
    await userEvent.click(await screen.findByTestId('country-DE'));
    expect(await screen.findByTestId('route')).toHaveAttribute('data-class', 'eu-brussels');
    expect(screen.getByTestId('limit-one-year-mark')).toHaveTextContent('proceedings are started in the country where the child is');
    expect(screen.getByTestId('limit-eu-court-six-weeks')).toBeVisible();
    expect(screen.getByTestId('country-table')).toBeVisible();
    expectEveryFactSourced();
  });

  it('a country outside the Convention has no one-year mark; a territory says ask the Central Authority', async () => {
    setLanguage('en');
    serveOverview();
    render(EmergencyPage, { scenario: 'taken-abroad' });
    await userEvent.type(await screen.findByTestId('country-search'), 'china');
    await userEvent.click(await screen.findByTestId('country-CN'));
    await screen.findByTestId('route');
    expect(screen.queryByTestId('limit-one-year-mark')).toBeNull();
    expect(screen.queryByTestId('removal-date')).toBeNull();
    expect(screen.getByTestId('no-one-year-mark')).toBeVisible();
    expectEveryFactSourced();

    await userEvent.click(screen.getByTestId('change-country'));
    await userEvent.type(screen.getByTestId('country-search'), 'bermuda');
    await userEvent.click(await screen.findByTestId('country-BM'));
    const route = await screen.findByTestId('route');
    expect(route).toHaveAttribute('data-class', 'unknown');
    expect(route).toHaveTextContent('Ask the Central Authority');
    expect(screen.getByTestId('route-note')).toHaveTextContent('territory of another state');
    expect(within(screen.getByTestId('route-note')).getByTestId('to-confirm')).toBeVisible();
    expectEveryFactSourced();
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
