// What is coming up, in the real window (issue 17 part 7): a child's passport that
// expires in three months, entered in the vault, is on the home screen with the
// backup line; once the vault locks, the child's name is gone from the home screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshHome, setDate, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Fills a date field with `iso` (YYYY-MM-DD) whether it is a date picker or a text
 *  field that takes day-month-year. */
async function fillDate(browser, testId, iso) {
  const field = await by(browser, testId);
  await field.waitForExist();
  if ((await field.getAttribute('type')) === 'date') {
    await setDate(browser, testId, iso);
  } else {
    const [y, m, d] = iso.split('-');
    await field.setValue(`${d}-${m}-${y}`);
  }
}

function windowText(browser) {
  return browser.execute(() => document.body.innerText);
}

describe('coming up', () => {
  it('a passport expiring in three months is on the home screen, and gone once locked', TIMEOUT, async () => {
    await withApp({ name: 'upcoming', locale: 'en_GB.UTF-8', home: freshHome() }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-create')).waitForDisplayed();
      await (await by(browser, 'vault-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-repeat')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-understood')).click();
      await (await by(browser, 'vault-create-submit')).click();
      await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 60_000 });

      await (await by(browser, 'vault-tab-people')).click();
      await (await by(browser, 'person-add-child')).click();
      await (await by(browser, 'person-given-names')).setValue('Anna Sofie');
      await (await by(browser, 'person-family-name')).setValue('de Vries');
      await (await by(browser, 'person-document-add')).click();
      await (await by(browser, 'person-document-0-number')).setValue('NX1234567');
      await fillDate(browser, 'person-document-0-expires', inDays(90));
      await (await by(browser, 'person-save')).click();
      await (await by(browser, 'person-card')).waitForDisplayed();

      await (await by(browser, 'nav-home')).click();
      const row = await by(browser, 'upcoming-document-expires');
      await row.waitForDisplayed({ timeout: 15_000 });
      const text = await row.getText();
      assert.match(text, /Anna Sofie de Vries: Passport expires/);
      assert.match(text, /in 90 days/);
      assert.match(await (await by(browser, 'upcoming-no-backup')).getText(), /not been backed up yet/);
      assert.equal(await (await by(browser, 'upcoming-save-ics')).isDisplayed(), true);
      await (await by(browser, 'upcoming')).scrollIntoView();
      await snapshot(browser, 'upcoming-home-en');

      // Locked: the home screen says to unlock and shows nothing of the child.
      await browser.keys(['Control', 'l']);
      await (await by(browser, 'nav-home')).click();
      await browser.waitUntil(async () => !(await windowText(browser)).includes('Anna Sofie'), {
        timeout: 15_000,
        timeoutMsg: 'the child is still on the home screen after the lock',
      });
      assert.equal(await (await by(browser, 'upcoming-document-expires')).isExisting(), false);
    });
  });
});
