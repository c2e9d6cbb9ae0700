// The emergency plan in the real window: the acute path, a destination route and the
// time limits, without any vault.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshHome, heading, setDate, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 180_000 };

/** `YYYY-MM-DD` for a date `days` before today, on this machine's calendar. */
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('Emergency plan', () => {
  it('acute path: from the home screen to the 112 card and the next calls', TIMEOUT, async () => {
    await withApp({ name: 'guide-acute', locale: 'nl_NL.UTF-8', home: freshHome() }, async (browser) => {
      await browser.$('[data-testid="card-emergency"]').click();
      await browser.$('[data-testid="scenario-taking-now"]').waitForDisplayed();
      await browser.$('[data-testid="scenario-taking-now"]').click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Mijn kind wordt nu meegenomen');

      const urgent = await browser.$('[data-testid="urgent-call"]');
      assert.match(await urgent.getText(), /Bel nu\s+112/);
      assert.match(await urgent.getText(), /zonder mijn toestemming/);

      // The next calls include Centrum IKO with its sourced number.
      const iko = await browser.$('[data-testid="step-now-call-centrum-iko"]');
      assert.match(await iko.getText(), /088-800 9000/);
      // An unconfirmed step says so.
      const border = await browser.$('[data-testid="step-now-ask-border-alert"]');
      assert.match(await border.getText(), /Nog te bevestigen/);

      // Ticking steps counts them (this session only, until the vault exists).
      const progress = await browser.$('[data-testid="progress"]');
      const before = await progress.getText();
      await browser.$('[data-testid="done-now-call-112"]').click();
      await browser.$('[data-testid="done-now-call-centrum-iko"]').click();
      await browser.waitUntil(async () => (await progress.getText()) !== before);
      assert.match(await progress.getText(), /^2 van \d+ stappen gedaan$/);
      await snapshot(browser, 'guide-acute-nl');
    });
  });

  it('taken abroad: a country found by its Dutch name gets its route and time limits', TIMEOUT, async () => {
    await withApp({ name: 'guide-abroad', locale: 'nl_NL.UTF-8', home: freshHome() }, async (browser) => {
      await browser.execute(() => {
        window.location.hash = '#/emergency/taken-abroad';
      });
      await browser.waitUntil(
        async () => (await heading(browser)) === 'Mijn kind is meegenomen of niet teruggebracht',
      );
      const search = await browser.$('[data-testid="country-search"]');
      await search.setValue('Duits');
      const germany = await browser.$('[data-testid="country-DE"]');
      await germany.waitForDisplayed();
      assert.equal(await germany.getText(), 'Duitsland');
      await germany.click();

      const route = await browser.$('[data-testid="route"]');
      await route.waitForDisplayed();
      assert.equal(await route.getAttribute('data-class'), 'eu-brussels');
      assert.match(await route.getText(), /Bestemming: Duitsland/);

      // The limits for Germany are listed with their sources; art. 12 counts to the
      // start of proceedings in the child's country.
      const limit = await browser.$('[data-testid="limit-one-year-mark"]');
      assert.match(await limit.getText(), /procedures begonnen in het land waar het kind is/);
      // Removal 10 days ago: one year is 355 or 356 days away; no six-week countdown.
      await setDate(browser, 'removal-date', daysAgo(10));
      await browser.$('[data-testid="show-deadlines"]').click();
      const year = await browser.$('[data-testid="milestone-one-year-mark"]');
      await year.waitForDisplayed();
      assert.match(await year.getText(), /nog 35[56] dagen/);
      assert.equal(await browser.$('[data-testid="milestone-six-week-target"]').isExisting(), false);
      await snapshot(browser, 'guide-abroad-nl');

      // The same countdown is on the home screen, and still there after a restart.
      await browser.$('[data-testid="nav-home"]').click();
      const countdown = await browser.$('[data-testid="home-countdown"]');
      await countdown.waitForDisplayed();
      assert.match(await countdown.getText(), /nog 35[56] dagen/);
      await snapshot(browser, 'home-countdown-nl');
      await browser.execute(() => {
        window.location.hash = '#/emergency/taken-abroad';
      });
      await browser.$('[data-testid="country-search"]').waitForDisplayed();
      await browser.$('[data-testid="country-search"]').setValue('Duits');
      await browser.$('[data-testid="country-DE"]').click();

      // A date in the future is refused with a translated message, the form kept.
      await setDate(browser, 'removal-date', daysAgo(-3));
      await browser.$('[data-testid="show-deadlines"]').click();
      const notice = await browser.$('[data-testid="error-notice"]');
      await notice.waitForDisplayed();
      assert.match(await notice.getText(), /in de toekomst/);
      assert.equal(await browser.$('[data-testid="removal-date"]').getValue(), daysAgo(-3));
    });
  });

  it('the home-screen countdown survives a restart and can be removed', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'countdown-set', locale: 'en_US.UTF-8', home }, async (browser) => {
      await browser.execute(() => {
        window.location.hash = '#/emergency/taken-abroad';
      });
      await browser.$('[data-testid="country-unknown"]').waitForDisplayed();
      await browser.$('[data-testid="country-unknown"]').click();
      await setDate(browser, 'removal-date', daysAgo(50));
      await browser.$('[data-testid="show-deadlines"]').click();
      await browser.$('[data-testid="milestone-one-year-mark"]').waitForDisplayed();
    });
    await withApp({ name: 'countdown-restart', locale: 'en_US.UTF-8', home }, async (browser) => {
      const countdown = await browser.$('[data-testid="home-countdown"]');
      await countdown.waitForDisplayed();
      // A removal 50 days ago: the one-year mark only, with its condition (no
      // destination chosen in this session).
      assert.match(await browser.$('[data-testid="home-one-year-mark"]').getText(), /31[56] days left/);
      assert.equal(await browser.$('[data-testid="home-six-week-target"]').isExisting(), false);
      assert.ok(await browser.$('[data-testid="home-if-convention"]').isDisplayed());

      // Untick "show on home screen" and recompute: the countdown goes.
      await browser.execute(() => {
        window.location.hash = '#/emergency/taken-abroad';
      });
      await browser.$('[data-testid="country-unknown"]').waitForDisplayed();
      await browser.$('[data-testid="country-unknown"]').click();
      const field = await browser.$('[data-testid="removal-date"]');
      // Filled in day-month-year, whatever the system locale.
      const [y, m, d] = daysAgo(50).split('-');
      assert.equal(await field.getValue(), `${d}-${m}-${y}`, 'the remembered date is filled in');
      await browser.$('[data-testid="show-on-home"]').click();
      await browser.$('[data-testid="show-deadlines"]').click();
      await browser.$('[data-testid="nav-home"]').click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Where would you like to start?');
      assert.equal(await browser.$('[data-testid="home-countdown"]').isExisting(), false);
    });
  });

  it('a non-Hague destination and an unknown one get their own honest routes, in English', TIMEOUT, async () => {
    await withApp({ name: 'guide-routes-en', locale: 'en_US.UTF-8', home: freshHome() }, async (browser) => {
      await browser.execute(() => {
        window.location.hash = '#/emergency/taken-abroad';
      });
      await browser.$('[data-testid="country-search"]').waitForDisplayed();
      await browser.$('[data-testid="country-search"]').setValue('Egypt');
      await browser.$('[data-testid="country-EG"]').click();
      const route = await browser.$('[data-testid="route"]');
      await route.waitForDisplayed();
      assert.equal(await route.getAttribute('data-class'), 'non-hague');
      // Outside the Convention: no one-year mark to count.
      await browser.$('[data-testid="no-one-year-mark"]').waitForDisplayed();
      assert.equal(await browser.$('[data-testid="removal-date"]').isExisting(), false);

      await browser.$('[data-testid="change-country"]').click();
      await browser.$('[data-testid="country-unknown"]').click();
      await browser.waitUntil(async () => (await route.getAttribute('data-class')) === 'unknown');
      assert.match(await route.getText(), /Destination: unknown/);
      await snapshot(browser, 'guide-unknown-en');
    });
  });

  it('prevention lists sourced steps and warning signs that say they predict nothing', TIMEOUT, async () => {
    await withApp({ name: 'prevention', locale: 'en_US.UTF-8', home: freshHome() }, async (browser) => {
      await browser.$('[data-testid="card-prevention"]').click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Prevention');
      const risk = await browser.$('[data-testid="risk-indicators"]');
      await risk.waitForDisplayed();
      assert.match(await risk.getText(), /Warning signs/);
      const steps = await browser.$$('li.step');
      assert.ok((await steps.length) >= 5, 'prevention steps are listed');
      await snapshot(browser, 'prevention-en');

      // "Have ready: parenting-plan agreements" leads straight to the builder.
      await (await browser.$$('[data-testid="ready-paperwork.parenting-plan"]'))[0].click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Documents');
      await browser.$('[data-testid="clause-passports"]').waitForDisplayed();
      assert.equal(await browser.$('[data-testid="tab-plan"]').getAttribute('aria-current'), 'page');
    });
  });
});
