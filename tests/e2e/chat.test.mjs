// A chat export as evidence, in the real window (issue 18): a WhatsApp zip is imported
// (the zip stays the item; its photo becomes an item of its own), its transcript is
// shown with numbered messages, two messages are marked, and the PDF of the marked
// messages carries their numbers, the export's name and SHA-256 (read with pdftotext).
// Exported through the export panel, the package carries the chat's transcript beside
// it (the whole chat, the marks marked), and the package viewer finds every file intact.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };
const PASSPHRASE = 'paarse olifant fietst langs de gracht';
const SAMPLE = path.resolve(import.meta.dirname, '../../src-tauri/crates/chat/tests/data/WhatsApp-chat met Mark.zip');

const by = (browser, testId) => browser.$(`[data-testid="${testId}"]`);

describe('chat export', () => {
  it('is imported, shown as a numbered transcript, two messages marked, and printed', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'chat', locale: 'en_GB.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-create')).waitForDisplayed();
      await (await by(browser, 'vault-passphrase')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-repeat')).setValue(PASSPHRASE);
      await (await by(browser, 'vault-understood')).click();
      await (await by(browser, 'vault-create-submit')).click();
      await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 60_000 });

      const summary = await browser.execute(
        (p) => window.__TAURI_INTERNALS__.invoke('vault_import', { paths: p }),
        [SAMPLE],
      );
      assert.equal(summary.imported.length, 2, JSON.stringify(summary));
      const sha = execFileSync('sha256sum', [SAMPLE]).toString().split(' ')[0];
      const zipId = summary.imported[0];

      // The item page of the zip (the photo is the other item).
      await browser.execute((id) => {
        window.location.hash = `#/vault/item/${id}`;
      }, zipId);
      const transcript = await by(browser, 'chat-transcript');
      await transcript.waitForDisplayed({ timeout: 30_000 });
      assert.match(await transcript.getText(), /Times as exported/);
      const messages = await browser.$$('[data-testid="chat-message"]');
      assert.equal(messages.length, 7);
      assert.match(await messages[2].getText(), /#3\s+25-11-2026 14:07\s+Mark/);
      assert.match(await messages[4].getText(), /Attachment: IMG-20261126-WA0001\.jpg/);

      for (const number of [3, 7]) {
        await (await browser.$(`[data-testid="chat-message"][data-number="${number}"] [data-testid="chat-mark"]`)).click();
      }
      await browser.waitUntil(async () => /2 marked/.test(await (await by(browser, 'chat-count')).getText()), {
        timeout: 15_000,
        timeoutMsg: 'the two marks were not kept',
      });
      await snapshot(browser, 'chat-transcript-en');

      await (await by(browser, 'chat-pdf-context')).setValue('0');
      await (await by(browser, 'chat-pdf-make')).click();
      const saved = await by(browser, 'chat-pdf-saved');
      await saved.waitForDisplayed({ timeout: 30_000 });
      const pdf = await saved.getAttribute('data-path');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.match(text, /WhatsApp-chat met Mark\.zip/);
      assert.ok(text.includes(sha), 'the export\'s SHA-256 is printed');
      assert.match(text, /#3 25-11-2026 14:07 Mark \[gemarkeerd \/ marked\]/);
      assert.match(text, /#7 26-11-2026 21:40 Sanne \[gemarkeerd \/ marked\]/);
      assert.ok(!text.includes('#5 '), 'only the marked messages (context 0)');

      // The export panel: the zip alone; its transcript goes along beside it.
      await (await by(browser, 'nav-vault')).click();
      const row = await browser.$(`[data-testid="item-row"][data-id="${zipId}"] [data-testid="item-select"]`);
      await row.waitForDisplayed({ timeout: 30_000 });
      await row.click();
      await browser.waitUntil(async () => (await (await by(browser, 'selection-count')).getAttribute('data-count')) === '1');
      await (await by(browser, 'export-start')).click();
      await (await by(browser, 'export-folder')).setValue(home);
      await (await by(browser, 'export-go')).click();
      const done = await by(browser, 'export-done');
      await done.waitForDisplayed({ timeout: 60_000 });
      assert.match(await (await by(browser, 'export-transcripts')).getText(), /Beside the chat export: its transcript/);
      await browser.execute(() => document.querySelector('[data-testid="export-done"]')?.scrollIntoView({ block: 'center' }));
      await snapshot(browser, 'chat-export-done-en');
      const dir = await done.getAttribute('data-path');
      const files = readdirSync(dir);
      const original = files.find((n) => n.startsWith('0001_') && n.endsWith('.zip'));
      const paired = files.find((n) => n.startsWith('0001_') && n.endsWith('_transcript.pdf'));
      assert.ok(original && paired, files.join());
      assert.equal(paired, `${original.replace(/\.zip$/, '')}_transcript.pdf`);
      assert.match(readFileSync(path.join(dir, 'MANIFEST.sha256'), 'utf8'), new RegExp(`  ${paired.replace(/[.]/g, '\\.')}\n`));
      const whole = execFileSync('pdftotext', ['-layout', path.join(dir, paired), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.ok(whole.includes(sha), 'the export\'s SHA-256 is printed');
      assert.match(whole, /#3 25-11-2026 14:07 Mark \[gemarkeerd \/ marked\]/);
      assert.match(whole, /#5 26-11-2026 09:15 Mark/, 'the whole chat');
      const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
      assert.equal(index[0].transcript.file, paired);
      assert.deepEqual(index[0].transcript.marked, [3, 7]);

      // The lawyer's side in the window: every file intact, the transcript shown with
      // its chat (what it was made from), not among the package's other files.
      await (await by(browser, 'export-open-viewer')).click();
      const verdict = await by(browser, 'package-verdict');
      await verdict.waitForDisplayed({ timeout: 60_000 });
      assert.equal(await verdict.getAttribute('data-intact'), 'true');
      const others = await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="package-other"]')].map((e) => e.getAttribute('data-name')),
      );
      assert.ok(!others.includes(paired), JSON.stringify(others));
      const pairs = await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="package-transcript"]')].map((e) => ({
          chat: e.getAttribute('data-chat'),
          name: e.getAttribute('data-name'),
          paired: e.getAttribute('data-paired'),
          status: e.getAttribute('data-status'),
          text: e.querySelector('[data-testid="package-transcript-text"]')?.textContent ?? '',
        })),
      );
      assert.equal(pairs.length, 1, JSON.stringify(pairs));
      assert.deepEqual(
        { chat: pairs[0].chat, name: pairs[0].name, paired: pairs[0].paired, status: pairs[0].status },
        { chat: original, name: paired, paired: 'true', status: 'ok' },
      );
      assert.equal(pairs[0].text, `Transcript of ${original} (made from SHA-256 ${sha}, 7 messages, 2 marked)`);
      const chatRow = await browser.$(`[data-testid="package-file"][data-name="${original}"] [data-testid="package-has-transcript"]`);
      assert.equal(await chatRow.getText(), 'with its transcript');
      await browser.execute(() => document.querySelector('[data-testid="package-transcript"]')?.scrollIntoView({ block: 'center' }));
      await snapshot(browser, 'chat-package-viewer-en');
    });
  });
});
