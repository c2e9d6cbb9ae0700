// Launches the real Waarborg binary through tauri-driver (→ WebKitWebDriver) and hands
// the test a WebdriverIO browser bound to its window. Each launch gets its own
// environment, so a test can choose the OS locale and a fresh config directory.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { remote } from 'webdriverio';

const APPLICATION = process.env.WAARBORG_BIN;
const DRIVER = process.env.TAURI_DRIVER ?? 'tauri-driver';
const NATIVE_DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
export const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');
// Another port pair (WAARBORG_E2E_PORT, and the next one) lets two runs share a machine.
const DRIVER_PORT = Number(process.env.WAARBORG_E2E_PORT ?? 4444);
const NATIVE_PORT = DRIVER_PORT + 1;

if (!APPLICATION) throw new Error('set WAARBORG_BIN to the built waarborg binary');

/** A fresh, empty home for the app's config and data (XDG dirs). */
export function freshHome() {
  return mkdtempSync(path.join(tmpdir(), 'waarborg-e2e-'));
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(predicate, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The environment the app runs in: `locale` as LANG/LC_ALL, `home` as its XDG base, and
 * no D-Bus session bus unless the test brings its own (`extra`). A second start of the
 * app hands over to the running one on the session bus (single instance): with the
 * desktop's own bus a test app could reach a Waarborg the developer has open, or one
 * left over from an earlier test, instead of starting.
 */
export function appEnv({ locale, home, env: extra = {} }) {
  return {
    ...process.env,
    LANG: locale,
    LC_ALL: locale,
    LANGUAGE: '',
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    // No accessibility bus: its daemon outlives the app and is not needed here.
    NO_AT_BRIDGE: '1',
    // A bus address that leads nowhere (the app starts as usual without one).
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(home, 'no-session-bus')}`,
    ...extra,
  };
}

/**
 * Starts the app with `locale` as LANG/LC_ALL and `home` as its XDG base (and `env` on
 * top, see appEnv), runs `body(browser)`, saves a screenshot under artifacts/ when it
 * fails, and always stops the app and the driver.
 */
export async function withApp({ name, locale, home, env: extra }, body) {
  for (const port of [DRIVER_PORT, NATIVE_PORT]) {
    await waitFor(async () => !(await portOpen(port)), `port ${port} to be free`);
  }
  const env = appEnv({ locale, home, env: extra });
  mkdirSync(ARTIFACTS, { recursive: true });
  const driverLog = openSync(path.join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, '_')}-driver.log`), 'w');
  const driver = spawn(
    DRIVER,
    ['--port', String(DRIVER_PORT), '--native-port', String(NATIVE_PORT), '--native-driver', NATIVE_DRIVER],
    // Output to a file, never inherited: the test runner reads each test file's stdout
    // until EOF, and helper daemons the webview starts would hold it open for ever.
    { env, stdio: ['ignore', driverLog, driverLog] },
  );
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  let browser;
  try {
    // Both ports must accept connections before a session is requested (see TOOLCHAIN-NOTES).
    await waitFor(() => portOpen(DRIVER_PORT), 'tauri-driver');
    await waitFor(() => portOpen(NATIVE_PORT), 'WebKitWebDriver');
    browser = await remote({
      hostname: '127.0.0.1',
      port: DRIVER_PORT,
      logLevel: 'warn',
      connectionRetryCount: 0,
      connectionRetryTimeout: 60_000,
      capabilities: { 'tauri:options': { application: APPLICATION } },
    });
    await browser.$('main[data-ready="yes"] h1').waitForExist({ timeout: 20_000 });
    await body(browser);
  } catch (error) {
    if (browser) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, '_')}-failure.png`);
      await browser.saveScreenshot(file).catch(() => undefined);
      console.error(`screenshot of the failure: ${file}`);
    }
    throw error;
  } finally {
    await browser?.deleteSession().catch(() => undefined);
    driver.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (driver.exitCode === null) driver.kill('SIGKILL');
    closeSync(driverLog);
  }
}

/** Saves a screenshot under artifacts/ for people to look at. */
export async function snapshot(browser, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  // WebKit can hand back the previous frame: wait until two frames have been painted.
  await browser.execute(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
  await browser.saveScreenshot(path.join(ARTIFACTS, `${name}.png`));
}

/** The text of the page's main heading. */
export async function heading(browser) {
  return (await browser.$('main h1')).getText();
}

/** The data-testid of the element that has keyboard focus. */
export async function focusedTestId(browser) {
  return browser.execute(() => document.activeElement?.getAttribute('data-testid') ?? '');
}

/**
 * Types a date into a date field the way the parent's date picker would leave it.
 * WebKitWebDriver's key events do not fill `<input type="date">` segments reliably.
 */
export async function setDate(browser, testId, value) {
  // The field may still be rendering (a route that loads, a form that opens).
  await browser.$(`[data-testid="${testId}"]`).waitForExist();
  await browser.execute(
    (id, v) => {
      const input = document.querySelector(`[data-testid="${id}"]`);
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    testId,
    value,
  );
}
