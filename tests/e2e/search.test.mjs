// Search inside the evidence and phone dates in the real window (issue 18, parts 4 and
// 5): a word that is only inside a text file or inside a PDF's text layer is found by
// the window's search, the item listed with the line holding it; files named the way
// phones name them, and a photo with EXIF, show when they were made and where that date
// came from (in Dutch), and the list sorts by it. Files go in through the command the
// import dialog and a drop call (WebDriver cannot drive GTK dialogs or native drops).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';
const ICON = path.resolve(import.meta.dirname, '../../src-tauri/icons/128x128.png');
// A 286-byte JPEG (JFIF, 8×8) from the chat crate's test data.
const SMALL_JPEG = path.resolve(
  import.meta.dirname,
  '../../src-tauri/crates/chat/tests/data/ChatExport_2026-11-26/photos/photo_1@26-11-2026_09-15-33.jpg',
);

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

/** Text content of every element with this test id, in document order (getText is empty
 *  for rows inside the absolutely positioned list). */
function textsOf(browser, testId) {
  return browser.execute(
    (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent?.trim() ?? ''),
    testId,
  );
}

/** Scrolls the element with this test id to the middle of the window (for a screenshot). */
async function show(browser, testId) {
  await browser.execute((id) => document.querySelector(`[data-testid="${id}"]`)?.scrollIntoView({ block: 'center' }), testId);
}

async function count(browser) {
  return (await by(browser, 'items-count')).getAttribute('data-count');
}

/** A one-page PDF whose text layer holds `lines` (Helvetica, WinAnsi, one Tj a line),
 *  with a correct cross-reference table: what a court's or a lawyer's letter carries. */
function pdfWithText(lines) {
  const escape = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 12 Tf 72 720 Td 14 TL\n${lines.map((l) => `(${escape(l)}) Tj T*\n`).join('')}ET\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
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

/** `jpeg` with an EXIF block (APP1) right after its start saying it was taken at
 *  `when` ("YYYY:MM:DD HH:MM:SS"): IFD0 points to the Exif IFD holding DateTimeOriginal. */
function withExif(jpeg, when) {
  const date = Buffer.from(`${when}\0`, 'latin1');
  const ifd0 = 8;
  const exifIfd = ifd0 + 18;
  const dateAt = exifIfd + 18;
  const tiff = Buffer.alloc(dateAt + date.length);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(ifd0, 4);
  const entry = (at, tag, kind, n, value) => {
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(kind, at + 2);
    tiff.writeUInt32LE(n, at + 4);
    tiff.writeUInt32LE(value, at + 8);
  };
  tiff.writeUInt16LE(1, ifd0);
  entry(ifd0 + 2, 0x8769, 4, 1, exifIfd); // ExifIFDPointer
  tiff.writeUInt32LE(0, ifd0 + 14);
  tiff.writeUInt16LE(1, exifIfd);
  entry(exifIfd + 2, 0x9003, 2, date.length, dateAt); // DateTimeOriginal
  tiff.writeUInt32LE(0, exifIfd + 14);
  date.copy(tiff, dateAt);
  const app1 = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(app1.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, app1, jpeg.subarray(2)]);
}

