// The package viewer shows each chat export's transcript with its chat (issue 18): under
// the chat's row, what it was made from; a transcript made from other bytes is flagged,
// and a chat that went without one says why.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PackageReport } from '../lib/backend';
import type { FileCheck } from '../lib/bindings/FileCheck';
import type { IndexEntry } from '../lib/bindings/IndexEntry';
import { setLanguage } from '../lib/i18n.svelte';
import PackagePage from '../routes/PackagePage.svelte';
import { fakeBackend } from './vault-fixtures';

const ZIP_SHA = 'a'.repeat(64);
const TXT_SHA = 'd'.repeat(64);

const ok = (name: string, sha: string): FileCheck => ({ name, expected_sha256: sha, status: { status: 'ok' } });

function entry(number: number, file: string, sha256: string, extra: Partial<IndexEntry> = {}): IndexEntry {
  return {
    number,
    file,
    id: '00000000-0000-0000-0000-00000000000' + number,
    title: file.replace(/^\d+_/, '').replace(/\.\w+$/, ''),
    category: 'digital-communications',
    event_date: '2026-11-26',
    imported_at: '2026-12-01T10:00:00Z',
    original_name: file,
    size: 617,
    sha256,
    source: 'own-device',
    provenance: '',
    description: '',
    ...extra,
  };
}

function report(): PackageReport {
  return {
    kind: 'folder',
    files: [
      ok('0001_Chat-met-Mark.zip', ZIP_SHA),
      ok('0001_Chat-met-Mark_transcript.pdf', 'c'.repeat(64)),
      ok('0002_Chat-met-K.txt', TXT_SHA),
      ok('0002_Chat-met-K_transcript.pdf', 'e'.repeat(64)),
      ok('0003_Chat-03-04.txt', 'f'.repeat(64)),
      ok('index.json', '1'.repeat(64)),
    ],
    unlisted: [],
    index: [
      entry(1, '0001_Chat-met-Mark.zip', ZIP_SHA),
      entry(2, '0002_Chat-met-K.txt', TXT_SHA),
      entry(3, '0003_Chat-03-04.txt', 'f'.repeat(64), { transcript_problem: 'chat-date-order-needed' }),
    ],
    transcripts: [
      {
        chat_file: '0001_Chat-met-Mark.zip',
        transcript_file: '0001_Chat-met-Mark_transcript.pdf',
        made_from: '0001_Chat-met-Mark.zip',
        made_from_sha256: ZIP_SHA,
        original_sha256: ZIP_SHA,
        message_count: 7,
        marked: [3, 7],
        paired: true,
      },
      {
        chat_file: '0002_Chat-met-K.txt',
        transcript_file: '0002_Chat-met-K_transcript.pdf',
        made_from: '0002_Chat-met-K.txt',
        made_from_sha256: '0'.repeat(64),
        original_sha256: TXT_SHA,
        message_count: 4,
        marked: [],
        paired: false,
      },
    ],
    log_head: null,
    signature: { status: 'unsigned' },
    other_keys_seen: [],
  };
}

async function open() {
  fakeBackend({ package_open: () => report(), package_close: () => null });
  render(PackagePage, { initialPath: '/home/advocaat/pakket' });
  await screen.findByTestId('package-verdict');
}

const chatRow = (name: string) =>
  screen.getAllByTestId('package-file').find((b) => b.getAttribute('data-name') === name)!;
const transcriptOf = (chat: string) =>
  screen.getAllByTestId('package-transcript').find((d) => d.getAttribute('data-chat') === chat)!;

describe('package viewer: chat transcripts', () => {
  beforeEach(() => setLanguage('en'));

  it('shows a transcript under its chat with what it was made from', async () => {
    await open();
    const row = chatRow('0001_Chat-met-Mark.zip');
    expect(within(row).getByTestId('package-has-transcript')).toHaveTextContent('with its transcript');
    const paired = transcriptOf('0001_Chat-met-Mark.zip');
    expect(paired).toHaveAttribute('data-paired', 'true');
    expect(paired).toHaveAttribute('data-name', '0001_Chat-met-Mark_transcript.pdf');
    expect(paired).toHaveAttribute('data-status', 'ok');
    expect(within(paired).getByTestId('package-transcript-text')).toHaveTextContent(
      `Transcript of 0001_Chat-met-Mark.zip (made from SHA-256 ${ZIP_SHA}, 7 messages, 2 marked)`,
    );
    // Chosen, the transcript says in the viewer what it was made from.
    await userEvent.click(within(paired).getByRole('button', { name: '0001_Chat-met-Mark_transcript.pdf' }));
    expect(screen.getByTestId('package-viewer-transcript')).toHaveTextContent(
      `Transcript of 0001_Chat-met-Mark.zip (made from SHA-256 ${ZIP_SHA}, 7 messages, 2 marked)`,
    );
    // Shown with its chat, no longer among the package's other files.
    const others = screen.getAllByTestId('package-other').map((e) => e.getAttribute('data-name'));
    expect(others).toEqual(['index.json']);
  });

  it('flags a transcript made from other bytes than the original in the package', async () => {
    await open();
    const flagged = transcriptOf('0002_Chat-met-K.txt');
    expect(flagged).toHaveAttribute('data-paired', 'false');
    expect(flagged).toHaveAttribute('role', 'alert');
    const text = within(flagged).getByTestId('package-transcript-text');
    expect(text).toHaveTextContent("Not this chat's transcript");
    expect(text).toHaveTextContent(`SHA-256 ${'0'.repeat(64)}`);
    expect(text).toHaveTextContent(`0002_Chat-met-K.txt in this package has SHA-256 ${TXT_SHA}`);
    expect(text).not.toHaveTextContent('Transcript of');
    expect(within(chatRow('0002_Chat-met-K.txt')).queryByTestId('package-has-transcript')).toBeNull();
  });

  it('says why a chat went without a transcript, in Dutch too', async () => {
    setLanguage('nl');
    await open();
    const none = screen.getByTestId('package-no-transcript');
    expect(none).toHaveAttribute('data-code', 'chat-date-order-needed');
    expect(none).toHaveTextContent(/^Zonder transcript: /);
    expect(within(transcriptOf('0001_Chat-met-Mark.zip')).getByTestId('package-transcript-text')).toHaveTextContent(
      `Transcript van 0001_Chat-met-Mark.zip (gemaakt van SHA-256 ${ZIP_SHA}, 7 berichten, 2 gemarkeerd)`,
    );
    expect(within(chatRow('0001_Chat-met-Mark.zip')).getByTestId('package-has-transcript')).toHaveTextContent('met transcript');
    expect(transcriptOf('0002_Chat-met-K.txt')).toHaveTextContent('Niet het transcript van deze chat');
  });
});
