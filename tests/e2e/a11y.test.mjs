// Accessibility in the real window: axe-core (injected through WebDriver) checks every
// screen, reached by the app's own navigation, in the light and the dark theme: no
// serious or critical finding, except those named below with their reason. Then the
// text size at 200 % in both themes: screenshots into docs/screenshots/ and a check
// that nothing on the page is cut off or runs out of the window sideways.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 600_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const ICON = path.resolve(import.meta.dirname, '../../src-tauri/icons/128x128.png');

/**
 * Findings that stay, each with its reason: `rule` on elements matching `target`
 * (a substring of axe's CSS selector for the node).
 */
const EXCEPTIONS = [];

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

async function go(browser, testId) {
  const link = await by(browser, testId);
  await link.waitForClickable({ timeout: 20_000 });
  await link.click();
}

/** Runs axe on the document as it is; returns the serious and critical findings left. */
async function audit(browser, screen) {
  // Let the screen settle (routes load their data), two frames painted.
  await browser.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const present = await browser.execute(() => typeof window.axe === 'object');
  if (!present) await browser.execute(AXE);
  const violations = await browser.executeAsync((done) => {
    window.axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) =>
        done(
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 160) })),
          })),
        ),
      )
      .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
  });
  const left = [];
  for (const v of violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const nodes = v.nodes.filter((n) => !EXCEPTIONS.some((e) => e.rule === v.id && n.target.includes(e.target)));
    if (nodes.length > 0 || v.nodes.length === 0) left.push({ screen, ...v, nodes });
  }
  return left;
}

/** Every screen, reached the way a parent reaches it. `vault` says whether it is unlocked. */
async function visitAll(browser, check, { vault }) {
  await go(browser, 'nav-home');
  await check('home');
  await go(browser, 'nav-emergency');
  await check('emergency');
  await go(browser, 'scenario-taken-abroad');
  await check('emergency-taken-abroad');
  await go(browser, 'nav-documents');
  await check('documents-consent');
  await go(browser, 'tab-plan');
  await check('documents-plan');
  await go(browser, 'nav-prevention');
  await check('prevention');
  await go(browser, 'nav-home');
  await go(browser, 'home-open-package');
  await check('package-viewer');
  await go(browser, 'nav-settings');
  await check('settings');
  await go(browser, 'nav-vault');
  if (vault === 'create') {
    await (await by(browser, 'vault-create')).waitForDisplayed();
    await check('vault-create');
    return;
  }
  if (vault === 'locked') {
    await (await by(browser, 'vault-unlock')).waitForDisplayed();
    await check('vault-unlock');
    await (await by(browser, 'vault-unlock-passphrase')).setValue(PASSPHRASE);
    await (await by(browser, 'vault-unlock-submit')).click();
  }
  await (await by(browser, 'item-row')).waitForExist({ timeout: 30_000 });
  await check('vault-items');
  const id = await (await by(browser, 'item-row')).getAttribute('data-id');
  await browser.execute((itemId) => {
    window.location.hash = `#/vault/item/${itemId}`;
  }, id);
  await (await by(browser, 'item-back')).waitForDisplayed();
  await check('vault-item');
  for (const tab of ['journal', 'people', 'travel', 'health']) {
    await go(browser, `vault-tab-${tab}`);
    await check(`vault-${tab}`);
  }
}

async function chooseTheme(browser, theme) {
  await go(browser, 'nav-settings');
  await go(browser, `theme-${theme}`);
  // The choice is saved through IPC first, then applied: wait for it, do not race it.
  const applied = () => browser.execute(() => document.documentElement.dataset.theme);
  await browser.waitUntil(async () => (await applied()) === theme, { timeout: 10_000 }).catch(() => {});
  assert.equal(await applied(), theme);
}

async function chooseTextSize(browser, percent) {
  await go(browser, 'nav-settings');
  await (await by(browser, 'text-size')).selectByAttribute('value', String(percent));
  assert.equal(
    await browser.execute(() => getComputedStyle(document.documentElement).fontSize),
    `${18 * (percent / 100)}px`,
  );
}

/**
 * Elements whose content is cut off (text wider or taller than a box that hides its
 * overflow) or that reach past the window's right edge: what 200 % must not do.
 */
function clipped(browser) {
  return browser.execute(() => {
    const found = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll('main *, header *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
      const hides = (o) => o === 'hidden' || o === 'clip';
      // A title shortened with "…" on purpose (the whole title is one click away).
      if (style.textOverflow === 'ellipsis') continue;
      // Visually hidden helpers (1px, clipped) are meant to be so.
      if (rect.width <= 2 && rect.height <= 2) continue;
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) found.push(`${name}: cut off sideways`);
      else if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0) found.push(`${name}: cut off below`);
      if (rect.right > width + 1 && style.position !== 'fixed') found.push(`${name}: past the right edge`);
    }
    return [...new Set(found)];
  });
}

