// Handover in the real window: export a selection as an encrypted file, open it in the
// package viewer (the lawyer's side, no vault), see every file checked and shown; a
// package changed after the export is marked and its changed file is not shown.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, heading, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 300_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';
const PACKAGE_PASSPHRASE = 'alleen voor mr. de Vries';
const ICON = path.resolve(import.meta.dirname, '../../src-tauri/icons/128x128.png');

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

async function type(browser, testId, text) {
  await (await by(browser, testId)).setValue(text);
}

/** Attribute values of every element with this test id. */
function attributesOf(browser, testId, attribute) {
  return browser.execute(
    (id, name) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.getAttribute(name)),
    testId,
    attribute,
  );
}

async function createVault(browser) {
  await (await by(browser, 'nav-vault')).click();
  await (await by(browser, 'vault-create')).waitForDisplayed();
  await type(browser, 'vault-passphrase', PASSPHRASE);
  await type(browser, 'vault-repeat', PASSPHRASE);
  await (await by(browser, 'vault-understood')).click();
  await (await by(browser, 'vault-create-submit')).click();
  await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
}

/** Three files: a photo of the child, a chat and a note that is not for the lawyer. */
function evidence(home) {
  const dir = path.join(home, 'picked');
  mkdirSync(dir, { recursive: true });
  copyFileSync(ICON, path.join(dir, 'Foto Zeynep zomer.png'));
  writeFileSync(path.join(dir, 'Chat met Karim.txt'), 'Hij zei: "Ik neem haar mee naar Ankara."\n');
  writeFileSync(path.join(dir, 'privé notitie.txt'), 'Alleen voor mezelf: de sleutel ligt bij oma.\n');
  return dir;
}

