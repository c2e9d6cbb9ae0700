// Dates in the real window (issue 17 part 6): typed day-month-year with real key
// presses, whatever the system locale (WebKitGTK's own date input read "25-11-2026" as
// 11 December without nl_NL); stored ISO; an impossible date is said and kept as typed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

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

describe('date fields', () => {
  it('typing 25-11-2026 in the journal stores 2026-11-25; 31-02-2026 is refused and kept', TIMEOUT, async () => {
    // C.UTF-8: a system without nl_NL, where the browser's date input is month-first.
    await withApp({ name: 'dates-journal', locale: 'C.UTF-8', home: freshHome() }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-create')).waitForDisplayed();
      await (await by(browser, 'vault-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-repeat')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-understood')).click();
      await (await by(browser, 'vault-create-submit')).click();
      await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });

      await (await by(browser, 'vault-tab-journal')).click();
      const when = await by(browser, 'journal-occurred-on');
      await when.waitForDisplayed();
      // An impossible date: said when leaving the field, kept as typed.
      await when.setValue('31-02-2026');
      await (await by(browser, 'journal-what')).click();
      const problem = await by(browser, 'journal-occurred-on-date-problem');
      await problem.waitForDisplayed();
      assert.equal(await when.getValue(), '31-02-2026');
      await snapshot(browser, 'date-impossible');

      await when.clearValue();
      await when.setValue('25-11-2026');
      await (await by(browser, 'journal-what')).setValue('Bij het hek zei hij dat ze in augustus vertrekken.');
      assert.equal(await problem.isExisting(), false);
      assert.equal(await when.getValue(), '25-11-2026');
      await snapshot(browser, 'date-typed');
      await (await by(browser, 'journal-save')).click();
      const shown = await by(browser, 'journal-entry');
      await shown.waitForDisplayed();
      // Shown as typed, not "25 nov 2026" nor the system's 11/25/2026.
      assert.match(await shown.getText(), /\b25-11-2026\b/);

      const records = (await invoke(browser, 'vault_records', { kind: 'journal' })).value;
      assert.equal(records.length, 1);
      assert.equal(records[0].record.occurred_on, '2026-11-25');
    });
  });
});
