// The chat transcript beside a chat export item (issue 18): numbered messages with the
// time "as exported", search and sender filter, marks sent to the vault, the date-order
// question asked (never guessed), the PDF of the marked messages.
import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ChatTranscript from '../components/vault/ChatTranscript.svelte';
import type { ChatView } from '../lib/bindings/ChatView';
import { setLanguage } from '../lib/i18n.svelte';

function view(marked: number[] = []): ChatView {
  return {
    item: 'c1',
    file_name: 'WhatsApp-chat met Mark.txt',
    sha256: 'ab'.repeat(32),
    marked,
    transcript: {
      source: 'whatsapp-android',
      chat_name: 'Mark',
      date_order: 'day-month-year',
      date_order_chosen: false,
      senders: ['Sanne', 'Mark'],
      files: [],
      messages: [
        { number: 1, time: '2026-11-25 14:05', sender: null, text: 'Berichten zijn versleuteld.', attachments: [] },
        { number: 2, time: '2026-11-25 14:05', sender: 'Sanne', text: 'Hoe laat haal je Noor op?', attachments: [] },
        { number: 3, time: '2026-11-25 14:07', sender: 'Mark', text: 'Jij ziet haar nooit meer.', attachments: [] },
        { number: 4, time: '2026-11-26 09:15', sender: 'Mark', text: '', attachments: [{ name: 'IMG-1.jpg', sha256: null }] },
      ],
    },
  };
}

type Call = { cmd: string; args: Record<string, unknown> };

function backend(opts: { ambiguous?: boolean } = {}): Call[] {
  const calls: Call[] = [];
  let ambiguous = opts.ambiguous ?? false;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'vault_chat') {
      if (ambiguous) throw { code: 'chat-date-order-needed', message: 'the date order is ambiguous (e.g. 03-04-26); ask which it is' };
      return view();
    }
    if (cmd === 'vault_chat_date_order') {
      ambiguous = false;
      return view();
    }
    if (cmd === 'vault_chat_marks') return [...(args as { marked: number[] }).marked].sort((a, b) => a - b);
    if (cmd === 'vault_chat_transcript') return { path: '/docs/transcript.pdf', file_name: 'transcript.pdf' };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  return calls;
}

describe('ChatTranscript', () => {
  beforeEach(() => setLanguage('en'));

  it('numbers the messages, states the time as exported, filters, marks and makes the PDF', async () => {
    const calls = backend();
    render(ChatTranscript, { id: 'c1' });
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(4));
    expect(screen.getByTestId('chat-transcript')).toHaveTextContent('Times as exported');
    expect(screen.getAllByTestId('chat-message')[2]).toHaveTextContent('#3 25-11-2026 14:07 Mark Jij ziet haar nooit meer.');
    expect(screen.getAllByTestId('chat-message')[3]).toHaveTextContent('Attachment: IMG-1.jpg');

    await fireEvent.input(screen.getByTestId('chat-search'), { target: { value: 'nooit' } });
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(1));
    await fireEvent.input(screen.getByTestId('chat-search'), { target: { value: '' } });
    await fireEvent.change(screen.getByTestId('chat-sender'), { target: { value: 'Mark' } });
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(2));

    await fireEvent.click(screen.getByRole('checkbox', { name: 'Mark message 3' }));
    await waitFor(() => expect(screen.getByTestId('chat-count')).toHaveTextContent('1 marked'));
    expect(calls.find((c) => c.cmd === 'vault_chat_marks')?.args).toEqual({ id: 'c1', marked: [3] });

    await fireEvent.click(screen.getByTestId('chat-pdf-make'));
    expect(await screen.findByTestId('chat-pdf-saved')).toHaveTextContent('transcript.pdf');
    const pdf = calls.find((c) => c.cmd === 'vault_chat_transcript')?.args;
    expect(pdf).toMatchObject({ id: 'c1', markedOnly: true, context: 2 });
  });

  it('keeps both marks when the second is clicked before the first is saved', async () => {
    const calls: Call[] = [];
    const pending: (() => void)[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === 'vault_chat') return view();
      if (cmd === 'vault_chat_marks') {
        const marked = [...(args as { marked: number[] }).marked].sort((a, b) => a - b);
        // The vault answers only when the test lets it: both clicks come first.
        return new Promise((resolve) => pending.push(() => resolve(marked)));
      }
      throw { code: 'internal', message: `unexpected ${cmd}` };
    });
    render(ChatTranscript, { id: 'c1' });
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(4));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Mark message 3' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Mark message 2' }));
    expect(screen.getByTestId('chat-count')).toHaveTextContent('2 marked');
    // Saved one after the other, the second building on the first.
    await waitFor(() => expect(pending).toHaveLength(1));
    pending.shift()?.();
    await waitFor(() => expect(pending).toHaveLength(1));
    pending.shift()?.();
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'vault_chat_marks')).toHaveLength(2));
    expect(calls.filter((c) => c.cmd === 'vault_chat_marks').map((c) => c.args.marked)).toEqual([[3], [3, 2]]);
    await waitFor(() => expect(screen.getByTestId('chat-count')).toHaveTextContent('2 marked'));
    expect(screen.getByRole('checkbox', { name: 'Mark message 3' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mark message 2' })).toBeChecked();
  });

  it('filters by dates typed day-month-year, whatever the system locale', async () => {
    backend();
    render(ChatTranscript, { id: 'c1' });
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(4));
    await fireEvent.input(screen.getByTestId('chat-from'), { target: { value: '26-11-2026' } });
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(1));
    expect(screen.getAllByTestId('chat-message')[0]).toHaveTextContent('#4');
    await fireEvent.input(screen.getByTestId('chat-from'), { target: { value: '' } });
    await fireEvent.input(screen.getByTestId('chat-to'), { target: { value: '25-11-2026' } });
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(3));
  });

  it('asks for the date order once instead of guessing, then shows the chat', async () => {
    const calls = backend({ ambiguous: true });
    render(ChatTranscript, { id: 'c1' });
    expect(await screen.findByTestId('chat-date-order')).toHaveTextContent('03-04-26');
    expect(screen.queryByTestId('chat-messages')).toBeNull();
    await fireEvent.click(screen.getByTestId('chat-day-first'));
    await waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(4));
    expect(calls.find((c) => c.cmd === 'vault_chat_date_order')?.args).toEqual({ id: 'c1', order: 'day-month-year' });
  });

  it('shows nothing for a file that is not a chat export', async () => {
    mockIPC(() => {
      throw { code: 'chat-not-a-chat', message: 'not a chat export' };
    });
    const { container } = render(ChatTranscript, { id: 'x' });
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector('[data-testid^="chat-"]')).toBeNull();
  });
});
