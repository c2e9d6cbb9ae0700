// Rollback in the real window: the vault folder is put back to an older copy while the
// app is closed. This computer remembers the newest custody-log head it saw (the CLI
// and the window share that memory), so unlocking shows a warning naming both heads;
// the integrity check reports it, and checks an anchor from a printout too; the parent
// can say they restored the copy on purpose, after which the warning is gone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

function textOf(browser, testId) {
  return browser.execute((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '', testId);
}

describe('Anchors outside the vault', () => {
  it('warns about a vault put back to an older copy, checks a printed anchor, and accepts on request', TIMEOUT, async () => {
    const home = freshHome();
    // The CLI on the same computer: same data and config folders as the window.
    const env = {
      ...process.env,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      WAARBORG_PASSPHRASE: PASSPHRASE,
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
    };
    const waarborg = (...args) => execFileSync(process.env.WAARBORG_BIN, args, { env }).toString();
    const vaultDir = path.join(home, 'data', 'nl.waarborg.app', 'vault');
    waarborg('init', '--work-factor', '12');
    const first = path.join(home, 'chat.txt');
    writeFileSync(first, 'Ik neem haar mee.\n');
    waarborg('import', first);
    // The head as a printout of that day would carry it.
    const printed = JSON.parse(waarborg('log', '--json')).head_anchor;
    assert.match(printed, /^\d+:[0-9a-f]{64}$/);
    const older = path.join(home, 'older-copy');
    cpSync(vaultDir, older, { recursive: true, filter: (src) => path.basename(src) !== 'vault.lock' });

    const second = path.join(home, 'tickets.txt');
    writeFileSync(second, 'Vlucht AMS-IST, enkele reis.\n');
    waarborg('import', second);
    const newest = JSON.parse(waarborg('log', '--json')).head_anchor;

    // While the app is closed, the older copy takes the vault's place.
    rmSync(vaultDir, { recursive: true });
    renameSync(older, vaultDir);

    await withApp({ name: 'anchor-rollback-en', locale: 'en_US.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-unlock-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-unlock-submit')).click();
      const banner = await by(browser, 'rollback-warning');
      await banner.waitForDisplayed({ timeout: 30_000 });
      assert.equal(await banner.getAttribute('data-behind'), 'true');
      assert.equal(await textOf(browser, 'rollback-remembered'), newest);
      assert.equal(await textOf(browser, 'rollback-current'), printed);
      await snapshot(browser, 'anchor-rollback-warning-en');

      // The integrity check says the same, and the printed anchor is still contained.
      await (await by(browser, 'vault-tab-health')).click();
      await (await by(browser, 'health-anchor')).setValue(printed);
      await (await by(browser, 'health-verify')).click();
      const report = await by(browser, 'health-report');
      await report.waitForDisplayed({ timeout: 30_000 });
      assert.equal(await report.getAttribute('data-ok'), 'false');
      const kinds = await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="health-problem"]')].map((p) => p.dataset.kind),
      );
      assert.deepEqual(kinds, ['anchor-not-in-log']);
      assert.match(await textOf(browser, 'health-problem-detail'), /this computer saw/);
      await snapshot(browser, 'anchor-health-report-en');

      // "I restored it myself": confirmed, the warning ends and the check is clean.
      await (await by(browser, 'rollback-accept')).click();
      await (await by(browser, 'rollback-accept-yes')).click();
      await browser.waitUntil(async () => !(await (await by(browser, 'rollback-warning')).isExisting()), {
        timeout: 10_000,
        timeoutMsg: 'the warning stayed after accepting',
      });
      await (await by(browser, 'health-verify')).click();
      await browser.waitUntil(async () => (await (await by(browser, 'health-report')).getAttribute('data-ok')) === 'true', {
        timeout: 30_000,
        timeoutMsg: 'the check still reports a problem after accepting',
      });
    });

    // The CLI on this computer no longer warns either.
    const out = execFileSync(process.env.WAARBORG_BIN, ['verify'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    assert.match(out.toString(), /All is well/);
  });
});
