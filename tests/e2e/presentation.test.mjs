// Presentation mode in the real window: choose two of three items with the checkboxes,
// present them (image and PDF), page through, check that the backend refuses everything
// else (a list command, the third item's bytes), leave with a wrong and then the right
// passphrase; and the quick exit still hides everything during a presentation.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const DUTCH = 'nl_NL.UTF-8';
const PASSPHRASE = 'paarse olifant fietst langs de gracht';
const ICON = path.resolve(import.meta.dirname, '../../src-tauri/icons/128x128.png');

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

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

/** A photo, a private note and a court order. */
function evidenceFiles(home) {
  const dir = path.join(home, 'picked');
  mkdirSync(dir, { recursive: true });
  const files = {
    image: path.join(dir, 'Screenshot 2026-07-03 chat.png'),
    text: path.join(dir, 'notities.txt'),
    pdf: path.join(dir, 'beschikking.pdf'),
  };
  copyFileSync(ICON, files.image);
  writeFileSync(files.text, 'Alleen voor mij: paspoort ligt in de la.\n');
  writeFileSync(files.pdf, courtOrderPdf());
  return files;
}

async function createVault(browser) {
  await (await by(browser, 'nav-vault')).click();
  await (await by(browser, 'vault-create')).waitForDisplayed();
  await (await by(browser, 'vault-passphrase')).setValue(PASSPHRASE);
  await (await by(browser, 'vault-repeat')).setValue(PASSPHRASE);
  await (await by(browser, 'vault-understood')).click();
  await (await by(browser, 'vault-create-submit')).click();
  await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
}

/** Imports through the command a drop or the file dialog calls; returns the new ids
 *  as { image, text, pdf }. */
async function importEvidence(browser, files) {
  const summary = await browser.execute(
    (paths) => window.__TAURI_INTERNALS__.invoke('vault_import', { paths }),
    [files.image, files.text, files.pdf],
  );
  assert.equal(summary.imported.length, 3);
  const [image, text, pdf] = summary.imported;
  // The "describe what you imported" form keeps the suggestions.
  await (await by(browser, 'describe-save')).waitForDisplayed();
  await (await by(browser, 'describe-save')).click();
  await (await by(browser, 'describe-imported')).waitForExist({ reverse: true });
  await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '3');
  return { image, text, pdf };
}

/** The ids of the list's rows, top to bottom. */
function listOrder(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid="item-row"]')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((row) => row.getAttribute('data-id')),
  );
}

async function choose(browser, id) {
  await (await browser.$(`[data-testid="item-row"][data-id="${id}"] [data-testid="item-select"]`)).click();
}

/** What the presentation shows now: its counter and the item on the stage. */
function onStage(browser) {
  return browser.execute(() => ({
    position: document.querySelector('[data-testid="present-position"]')?.textContent?.trim() ?? '',
    id: document.querySelector('[data-testid="present-stage"]')?.getAttribute('data-id') ?? '',
  }));
}

async function waitForImage(browser) {
  await browser.waitUntil(async () =>
    browser.execute(() => {
      const img = document.querySelector('[data-testid="present-image"]');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth === 128;
    }),
  );
}

async function waitForPdfText(browser) {
  await browser.waitUntil(
    async () =>
      browser.execute(() => {
        const canvas = document.querySelector('[data-testid="preview-pdf-page"]');
        if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0) return false;
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height / 3).data;
        for (let i = 0; i < data.length; i += 4) if (data[i] < 100) return true;
        return false;
      }),
    { timeout: 20_000 },
  );
}

/** Calls a command from the page; resolves to its value or `{ refused: code }`. */
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

/** The HTTP status of an item's bytes over the vault: scheme (0: no answer at all). */
function contentStatus(browser, id) {
  return browser.execute(
    (itemId) =>
      fetch(`${window.__TAURI_INTERNALS__.convertFileSrc('content', 'vault')}/${itemId}`).then(
        (response) => response.status,
        () => 0,
      ),
    id,
  );
}

async function startPresenting(browser, ids, screenshot) {
  await browser.waitUntil(async () => (await listOrder(browser)).length === 3);
  const order = await listOrder(browser);
  for (const id of ids) await choose(browser, id);
  await browser.waitUntil(async () => (await (await by(browser, 'selection-count')).getAttribute('data-count')) === String(ids.length));
  if (screenshot) await snapshot(browser, screenshot);
  await (await by(browser, 'present-start')).click();
  await (await by(browser, 'presentation')).waitForDisplayed();
  return order.filter((id) => ids.includes(id));
}

