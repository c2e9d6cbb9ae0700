// The evidence vault in the real window: make it, import (the same command a drop or the
// file dialog calls: WebDriver cannot drive GTK dialogs or native drops), describe,
// browse, preview through the vault: scheme, trash and restore; journal (with its edit
// history and trash) and profiles;
// lock, wrong passphrase, unlock, quick exit and the idle lock.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, heading, setDate, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';
const SECRET_TEXT = 'Hij zei: "Ik neem hem mee naar Casablanca en jij ziet hem nooit meer."';
const ICON = path.resolve(import.meta.dirname, '../../src-tauri/icons/128x128.png');

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

/** Text content of the first element with this test id (WebKitWebDriver's getText is
 *  empty for rows inside the absolutely positioned, scrolled list). */
function textOf(browser, testId) {
  return browser.execute((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '', testId);
}

async function type(browser, testId, text) {
  await (await by(browser, testId)).setValue(text);
}

/** A one-page PDF, as a court might send it (written by hand: no PDF tool needed). */
function courtOrderPdf() {
  const text = 'BT /F1 28 Tf 72 760 Td (Beschikking rechtbank Utrecht) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

/** The files a parent would pick: a photo, a chat export, a note, a court order. */
function evidenceFiles(home) {
  const dir = path.join(home, 'picked');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'beschikking.pdf'), courtOrderPdf());
  copyFileSync(ICON, path.join(dir, 'Screenshot 2026-07-03 chat.png'));
  writeFileSync(path.join(dir, 'WhatsApp Chat met Karim.txt'), `${SECRET_TEXT}\n`);
  writeFileSync(path.join(dir, 'notities.txt'), 'Paspoort ligt in de la, gecontroleerd op 1 juli.\n');
  return dir;
}

/** Calls the import command exactly as the drop handler and the file dialog do. */
async function importPaths(browser, paths) {
  return browser.execute(
    (p) => window.__TAURI_INTERNALS__.invoke('vault_import', { paths: p }),
    paths,
  );
}

/** Every file under `dir` whose bytes contain `needle`. */
function filesContaining(dir, needle) {
  const hits = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) stack.push(full);
      else if (stat.isFile() && readFileSync(full).includes(needle)) hits.push(full);
    }
  }
  return hits;
}

async function createVault(browser) {
  await (await by(browser, 'nav-vault')).click();
  await (await by(browser, 'vault-create')).waitForDisplayed();
  await type(browser, 'vault-passphrase', PASSPHRASE);
  await type(browser, 'vault-repeat', `${PASSPHRASE}!`);
  await (await by(browser, 'vault-create-submit')).click();
  // A mismatch and the unticked warning are said; nothing typed is lost.
  await (await by(browser, 'vault-repeat-problem')).waitForDisplayed();
  assert.equal(await (await by(browser, 'vault-passphrase')).getValue(), PASSPHRASE);
  await type(browser, 'vault-repeat', PASSPHRASE);
  assert.equal(await (await by(browser, 'vault-strength')).getAttribute('data-strength'), 'strong');
  await (await by(browser, 'vault-understood')).click();
  await snapshot(browser, 'vault-create-en');
  await (await by(browser, 'vault-create-submit')).click();
  await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
}

