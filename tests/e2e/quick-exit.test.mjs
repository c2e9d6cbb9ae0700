// The quick exit in the real window (issue 17 part 3): with or without a vault, Esc twice
// or "Nu verbergen" empties the window — the consent form being filled in, the home
// countdown, the vault, the menu and the vault's folder — behind a neutral cover; the
// window title names nothing of the case; coming back shows an empty form and the lock
// screen, and the countdown only after the passphrase. With "hide the window" chosen in
// Settings the window leaves the screen, and starting the app again brings it back at the
// lock screen (the second start hands over on a D-Bus session bus of the test's own).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { appEnv, freshHome, setDate, snapshot, withApp } from './harness.mjs';

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

/** A session bus of this test's own (dbus-daemon), so the second start finds the first
 *  app there and nothing else: not the desktop's bus, not an app of another test. It
 *  starts no services (no accessibility bus that would outlive the test). */
async function privateBus(home) {
  const config = path.join(home, 'bus.conf');
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${path.join(home, 'bus')}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`,
  );
  const daemon = spawn('dbus-daemon', [`--config-file=${config}`, '--nofork', '--nopidfile', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const address = await new Promise((resolve, reject) => {
    let out = '';
    daemon.once('error', reject);
    daemon.once('exit', (code) => reject(new Error(`dbus-daemon exited (${code})`)));
    daemon.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
  });
  return {
    address,
    async stop() {
      const exited = new Promise((resolve) => daemon.once('exit', resolve));
      daemon.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs the app binary as a parent starting it again from the menu; resolves with its
 *  exit code, or fails when it is still running after 30 s (it opened a window of its own). */
function startAgain(env) {
  const second = spawn(process.env.WAARBORG_BIN, [], { env, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      second.kill('SIGKILL');
      reject(new Error('the second start did not hand over to the running app'));
    }, 30_000);
    second.once('error', reject);
    second.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
  });
}

/** The ids of running processes whose environment has `entry` (Linux /proc); with
 *  `appOnly`, only the Waarborg binary itself (not its WebKit helpers or the drivers). */
function processesWith(entry, appOnly) {
  const binary = realpathSync(process.env.WAARBORG_BIN);
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (appOnly && readlinkSync(`/proc/${pid}/exe`) !== binary) continue;
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry)) found.push(pid);
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Waits (polling, at most 10 s) until no process of this home runs; returns those left. */
async function settled(home, appOnly) {
  const entry = `XDG_CONFIG_HOME=${path.join(home, 'config')}`;
  const deadline = Date.now() + 10_000;
  while (processesWith(entry, appOnly).length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return processesWith(entry, appOnly);
}

/** Removes a test's home once its app and the app's helpers (which write caches while
 *  they exit) are gone. */
async function removeHome(home) {
  await settled(home, false);
  rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
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

  it('with "hide the window" chosen: the window leaves the screen; starting the app again shows it at the lock screen', TIMEOUT, async () => {
    const home = freshHome();
    const bus = await privateBus(home);
    const env = { DBUS_SESSION_BUS_ADDRESS: bus.address };
    try {
      await withApp({ name: 'quick-exit-hide', locale: 'nl_NL.UTF-8', home, env }, async (browser) => {
        await (await by(browser, 'nav-vault')).click();
        await (await by(browser, 'vault-create')).waitForDisplayed();
        await (await by(browser, 'vault-passphrase')).setValue(PASSPHRASE);
        await (await by(browser, 'vault-repeat')).setValue(PASSPHRASE);
        await (await by(browser, 'vault-understood')).click();
        await (await by(browser, 'vault-create-submit')).click();
        await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });

        // Settings: the cover is the default; choose hiding.
        await (await by(browser, 'nav-settings')).click();
        const hide = await by(browser, 'quick-exit-hide');
        await hide.waitForDisplayed();
        assert.equal(await (await by(browser, 'quick-exit-cover')).isSelected(), true);
        await hide.click();
        await browser.waitUntil(async () => (await (await by(browser, 'quick-exit-status')).getText()).includes('Opgeslagen'));
        assert.equal((await invoke(browser, 'get_settings', {})).value.quick_exit, 'hide');
        await browser.execute(() =>
          document.querySelector('[data-testid="quick-exit-settings"]').scrollIntoView({ block: 'center' }),
        );
        await snapshot(browser, 'quick-exit-settings-nl');

        await fillConsent(browser);
        assert.equal(await browser.execute(() => document.visibilityState), 'visible');
        await browser.keys(['Escape']);
        await browser.keys(['Escape']);
        // The window is hidden: the page is no longer shown anywhere.
        await browser.waitUntil(async () => (await browser.execute(() => document.visibilityState)) === 'hidden', {
          timeout: 10_000,
          timeoutMsg: 'the window was not hidden',
        });
        await browser.waitUntil(async () => (await invoke(browser, 'vault_status', {})).value.state === 'locked');
        // Behind the hidden window: the lock screen, with nothing of the form.
        const hidden = await windowText(browser);
        for (const secret of [CHILD.given, CHILD.surname, CHILD.passport, '14-03-2016']) {
          assert.equal(hidden.includes(secret), false, `still in the hidden window: ${secret}`);
        }
        assert.equal(await (await by(browser, 'vault-unlock')).isExisting(), true);

        // Starting the app again (from the menu): it hands over and exits; the window is back.
        assert.equal(await startAgain(appEnv({ locale: 'nl_NL.UTF-8', home, env })), 0);
        await browser.waitUntil(async () => (await browser.execute(() => document.visibilityState)) === 'visible', {
          timeout: 10_000,
          timeoutMsg: 'the second start did not show the window again',
        });
        await (await by(browser, 'vault-unlock')).waitForDisplayed();
        assert.equal(await browser.getTitle(), 'Waarborg');
        assert.equal(await (await by(browser, 'quick-exit-cover')).isExisting(), false);
        const back = await windowText(browser);
        for (const secret of [CHILD.given, CHILD.surname, CHILD.passport, '14-03-2016']) {
          assert.equal(back.includes(secret), false, `back in the window: ${secret}`);
        }
        await snapshot(browser, 'quick-exit-hide-back-nl');
        await (await by(browser, 'nav-documents')).click();
        const given = await by(browser, 'field-child-given_names');
        await given.waitForDisplayed();
        assert.equal(await given.getValue(), '');
        assert.equal(await (await by(browser, 'field-child-document-number')).getValue(), '');

        // Coming back needs the passphrase.
        await (await by(browser, 'nav-vault')).click();
        await (await by(browser, 'vault-unlock-passphrase')).setValue(PASSPHRASE);
        await (await by(browser, 'vault-unlock-submit')).click();
        await (await by(browser, 'items-empty')).waitForDisplayed({ timeout: 30_000 });
      });
      // The harness stopped the app: nothing of this test is left to take over a later start.
      assert.deepEqual(await settled(home, true), [], 'an app of this test is still running');
    } finally {
      await bus.stop();
      await removeHome(home);
    }
  });

  it('without a usable session bus the app still starts, and "hide" still hides the window', TIMEOUT, async () => {
    // An address D-Bus cannot even parse: the single-instance check gives up and the app
    // starts as usual (the other tests run with an address that leads nowhere).
    const home = freshHome();
    try {
      await withApp(
        { name: 'quick-exit-no-bus', locale: 'nl_NL.UTF-8', home, env: { DBUS_SESSION_BUS_ADDRESS: 'no bus here' } },
        async (browser) => {
          assert.equal(await browser.getTitle(), 'Waarborg');
          await (await by(browser, 'nav-settings')).click();
          await (await by(browser, 'quick-exit-hide')).click();
          await browser.waitUntil(async () => (await invoke(browser, 'get_settings', {})).value.quick_exit === 'hide');
          await browser.keys(['Escape']);
          await browser.keys(['Escape']);
          await browser.waitUntil(async () => (await browser.execute(() => document.visibilityState)) === 'hidden', {
            timeout: 10_000,
            timeoutMsg: 'the window was not hidden',
          });
        },
      );
    } finally {
      await removeHome(home);
    }
  });
});
