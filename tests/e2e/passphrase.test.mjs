// A weak passphrase is refused in the real window, not only labelled (issue 17 part 6):
// "password123" used to make a vault. The create screen says why and points to a few
// random words; the backend refuses it too (passphrase-too-weak) and makes nothing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freshHome, snapshot, withApp } from './harness.mjs';

const TIMEOUT = { timeout: 240_000 };

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

describe('passphrase strength', () => {
  it('refuses password123 for a new vault, in the window and in the backend', TIMEOUT, async () => {
    const home = freshHome();
    await withApp({ name: 'passphrase-weak', locale: 'nl_NL.UTF-8', home }, async (browser) => {
      await (await by(browser, 'nav-vault')).click();
      await (await by(browser, 'vault-create')).waitForDisplayed();
      await (await by(browser, 'vault-passphrase')).setValue('password123');
      await (await by(browser, 'vault-repeat')).setValue('password123');
      await (await by(browser, 'vault-understood')).click();
      await (await by(browser, 'vault-create-submit')).click();
      await browser.waitUntil(async () =>
        (await browser.execute(() => document.body.innerText)).includes('te makkelijk te raden'),
      );
      await snapshot(browser, 'passphrase-weak-nl');
      assert.equal((await invoke(browser, 'vault_status', {})).value.state, 'missing');

      // The backend is the authority: the same passphrase sent directly is refused.
      const dir = path.join(home, 'kluis-zwak');
      const refused = await invoke(browser, 'vault_create', {
        vault: { dir, passphrase: 'password123', recovery_keys: [], remember_on_device: false },
      });
      assert.deepEqual(refused, { refused: 'passphrase-too-weak' });
      assert.equal(existsSync(path.join(dir, 'vault.json')), false);
    });
  });
});
