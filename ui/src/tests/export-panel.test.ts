// The export panel: beside the items, the parent ticks which records go along (issue
// 15, part 2); the request carries them in a fixed order, and none when none is ticked.
import { mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ExportPanel from '../components/vault/ExportPanel.svelte';
import type { ExportRequest } from '../lib/bindings/ExportRequest';
import { setLanguage } from '../lib/i18n.svelte';

function fakeBackend() {
  const requests: ExportRequest[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'vault_export') {
      const request = (args as { request: ExportRequest }).request;
      requests.push(request);
      return { path: request.out, encrypted: false, files: request.ids.length, bytes: 10, log_head: null };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  return requests;
}

describe('ExportPanel', () => {
  beforeEach(() => setLanguage('en'));

  it('says which chat exports went with their transcript and which without, and why', async () => {
    mockIPC((cmd, args) => {
      if (cmd === 'vault_export') {
        const request = (args as { request: ExportRequest }).request;
        return {
          path: request.out,
          encrypted: false,
          files: 3,
          bytes: 10,
          log_head: null,
          transcripts: 1,
          without_transcript: [['0003_Chat-met-Sarah.txt', 'chat-date-order-needed']],
        };
      }
      throw { code: 'internal', message: `unexpected ${cmd}` };
    });
    const user = userEvent.setup();
    render(ExportPanel, { ids: ['a', 'b', 'c'] });
    await user.click(screen.getByTestId('export-start'));
    await user.type(screen.getByTestId('export-folder'), '/media/usb');
    await user.click(screen.getByTestId('export-go'));
    expect(await screen.findByTestId('export-transcripts')).toHaveTextContent('Beside the chat export: its transcript');
    const without = screen.getByTestId('export-no-transcript');
    expect(without).toHaveTextContent('0003_Chat-met-Sarah.txt went into the package without its transcript.');
    expect(without).toHaveTextContent('Choose whether the day or the month comes first.');
    expect(without).toHaveAttribute('data-code', 'chat-date-order-needed');
  });

  it('sends the ticked records along with the items, in a fixed order', async () => {
    const requests = fakeBackend();
    const user = userEvent.setup();
    render(ExportPanel, { ids: ['a', 'b'] });
    await user.click(screen.getByTestId('export-start'));
    const include = screen.getByTestId('export-include');
    expect(include).toHaveTextContent('Also put in the package');
    expect(screen.getByLabelText(/The journal \(with earlier versions/)).not.toBeChecked();
    await user.click(screen.getByTestId('export-include-timeline'));
    await user.click(screen.getByLabelText(/The journal/));
    await user.type(screen.getByTestId('export-folder'), '/media/usb');
    await user.click(screen.getByTestId('export-go'));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.ids).toEqual(['a', 'b']);
    expect(requests[0]?.include).toEqual(['journal', 'timeline']);
    expect(await screen.findByTestId('export-done')).toBeInTheDocument();
  });

  it('sends no records when none is ticked, and a record unticked again stays out', async () => {
    const requests = fakeBackend();
    const user = userEvent.setup();
    render(ExportPanel, { ids: ['a'] });
    await user.click(screen.getByTestId('export-start'));
    await user.click(screen.getByTestId('export-include-people'));
    await user.click(screen.getByTestId('export-include-people'));
    await user.type(screen.getByTestId('export-folder'), '/media/usb');
    await user.click(screen.getByTestId('export-go'));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.include).toEqual([]);
  });

  it('names the choices in Dutch', async () => {
    fakeBackend();
    setLanguage('nl');
    const user = userEvent.setup();
    render(ExportPanel, { ids: ['a'] });
    await user.click(screen.getByTestId('export-start'));
    expect(screen.getByTestId('export-include')).toHaveTextContent('Ook in het pakket');
    expect(screen.getByTestId('export-include')).toHaveTextContent('Het dagboek');
  });
});
