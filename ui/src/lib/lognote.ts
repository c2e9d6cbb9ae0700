// The custody log in the parent's language: each kind by its message, and the notes the
// vault writes (in English, inside the hash chain, so they are never rewritten) matched
// against the forms the Rust sources write them in and shown translated. A note that
// matches none (the parent's own words, e.g. a kept document's name) is shown as written.
import type { FluentVariable } from '@fluent/bundle';
import { t } from './i18n.svelte';
import { logKindKey } from './records.svelte';

type Translate = (id: string, args?: Record<string, FluentVariable>) => string;

/** The kind as the parent reads it; a kind from a newer version says so, never bare. */
export function logKindText(kind: string, tr: Translate = t): string {
  const key = logKindKey(kind);
  return key ? tr(key) : tr('health-log-kind-other', { kind });
}

const HOW: Record<string, string> = {
  folder: 'log-note-how-folder',
  'encrypted file (passphrase)': 'log-note-how-passphrase',
  'encrypted file (age keys)': 'log-note-how-keys',
};
const HOW_PATTERN = '(folder|encrypted file \\(passphrase\\)|encrypted file \\(age keys\\))';
const INCLUDED = new Set(['journal', 'people', 'travel', 'timeline']);

function records(list: string, tr: Translate): string {
  return list
    .split(', ')
    .map((part) => {
      const m = /^(\w+) (\d+)$/.exec(part);
      return m?.[1] && INCLUDED.has(m[1]) ? tr(`log-note-included-${m[1]}`, { count: Number(m[2]) }) : part;
    })
    .join(', ');
}

/** One rule: a note's form (as `vault/src/*.rs` writes it) and its translation. */
type Rule = [RegExp, (group: (n: number) => string, tr: Translate) => string];

const RULES: Rule[] = [
  // records.rs kind_note
  [/^(journal|person|travel)$/, (g, tr) => tr(`log-note-record-${g(1)}`)],
  [/^step (\S+?)( done)?$/, (g, tr) => tr(g(2) ? 'log-note-step-done' : 'log-note-step', { step: g(1) })],
  // verify.rs
  [/^(\d+) items, (\d+) problems$/, (g, tr) => tr('log-note-verify', { items: Number(g(1)), problems: Number(g(2)) })],
  // export.rs (the failure first: its name part would match the plain form too)
  [
    new RegExp(`^${HOW_PATTERN} (.*) failed \\(([a-z0-9-]+)\\); nothing was kept$`),
    (g, tr) => {
      const error = tr(`error-${g(3)}`);
      return tr('log-note-export-failed', { how: tr(HOW[g(1)] ?? ''), name: g(2), error: error === `error-${g(3)}` ? g(3) : error });
    },
  ],
  [
    new RegExp(`^${HOW_PATTERN} (.*); records: (.*)$`),
    (g, tr) => tr('log-note-export-records', { how: tr(HOW[g(1)] ?? ''), name: g(2), records: records(g(3), tr) }),
  ],
  [new RegExp(`^${HOW_PATTERN} (.*)$`), (g, tr) => tr('log-note-export', { how: tr(HOW[g(1)] ?? ''), name: g(2) })],
  // backup.rs, vault.rs
  [/^backup (.+)$/, (g, tr) => tr('log-note-backup', { name: g(1) })],
  [/^(\d+) recovery key\(s\)$/, (g, tr) => tr('log-note-recovery-keys', { count: Number(g(1)) })],
  [/^package signing key (\S+)$/, (g, tr) => tr('log-note-signing-key', { fingerprint: g(1) })],
  // signing.rs, keyfiles notices
  [/^(\S+) written: package signing key (\S+)$/, (g, tr) => tr('log-note-signing-key-written', { file: g(1), fingerprint: g(2) })],
  [/^(.+) written \(second copy of the key file\)$/, (g, tr) => tr('log-note-key-copy-created', { file: g(1) })],
  [/^(\S+) rewritten: (.+)$/, (g, tr) => tr('log-note-key-file-repaired', { file: g(1), reason: g(2) })],
  // thumbnail_binding.rs
  [/^(\d+) thumbnails of items imported before binding$/, (g, tr) => tr('log-note-thumbnails-bound', { count: Number(g(1)) })],
  // log.rs: a rebuilt head
  [
    /^the log head file was missing and was rebuilt from the chain; entries at the end may have been removed$/,
    (_g, tr) => tr('log-note-head-missing'),
  ],
  [
    /^the log head file was damaged \((.*)\) and was rebuilt from the chain; entries at the end may have been removed$/,
    (g, tr) => tr('log-note-head-damaged', { reason: g(1) }),
  ],
  // vault.rs: sealing at unlock
  [
    /^entries (\d+) to (\d+) \((\d+)\) moved from single files into sealed segments at unlock; their bytes, hashes and chain are unchanged$/,
    (g, tr) => tr('log-note-sealed', { first: g(1), last: g(2), count: g(3) }),
  ],
  // rekey.rs
  [
    /^re-key (\S+): vault key (\S+) replaced by (\S+); files encrypted to the old key elsewhere stay readable with it$/,
    (g, tr) => tr('log-note-rekey', { id: g(1), old: g(2), new: g(3) }),
  ],
];

/** Kinds whose notes are the parent's own words (shown as written). */
const OWN_WORDS = new Set(['document-generated']);

/** A log entry's note in the parent's language (the note itself when it is not ours). */
export function logNoteText(kind: string, note: string, tr: Translate = t): string {
  if (!note || OWN_WORDS.has(kind)) return note;
  for (const [pattern, render] of RULES) {
    const m = pattern.exec(note);
    // Every group of the patterns above takes part in a match; `?? ''` for the type.
    if (m) return render((n) => m[n] ?? '', tr);
  }
  return note;
}