describe('Presentation mode', () => {
  it('shows exactly the chosen items and nothing else until the passphrase is given', TIMEOUT, async () => {
    const home = freshHome();
    const files = evidenceFiles(home);
    await withApp({ name: 'presentation-nl', locale: DUTCH, home }, async (browser) => {
      await createVault(browser);
      const ids = await importEvidence(browser, files);
      const expected = await startPresenting(browser, [ids.image, ids.pdf], 'presentation-items-chosen-nl');

      // Nothing of the app around it: no navigation, no quick-exit button, no tabs.
      assert.equal(await (await by(browser, 'nav-vault')).isExisting(), false);
      assert.equal(await (await by(browser, 'vault-tab-items')).isExisting(), false);
      assert.equal(await (await by(browser, 'items-view')).isExisting(), false);

      // First item, in list order; then the second; "next" never goes further.
      let now = await onStage(browser);
      assert.deepEqual(now, { position: '1 / 2', id: expected[0] });
      if (expected[0] === ids.image) await waitForImage(browser);
      else await waitForPdfText(browser);
      await snapshot(browser, expected[0] === ids.image ? 'presentation-image-nl' : 'presentation-pdf-nl');
      await (await by(browser, 'present-next')).click();
      await browser.waitUntil(async () => (await onStage(browser)).position === '2 / 2');
      now = await onStage(browser);
      assert.equal(now.id, expected[1]);
      if (expected[1] === ids.image) await waitForImage(browser);
      else await waitForPdfText(browser);
      await snapshot(browser, expected[1] === ids.image ? 'presentation-image-nl' : 'presentation-pdf-nl');
      assert.equal(await (await by(browser, 'present-next')).isEnabled(), false);
      await browser.keys(['ArrowRight']);
      await browser.keys(['ArrowRight']);
      now = await onStage(browser);
      assert.deepEqual(now, { position: '2 / 2', id: expected[1] });
      assert.notEqual(now.id, ids.text);

      // Zoom: larger, and back to fit.
      await (await by(browser, 'present-zoom-in')).click();
      await (await by(browser, 'present-zoom-in')).click();
      assert.equal(await (await by(browser, 'present-zoom-level')).getText(), '150%');
      await snapshot(browser, 'presentation-zoomed-nl');
      await browser.keys(['0']);
      assert.equal(await (await by(browser, 'present-zoom-level')).getText(), '100%');
      await browser.keys(['ArrowLeft']);
      assert.deepEqual(await onStage(browser), { position: '1 / 2', id: expected[0] });

      // The backend refuses everything else, whatever the page asks.
      const list = await invoke(browser, 'vault_items', { query: { text: '', sort: 'imported-newest', trash: false } });
      assert.deepEqual(list, { refused: 'vault-presenting' });
      assert.deepEqual(await invoke(browser, 'vault_item', { id: ids.text, view: true }), { refused: 'vault-presenting' });
      assert.deepEqual(await invoke(browser, 'vault_log', { before: null, limit: 1000 }), { refused: 'vault-presenting' });
      assert.deepEqual(await invoke(browser, 'vault_present_start', { ids: [ids.text] }), { refused: 'vault-presenting' });
      const presentedItems = await invoke(browser, 'vault_present_items', {});
      assert.deepEqual(presentedItems.value.map((i) => i.id), expected);
      assert.equal(await contentStatus(browser, ids.image), 200);
      assert.equal(await contentStatus(browser, ids.pdf), 200);
      const third = await contentStatus(browser, ids.text);
      assert.ok(third === 403 || third === 0, `the third item's bytes: ${third}`);

      // Leaving: Escape opens the dialog; a wrong passphrase keeps the presentation.
      await browser.keys(['Escape']);
      const input = await by(browser, 'present-passphrase');
      await input.waitForDisplayed();
      await input.setValue('niet de goede wachtwoordzin');
      await (await by(browser, 'present-leave-confirm')).click();
      const problem = await by(browser, 'error-notice');
      await problem.waitForDisplayed({ timeout: 30_000 });
      assert.equal(await problem.getAttribute('data-code'), 'vault-wrong-passphrase');
      await snapshot(browser, 'presentation-leave-wrong-nl');
      assert.equal(await (await by(browser, 'presentation')).isDisplayed(), true);
      assert.deepEqual(await invoke(browser, 'vault_facets', {}), { refused: 'vault-presenting' });

      // The right passphrase: the list is back, with the choice kept.
      await (await by(browser, 'present-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'present-leave-confirm')).click();
      await (await by(browser, 'items-view')).waitForDisplayed({ timeout: 30_000 });
      assert.equal(await (await by(browser, 'presentation')).isExisting(), false);
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '3');
      assert.equal(await (await by(browser, 'selection-count')).getAttribute('data-count'), '2');
      assert.equal(await contentStatus(browser, ids.text), 200);

      // The custody log says what was shown: a view of each presented item, not the third.
      const log = (await invoke(browser, 'vault_log', { before: null, limit: 1000 })).value.entries;
      const viewed = new Set(log.filter((e) => e.kind === 'view').map((e) => e.subject));
      assert.deepEqual([...viewed].sort(), [ids.image, ids.pdf].sort());
    });
  });

  it('still hides everything with Escape twice, and then asks for the passphrase', TIMEOUT, async () => {
    const home = freshHome();
    const files = evidenceFiles(home);
    await withApp({ name: 'presentation-quick-exit', locale: DUTCH, home }, async (browser) => {
      await createVault(browser);
      const ids = await importEvidence(browser, files);
      await startPresenting(browser, [ids.text]);
      await browser.waitUntil(async () => (await (await by(browser, 'present-text')).getText()).includes('paspoort'));
      await snapshot(browser, 'presentation-text-nl');
      await browser.keys(['Escape']);
      await browser.keys(['Escape']);
      await (await by(browser, 'quick-exit-cover')).waitForDisplayed({ timeout: 10_000 });
      await (await by(browser, 'quick-exit-leave')).click();
      await (await by(browser, 'vault-unlock')).waitForDisplayed({ timeout: 10_000 });
      assert.equal(await (await by(browser, 'presentation')).isExisting(), false);
      // The keychain cannot get past a presentation that a lock ended.
      assert.deepEqual(await invoke(browser, 'vault_unlock_with_device', {}), { refused: 'vault-presenting' });
      await (await by(browser, 'vault-unlock-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-unlock-submit')).click();
      await (await by(browser, 'items-view')).waitForDisplayed({ timeout: 30_000 });
      const status = (await invoke(browser, 'vault_status', {})).value;
      assert.equal(status.presenting, false);
    });
  });
});
