// The emergency kit saved from the real window through the real native save dialog
// (issue 17 part 2). The dialog is GTK's, outside the web page: WebDriver cannot reach
// it, so xdotool (X11 input, as a parent's keyboard) finds it by its translated title,
// types the full path into its name field and presses Enter. Then the PDF is read back:
// the vault id, the recovery public keys, and — when asked for — the secret key, which
// opens keys/recovery.age with the stock age tool. Both ways the window offers it: in
// Settings, and right after a vault is made (KitOffer, a new key ticked).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';
import { answerFileDialog, requireXdotool } from './native-dialog.mjs';

const TIMEOUT = { timeout: 300_000 };
const PASSPHRASE = 'zeven blauwe fietsen aan de kade';

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

const pdfText = (file) => execFileSync('pdftotext', ['-layout', file, '-']).toString();

describe('Emergency kit through the native save dialog', () => {
  it('saves the kit where the parent typed it; its secret key opens the recovery file with age', TIMEOUT, async () => {
    requireXdotool();
    const home = freshHome();
    const env = {
      ...process.env,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      WAARBORG_PASSPHRASE: PASSPHRASE,
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
    };
    const lawyerFile = path.join(home, 'lawyer.txt');
    execFileSync('age-keygen', ['-o', lawyerFile], { stdio: 'ignore' });
    const lawyer = readFileSync(lawyerFile, 'utf8').match(/# public key: (age1\S+)/)[1];
    execFileSync(process.env.WAARBORG_BIN, ['init', '--work-factor', '12', '--recovery', lawyer], { env });
    const vaultDir = path.join(home, 'data', 'nl.waarborg.app', 'vault');
    const vaultJson = JSON.parse(readFileSync(path.join(vaultDir, 'vault.json'), 'utf8'));
    const plainKit = path.join(home, 'saved', 'kit without key.pdf');
    const keyKit = path.join(home, 'saved', 'kit-with-key.pdf');
    mkdirSync(path.dirname(plainKit), { recursive: true });

    await withApp({ name: 'kit-save-en', locale: 'en_US.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-unlock-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-unlock-submit')).click();
      await (await by(browser, 'vault-unlock')).waitForExist({ reverse: true, timeout: 60_000 });
      await (await by(browser, 'nav-settings')).click();
      const panel = await by(browser, 'kit-panel');
      await panel.waitForDisplayed({ timeout: 30_000 });

      // Without a new key: the page holds no secret.
      await (await by(browser, 'kit-save')).click();
      await answerFileDialog('Save the emergency kit', plainKit, { save: true });
      const saved = await by(browser, 'kit-saved');
      await saved.waitForDisplayed({ timeout: 30_000 });
      assert.match(await saved.getText(), /kit without key\.pdf/);

      // With a new key for the kit.
      await (await by(browser, 'kit-new-key')).click();
      await (await by(browser, 'kit-save')).click();
      await answerFileDialog('Save the emergency kit', keyKit, { save: true });
      // The notice is drawn anew for the second kit: read it afresh each time.
      const savedText = async () => (await by(browser, 'kit-saved')).getText().catch(() => '');
      await browser.waitUntil(async () => /kit-with-key\.pdf/.test(await savedText()), { timeout: 30_000 });
      assert.match(await savedText(), /new secret recovery key/);
      await snapshot(browser, 'kit-saved-en');
    });

    assert.ok(existsSync(plainKit), 'the kit is where the parent typed it');
    const plain = pdfText(plainKit);
    assert.ok(plain.includes(vaultJson.vault_id), 'the vault id is on the page');
    assert.ok(plain.includes(lawyer), "the lawyer's public key is on the page");
    assert.ok(!plain.includes('AGE-SECRET-KEY-1'), 'no secret unless asked for');

    const withKey = pdfText(keyKit);
    assert.ok(withKey.includes(vaultJson.vault_id));
    assert.ok(withKey.includes(lawyer));
    const secret = withKey.split(/\s+/).find((word) => word.startsWith('AGE-SECRET-KEY-1'));
    assert.ok(secret, 'the secret key is printed');
    const keyFile = path.join(home, 'typed-from-the-kit.txt');
    writeFileSync(keyFile, `${secret}\n`);
    const kitPublic = execFileSync('age-keygen', ['-y', keyFile]).toString().trim();
    assert.ok(withKey.includes(kitPublic), "the kit's own public key is listed");
    const opened = spawnSync('age', ['-d', '-i', keyFile, path.join(vaultDir, 'keys', 'recovery.age')]);
    assert.equal(opened.status, 0, opened.stderr.toString());
    assert.match(opened.stdout.toString(), /^AGE-SECRET-KEY-1/);
    // The vault now lists the kit's key beside the lawyer's.
    const log = execFileSync(process.env.WAARBORG_BIN, ['log'], { env }).toString();
    assert.match(log, new RegExp(`recovery-keys-changed.*${kitPublic}`));
  });

  it('is offered right after the vault is made, in Dutch, with a new key ticked', TIMEOUT, async () => {
    requireXdotool();
    const home = freshHome();
    const kit = path.join(home, 'papieren', 'noodkaart.pdf');
    mkdirSync(path.dirname(kit), { recursive: true });
    await withApp({ name: 'kit-offer-nl', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-create')).waitForDisplayed();
      await (await by(browser, 'vault-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-repeat')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-understood')).click();
      await (await by(browser, 'vault-create-submit')).click();
      const offer = await by(browser, 'kit-offer');
      await offer.waitForDisplayed({ timeout: 60_000 });
      assert.equal(await (await by(browser, 'kit-offer-new-key')).isSelected(), true);
      await (await by(browser, 'kit-offer-save')).click();
      await answerFileDialog('Noodkaart opslaan', kit, { save: true });
      const saved = await by(browser, 'kit-offer-saved');
      await saved.waitForDisplayed({ timeout: 30_000 });
      assert.match(await saved.getText(), /noodkaart\.pdf.*nieuwe geheime herstelsleutel/s);
      await browser.execute(() => document.querySelector('[data-testid="kit-offer"]')?.scrollIntoView({ block: 'start' }));
      await snapshot(browser, 'kit-offer-saved-nl');
    });
    const text = pdfText(kit);
    assert.match(text, /Noodkaart voor uw Waarborg-kluis/);
    const secret = text.split(/\s+/).find((word) => word.startsWith('AGE-SECRET-KEY-1'));
    assert.ok(secret, 'the secret key is printed');
    const keyFile = path.join(home, 'sleutel.txt');
    writeFileSync(keyFile, `${secret}\n`);
    const vaultDir = path.join(home, 'data', 'nl.waarborg.app', 'vault');
    assert.ok(text.includes(JSON.parse(readFileSync(path.join(vaultDir, 'vault.json'), 'utf8')).vault_id));
    const opened = spawnSync('age', ['-d', '-i', keyFile, path.join(vaultDir, 'keys', 'recovery.age')]);
    assert.equal(opened.status, 0, opened.stderr.toString());
  });
});
