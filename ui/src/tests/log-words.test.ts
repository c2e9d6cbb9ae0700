// Every word of the custody log in the parent's language: no raw kind (`backup`,
// `passphrase-changed`, `log-head-rebuilt`, …) and none of the English notes the vault
// writes ("journal", "step …", "folder …") reach the integrity view. The kinds come from
// LOG_KINDS, which tests/ui_messages.rs keeps equal to the Rust KNOWN_KINDS; the notes
// below are one of each form the Rust sources write.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import type { LogEntry } from '../lib/backend';
import { setLanguage, t } from '../lib/i18n.svelte';
import { logKindText, logNoteText } from '../lib/lognote';
import { LOG_KINDS } from '../lib/records.svelte';
import HealthView from '../routes/vault/HealthView.svelte';
import { HEAD, fakeBackend, logPage, status } from './vault-fixtures';

const FP = 'SHA256:4bV0c1LqJ9dY2mZ7t8k3w5x6y1z0aBcDeFgHiJkLmNo';
const AGE_OLD = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const AGE_NEW = 'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj';

/** [kind, note as the Rust source writes it (file named)]. */
const NOTES: [string, string][] = [
  ['record-create', 'journal'], // records.rs kind_note
  ['record-edit', 'person'],
  ['record-delete', 'travel'],
  ['guide-step', 'step nl-abroad/call-police'],
  ['guide-step', 'step nl-abroad/call-police done'],
  ['verify', '12 items, 0 problems'], // verify.rs
  ['verify', '1 items, 3 problems'],
  ['export', 'folder 2026-12-05-advocaat'], // export.rs
  ['export', 'encrypted file (passphrase) pakket.age; records: journal 3, people 1, travel 2, timeline 4'],
  ['export', 'encrypted file (age keys) pakket.age failed (package-disk-full); nothing was kept'],
  ['backup', 'backup kluis-2026-12-05.age'], // backup.rs
  ['recovery-keys-changed', '2 recovery key(s)'], // vault.rs
  ['create', `package signing key ${FP}`],
  ['signing-key-created', `keys/signing.age written: package signing key ${FP}`], // signing.rs
  ['key-copy-created', 'keys/identity.age.copy written (second copy of the key file)'], // vault.rs notices
  ['thumbnails-bound', '7 thumbnails of items imported before binding'], // thumbnail_binding.rs
  [
    'log-head-rebuilt', // log.rs
    'the log head file was missing and was rebuilt from the chain; entries at the end may have been removed',
  ],
  [
    'log-sealed', // vault.rs seal_log_at_open
    'entries 0 to 255 (256) moved from single files into sealed segments at unlock; their bytes, hashes and chain are unchanged',
  ],
  [
    'rekey', // rekey.rs
    `re-key 0f0e: vault key ${AGE_OLD} replaced by ${AGE_NEW}; files encrypted to the old key elsewhere stay readable with it`,
  ],
];

/** English words of those notes that must not be left in a Dutch window. */
const ENGLISH = /\b(journal|person|travel|step|done|items|problems|folder|encrypted|records|failed|nothing|backup|recovery|written|second|thumbnails|missing|rebuilt|entries|moved|replaced)\b/i;

function entries(): LogEntry[] {
  const all: [string, string][] = [...LOG_KINDS.map((k): [string, string] => [k, '']), ...NOTES];
  return all.map(([kind, note], seq) => ({
    seq,
    prev: HEAD,
    at: '2026-12-05T10:00:00Z',
    kind,
    subject: null,
    sha256: null,
    note,
  }));
}

/** A raw kind as a whole token (so "Vault created" does not count as `create`). */
const rawKind = (kind: string) => new RegExp(`(?<![\\w-])${kind}(?![\\w-])`);

afterEach(() => {
  cleanup();
  setLanguage('nl');
});

describe('the integrity view speaks the parent’s language', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`shows no raw kind and no missing message in ${language}`, async () => {
      setLanguage(language);
      fakeBackend({ vault_log: () => logPage(entries()), vault_status: () => status('unlocked') });
      render(HealthView);
      const rows = await screen.findAllByTestId('health-log-entry');
      expect(rows).toHaveLength(entries().length);
      for (const row of rows) {
        const kind = row.getAttribute('data-kind') ?? '';
        const td = row.querySelectorAll('td')[2]?.cloneNode(true) as HTMLElement;
        td.querySelector('[data-testid="health-log-note"]')?.remove();
        const cell = td.textContent ?? '';
        expect(cell, `kind ${kind}`).not.toMatch(rawKind(kind));
        expect(cell).not.toMatch(/health-log-kind-|log-note-/);
      }
    });
  }

  it('translates every note form into Dutch', async () => {
    setLanguage('nl');
    fakeBackend({ vault_log: () => logPage(entries()), vault_status: () => status('unlocked') });
    render(HealthView);
    const notes = await screen.findAllByTestId('health-log-note');
    expect(notes).toHaveLength(NOTES.length);
    for (const note of notes) {
      expect(note.textContent).not.toMatch(ENGLISH);
      expect(note.textContent).not.toMatch(/log-note-|error-/);
    }
    // Arguments are kept: names, numbers, fingerprints.
    const text = notes.map((n) => n.textContent).join('\n');
    expect(text).toContain('stap nl-abroad/call-police, afgerond');
    expect(text).toContain('12 stukken, geen problemen');
    expect(text).toContain('versleuteld bestand (wachtwoordzin) pakket.age; gegevens: dagboek 3, personen 1, reizen 2, tijdlijn 4');
    expect(text).toContain(FP);
    expect(text).toContain('regels 0 tot 255 (256)');
  });

  it('keeps the English notes readable in English', () => {
    setLanguage('en');
    for (const [kind, note] of NOTES) expect(logNoteText(kind, note)).not.toMatch(/log-note-|error-/);
    expect(logNoteText('verify', '1 items, 3 problems')).toBe('1 item, 3 problems');
    expect(logNoteText('recovery-keys-changed', '2 recovery key(s)')).toBe('2 recovery keys');
  });

  it('shows a kind from a newer version as such, and the parent’s own words as written', () => {
    setLanguage('nl');
    expect(logKindText('some-new-kind')).toBe(t('health-log-kind-other', { kind: 'some-new-kind' }));
    expect(logKindText('some-new-kind')).toMatch(/^Andere handeling/);
    expect(logNoteText('document-generated', 'folder voor de advocaat')).toBe('folder voor de advocaat');
    expect(logNoteText('guide-step', 'iets anders')).toBe('iets anders');
  });
});