describe('Handover', () => {
  it('exports a selection encrypted and the package viewer checks and shows it', TIMEOUT, async () => {
    const home = freshHome();
    const picked = evidence(home);
    await withApp({ name: 'handover-en', locale: 'en_GB.UTF-8', home }, async (browser) => {
      await createVault(browser);
      const summary = await browser.execute(
        (p) => window.__TAURI_INTERNALS__.invoke('vault_import', { paths: p }),
        [picked],
      );
      assert.equal(summary.imported.length, 3);
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '3');

      // The selection: the photo and the chat, ticked in the list; not the private note.
      const rows = await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="item-row"]')].map((r) => [r.getAttribute('data-id'), r.textContent]),
      );
      const chosen = rows.filter(([, text]) => !/notitie/i.test(text)).map(([id]) => id);
      assert.equal(chosen.length, 2, JSON.stringify(rows));
      for (const id of chosen) {
        await (await browser.$(`[data-testid="item-row"][data-id="${id}"] [data-testid="item-select"]`)).click();
      }
      await browser.waitUntil(async () => (await (await by(browser, 'selection-count')).getAttribute('data-count')) === '2');
      assert.match(await (await by(browser, 'export-start')).getText(), /Export these 2 items/);
      await (await by(browser, 'export-start')).click();
      await (await by(browser, 'export-how-passphrase')).click();
      await type(browser, 'export-passphrase', 'short');
      await type(browser, 'export-repeat', 'short');
      await type(browser, 'export-folder', home);
      await (await by(browser, 'export-go')).click();
      // Too short: said, and nothing written.
      await browser.waitUntil(async () => (await browser.$$('.field-problem')).length > 0);
      assert.equal(readdirSync(home).filter((n) => n.startsWith('waarborg-export')).length, 0);
      await type(browser, 'export-passphrase', PACKAGE_PASSPHRASE);
      await type(browser, 'export-repeat', PACKAGE_PASSPHRASE);
      await type(browser, 'export-summary', 'Zeynep (9) was taken to Ankara on 3 July.');
      await snapshot(browser, 'handover-export-form-en');
      await (await by(browser, 'export-go')).click();
      const done = await by(browser, 'export-done');
      await done.waitForDisplayed({ timeout: 60_000 });
      const file = await done.getAttribute('data-path');
      assert.match(file, /waarborg-export-.*\.tar\.age$/);
      assert.ok(readFileSync(file).subarray(0, 21).toString() === 'age-encryption.org/v1', 'an age file');
      await snapshot(browser, 'handover-export-done-en');

      // The lawyer's side: the link opens the package viewer, which asks for the key.
      await (await by(browser, 'export-open-viewer')).click();
      await (await by(browser, 'package-passphrase')).waitForDisplayed({ timeout: 30_000 });
      assert.equal(await heading(browser), 'Open an evidence package');
      assert.equal(await (await by(browser, 'error-notice')).getAttribute('data-code'), 'package-needs-passphrase');
      await type(browser, 'package-passphrase', 'wrong passphrase');
      await (await by(browser, 'package-open')).click();
      await browser.waitUntil(
        async () => (await (await by(browser, 'error-notice')).getAttribute('data-code')) === 'package-wrong-passphrase',
        { timeout: 30_000 },
      );
      await browser.waitUntil(async () => (await by(browser, 'package-open')).isEnabled());
      await type(browser, 'package-passphrase', PACKAGE_PASSPHRASE);
      await (await by(browser, 'package-open')).click();
      const verdict = await by(browser, 'package-verdict');
      await verdict.waitForDisplayed({ timeout: 60_000 });
      assert.equal(await verdict.getAttribute('data-intact'), 'true');
      // Two originals, index.json/csv, the log extract, the evidence index, README and
      // allowed_signers; the manifest's signature is checked against the vault's key.
      assert.match(await verdict.getText(), /All 8 files match/);
      assert.equal(await (await by(browser, 'package-signature')).getAttribute('data-status'), 'signed');
      assert.match(await (await by(browser, 'package-fingerprint')).getText(), /^SHA256:/);
      // Only the two chosen items; the private note is not in the package.
      const names = await attributesOf(browser, 'package-file', 'data-name');
      assert.equal(names.length, 2, names.join());
      assert.ok(names.every((n) => !/notitie/i.test(n)), names.join());
      assert.deepEqual(await attributesOf(browser, 'package-file', 'data-status'), ['ok', 'ok']);

      // The photo is shown from the package.
      const photo = names.find((n) => n.endsWith('.png'));
      await (await browser.$(`[data-testid="package-file"][data-name="${photo}"]`)).click();
      await browser.waitUntil(async () =>
        browser.execute(() => {
          const img = document.querySelector('[data-testid="package-preview-image"]');
          return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
        }),
      );
      await snapshot(browser, 'handover-viewer-en');
      const chat = names.find((n) => n.endsWith('.txt'));
      await (await browser.$(`[data-testid="package-file"][data-name="${chat}"]`)).click();
      await browser.waitUntil(async () => /Ankara/.test(await (await by(browser, 'package-preview-text')).getText()));
      await (await by(browser, 'package-close')).click();
      await (await by(browser, 'package-path')).waitForDisplayed();
    });
  });

  it('exports the journal beside the files and the package viewer checks and shows it', TIMEOUT, async () => {
    const home = freshHome();
    const picked = evidence(home);
    await withApp({ name: 'handover-journal-en', locale: 'en_GB.UTF-8', home }, async (browser) => {
      await createVault(browser);
      const summary = await browser.execute(
        (p) => window.__TAURI_INTERNALS__.invoke('vault_import', { paths: p }),
        [picked],
      );
      assert.equal(summary.imported.length, 3);
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '3');
      const linked = summary.imported[0];
      // A journal entry linked to the chat, then edited: both versions go along.
      const entry = (what) => ({
        kind: 'journal',
        occurred_on: '2026-07-03',
        occurred_at_time: '17:45:00',
        what,
        who_present: ['Zeynep'],
        where: 'Schiphol',
        linked_items: [linked],
      });
      const saved = await browser.execute(
        (record) => window.__TAURI_INTERNALS__.invoke('vault_save_record', { id: null, record }),
        entry('He took her passport. FIRSTVERSION'),
      );
      await browser.execute(
        (id, record) => window.__TAURI_INTERNALS__.invoke('vault_save_record', { id, record }),
        saved.id,
        entry('He took her passport and said she would not come back. SECONDVERSION'),
      );

      await (await by(browser, 'export-start')).click();
      await (await by(browser, 'export-include-journal')).click();
      await type(browser, 'export-folder', home);
      await snapshot(browser, 'handover-export-journal-form-en');
      await (await by(browser, 'export-go')).click();
      const done = await by(browser, 'export-done');
      await done.waitForDisplayed({ timeout: 60_000 });
      const dir = await done.getAttribute('data-path');
      const files = readdirSync(dir);
      for (const name of ['journal.pdf', 'journal.json', 'journal.csv']) {
        assert.ok(files.includes(name), files.join());
        assert.match(readFileSync(path.join(dir, 'MANIFEST.sha256'), 'utf8'), new RegExp(`  ${name.replace('.', '\\.')}\n`));
      }
      assert.ok(!files.includes('people.pdf'), 'only what was ticked');

      // The lawyer's side: every file checks, the journal is listed and shown.
      await (await by(browser, 'export-open-viewer')).click();
      const verdict = await by(browser, 'package-verdict');
      await verdict.waitForDisplayed({ timeout: 60_000 });
      assert.equal(await verdict.getAttribute('data-intact'), 'true');
      const others = await attributesOf(browser, 'package-other', 'data-name');
      for (const name of ['journal.pdf', 'journal.json', 'journal.csv']) assert.ok(others.includes(name), others.join());
      const statuses = await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="package-other"]')]
          .filter((e) => e.getAttribute('data-name').startsWith('journal'))
          .map((e) => e.getAttribute('data-status')),
      );
      assert.deepEqual(statuses, ['ok', 'ok', 'ok']);
      await (await browser.$('[data-testid="package-other"][data-name="journal.json"] button')).click();
      await browser.waitUntil(async () => /SECONDVERSION/.test(await (await by(browser, 'package-preview-text')).getText()));
      assert.match(await (await by(browser, 'package-preview-text')).getText(), /FIRSTVERSION/);
      await snapshot(browser, 'handover-viewer-journal-en');
      // The journal PDF is not in index.json: its size comes from the first slice.
      const journalPdf = await browser.$('[data-testid="package-other"][data-name="journal.pdf"] button');
      await journalPdf.scrollIntoView();
      await journalPdf.click();
      await browser.waitUntil(
        async () => Number(await (await by(browser, 'preview-pdf')).getAttribute('data-pages')) >= 1,
        { timeout: 30_000, timeoutMsg: 'journal.pdf was not drawn' },
      );
      assert.equal(await (await by(browser, 'preview-pdf-failed')).isExisting(), false);
      await snapshot(browser, 'handover-viewer-journal-pdf-en');
      await (await by(browser, 'package-close')).click();
    });
  });

  it('marks a file changed after the export and does not show it', TIMEOUT, async () => {
    const home = freshHome();
    const picked = evidence(home);
    await withApp({ name: 'handover-tampered-nl', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await createVault(browser);
      const summary = await browser.execute(
        (p) => window.__TAURI_INTERNALS__.invoke('vault_import', { paths: p }),
        [picked],
      );
      assert.equal(summary.imported.length, 3);
      await browser.waitUntil(async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '3');
      await (await by(browser, 'export-start')).click();
      await type(browser, 'export-folder', home);
      await (await by(browser, 'export-go')).click();
      const done = await by(browser, 'export-done');
      await done.waitForDisplayed({ timeout: 60_000 });
      const dir = await done.getAttribute('data-path');

      // Someone edits the chat after the export.
      const chat = readdirSync(dir).find((n) => /Chat/.test(n));
      writeFileSync(path.join(dir, chat), 'Hij zei niets.\n');

      // Locked vault: the package viewer still works (no vault needed).
      await (await by(browser, 'quick-exit')).click();
      await (await by(browser, 'quick-exit-leave')).click();
      await (await by(browser, 'nav-home')).click();
      await (await by(browser, 'home-open-package')).click();
      await type(browser, 'package-path', dir);
      await (await by(browser, 'package-open')).click();
      const verdict = await by(browser, 'package-verdict');
      await verdict.waitForDisplayed({ timeout: 60_000 });
      assert.equal(await verdict.getAttribute('data-intact'), 'false');
      assert.match(await verdict.getText(), new RegExp(chat));
      const row = await browser.$(`[data-testid="package-file"][data-name="${chat}"]`);
      assert.equal(await row.getAttribute('data-status'), 'changed');
      await row.click();
      await (await by(browser, 'package-viewer-refused')).waitForDisplayed();
      assert.match(await (await by(browser, 'package-viewer-refused')).getText(), /veranderd/);
      // Its bytes are not served either.
      const status = await browser.execute(
        (name) =>
          fetch(`${window.__TAURI_INTERNALS__.convertFileSrc('package', 'vault')}/${encodeURIComponent(name)}`).then(
            (r) => r.status,
            () => 'failed',
          ),
        chat,
      );
      assert.notEqual(status, 200);
      await snapshot(browser, 'handover-tampered-nl');
    });
  });
});