function report(findings) {
  return findings
    .map((f) => `${f.screen}: ${f.id} (${f.impact}) ${f.help}\n${f.nodes.map((n) => `    ${n.target} ${n.html}\n      ${n.summary}`).join('\n')}`)
    .join('\n');
}

describe('Accessibility in the real window', () => {
  it('no vault yet: every screen, light and dark, has no serious or critical axe finding', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'a11y-fresh-nl', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      const findings = [];
      for (const theme of ['light', 'dark']) {
        await chooseTheme(browser, theme);
        await visitAll(browser, async (screen) => findings.push(...(await audit(browser, `${screen} (${theme})`))), {
          vault: 'create',
        });
      }
      assert.deepEqual(findings, [], report(findings));
    });
  });

  it('an unlocked vault with items: every vault screen, light and dark; 200 % in both themes without clipping', TIMEOUT, async () => {
    const home = freshHome();
    const env = {
      ...process.env,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      WAARBORG_PASSPHRASE: PASSPHRASE,
      LANG: 'nl_NL.UTF-8',
      LC_ALL: 'nl_NL.UTF-8',
    };
    const waarborg = (...args) => execFileSync(process.env.WAARBORG_BIN, args, { env }).toString();
    waarborg('init', '--work-factor', '12');
    const picked = path.join(home, 'picked');
    mkdirSync(picked, { recursive: true });
    writeFileSync(path.join(picked, 'WhatsApp Chat met Karim.txt'), 'Ik neem hem mee en jij ziet hem nooit meer.\n');
    copyFileSync(ICON, path.join(picked, 'Screenshot 2026-07-03 chat.png'));
    waarborg('import', '--title', 'Dreigend bericht', path.join(picked, 'WhatsApp Chat met Karim.txt'));
    waarborg('import', path.join(picked, 'Screenshot 2026-07-03 chat.png'));
    waarborg('journal', 'add', '--what', 'Hij dreigde met meenemen naar Marokko.', '--date', '2026-07-03');

    await withApp({ name: 'a11y-vault-nl', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      const findings = [];
      let vault = 'locked';
      for (const theme of ['light', 'dark']) {
        await chooseTheme(browser, theme);
        await visitAll(browser, async (screen) => findings.push(...(await audit(browser, `${screen} (${theme})`))), { vault });
        vault = 'unlocked';
      }
      assert.deepEqual(findings, [], report(findings));

      // 200 %: both themes, the screens a parent uses most; nothing cut off.
      mkdirSync(SCREENSHOTS, { recursive: true });
      const cut = [];
      await chooseTextSize(browser, 200);
      for (const theme of ['light', 'dark']) {
        await chooseTheme(browser, theme);
        const shots = [
          ['home', 'nav-home'],
          ['settings', 'nav-settings'],
          ['vault-items', 'nav-vault'],
          ['vault-health', 'vault-tab-health'],
        ];
        for (const [name, link] of shots) {
          await go(browser, link);
          if (name === 'vault-items') await (await by(browser, 'item-row')).waitForExist({ timeout: 30_000 });
          cut.push(...(await clipped(browser)).map((c) => `${name} (${theme}): ${c}`));
          // The part worth seeing: the list of items, the custody log.
          const focus = { 'vault-items': 'item-row', 'vault-health': 'health-log' }[name];
          if (focus) {
            await browser.execute((id) => document.querySelector(`[data-testid="${id}"]`)?.scrollIntoView({ block: 'center' }), focus);
          }
          await snapshot(browser, `text-200-${theme}-${name}`);
          copyFileSync(
            path.join(import.meta.dirname, 'artifacts', `text-200-${theme}-${name}.png`),
            path.join(SCREENSHOTS, `text-200-${theme}-${name}-nl.png`),
          );
        }
      }
      assert.deepEqual(cut, [], cut.join('\n'));
    });
  });

  it('the theme and text size chosen in Settings are kept for the next start', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'appearance-kept-1', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await chooseTheme(browser, 'dark');
      await chooseTextSize(browser, 150);
    });
    await withApp({ name: 'appearance-kept-2', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      const look = await browser.execute(() => ({
        theme: document.documentElement.dataset.theme,
        size: getComputedStyle(document.documentElement).fontSize,
      }));
      assert.deepEqual(look, { theme: 'dark', size: '27px' });
      await go(browser, 'nav-settings');
      assert.equal(await (await by(browser, 'theme-dark')).isSelected(), true);
      assert.equal(await (await by(browser, 'text-size')).getValue(), '150');
    });
  });
});
