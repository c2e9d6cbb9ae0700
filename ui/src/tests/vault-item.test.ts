// One item: preview by media type, trash / restore / purge, "open in another program"
// behind a warning, and editing the description.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { fireEvent } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Item, ItemDetail } from '../lib/backend';
import { vaultUrl } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { vault } from '../lib/vault.svelte';
import ItemDetailView from '../routes/vault/ItemDetailView.svelte';
import { callsOf, fakeBackend, item, resetStores, type Call } from './vault-fixtures';

/** A backend holding one item; trash/restore/edit change it like the real one. */
function itemBackend(start: Item): Call[] {
  let current = start;
  const now = '2026-04-01T12:00:00Z';
  const answer = (): ItemDetail => ({
    item: current,
    log: [{ seq: 3, prev: '0'.repeat(64), at: '2026-03-01T10:00:00Z', kind: 'import', subject: current.id }],
    opens_externally: true,
  });
  return fakeBackend({
    vault_item: () => answer(),
    vault_trash_item: () => {
      current = { ...current, trashed_at: now };
      return null;
    },
    vault_restore_item: () => {
      current = { ...current, trashed_at: null };
      return null;
    },
    vault_purge_item: () => null,
    vault_open_external: () => null,
    vault_edit_item: (args) => {
      current = {
        ...current,
        description: args.description as Item['description'],
        history: [{ description: current.description, replaced_at: now }],
      };
      return current;
    },
  });
}

const itemCalls = (calls: Call[]) => callsOf(calls, 'vault_item').map((c) => c.args);