describe('Backup', () => {
  it('backs the vault up from Settings and restores it on a new computer', TIMEOUT, async () => {
    const home = freshHome();
    const picked = evidence(home);
    const usb = path.join(home, 'usb');
    mkdirSync(usb);
    let backup;
    await withApp({ name: 'backup-en', locale: 'en_GB.UTF-8', home }, async (browser) => {
      await createVault(browser);
      const summary = await browser.execute(
        (p) => window.__TAURI_INTERNALS__.invoke('vault_import', { paths: p }),
        [picked],
      );
      assert.equal(summary.imported.length, 3);
      await (await by(browser, 'nav-settings')).click();
      await (await by(browser, 'backup-panel')).waitForDisplayed();
      await type(browser, 'backup-folder', usb);
      // Not the vault's passphrase: refused (the restored vault would not open with it).
      await type(browser, 'backup-passphrase', 'some other passphrase');
      await (await by(browser, 'backup-start')).click();
      await browser.waitUntil(
        async () => (await (await by(browser, 'error-notice')).getAttribute('data-code')) === 'vault-wrong-passphrase',
        { timeout: 30_000 },
      );
      assert.deepEqual(readdirSync(usb), []);
      await type(browser, 'backup-passphrase', PASSPHRASE);
      await (await by(browser, 'backup-start')).click();
      const done = await by(browser, 'backup-done');
      await done.waitForDisplayed({ timeout: 60_000 });
      backup = await done.getAttribute('data-path');
      await done.scrollIntoView();
      assert.match(path.basename(backup), /^waarborg-backup-.*\.tar\.age$/);
      await snapshot(browser, 'backup-done-en');
    });

    // Another computer: no vault yet; restore the backup from the USB stick.
    const other = freshHome();
    await withApp({ name: 'restore-en', locale: 'en_GB.UTF-8', home: other }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'restore-toggle')).waitForDisplayed();
      await (await by(browser, 'restore-toggle')).click();
      await type(browser, 'restore-file', backup);
      const target = path.join(other, 'restored-vault');
      await type(browser, 'restore-dir', target);
      await type(browser, 'restore-passphrase', PASSPHRASE);
      await snapshot(browser, 'restore-form-en');
      await (await by(browser, 'restore-start')).click();
      await browser.waitUntil(
        async () => (await (await by(browser, 'items-count')).getAttribute('data-count')) === '3',
        { timeout: 60_000 },
      );
      assert.ok(readdirSync(target).includes('vault.json'));
    });
  });
});
