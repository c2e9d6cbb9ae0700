// The travel-consent form in the real window: every problem shown at once and
// translated, nothing typed lost, then a real PDF on disk that poppler can read.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { freshHome, heading, setDate, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 180_000 };

function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function type(browser, testId, text) {
  await browser.$(`[data-testid="${testId}"]`).setValue(text);
}

describe('Travel-consent form', () => {
  it('refuses an incomplete form field by field, keeps the input, then saves a PDF', TIMEOUT, async () => {
    await withApp({ name: 'consent-nl', locale: 'nl_NL.UTF-8', home: freshHome() }, async (browser) => {
      await browser.$('[data-testid="card-documents"]').click();
      await browser.waitUntil(async () => (await heading(browser)) === 'Documenten');

      // Only a surname, then "make": every missing field is listed, in Dutch.
      await type(browser, 'field-child-surname', 'de Vries');
      await browser.$('[data-testid="consent-make"]').click();
      const problems = await browser.$('[data-testid="consent-problems"]');
      await problems.waitForDisplayed();
      assert.match(await problems.getText(), /Nog \d+ punten om aan te passen/);
      assert.match(
        await browser.$('[data-testid="field-child-given_names-problems"]').getText(),
        /Vul dit in/,
      );
      assert.equal(await browser.$('[data-testid="field-child-surname"]').getValue(), 'de Vries');
      await snapshot(browser, 'consent-problems-nl');

      // Sole custody: the untouched second holder block goes; the child travels alone.
      await browser.$('[data-testid="custody-sole"]').click();
      await browser.waitUntil(async () => !(await browser.$('[data-testid="holder-1"]').isExisting()));
      await type(browser, 'field-holders-0-full_name', 'Maria de Vries');
      await type(browser, 'field-holders-0-address', 'Keizersgracht 1, 1015 AA Amsterdam');
      await type(browser, 'field-holders-0-phone', '+31 6 1234 5678');
      await type(browser, 'field-child-given_names', 'Anna Sofie');
      await setDate(browser, 'field-child-birth_date', '2016-03-14');
      await type(browser, 'field-child-birth_place', 'Utrecht');
      await type(browser, 'field-child-nationalities', 'Nederlandse, Turkse');
      await type(browser, 'field-child-document-number', 'NX1234567');
      await setDate(browser, 'field-child-document-issue_date', '2023-05-01');
      await type(browser, 'field-child-document-issuing_authority', 'Gemeente Utrecht');
      await browser.$('[data-testid="travels-alone"]').click();
      await type(browser, 'field-trip-destinations-0-country', 'Turkije');
      await setDate(browser, 'field-trip-departure_date', inDays(20));
      await setDate(browser, 'field-trip-return_date', inDays(34));
      await type(browser, 'field-stays-0-address', 'Atatürk Caddesi 5, İzmir');
      await type(browser, 'field-contact_during_trip-name', 'Maria de Vries');
      await type(browser, 'field-contact_during_trip-phone', '+31 6 1234 5678');
      await browser.$('[data-testid="consent-make"]').click();

      const saved = await browser.$('[data-testid="consent-saved"]');
      await saved.waitForDisplayed({ timeout: 15_000 });
      assert.match(await saved.getText(), /reistoestemming-anna-sofie-de-vries-/);
      assert.equal(await browser.$('[data-testid="consent-problems"]').isExisting(), false);
      await snapshot(browser, 'consent-saved-nl');

      const pdf = await saved.getAttribute('data-path');
      assert.ok(existsSync(pdf), `${pdf} exists`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      assert.match(text, /de Vries/);
      assert.match(text, /Anna Sofie/);
      assert.match(text, /NX1234567/);
      assert.match(text, /Atatürk Caddesi 5, İzmir/);
      assert.match(text, /Turkije/);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      assert.match(info, /Page size:.*\(A4\)/);
      assert.match(info, /Pages:\s+[2-9]/, "form and travel checklist");
      execFileSync('qpdf', ['--check', pdf]);
    });
  });

  it('parenting-plan agreements: chosen clauses become numbered articles in a bilingual PDF', TIMEOUT, async () => {
    await withApp({ name: 'plan-en', locale: 'en_US.UTF-8', home: freshHome() }, async (browser) => {
      await browser.$('[data-testid="card-documents"]').click();
      await browser.$('[data-testid="tab-plan"]').click();
      await browser.$('[data-testid="clause-passports"]').waitForDisplayed();

      await type(browser, 'field-party_a-full_name', 'Maria de Vries');
      await setDate(browser, 'field-party_a-birth_date', '1988-02-01');
      await type(browser, 'field-party_b-full_name', 'Emre Yılmaz');
      await setDate(browser, 'field-party_b-birth_date', '1986-07-09');
      await type(browser, 'field-children-0-full_name', 'Anna Sofie Yılmaz');
      await setDate(browser, 'field-children-0-birth_date', '2016-03-14');
      for (const id of ['consent-per-trip', 'max-holiday-length', 'passports']) {
        await browser.$(`[data-testid="include-${id}"]`).click();
      }
      await browser.$('[data-testid="param-passports-keeper"]').selectByAttribute('value', 'a');

      await browser.$('[data-testid="plan-preview-button"]').click();
      const preview = await browser.$('[data-testid="plan-preview"]');
      await preview.waitForDisplayed({ timeout: 15_000 });
      assert.match(await preview.getText(), /21/);
      assert.match(await preview.getText(), /Maria de Vries/);
      await snapshot(browser, 'plan-preview-en');

      await browser.$('[data-testid="plan-make"]').click();
      const saved = await browser.$('[data-testid="plan-saved"]');
      await saved.waitForDisplayed({ timeout: 15_000 });
      const pdf = await saved.getAttribute('data-path');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      assert.match(text, /Artikel 1/);
      assert.match(text, /Article 1/);
      assert.match(text, /Emre Yılmaz/);
      assert.match(text, /Anna Sofie Yılmaz/);
      assert.doesNotMatch(text, /\{[a-z_]+\}/, 'no placeholder left unfilled');
      execFileSync('qpdf', ['--check', pdf]);
    });
  });
});
