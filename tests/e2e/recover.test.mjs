// Forgotten passphrase from the real window: a vault made with the CLI with a recovery
// key (age-keygen's file); on the unlock screen "I forgot my passphrase", a wrong key is
// refused and nothing changes, the right key pasted and a new passphrase open the vault;
// then the CLI opens it with the new passphrase, and not with the forgotten one. And the
// same with a photo of the printed kit, picked in the real (GTK) file dialog answered at
// the keyboard (native-dialog.mjs): a photo without the key says so, the kit's opens it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';
import { answerFileDialog, requireXdotool } from './native-dialog.mjs';

const PICK_PHOTO = 'Kies een foto of scan van de noodkaart';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is (as a11y.test.mjs). */
async function seriousFindings(browser) {
  if (!(await browser.execute(() => typeof window.axe === 'object'))) await browser.execute(AXE);
  const violations = await browser.executeAsync((done) => {
    window.axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }))))
      .catch((e) => done([{ id: 'axe-error', impact: 'critical', nodes: [String(e)] }]));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

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

describe('Forgotten passphrase, with a photo of the printed kit', () => {
  it('a photo without the key says so; a photo of the kit opens the vault', TIMEOUT, async () => {
    requireXdotool();
    const home = freshHome();
    const env = {
      ...process.env,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      WAARBORG_PASSPHRASE: FORGOTTEN,
      LANG: 'nl_NL.UTF-8',
      LC_ALL: 'nl_NL.UTF-8',
    };
    const waarborg = (...args) => execFileSync(process.env.WAARBORG_BIN, args, { env }).toString();
    waarborg('init', '--work-factor', '12');
    const note = path.join(home, 'note.txt');
    writeFileSync(note, 'Overdracht niet doorgegaan.\n');
    waarborg('import', '--title', 'Gemiste overdracht', note);
    // The kit printed without and with a secret key, photographed: turned a little,
    // smaller, as a phone's JPEG.
    const photo = (kit, name) => {
      const png = path.join(home, name);
      execFileSync('pdftoppm', ['-r', '120', '-png', '-singlefile', kit, png]);
      const jpg = path.join(home, `${name}.jpg`);
      execFileSync('convert', [`${png}.png`, '-background', 'white', '-rotate', '4', '-resize', '85%', '-quality', '85', jpg]);
      return jpg;
    };
    const plainKit = path.join(home, 'kaart-zonder-sleutel.pdf');
    waarborg('kit', '--out', plainKit);
    const kit = path.join(home, 'noodkaart.pdf');
    waarborg('kit', '--out', kit, '--new-recovery-key');
    const withoutKey = photo(plainKit, 'foto-zonder-sleutel');
    const withKey = photo(kit, 'foto-noodkaart');

    await withApp({ name: 'recover-photo-nl', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-unlock')).waitForDisplayed();
      await (await by(browser, 'vault-forgot')).click();
      await (await by(browser, 'vault-recover')).waitForDisplayed();

      // The real picker (GTK), answered at the keyboard.
      await (await by(browser, 'recover-choose-image')).click();
      await answerFileDialog(PICK_PHOTO, withoutKey, { save: false });
      const chosen = await by(browser, 'recover-file');
      await chosen.waitForDisplayed();
      assert.match(await chosen.getText(), /Foto of scan: foto-zonder-sleutel\.jpg/);
      await (await by(browser, 'recover-new')).setValue(NEW);
      await (await by(browser, 'recover-repeat')).setValue(NEW);
      await (await by(browser, 'recover-submit')).click();
      const notice = await browser.$('[data-code="vault-key-image-no-qr-code"]');
      await notice.waitForDisplayed({ timeout: 60_000 });
      assert.match(await notice.getText(), /geen QR-code gevonden.*goed licht/s);
      await snapshot(browser, 'recover-photo-no-code-nl');
      assert.deepEqual(await seriousFindings(browser), [], 'axe on the recover screen with its message');

      await (await by(browser, 'recover-choose-image')).click();
      await answerFileDialog(PICK_PHOTO, withKey, { save: false });
      await browser.waitUntil(async () => /foto-noodkaart\.jpg/.test(await chosen.getText()));
      await snapshot(browser, 'recover-photo-nl');
      await (await by(browser, 'recover-submit')).click();
      await (await browser.$('[data-testid="item-row"]')).waitForDisplayed({ timeout: 120_000 });
      assert.equal(await (await by(browser, 'vault-recover')).isExisting(), false);
    });

    const list = spawnSync(process.env.WAARBORG_BIN, ['list'], { env: { ...env, WAARBORG_PASSPHRASE: NEW } });
    assert.equal(list.status, 0, list.stderr.toString());
    assert.match(list.stdout.toString(), /Gemiste overdracht/);
  });
});