function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('Evidence vault', () => {
  it('is made, filled, searched, previewed without plaintext on disk, trashed and restored', TIMEOUT, async () => {
    const home = freshHome();
    const picked = evidenceFiles(home);
    await withApp({ name: 'vault-items-en', locale: 'en_GB.UTF-8', home }, async (browser) => {
      await createVault(browser);
      assert.equal(await heading(browser), 'Vault');

      const summary = await importPaths(browser, [picked]);
      assert.equal(summary.imported.length, 4);
      const result = await by(browser, 'import-result');
      await result.waitForDisplayed();
      assert.match(await result.getText(), /4 files added/);

      // Describe right after import: the screenshot was recognised as a message.
      const rows = await browser.$$('[data-testid="describe-row"]');
      assert.equal(rows.length, 4);
      const values = [];
      for (const field of await browser.$$('[data-testid="describe-category"]')) values.push(await field.getValue());
      assert.ok(values.includes('digital-communications'), values.join());
      assert.ok(values.includes('official-documents'), values.join());
      const titles = await browser.$$('[data-testid="describe-title"]');
      for (const field of titles) {
        if ((await field.getValue()) === 'notities') await field.setValue('Where the passport is kept');
      }
      await (await by(browser, 'describe-save')).click();
      await (await by(browser, 'describe-imported')).waitForExist({ reverse: true });

      // The same bytes again: reported as a duplicate, not added twice.
      const again = await importPaths(browser, [path.join(picked, 'notities.txt')]);
      assert.equal(again.imported.length, 0);
      await (await by(browser, 'import-problem')).waitForDisplayed();
      assert.equal(await (await by(browser, 'import-problem')).getAttribute('data-code'), 'vault-duplicate');
      assert.match(await (await by(browser, 'import-problem')).getText(), /already in the vault/);

      // Browse: four items, thumbnails decoded from the vault: scheme.
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '4');
      await browser.waitUntil(async () =>
        browser.execute(() => {
          const img = document.querySelector('[data-testid="item-thumb"]');
          return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
        }),
      );
      await snapshot(browser, 'vault-items-en');
      await (await by(browser, 'layout-grid')).click();
      await snapshot(browser, 'vault-grid-en');
      await (await by(browser, 'layout-list')).click();

      // The export panel works on what the list shows. The folder dialog cannot be
      // driven; the folder field takes a typed path as well. The package is then checked
      // with the stock tool.
      assert.match(await (await by(browser, 'export-start')).getText(), /Export these 4 items/);
      await (await by(browser, 'export-start')).click();
      await type(browser, 'export-folder', home);
      await (await by(browser, 'export-go')).click();
      const done = await by(browser, 'export-done');
      await done.waitForDisplayed({ timeout: 60_000 });
      const packageDir = await done.getAttribute('data-path');
      assert.ok(packageDir.startsWith(path.join(home, 'waarborg-export-')), packageDir);
      const verified = execFileSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: packageDir, encoding: 'utf8' });
      // Four originals, index.json/csv, the log extract, the evidence index PDF, README,
      // allowed_signers (the signature itself is beside the manifest, not in it).
      assert.equal(verified.match(/: OK/g)?.length, 10);

      // Search and filter.
      await type(browser, 'items-search', 'passport');
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '1');
      await browser.waitUntil(async () => (await textOf(browser, 'item-title')) === 'Where the passport is kept');
      await (await by(browser, 'items-clear-filters')).click();
      await (await by(browser, 'items-category')).selectByAttribute('value', 'digital-communications');
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '2');
      await (await by(browser, 'items-clear-filters')).click();

      // The chat export: its text is streamed into the page, never written to disk.
      await type(browser, 'items-search', 'WhatsApp');
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '1');
      await (await browser.$('[data-testid="item-row"] a')).click();
      const preview = await by(browser, 'preview-text');
      await browser.waitUntil(async () => (await preview.getText()).includes('Casablanca'));
      const sha = await (await by(browser, 'item-sha256')).getText();
      const expected = execFileSync('sha256sum', [path.join(picked, 'WhatsApp Chat met Karim.txt')]).toString().split(' ')[0];
      assert.equal(sha, expected);
      assert.match(await (await by(browser, 'item-log')).getText(), /Imported[\s\S]*Viewed/);
      await snapshot(browser, 'vault-item-text-en');
      // (The export the parent asked for above is plaintext on purpose; nothing else.)
      const leaks = filesContaining(home, 'Casablanca').filter((f) => !f.startsWith(picked) && !f.startsWith(packageDir));
      assert.deepEqual(leaks, [], 'no plaintext of a previewed item on disk');

      // Trash and restore.
      await (await by(browser, 'item-trash')).click();
      await (await by(browser, 'item-in-trash')).waitForDisplayed();
      await (await by(browser, 'item-restore')).click();
      await (await by(browser, 'item-in-trash')).waitForExist({ reverse: true });
      assert.match(await (await by(browser, 'item-log')).getText(), /Moved to trash[\s\S]*Restored/);

      // The image previews from the vault: scheme too.
      await (await by(browser, 'item-back')).click();
      await (await by(browser, 'items-clear-filters')).click();
      await type(browser, 'items-search', 'Screenshot');
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '1');
      await (await browser.$('[data-testid="item-row"] a')).click();
      await browser.waitUntil(async () =>
        browser.execute(() => {
          const img = document.querySelector('[data-testid="preview-image"]');
          return img instanceof HTMLImageElement && img.complete && img.naturalWidth === 128;
        }),
      );
      await snapshot(browser, 'vault-item-image-en');

      // The court order: drawn by pdf.js from bytes read over the vault: scheme.
      await (await by(browser, 'item-back')).click();
      await (await by(browser, 'items-clear-filters')).click();
      await (await by(browser, 'items-category')).selectByAttribute('value', 'official-documents');
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '1');
      await (await browser.$('[data-testid="item-row"] a')).click();
      await browser.waitUntil(
        async () => (await (await by(browser, 'preview-pdf')).getAttribute('data-pages')) === '1',
        { timeout: 20_000 },
      );
      await browser.waitUntil(async () =>
        browser.execute(() => {
          const canvas = document.querySelector('[data-testid="preview-pdf-page"]');
          if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0) return false;
          // Some dark pixels: the text was drawn.
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height / 3).data;
          for (let i = 0; i < data.length; i += 4) if (data[i] < 100) return true;
          return false;
        }),
      );
      await snapshot(browser, 'vault-item-pdf-en');
    });
  });

  it('keeps a journal entry and a profile across a lock', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'vault-records-en', locale: 'en_GB.UTF-8', home }, async (browser) => {
      await createVault(browser);
      await (await by(browser, 'vault-tab-journal')).click();
      await setDate(browser, 'journal-occurred-on', '2026-07-03');
      await type(browser, 'journal-what', 'At the school gate Karim said: "We are leaving for good in August."');
      await type(browser, 'journal-where', 'School gate, Utrecht');
      await (await by(browser, 'journal-save')).click();
      await (await by(browser, 'journal-entry')).waitForDisplayed();
      await snapshot(browser, 'vault-journal-en');

      // An edit keeps what was written before, with when it was replaced.
      await (await by(browser, 'journal-edit')).click();
      await type(browser, 'journal-what', 'At the school gate Karim said: "We are leaving for good in August. You will not see him again."');
      await (await by(browser, 'journal-save')).click();
      await browser.waitUntil(async () => /not see him again/.test(await textOf(browser, 'journal-entry')));
      await browser.execute(() => { document.querySelector('[data-testid="journal-history"]').open = true; });
      assert.match(await textOf(browser, 'journal-history'), /Earlier version \(1\)/);
      const earlier = await textOf(browser, 'journal-history-version');
      assert.match(earlier, /Replaced on/);
      assert.match(earlier, /in August\."/);
      assert.doesNotMatch(earlier, /not see him again/);
      await (await by(browser, 'journal-entry')).scrollIntoView();
      await snapshot(browser, 'vault-journal-history-en');

      // Deleting moves the entry to the trash; it can be put back.
      await (await by(browser, 'journal-delete')).click();
      await (await by(browser, 'journal-delete-confirm')).click();
      await (await by(browser, 'journal-empty')).waitForDisplayed();
      await (await by(browser, 'record-trash-toggle')).click();
      await (await by(browser, 'record-trash-entry')).waitForDisplayed();
      // The trash shows the entry's beginning, with when it went there.
      assert.match(await textOf(browser, 'record-trash-entry'), /leaving for good .* In the trash since/);
      await snapshot(browser, 'vault-journal-trash-en');
      await (await by(browser, 'record-trash-restore')).click();
      await (await by(browser, 'journal-entry')).waitForDisplayed();

      await (await by(browser, 'vault-tab-people')).click();
      await (await by(browser, 'person-add-other-parent')).click();
      await type(browser, 'person-given-names', 'Karim');
      await type(browser, 'person-family-name', 'El Amrani');
      await (await by(browser, 'person-document-add')).click();
      await type(browser, 'person-document-0-number', 'XK1234567');
      await setDate(browser, 'person-document-0-expires', '2020-01-31');
      await (await by(browser, 'person-save')).click();
      await (await by(browser, 'person-card')).waitForDisplayed();
      assert.equal(await (await by(browser, 'person-doc-warning')).getAttribute('data-kind'), 'expired');
      await snapshot(browser, 'vault-people-en');

      // Lock (Ctrl+L), unlock: both are still there.
      await browser.keys(['Control', 'l']);
      await (await by(browser, 'vault-unlock')).waitForDisplayed();
      await type(browser, 'vault-unlock-passphrase', PASSPHRASE);
      await (await by(browser, 'vault-unlock-submit')).click();
      await (await by(browser, 'vault-tab-people')).waitForDisplayed({ timeout: 30_000 });
      await (await by(browser, 'vault-tab-people')).click();
      assert.match(await (await by(browser, 'person-card')).getText(), /Karim El Amrani/);
      await (await by(browser, 'vault-tab-journal')).click();
      assert.match(await (await by(browser, 'journal-entry')).getText(), /leaving for good/);
      await (await by(browser, 'vault-tab-health')).click();
      await (await by(browser, 'health-verify')).click();
      await (await by(browser, 'health-report')).waitForDisplayed({ timeout: 30_000 });
      assert.equal(await (await by(browser, 'health-report')).getAttribute('data-ok'), 'true');
      assert.match(await (await by(browser, 'health-log-head')).getText(), /^\d+:[0-9a-f]{64}$/);
      await snapshot(browser, 'vault-health-en');

      // The police sheet, from these profiles: what is known printed, the rest flagged.
      await browser.execute(() => { window.location.hash = '#/emergency/threatened'; });
      await (await by(browser, 'police-panel')).waitForDisplayed();
      await type(browser, 'police-name', 'Maria de Vries');
      await type(browser, 'police-phone', '+31 6 1234 5678');
      await (await by(browser, 'police-make')).click();
      const sheet = await by(browser, 'police-saved');
      await sheet.waitForDisplayed({ timeout: 15_000 });
      const pdf = await sheet.getAttribute('data-path');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      assert.match(text, /Informatieblad voor de politie/);
      assert.match(text, /Information sheet for the police/);
      assert.match(text, /Karim El Amrani/);
      assert.match(text, /XK1234567/);
      assert.match(text, /VERLOPEN \/ EXPIRED/);
      assert.match(text, /\+31 6 1234 5678/);
      assert.match(text, /niet ingevuld \/ not filled in/);
      execFileSync('qpdf', ['--check', pdf]);
    });
  });

  it('made with the CLI: refuses a wrong passphrase calmly, unlocks, hides at once, locks when idle', TIMEOUT, async () => {
    const home = freshHome();
    const env = { ...process.env, XDG_DATA_HOME: path.join(home, 'data'), WAARBORG_PASSPHRASE: PASSPHRASE, LANG: 'nl_NL.UTF-8' };
    execFileSync(process.env.WAARBORG_BIN, ['init'], { env });
    // A short idle time, as the parent could set it.
    mkdirSync(path.join(home, 'config', 'nl.waarborg.app'), { recursive: true });
    writeFileSync(
      path.join(home, 'config', 'nl.waarborg.app', 'settings.json'),
      JSON.stringify({ auto_lock_seconds: 6 }),
    );
    await withApp({ name: 'vault-unlock-nl', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-unlock')).waitForDisplayed();
      assert.equal(await heading(browser), 'Kluis');

      await type(browser, 'vault-unlock-passphrase', 'verkeerde wachtwoordzin');
      await (await by(browser, 'vault-unlock-submit')).click();
      const wrong = await by(browser, 'vault-wrong-passphrase');
      await wrong.waitForDisplayed({ timeout: 30_000 });
      assert.match(await wrong.getText(), /klopt niet/);
      await snapshot(browser, 'vault-wrong-passphrase-nl');

      await type(browser, 'vault-unlock-passphrase', PASSPHRASE);
      await (await by(browser, 'vault-unlock-submit')).click();
      await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
      await snapshot(browser, 'vault-empty-nl');

      // Quick exit: Esc twice hides the vault at once behind the neutral cover (see
      // quick-exit.test.mjs); "Verder" leads to the lock screen.
      await browser.keys(['Escape']);
      await browser.keys(['Escape']);
      await (await by(browser, 'quick-exit-cover')).waitForDisplayed();
      assert.equal(await (await by(browser, 'items-view')).isExisting(), false);
      await (await by(browser, 'quick-exit-leave')).click();
      await (await by(browser, 'vault-unlock')).waitForDisplayed();

      // Unlock again and leave it alone: it locks itself after the idle time.
      await type(browser, 'vault-unlock-passphrase', PASSPHRASE);
      await (await by(browser, 'vault-unlock-submit')).click();
      await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
      const locked = await by(browser, 'vault-locked-idle');
      await locked.waitForDisplayed({ timeout: 20_000 });
      assert.match(await locked.getText(), /vanzelf vergrendeld/);
    });
  });

  it('fills the consent form from the vault, keeps the PDF there and records the trip', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'vault-consent-nl', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await createVault(browser);
      // The child's profile through the window; the planned trip through the same command
      // the travel screen uses.
      await (await by(browser, 'vault-tab-people')).click();
      await (await by(browser, 'person-add-child')).click();
      await type(browser, 'person-given-names', 'Anna Sofie');
      await type(browser, 'person-family-name', 'de Vries');
      await setDate(browser, 'person-birth-date', '2016-03-14');
      await type(browser, 'person-birth-place', 'Utrecht');
      await (await by(browser, 'person-document-add')).click();
      await type(browser, 'person-document-0-number', 'NX1234567');
      await (await by(browser, 'person-save')).click();
      await (await by(browser, 'person-card')).waitForDisplayed();
      await browser.execute(
        (departure, back) =>
          window.__TAURI_INTERNALS__.invoke('vault_save_record', {
            id: null,
            record: {
              kind: 'travel', travel_kind: 'planned-trip', title: 'Zomer Turkije',
              departure_date: departure, return_date: back, destination_country: 'Turkije',
              destination_place: 'İzmir', with_whom: [], people: [], flight_number: 'TK1952',
              carrier: '', booking_reference: '', licence_plate: '',
              address: 'Atatürk Caddesi 5, İzmir', linked_items: [], notes: '', returned: false,
            },
          }),
        inDays(20),
        inDays(34),
      );

      await (await by(browser, 'nav-documents')).click();
      await (await by(browser, 'fill-from-vault')).waitForDisplayed();
      await browser.waitUntil(async () => (await (await by(browser, 'fill-child')).getValue()) !== '');
      const trip = await by(browser, 'fill-trip');
      await trip.selectByIndex(1);
      await (await by(browser, 'fill-apply')).click();
      await (await by(browser, 'fill-result')).waitForDisplayed();
      assert.equal(await (await by(browser, 'field-child-surname')).getValue(), 'de Vries');
      assert.equal(await (await by(browser, 'field-child-document-number')).getValue(), 'NX1234567');
      assert.equal(await (await by(browser, 'field-trip-destinations-0-country')).getValue(), 'Turkije');
      // Shown day-month-year, whatever the system locale.
      assert.equal(await (await by(browser, 'field-trip-return_date')).getValue(), inDays(34).split('-').reverse().join('-'));
      await snapshot(browser, 'consent-filled-from-vault-nl');

      // The rest by hand, then make the PDF.
      await (await by(browser, 'custody-sole')).click();
      await type(browser, 'field-holders-0-full_name', 'Maria de Vries');
      await type(browser, 'field-holders-0-address', 'Keizersgracht 1, 1015 AA Amsterdam');
      await type(browser, 'field-holders-0-phone', '+31 6 1234 5678');
      await type(browser, 'field-child-nationalities', 'Nederlandse');
      await setDate(browser, 'field-child-document-issue_date', '2023-05-01');
      await type(browser, 'field-child-document-issuing_authority', 'Gemeente Utrecht');
      await (await by(browser, 'travels-alone')).click();
      await type(browser, 'field-contact_during_trip-name', 'Maria de Vries');
      await type(browser, 'field-contact_during_trip-phone', '+31 6 1234 5678');
      await (await by(browser, 'consent-make')).click();
      await (await by(browser, 'consent-saved')).waitForDisplayed({ timeout: 15_000 });

      await (await by(browser, 'keep-document')).click();
      await (await by(browser, 'kept-in-vault')).waitForDisplayed();
      await (await by(browser, 'record-trip')).click();
      await (await by(browser, 'trip-recorded')).waitForDisplayed();

      // In the vault: the PDF as an official document, logged as made here; two trips.
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'items-category')).selectByAttribute('value', 'official-documents');
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '1');
      await (await browser.$('[data-testid="item-row"] a')).click();
      await browser.waitUntil(async () => /Geïmporteerd|Document gemaakt/.test(await textOf(browser, 'item-log')));
      assert.match(await textOf(browser, 'item-log'), /Document gemaakt/);
      await (await by(browser, 'vault-tab-travel')).click();
      await browser.waitUntil(async () => (await browser.$$('[data-testid="travel-card"]')).length === 2);
    });
  });

  it('logs guide steps in the vault: ticks and details survive a restart', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'steplog-nl-1', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await createVault(browser);
      await browser.execute(() => { window.location.hash = '#/emergency/threatened'; });
      await (await by(browser, 'step-threat-police-report')).waitForDisplayed();
      assert.match(await (await by(browser, 'progress-saved')).getText(), /stappenlogboek/);
      await (await by(browser, 'done-threat-police-report')).click();
      await browser.waitUntil(async () => (await (await by(browser, 'steplog-edit')).getText()) !== '');
      const panel = await browser.$('[data-testid="step-threat-police-report"] [data-testid="steplog-edit"]');
      await panel.click();
      await type(browser, 'steplog-spoke-to', 'Wijkagent de Boer');
      await type(browser, 'steplog-reference', 'PL0900-2026-123456');
      await type(browser, 'steplog-outcome', 'Melding opgenomen');
      await (await by(browser, 'steplog-save')).click();
      await (await by(browser, 'steplog-summary')).waitForDisplayed();
      await snapshot(browser, 'steplog-nl');
    });
    // A new start of the app: unlock, and the step is still ticked, with its details.
    await withApp({ name: 'steplog-nl-2', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await type(browser, 'vault-unlock-passphrase', PASSPHRASE);
      await (await by(browser, 'vault-unlock-submit')).click();
      await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
      await browser.execute(() => { window.location.hash = '#/emergency/threatened'; });
      const tick = await by(browser, 'done-threat-police-report');
      await tick.waitForDisplayed();
      await browser.waitUntil(async () => tick.isSelected());
      assert.equal(await (await by(browser, 'done-threat-if-acute')).isSelected(), false);
      assert.match(await (await by(browser, 'steplog-summary')).getText(), /PL0900-2026-123456/);
      // The case timeline PDF: the step, both languages, the reference, the log head.
      await (await by(browser, 'timeline-make')).click();
      const saved = await by(browser, 'timeline-saved');
      await saved.waitForDisplayed({ timeout: 15_000 });
      const pdf = await saved.getAttribute('data-path');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      assert.match(text, /Tijdlijn/);
      assert.match(text, /Timeline/);
      assert.match(text, /PL0900-2026-123456/);
      assert.match(text, /Wijkagent de Boer/);
      assert.match(text, /Meld de dreiging bij de politie/);
      execFileSync('qpdf', ['--check', pdf]);
      await (await by(browser, 'keep-document')).click();
      await (await by(browser, 'kept-in-vault')).waitForDisplayed();
      // The custody log says so.
      await browser.execute(() => { window.location.hash = '#/vault/health'; });
      await (await by(browser, 'health-log')).waitForDisplayed();
      await browser.waitUntil(async () => /Stap afgevinkt/.test(await textOf(browser, 'health-log')));
      // Every entry in the Dutch window is named in Dutch: none of the kinds the log holds
      // (create, guide-step, document-generated, import, …) is shown as its raw code.
      const page = await browser.executeAsync((done) => {
        window.__TAURI_INTERNALS__.invoke('vault_log', { before: null, limit: 1000 }).then(done, (e) => done({ error: String(e) }));
      });
      assert.ok(Array.isArray(page.entries), JSON.stringify(page));
      const kinds = [...new Set(page.entries.map((e) => e.kind))];
      assert.ok(kinds.includes('guide-step') && kinds.includes('document-generated'), kinds.join(','));
      const shown = await textOf(browser, 'health-log');
      for (const kind of kinds) {
        assert.doesNotMatch(shown, new RegExp(`(^|[^\\p{L}-])${kind}($|[^\\p{L}-])`, 'u'), `raw kind ${kind} shown`);
      }
    });
  });

  it('watches a planned trip: past its return date it asks, and "not back" starts the clock', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'trip-watch-en', locale: 'en_GB.UTF-8', home }, async (browser) => {
      await createVault(browser);
      await browser.execute(
        (departure, back) =>
          window.__TAURI_INTERNALS__.invoke('vault_save_record', {
            id: null,
            record: {
              kind: 'travel', travel_kind: 'planned-trip', title: 'Summer in Morocco',
              departure_date: departure, return_date: back, destination_country: 'Morocco',
              destination_place: 'Casablanca', with_whom: [], people: [], flight_number: '',
              carrier: '', booking_reference: '', licence_plate: '', address: '',
              linked_items: [], notes: '', returned: false,
            },
          }),
        inDays(-30),
        inDays(-3),
      );
      await (await by(browser, 'nav-home')).click();
      const overdue = await by(browser, 'trip-overdue');
      await overdue.waitForDisplayed();
      assert.match(await overdue.getText(), /Summer in Morocco: your child was due back on/);
      await snapshot(browser, 'trip-watch-en');
      await (await by(browser, 'trip-not-back')).click();
      await browser.waitUntil(async () => (await browser.getUrl()).endsWith('#/emergency/taken-abroad'));
      // The route for the trip's country is already chosen.
      const route = await by(browser, 'route');
      await route.waitForDisplayed();
      assert.match(await route.getText(), /Morocco/);
      await (await by(browser, 'nav-home')).click();
      // The countdown now runs from the missed return date.
      await (await by(browser, 'home-countdown')).waitForDisplayed();

      // A warning sign noticed in prevention becomes a dated journal entry.
      await (await by(browser, 'nav-prevention')).click();
      await (await by(browser, 'risk-noticed-risk-prior-threat')).click();
      await setDate(browser, 'risk-date', '2026-06-30');
      await type(browser, 'risk-note', 'He said: "You will never see her again."');
      await (await by(browser, 'risk-save')).click();
      await (await by(browser, 'risk-kept-risk-prior-threat')).waitForDisplayed();
      await browser.execute(() => { window.location.hash = '#/vault/journal'; });
      await browser.waitUntil(async () => /Warning sign noticed/.test(await textOf(browser, 'journal-timeline')));
      assert.match(await textOf(browser, 'journal-timeline'), /never see her again/);
    });
  });
});
