// Form controls in the dark theme, in the real window (issue 17 part 5): WebKitGTK draws
// radio buttons, checkboxes and the select's arrow with the (light) GTK theme whatever
// `color-scheme` says, so theme.css draws them itself in the dark theme. Checked here:
// the controls are the app's own (appearance: none), their edge stands out 3:1 from what
// is behind them, a chosen radio shows its dot and a ticked box its tick, and the
// keyboard focus is visible. Screenshots of Settings and a form into docs/screenshots/.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARTIFACTS, freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

async function go(browser, testId) {
  const link = await by(browser, testId);
  await link.waitForClickable({ timeout: 20_000 });
  await link.click();
}

/**
 * How a control is drawn: its appearance, the contrast of its edge against the first
 * opaque background behind it, and whether its mark (dot or tick) shows.
 */
function look(browser, selector) {
  return browser.execute((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const rgb = (text) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const contrast = (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    let behind = el.parentElement;
    while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
    const back = rgb(getComputedStyle(behind ?? document.documentElement).backgroundColor);
    const style = getComputedStyle(el);
    const mark = getComputedStyle(el, '::before');
    return {
      appearance: style.appearance || style.webkitAppearance,
      edge: Math.round(contrast(rgb(style.borderTopColor), back) * 10) / 10,
      markShown: mark.content !== 'none' && mark.transform !== 'matrix(0, 0, 0, 0, 0, 0)',
      checked: el.checked === true,
    };
  }, selector);
}

describe('form controls in the dark theme', () => {
  it('radios, checkboxes and selects drawn dark, 3:1 edges, marks and focus visible', TIMEOUT, async () => {
    await withApp({ name: 'dark-controls', locale: 'nl_NL.UTF-8', home: freshHome() }, async (browser) => {
      await go(browser, 'nav-settings');
      await go(browser, 'theme-dark');
      await browser.waitUntil(
        async () => (await browser.execute(() => document.documentElement.dataset.theme)) === 'dark',
        { timeout: 10_000, timeoutMsg: 'the dark theme was not applied' },
      );

      const chosen = await look(browser, '[data-testid="theme-dark"]');
      const other = await look(browser, '[data-testid="theme-light"]');
      assert.equal(chosen.appearance, 'none', 'the radio is the app’s own, not GTK’s');
      assert.ok(chosen.checked && chosen.markShown, 'the chosen radio shows its dot');
      assert.ok(!other.markShown, 'a radio not chosen shows no dot');
      assert.ok(other.edge >= 3, `the radio's edge stands out ${other.edge}:1 (at least 3:1)`);
      assert.ok(chosen.edge >= 3, `the chosen radio's edge stands out ${chosen.edge}:1`);
      const select = await look(browser, '[data-testid="text-size"]');
      assert.equal(select.appearance, 'none');
      assert.ok(select.edge >= 3, `the select's edge stands out ${select.edge}:1`);

      // The keyboard reaching the radios (Shift+Tab from the select below them): the
      // app's focus ring on the chosen radio, not nothing.
      await browser.execute(() => document.querySelector('[data-testid="text-size"]')?.focus());
      await browser.keys(['Shift', 'Tab']);
      await browser.keys(['Shift']);
      const ring = await browser.execute(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return { id: el?.getAttribute('data-testid'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.equal(ring.id, 'theme-dark');
      assert.equal(ring.outline, 'solid');
      assert.ok(ring.width >= 3, `focus outline ${ring.width}px`);
      await snapshot(browser, 'dark-controls-settings');

      // A form with a checkbox and text fields: creating the vault.
      await go(browser, 'nav-vault');
      const understood = await by(browser, 'vault-understood');
      await understood.waitForDisplayed({ timeout: 20_000 });
      const box = await look(browser, '[data-testid="vault-understood"]');
      assert.equal(box.appearance, 'none');
      assert.ok(!box.markShown, 'an unticked box shows no tick');
      assert.ok(box.edge >= 3, `the checkbox's edge stands out ${box.edge}:1`);
      await understood.click();
      const ticked = await look(browser, '[data-testid="vault-understood"]');
      assert.ok(ticked.checked && ticked.markShown, 'a ticked box shows its tick');
      const field = await look(browser, '[data-testid="vault-passphrase"]');
      assert.ok(field.edge >= 3, `the text field's edge stands out ${field.edge}:1`);
      await snapshot(browser, 'dark-controls-form');

      for (const name of ['dark-controls-settings', 'dark-controls-form']) {
        copyFileSync(path.join(ARTIFACTS, `${name}.png`), path.join(SCREENSHOTS, `${name}-nl.png`));
      }
    });
  });
});