describe('ItemDetailView', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads the item as a logged view and shows its facts', async () => {
    const calls = itemBackend(item('x1'));
    render(ItemDetailView, { id: 'x1' });
    expect(await screen.findByTestId('item-detail-title')).toHaveTextContent('Title x1');
    expect(itemCalls(calls)).toEqual([{ id: 'x1', view: true }]);
    expect(screen.getByTestId('item-sha256')).toHaveTextContent('ab'.repeat(32));
    expect(screen.getByTestId('item-facts')).toHaveTextContent('x1.jpg');
    expect(screen.getByTestId('item-log')).toHaveTextContent('#3');
  });

  it.each([
    ['image/png', 'image', 'preview-image'],
    ['application/pdf', 'pdf', 'preview-pdf'],
    ['video/mp4', 'video', 'preview-video'],
    ['audio/ogg', 'audio', 'preview-audio'],
    ['application/zip', 'none', 'preview-none'],
  ])('previews %s as %s', async (mediaType, kind, testId) => {
    itemBackend(item('m1', {}, mediaType));
    render(ItemDetailView, { id: 'm1' });
    const preview = await screen.findByTestId('item-preview');
    expect(preview).toHaveAttribute('data-kind', kind);
    const element = within(preview).getByTestId(testId);
    if (kind === 'none') {
      expect(element).toHaveTextContent(/./);
    } else if (kind === 'pdf') {
      // Drawn by pdf.js from the bytes (see the PDF test below), not a frame.
      expect(element.tagName).toBe('DIV');
    } else {
      expect(element).toHaveAttribute('src', vaultUrl('content', 'm1'));
    }
    for (const other of ['preview-image', 'preview-pdf', 'preview-video', 'preview-audio', 'preview-text', 'preview-none']) {
      if (other !== testId) expect(within(preview).queryByTestId(other)).toBeNull();
    }
  });

  it('previews text by reading the start of the content', async () => {
    const fetch = vi.fn(async () => new Response('Dear parent,\nthe hearing is on Monday.'));
    vi.stubGlobal('fetch', fetch);
    itemBackend(item('t1', {}, 'text/plain'));
    render(ItemDetailView, { id: 't1' });
    const preview = await screen.findByTestId('item-preview');
    expect(preview).toHaveAttribute('data-kind', 'text');
    await waitFor(() => expect(screen.getByTestId('preview-text')).toHaveTextContent('the hearing is on Monday.'));
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(vaultUrl('content', 't1'));
    expect(init.headers).toEqual({ Range: `bytes=0-${512 * 1024 - 1}` });
  });

  it('moves the item to the trash, and back', async () => {
    const calls = itemBackend(item('x1'));
    const user = userEvent.setup();
    render(ItemDetailView, { id: 'x1' });
    await user.click(await screen.findByTestId('item-trash'));
    await waitFor(() => expect(callsOf(calls, 'vault_trash_item').map((c) => c.args)).toEqual([{ id: 'x1' }]));
    expect(await screen.findByTestId('item-in-trash')).toBeVisible();
    // Reloading after an action is not another view.
    expect(itemCalls(calls)).toEqual([{ id: 'x1', view: true }, { id: 'x1', view: false }]);
    expect(screen.queryByTestId('item-trash')).toBeNull();

    await user.click(screen.getByTestId('item-restore'));
    await waitFor(() => expect(callsOf(calls, 'vault_restore_item').map((c) => c.args)).toEqual([{ id: 'x1' }]));
    await waitFor(() => expect(screen.queryByTestId('item-in-trash')).toBeNull());
  });

  it('purges only after a second, confirming click', async () => {
    const calls = itemBackend(item('x1', { trashed_at: '2026-03-02T10:00:00Z' }));
    const user = userEvent.setup();
    window.location.hash = '#/vault/item/x1';
    render(ItemDetailView, { id: 'x1' });
    await user.click(await screen.findByTestId('item-purge'));
    expect(callsOf(calls, 'vault_purge_item')).toHaveLength(0);
    const confirm = screen.getByTestId('item-purge-confirm');
    expect(confirm).toBeVisible();

    const revision = vault.revision;
    await user.click(confirm);
    await waitFor(() => expect(callsOf(calls, 'vault_purge_item').map((c) => c.args)).toEqual([{ id: 'x1' }]));
    await waitFor(() => expect(window.location.hash).toBe('#/vault'));
    expect(vault.revision).toBe(revision + 1);
  });

  it('warns before opening in another program, and only the confirm button opens it', async () => {
    const calls = itemBackend(item('x1'));
    const user = userEvent.setup();
    render(ItemDetailView, { id: 'x1' });
    await user.click(await screen.findByTestId('open-external'));
    expect(screen.getByTestId('external-warning')).toHaveTextContent(
      'This puts a readable copy in a temporary folder on this computer, until you lock the vault.',
    );
    expect(callsOf(calls, 'vault_open_external')).toHaveLength(0);

    // Cancel: nothing opened, the button is back.
    await user.click(within(screen.getByTestId('external-warning')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('external-warning')).toBeNull();
    expect(callsOf(calls, 'vault_open_external')).toHaveLength(0);

    await user.click(screen.getByTestId('open-external'));
    await user.click(screen.getByTestId('external-confirm'));
    await waitFor(() => expect(callsOf(calls, 'vault_open_external').map((c) => c.args)).toEqual([{ id: 'x1' }]));
    await waitFor(() => expect(screen.queryByTestId('external-warning')).toBeNull());
  });

  it('saves an edit as the normalized description', async () => {
    const start = item('x1', {
      description: { ...item('x1').description, tags: ['school'], people: ['Mum'] },
    });
    const calls = itemBackend(start);
    const user = userEvent.setup();
    render(ItemDetailView, { id: 'x1' });
    await user.click(await screen.findByTestId('item-edit-start'));
    expect(screen.getByTestId('edit-tags')).toHaveValue('school');

    const title = screen.getByTestId('edit-title');
    await user.clear(title);
    await user.type(title, '  Email from the lawyer  ');
    await user.selectOptions(screen.getByTestId('edit-category'), 'digital-communications');
    await fireEvent.input(screen.getByTestId('edit-date'), { target: { value: '' } });
    await user.type(screen.getByTestId('edit-description'), 'About the hearing');
    const tags = screen.getByTestId('edit-tags');
    await user.clear(tags);
    await user.type(tags, ' court , , hearing,lawyer ');
    const people = screen.getByTestId('edit-people');
    await user.clear(people);
    await user.type(people, 'Mum, Dad ,');
    await user.selectOptions(screen.getByTestId('edit-source'), 'received');
    await user.type(screen.getByTestId('edit-provenance'), 'By email');
    const revision = vault.revision;
    await user.click(screen.getByTestId('edit-save'));

    await waitFor(() => expect(callsOf(calls, 'vault_edit_item')).toHaveLength(1));
    expect(callsOf(calls, 'vault_edit_item')[0]!.args).toEqual({
      id: 'x1',
      description: {
        category: 'digital-communications',
        title: 'Email from the lawyer',
        description: 'About the hearing',
        event_date: null,
        tags: ['court', 'hearing', 'lawyer'],
        people: ['Mum', 'Dad'],
        provenance: { source_kind: 'received', details: 'By email' },
      },
    });
    // Back to the facts, with the new description and the old one in the history.
    expect(await screen.findByTestId('item-detail-title')).toHaveTextContent('Email from the lawyer');
    await waitFor(() => expect(screen.queryByTestId('item-edit')).toBeNull());
    expect(screen.getByTestId('item-facts')).toHaveTextContent('court, hearing, lawyer');
    expect(screen.getByTestId('item-history')).toHaveTextContent('Title x1');
    expect(vault.revision).toBe(revision + 1);
    expect(itemCalls(calls).at(-1)).toEqual({ id: 'x1', view: false });
  });

  // Was a bug: `when()` took the day from the UTC timestamp text (the first ten
  // characters) but the time in the local zone. Something imported at 23:30 UTC on
  // 31 December showed, in the Netherlands, as "31 Dec 2026 12:30:00 AM": the right time on
  // the wrong day. For evidence, the date and time of one moment must agree.
  it('shows the date and time of a timestamp in the same (local) time zone', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Amsterdam';
    try {
      const late = item('x1');
      itemBackend({ ...late, facts: { ...late.facts, imported_at: '2026-12-31T23:30:00Z' } });
      render(ItemDetailView, { id: 'x1' });
      const facts = await screen.findByTestId('item-facts');
      expect(facts).toHaveTextContent('01-01-2027 00:30:00');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('shows an error translated when the item cannot be loaded', async () => {
    fakeBackend({
      vault_item: () => {
        throw { code: 'vault-damaged-item', message: '' };
      },
    });
    render(ItemDetailView, { id: 'x1' });
    expect(await screen.findByTestId('error-notice')).toHaveTextContent('A stored item is damaged.');
    expect(screen.queryByTestId('item-detail')).toBeNull();
  });
});
