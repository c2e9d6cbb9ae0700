// Answers a native GTK file dialog (open or save) the way a parent at the keyboard would.
// The dialog is outside the web page, so WebDriver cannot reach it: xdotool (X11 input)
// finds it by its translated title, types the full path and presses Enter.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS } from './harness.mjs';

export function xdotool(...args) {
  const run = spawnSync('xdotool', args, { encoding: 'utf8' });
  return { ok: run.status === 0, out: (run.stdout ?? '').trim(), err: (run.stderr ?? run.error?.message ?? '').trim() };
}

/** Fails at once, with the way out, when xdotool is not installed. */
export function requireXdotool() {
  assert.ok(xdotool('version').ok, 'xdotool is needed to answer the native file dialog (.ci/setup.sh installs it)');
}

const visible = (title) => {
  const found = xdotool('search', '--onlyvisible', '--name', `^${title}$`);
  return found.ok && found.out !== '' ? found.out.split('\n').at(-1) : null;
};

async function until(what, predicate, timeoutMs, { quiet = false } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = predicate();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (quiet) throw new Error(what);
  mkdirSync(ARTIFACTS, { recursive: true });
  spawnSync('import', ['-window', 'root', path.join(ARTIFACTS, 'native-dialog-failure.png')]);
  const names = xdotool('search', '--onlyvisible', '--name', '.')
    .out.split('\n')
    .filter(Boolean)
    .map((id) => xdotool('getwindowname', id).out);
  throw new Error(`${what}; visible windows: ${JSON.stringify(names)} (screen: native-dialog-failure.png)`);
}

/**
 * Answers the GTK file dialog titled `title` with `file` (a full path) and waits until
 * it has closed. A save dialog has its name field focused with the proposed name
 * selected: select all and type over it. An open dialog takes a typed location after
 * Ctrl+L.
 */
export async function answerFileDialog(title, file, { save }) {
  const id = await until(`no window titled "${title}" appeared`, () => visible(title), 30_000);
  const focus = xdotool('windowfocus', '--sync', id);
  assert.ok(focus.ok, `focus the dialog: ${focus.err}`);
  for (const step of [
    ['key', '--clearmodifiers', save ? 'ctrl+a' : 'ctrl+l'],
    ['type', '--clearmodifiers', '--delay', '15', file],
  ]) {
    const done = xdotool(...step);
    assert.ok(done.ok, `xdotool ${step.join(' ')}: ${done.err}`);
  }
  // The location field may first take Enter to accept its completion of the typed
  // path: Enter again while the dialog is still there (three times at most).
  for (let attempt = 1; ; attempt += 1) {
    const enter = xdotool('key', '--clearmodifiers', 'Return');
    assert.ok(enter.ok, `xdotool key Return: ${enter.err}`);
    try {
      await until(`the "${title}" dialog did not close after Enter`, () => !visible(title), attempt < 3 ? 3_000 : 15_000, {
        quiet: attempt < 3,
      });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
