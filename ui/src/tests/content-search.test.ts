// Search inside the evidence (issue 18, part 4): the line of the content where the
// search text was found is shown in the list, and an older vault's first unlock shows
// how many items are being made searchable.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ItemQuery } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { onVaultEvent, vault } from '../lib/vault.svelte';
import ItemsView from '../routes/vault/ItemsView.svelte';
import { fakeBackend, resetStores, summary } from './vault-fixtures';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('ResizeObserver', NoResizeObserver);

describe('search inside the content', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
    vault.textIndex = null;
  });

  it('shows the matching line of a found item instead of its facts', async () => {
    const line = '03-07-2026 14:06 - Alex: Je ziet haar NOOIT meer terug.';
    fakeBackend({
      vault_items: (args) =>
        (args.query as ItemQuery).text === 'nooit'
          ? [summary(1, { title: 'Chat met Alex', matching_line: line })]
          : [summary(1, { title: 'Chat met Alex' }), summary(2)],
      vault_facets: () => ({ tags: [], people: [], items: 2, in_trash: 0 }),
    });
    const user = userEvent.setup();
    render(ItemsView);
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(2));
    expect(screen.queryByTestId('item-match')).toBeNull();

    await user.type(screen.getByTestId('items-search'), 'nooit');
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(1));
    expect(screen.getByTestId('item-match')).toHaveTextContent(line);
  });

  it('asks for matching lines only around the rows on screen, and again after scrolling far', async () => {
    // A word in every one of 1,000 items: the backend gives lines only where asked.
    const calls = fakeBackend({
      vault_items: (args) => {
        const q = args.query as ItemQuery;
        const from = q.lines_from ?? 0;
        const count = q.lines_count ?? Infinity;
        return Array.from({ length: q.text === '' ? 3 : 1000 }, (_, i) =>
          summary(i, q.text !== '' && i >= from && i - from < count ? { matching_line: `line ${i}` } : {}),
        );
      },
      vault_facets: () => ({ tags: [], people: [], items: 1000, in_trash: 0 }),
    });
    const user = userEvent.setup();
    render(ItemsView);
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(3));
    // Without a search no lines are asked for.
    const first = calls.find((c) => c.cmd === 'vault_items')!.args.query as ItemQuery;
    expect(first.lines_from).toBeUndefined();
    expect(first.lines_count).toBeUndefined();

    await user.type(screen.getByTestId('items-search'), 'zitting');
    await waitFor(() => expect(screen.getAllByTestId('item-match')[0]).toHaveTextContent('line 0'));
    const searched = () =>
      calls.filter((c) => c.cmd === 'vault_items').map((c) => c.args.query as ItemQuery).filter((q) => q.text === 'zitting');
    expect(searched().at(-1)).toMatchObject({ lines_from: 0, lines_count: 150 });
    const asked = searched().length;

    // Scrolling within the page asks nothing new; far down asks for the page there.
    const viewport = screen.getByTestId('items-viewport');
    viewport.scrollTop = 64 * 20;
    viewport.dispatchEvent(new Event('scroll'));
    await new Promise((r) => setTimeout(r, 300));
    expect(searched()).toHaveLength(asked);
    viewport.scrollTop = 64 * 700;
    viewport.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(searched().at(-1)).toMatchObject({ lines_from: 650, lines_count: 150 }));
    await waitFor(() =>
      expect(screen.getAllByTestId('item-match').map((m) => m.textContent)).toContain('line 700'),
    );
  });

  it('counts the items being made searchable, and stops showing it when done', async () => {
    fakeBackend({
      vault_items: () => [],
      vault_facets: () => ({ tags: [], people: [], items: 0, in_trash: 0 }),
    });
    render(ItemsView);
    expect(screen.queryByTestId('text-index-progress')).toBeNull();
    onVaultEvent({ event: 'text-index-progress', done: 40, remaining: 160 });
    await waitFor(() => expect(screen.getByTestId('text-index-progress')).toHaveTextContent('40 of 200'));
    onVaultEvent({ event: 'text-index-progress', done: 60, remaining: 100 });
    await waitFor(() => expect(screen.getByTestId('text-index-progress')).toHaveTextContent('100 of 200'));
    const revision = vault.revision;
    onVaultEvent({ event: 'text-index-progress', done: 100, remaining: 0 });
    await waitFor(() => expect(screen.queryByTestId('text-index-progress')).toBeNull());
    // Lists reload: a search may now find words inside the newly indexed items.
    expect(vault.revision).toBe(revision + 1);
  });
});
