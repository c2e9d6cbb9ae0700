// The quick exit in the real window (issue 17 part 3): with or without a vault, Esc twice
// or "Nu verbergen" empties the window — the consent form being filled in, the home
// countdown, the vault, the menu and the vault's folder — behind a neutral cover; the
// window title names nothing of the case; coming back shows an empty form and the lock
// screen, and the countdown only after the passphrase.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshHome, setDate, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';
const CHILD = { given: 'Anna Sofie', surname: 'de Vries-Yilmaz', passport: 'NXK4R71P2' };

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function invoke(browser, command, args) {
  return browser.execute(
    (c, a) =>
      window.__TAURI_INTERNALS__.invoke(c, a).then(
        (value) => ({ value }),
        (error) => ({ refused: error?.code ?? String(error) }),
      ),
    command,
    args,
  );
}

/** Everything in the window a person could see or a screen reader read, as text. */
function windowText(browser) {
  return browser.execute(() => `${document.body.innerText}\n${document.body.innerHTML}`);
}

async function fillConsent(browser) {
  await (await by(browser, 'nav-documents')).click();
  await (await by(browser, 'field-child-given_names')).setValue(CHILD.given);
  await (await by(browser, 'field-child-surname')).setValue(CHILD.surname);
  await (await by(browser, 'field-child-document-number')).setValue(CHILD.passport);
  await setDate(browser, 'field-child-birth_date', '2016-03-14');
}

/** What must not be in the window after the exit. */
function assertNothingOfTheCase(text, extra = []) {
  for (const secret of [CHILD.given, CHILD.surname, CHILD.passport, '14-03-2016', '2016-03-14', ...extra]) {
    assert.equal(text.includes(secret), false, `still in the window: ${secret}`);
  }
  // No app name, menu, countdown or vault: only the neutral page.
  assert.doesNotMatch(text, /ontvoer|abduct|home-countdown|nav-vault|kluis|Waarborg/i);
}

describe('quick exit', () => {
  it('without a vault: Esc twice on a filled consent form leaves only the neutral cover', TIMEOUT, async () => {
    await withApp({ name: 'quick-exit-no-vault', locale: 'nl_NL.UTF-8', home: freshHome() }, async (browser) => {
      await fillConsent(browser);
      // The button is on every screen, also without a vault.
      assert.ok(await (await by(browser, 'quick-exit')).isDisplayed());
      await browser.keys(['Escape']);
      await browser.keys(['Escape']);
      await (await by(browser, 'quick-exit-cover')).waitForDisplayed();
      assert.equal(await browser.getTitle(), 'Waarborg');
      assertNothingOfTheCase(await windowText(browser));
      assert.equal(await (await by(browser, 'quick-exit')).isExisting(), false);
      // "Back" in the history shows nothing of the app either.
      assert.match(await browser.getUrl(), /#\/vault$/);

      await (await by(browser, 'quick-exit-leave')).click();
      await (await by(browser, 'vault-create')).waitForDisplayed();
      await (await by(browser, 'nav-documents')).click();
      const given = await by(browser, 'field-child-given_names');
      await given.waitForDisplayed();
      assert.equal(await given.getValue(), '');
      assert.equal(await (await by(browser, 'field-child-document-number')).getValue(), '');
      assert.equal(await (await by(browser, 'field-child-birth_date')).getValue(), '');
    });
  });

  it('with the vault open: the button hides form, countdown, vault and its folder; back needs the passphrase', TIMEOUT, async () => {
    await withApp({ name: 'quick-exit-vault', locale: 'nl_NL.UTF-8', home: freshHome() }, async (browser) => {
      // A countdown on the home screen.
      await browser.execute(() => {
        window.location.hash = '#/emergency/taken-abroad';
      });
      await (await by(browser, 'country-unknown')).waitForDisplayed();
      await (await by(browser, 'country-unknown')).click();
      await setDate(browser, 'removal-date', daysAgo(10));
      await (await by(browser, 'show-deadlines')).click();
      await (await by(browser, 'milestone-one-year-mark')).waitForDisplayed();
      await (await by(browser, 'nav-home')).click();
      await (await by(browser, 'home-countdown')).waitForDisplayed();

      // A vault, open.
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-create')).waitForDisplayed();
      await (await by(browser, 'vault-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-repeat')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-understood')).click();
      await (await by(browser, 'vault-create-submit')).click();
      await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
      const dir = (await invoke(browser, 'vault_status', {})).value.dir;
      assert.ok(dir.length > 0);

      await fillConsent(browser);
      await snapshot(browser, 'quick-exit-before-nl');
      await (await by(browser, 'quick-exit')).click();
      await (await by(browser, 'quick-exit-cover')).waitForDisplayed();
      await snapshot(browser, 'quick-exit-cover-nl');
      assert.equal(await browser.getTitle(), 'Waarborg');
      const text = await windowText(browser);
      assertNothingOfTheCase(text, [dir, 'nog 35']);
      // Locked in the backend too.
      await browser.waitUntil(async () => (await invoke(browser, 'vault_status', {})).value.state === 'locked');

      // Coming back: the lock screen; the form is empty; no countdown before the passphrase.
      await (await by(browser, 'quick-exit-leave')).click();
      await (await by(browser, 'vault-unlock')).waitForDisplayed();
      await snapshot(browser, 'quick-exit-back-nl');
      await (await by(browser, 'nav-documents')).click();
      const given = await by(browser, 'field-child-given_names');
      await given.waitForDisplayed();
      assert.equal(await given.getValue(), '');
      assert.equal(await (await by(browser, 'field-child-surname')).getValue(), '');
      await (await by(browser, 'nav-home')).click();
      await (await by(browser, 'card-vault')).waitForDisplayed();
      assert.equal(await (await by(browser, 'home-countdown')).isExisting(), false);

      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-unlock-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-unlock-submit')).click();
      await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
      await (await by(browser, 'nav-home')).click();
      await (await by(browser, 'home-countdown')).waitForDisplayed();
    });
  });
});
