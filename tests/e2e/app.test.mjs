// The real window, driven as a parent would: reading, clicking, using the keyboard.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { focusedTestId, freshHome, heading, snapshot, withApp } from './harness.mjs';

const DUTCH = 'nl_NL.UTF-8';
const ENGLISH = 'en_US.UTF-8';
const TIMEOUT = { timeout: 180_000 };

const AREAS_NL = {
  vault: 'Kluis',
  documents: 'Documenten',
  emergency: 'Noodplan',
  prevention: 'Voorkomen',
  settings: 'Instellingen',
};

describe('Waarborg window', () => {
  it('shows the Dutch home screen under a Dutch locale', TIMEOUT, async () => {
    await withApp({ name: 'dutch-home', locale: DUTCH, home: freshHome() }, async (browser) => {
      assert.equal(await browser.getTitle(), 'Waarborg');
      assert.equal(await heading(browser), 'Waar wilt u mee beginnen?');
      for (const [area, title] of Object.entries(AREAS_NL)) {
        const card = await browser.$(`[data-testid="card-${area}"]`);
        assert.match(await card.getText(), new RegExp(`^${title}`), area);
      }
      assert.match(await browser.$('[data-testid="home-urgent"]').getText(), /112/);
      assert.equal(await browser.execute(() => document.documentElement.lang), 'nl');
      await snapshot(browser, 'home-nl');
    });
  });

  it('shows English under an English locale', TIMEOUT, async () => {
    await withApp({ name: 'english-home', locale: ENGLISH, home: freshHome() }, async (browser) => {
      assert.equal(await heading(browser), 'Where would you like to start?');
      assert.match(await browser.$('[data-testid="card-vault"]').getText(), /^Vault/);
    });
  });

  it('switches language in Settings and remembers it after a restart', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'switch-language', locale: DUTCH, home }, async (browser) => {
      await browser.$('[data-testid="card-settings"]').click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Instellingen');
      assert.equal(await browser.$('[data-testid="language-system"]').isSelected(), true);

      await browser.$('[data-testid="language-en"]').click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Settings');
      assert.equal(await browser.$('[data-testid="nav-vault"]').getText(), 'Vault');
      assert.equal(
        await browser.$('[data-testid="settings-status"]').getText(),
        'The language has been saved.',
      );
      await snapshot(browser, 'settings-en');
    });
    // Same config directory, still a Dutch OS locale: the choice wins.
    await withApp({ name: 'language-remembered', locale: DUTCH, home }, async (browser) => {
      assert.equal(await heading(browser), 'Where would you like to start?');
      await browser.$('[data-testid="nav-settings"]').click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Settings');
      assert.equal(await browser.$('[data-testid="language-en"]').isSelected(), true);
      // Back to following the system: Dutch again, at once.
      await browser.$('[data-testid="language-system"]').click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Instellingen');
    });
  });

  it('reaches every area with the keyboard alone', TIMEOUT, async () => {
    await withApp({ name: 'keyboard', locale: DUTCH, home: freshHome() }, async (browser) => {
      for (const [area, title] of Object.entries(AREAS_NL)) {
        await browser.execute(() => {
          window.location.hash = '#/';
          document.activeElement?.blur();
        });
        await browser.waitUntil(async () => (await heading(browser)) === 'Waar wilt u mee beginnen?');
        // Tab until the area's card has focus, then press Enter.
        let focused = '';
        for (let presses = 0; presses < 30 && focused !== `card-${area}`; presses++) {
          await browser.keys('Tab');
          focused = await focusedTestId(browser);
        }
        assert.equal(focused, `card-${area}`, `Tab never reached the ${area} card`);
        await browser.keys('Enter');
        await browser.waitUntil(async () => (await heading(browser)) === title, {
          timeoutMsg: `Enter on the ${area} card did not open it`,
        });
        // Focus moves to the new page's heading, so reading starts there.
        assert.equal(
          await browser.execute(() => document.activeElement?.tagName),
          'H1',
          `${area}: focus not on the heading`,
        );
      }
      // The skip link is the first stop and jumps to the content.
      await browser.execute(() => document.activeElement?.blur());
      await browser.keys('Tab');
      assert.equal(await focusedTestId(browser), 'skip-link');
      await snapshot(browser, 'keyboard-skip-link');
    });
  });

  it('enforces the CSP and the capability list inside the real webview', TIMEOUT, async () => {
    await withApp({ name: 'security', locale: DUTCH, home: freshHome() }, async (browser) => {
      const result = await browser.executeAsync((done) => {
        const out = {};
        try {
          // eslint-disable-next-line no-eval
          eval('1 + 1');
          out.eval = 'allowed';
        } catch {
          out.eval = 'blocked';
        }
        out.globalTauri = typeof window.__TAURI__;
        const internals = window.__TAURI_INTERNALS__;
        internals
          .invoke('plugin:window|set_title', { label: 'main', value: 'pwned' })
          .then(() => (out.corePlugin = 'allowed'))
          .catch((e) => (out.corePlugin = `denied: ${e}`))
          // Of the window's own commands only hide is granted (the quick exit); showing
          // the window again is the shell's, on a second start.
          .then(() => internals.invoke('plugin:window|show', { label: 'main' }))
          .then(() => (out.show = 'allowed'))
          .catch((e) => (out.show = `denied: ${e}`))
          .then(() => internals.invoke('app_info'))
          .then((info) => (out.appInfo = info.name))
          .catch((e) => (out.appInfo = `failed: ${e}`))
          .then(() => done(out));
      });
      assert.equal(result.eval, 'blocked', 'eval must be blocked by the CSP');
      assert.equal(result.globalTauri, 'undefined', 'no global Tauri object');
      assert.match(result.corePlugin, /^denied/, 'core plugin commands are not granted');
      assert.match(result.show, /^denied/, 'the window cannot show itself');
      assert.equal(result.appInfo, 'Waarborg', 'granted app commands work');
      assert.equal(await browser.getTitle(), 'Waarborg');
    });
  });
});
