// Re-key from the real window: a vault made with the CLI (same folders as the window),
// Settings → "New passphrase and new key", wait for it to finish, lock; the old
// passphrase is refused, the new one opens and the item is still there, and the CLI's
// integrity check with the new passphrase is clean.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 300_000 };
const OLD = 'paarse olifant fietst langs de gracht';
const NEW = 'groene reiger slaapt onder de brug';

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

describe('Re-key from Settings', () => {
  it('makes a new key: the old passphrase opens nothing, the new one opens the item, verify is clean', TIMEOUT, async () => {
    const home = freshHome();
    const env = {
      ...process.env,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      WAARBORG_PASSPHRASE: OLD,
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
    };
    const waarborg = (...args) => execFileSync(process.env.WAARBORG_BIN, args, { env }).toString();
    waarborg('init', '--work-factor', '12');
    const chat = path.join(home, 'chat.txt');
    writeFileSync(chat, 'Ik neem haar mee, je ziet haar nooit meer.\n');
    waarborg('import', '--title', 'Chat with the threat', chat);

    await withApp({ name: 'rekey-en', locale: 'en_US.UTF-8', home }, async (browser) => {
      const unlock = async (passphrase) => {
        await (await by(browser, 'vault-unlock-passphrase')).setValue(passphrase);
        await (await by(browser, 'vault-unlock-submit')).click();
      };
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-unlock')).waitForDisplayed();
      await unlock(OLD);
      await (await browser.$('[data-testid="item-row"]')).waitForDisplayed({ timeout: 30_000 });

      await (await by(browser, 'nav-settings')).click();
      const panel = await by(browser, 'rekey-panel');
      await panel.waitForDisplayed({ timeout: 10_000 });
      await panel.scrollIntoView();
      assert.match(await panel.getText(), /Copies made before/);
      await (await by(browser, 'rekey-current')).setValue(OLD);
      await (await by(browser, 'rekey-new')).setValue(NEW);
      await (await by(browser, 'rekey-repeat')).setValue(NEW);
      // The explanation and the fields in view, as the parent reads them.
      await browser.execute(() => document.querySelector('[data-testid="rekey-panel"]')?.scrollIntoView({ block: 'start' }));
      await snapshot(browser, 'rekey-panel-en');
      await (await by(browser, 'rekey-start')).click();
      const done = await by(browser, 'rekey-done');
      await done.waitForDisplayed({ timeout: 120_000 });
      assert.match(await done.getText(), /opens only with the new passphrase/);
      assert.equal(await (await by(browser, 'error-notice')).isExisting(), false);
      await snapshot(browser, 'rekey-done-en');

      // Lock: the old passphrase opens nothing any more, the new one opens the item.
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-lock')).click();
      await (await by(browser, 'vault-unlock')).waitForDisplayed();
      await unlock(OLD);
      const wrong = await by(browser, 'vault-wrong-passphrase');
      await wrong.waitForDisplayed({ timeout: 30_000 });
      await unlock(NEW);
      const row = await browser.$('[data-testid="item-row"]');
      await row.waitForDisplayed({ timeout: 30_000 });
      const titles = await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="item-row"]')].map((r) => r.textContent ?? ''),
      );
      assert.equal(titles.length, 1);
      assert.match(titles[0], /Chat with the threat/);
    });

    // The command line agrees: the old passphrase is refused, the new one is clean.
    const old = spawnSync(process.env.WAARBORG_BIN, ['verify'], { env });
    assert.notEqual(old.status, 0, 'verify with the old passphrase must fail');
    const now = spawnSync(process.env.WAARBORG_BIN, ['verify'], { env: { ...env, WAARBORG_PASSPHRASE: NEW } });
    assert.equal(now.status, 0, `verify with the new passphrase: ${now.stdout}${now.stderr}`);
    assert.match(now.stdout.toString(), /All is well/);
  });
});
