// Pure helpers of the handover screens (export and package viewer), tested in vitest.
import type { TranscriptPairing } from './bindings/TranscriptPairing';

/** A new package name from the time: a folder, or an encrypted `.tar.age` file. */
export function exportName(now: Date, encrypted: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `waarborg-export-${stamp}${encrypted ? '.tar.age' : ''}`;
}

/** A new backup file name from the time. */
export function backupName(now: Date): string {
  return exportName(now, true).replace('waarborg-export-', 'waarborg-backup-');
}

/** `parent` + `name` with the platform's separator (Windows paths use a backslash). */
export function joinPath(parent: string, name: string): string {
  const separator = /^[A-Za-z]:\\/.test(parent) || parent.startsWith('\\\\') ? '\\' : '/';
  return parent.endsWith(separator) ? `${parent}${name}` : `${parent}${separator}${name}`;
}

/** age public keys, one per line or separated by spaces or commas. A key is `age1`
 *  followed by 58 bech32 characters; anything else is reported, never dropped. */
export function parseRecipients(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const word of text.split(/[\s,;]+/).filter((w) => w !== '')) {
    if (/^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/.test(word)) {
      if (!valid.includes(word)) valid.push(word);
    } else {
      invalid.push(word);
    }
  }
  return { valid, invalid };
}

/** What a file in a package can be shown as, from its name. */
export function previewKind(name: string): 'image' | 'pdf' | 'text' | 'none' {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp'].includes(extension)) return 'image';
  if (extension === 'pdf') return 'pdf';
  if (['txt', 'csv', 'json', 'md', 'log', 'eml'].includes(extension)) return 'text';
  return 'none';
}

/** The line under a chat export in the package viewer: which original its transcript
 *  was made from (file, SHA-256, messages, marks), or, when the transcript names other
 *  bytes or another file than the package's original, why it is not shown as paired. */
export function transcriptLine(
  pairing: TranscriptPairing,
  t: (id: string, args?: Record<string, string | number>) => string,
): string {
  if (!pairing.paired) {
    return t('package-transcript-mismatch', {
      transcript: pairing.transcript_file,
      made_from: pairing.made_from,
      made_from_sha256: pairing.made_from_sha256,
      file: pairing.chat_file,
      original_sha256: pairing.original_sha256 ?? t('package-transcript-mismatch-none'),
    });
  }
  const base = { file: pairing.chat_file, sha256: pairing.made_from_sha256, marked: pairing.marked.length };
  return pairing.message_count === null
    ? t('package-transcript-of-uncounted', base)
    : t('package-transcript-of', { ...base, messages: t('package-transcript-messages', { count: pairing.message_count }) });
}
