// Forgotten passphrase from the real window: a vault made with the CLI with a recovery
// key (age-keygen's file); on the unlock screen "I forgot my passphrase", a wrong key is
// refused and nothing changes, the right key pasted and a new passphrase open the vault;
// then the CLI opens it with the new passphrase, and not with the forgotten one.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 300_000 };
const FORGOTTEN = 'oude wachtwoordzin die ik kwijt ben';
const NEW = 'groene reiger slaapt onder de brug';

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

function keygen(file) {
  execFileSync('age-keygen', ['-o', file], { stdio: 'ignore' });
  const text = readFileSync(file, 'utf8');
  return {
    public: text.match(/# public key: (age1\S+)/)[1],
    secret: text.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-1')),
  };
}

describe('Forgotten passphrase', () => {
  it('a recovery key and a new passphrase open the vault; a wrong key changes nothing', TIMEOUT, async () => {
    const home = freshHome();
    const env = {
      ...process.env,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      WAARBORG_PASSPHRASE: FORGOTTEN,
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
    };
    const lawyer = keygen(path.join(home, 'lawyer.txt'));
    const stranger = keygen(path.join(home, 'stranger.txt'));
    const waarborg = (...args) => execFileSync(process.env.WAARBORG_BIN, args, { env }).toString();
    waarborg('init', '--work-factor', '12', '--recovery', lawyer.public);
    const note = path.join(home, 'note.txt');
    writeFileSync(note, 'Afspraak gemist op 3 december.\n');
    waarborg('import', '--title', 'Missed handover', note);

    await withApp({ name: 'recover-en', locale: 'en_US.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-unlock')).waitForDisplayed();
      await (await by(browser, 'vault-forgot')).click();
      await (await by(browser, 'vault-recover')).waitForDisplayed();

      // Not this vault's key: a clear message, the vault stays locked.
      await (await by(browser, 'recover-pasted')).setValue(stranger.secret);
      await (await by(browser, 'recover-new')).setValue(NEW);
      await (await by(browser, 'recover-repeat')).setValue(NEW);
      await (await by(browser, 'recover-submit')).click();
      const wrong = await by(browser, 'recover-wrong-key');
      await wrong.waitForDisplayed({ timeout: 60_000 });
      assert.match(await wrong.getText(), /does not open this vault\. Nothing was changed/);
      await snapshot(browser, 'recover-wrong-key-en');

      await (await by(browser, 'recover-pasted')).setValue(lawyer.secret);
      await snapshot(browser, 'recover-en');
      await (await by(browser, 'recover-submit')).click();
      await (await browser.$('[data-testid="item-row"]')).waitForDisplayed({ timeout: 120_000 });
      assert.equal(await (await by(browser, 'vault-recover')).isExisting(), false);
    });

    // The window set the new passphrase: the CLI opens with it, not with the old one.
    const list = spawnSync(process.env.WAARBORG_BIN, ['list'], { env: { ...env, WAARBORG_PASSPHRASE: NEW } });
    assert.equal(list.status, 0, list.stderr.toString());
    assert.match(list.stdout.toString(), /Missed handover/);
    const old = spawnSync(process.env.WAARBORG_BIN, ['list'], { env });
    assert.equal(old.status, 3);
    assert.match(old.stderr.toString() + old.stdout.toString(), /wrong-passphrase/);
    const log = spawnSync(process.env.WAARBORG_BIN, ['log'], { env: { ...env, WAARBORG_PASSPHRASE: NEW } });
    assert.match(log.stdout.toString(), new RegExp(`passphrase-changed.*${lawyer.public}`));
  });
});