/** Calls the import command exactly as the drop handler and the file dialog do. */
async function importPaths(browser, paths) {
  return browser.execute((p) => window.__TAURI_INTERNALS__.invoke('vault_import', { paths: p }), paths);
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

/** Types `text` into the window's search (clearing what was there). */
async function search(browser, text) {
  const field = await by(browser, 'items-search');
  await field.clearValue();
  await field.setValue(text);
}

describe('Search inside the evidence, phone dates', () => {
  it('finds a word that is only inside a text file or a PDF, showing the line it is on', TIMEOUT, async () => {
    const home = freshHome();
    const picked = path.join(home, 'picked');
    mkdirSync(picked, { recursive: true });
    const chatLine = '14-07-2026 21:14 - Karim: Ik neem hem mee naar Marrakesh, regel het maar.';
    writeFileSync(
      path.join(picked, 'berichten.txt'),
      `14-07-2026 21:12 - Karim: Hoi\n${chatLine}\n14-07-2026 21:15 - Ik: Dat mag niet.\n`,
    );
    const pdfLine = 'De omgangsregeling van 3 maart 2026 blijft van kracht.';
    writeFileSync(path.join(picked, 'brief advocaat.pdf'), pdfWithText(['Geachte mevrouw,', pdfLine, 'Met vriendelijke groet']));
    copyFileSync(ICON, path.join(picked, 'foto.png'));

    await withApp({ name: 'search-content-en', locale: 'en_GB.UTF-8', home }, async (browser) => {
      await createVault(browser);
      const summary = await importPaths(browser, [picked]);
      assert.equal(summary.imported.length, 3, JSON.stringify(summary));
      await browser.waitUntil(async () => (await count(browser)) === '3');
      // The words are in neither a title nor a file name.
      const titles = (await textsOf(browser, 'item-title')).join(' ').toLowerCase();
      assert.ok(!titles.includes('marrakesh') && !titles.includes('omgangsregeling'), titles);

      // A word inside the text file: that item, with its line as written.
      await search(browser, 'marrakesh');
      await browser.waitUntil(async () => (await count(browser)) === '1');
      await browser.waitUntil(async () => (await textsOf(browser, 'item-match'))[0] === chatLine, {
        timeoutMsg: 'the matching line of the text file is shown',
      });
      assert.deepEqual(await textsOf(browser, 'item-title'), ['berichten']);
      await show(browser, 'items-count');
      await snapshot(browser, 'search-content-text-en');

      // A word inside the PDF's text layer (accents and case folded: OMGANGSRÉGELING).
      await search(browser, 'OMGANGSRÉGELING');
      await browser.waitUntil(async () => (await count(browser)) === '1');
      await browser.waitUntil(async () => (await textsOf(browser, 'item-match'))[0] === pdfLine, {
        timeoutMsg: 'the matching line of the PDF is shown',
      });
      assert.deepEqual(await textsOf(browser, 'item-title'), ['brief advocaat']);
      await show(browser, 'items-count');
      await snapshot(browser, 'search-content-pdf-en');

      // A word in no item: nothing listed, and it says so.
      await search(browser, 'rotterdam');
      await (await by(browser, 'items-empty')).waitForDisplayed();
      assert.equal(await count(browser), '0');
    });
  });

  it('shows when a phone file was made and where that date came from, and sorts by it', TIMEOUT, async () => {
    const home = freshHome();
    const picked = path.join(home, 'DCIM');
    mkdirSync(picked, { recursive: true });
    copyFileSync(ICON, path.join(picked, 'Screenshot_20260703-140509.png'));
    const jpeg = readFileSync(SMALL_JPEG);
    writeFileSync(path.join(picked, 'IMG-20260702-WA0001.jpg'), jpeg);
    // EXIF and a name with another date: the camera's date wins.
    writeFileSync(path.join(picked, 'IMG-20260705-WA0002.jpg'), withExif(jpeg, '2026:07:01 09:15:00'));

    await withApp({ name: 'search-phone-dates-nl', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await createVault(browser);
      const summary = await importPaths(browser, [picked]);
      assert.equal(summary.imported.length, 3, JSON.stringify(summary));
      await browser.waitUntil(async () => (await count(browser)) === '3');

      // Sorted by when they were made: the EXIF photo (1 July), WhatsApp (2 July), the
      // screenshot (3 July), each with its day in the list.
      await (await by(browser, 'items-sort')).selectByAttribute('value', 'event-date');
      await browser.waitUntil(async () => (await textsOf(browser, 'item-title'))[0] === 'IMG-20260705-WA0002');
      assert.deepEqual(await textsOf(browser, 'item-title'), [
        'IMG-20260705-WA0002',
        'IMG-20260702-WA0001',
        'Screenshot_20260703-140509',
      ]);
      const meta = (await textsOf(browser, 'item-row')).join('\n');
      for (const day of ['01-07-2026', '02-07-2026', '03-07-2026']) assert.ok(meta.includes(day), `${day} in ${meta}`);
      await show(browser, 'items-count');
      await snapshot(browser, 'search-phone-dates-nl');

      // Each item page: the date and time as the source gave them, and the source, in Dutch.
      const expected = [
        ['IMG-20260705-WA0002', '01-07-2026 09:15:00', 'volgens de cameragegevens (EXIF)'],
        ['IMG-20260702-WA0001', '02-07-2026', 'volgens de naam die de telefoon het bestand gaf'],
        ['Screenshot_20260703-140509', '03-07-2026 14:05:09', 'volgens de naam die de telefoon het bestand gaf'],
      ];
      for (const [title, when, source] of expected) {
        const opened = await browser.execute((t) => {
          const row = [...document.querySelectorAll('[data-testid="item-row"]')].find(
            (r) => r.querySelector('[data-testid="item-title"]')?.textContent?.trim() === t,
          );
          row?.querySelector('a')?.click();
          return Boolean(row);
        }, title);
        assert.ok(opened, `row ${title}`);
        const taken = await by(browser, 'item-taken');
        await taken.waitForDisplayed();
        const text = await taken.getText();
        assert.ok(text.includes(when), `${title}: ${text}`);
        assert.ok(text.includes(`(${source})`), `${title}: ${text}`);
        if (title === 'Screenshot_20260703-140509') {
          await show(browser, 'item-taken');
          await snapshot(browser, 'search-phone-item-nl');
        }
        await (await by(browser, 'item-back')).click();
        await browser.waitUntil(async () => (await count(browser)) === '3');
      }
    });
  });
});
