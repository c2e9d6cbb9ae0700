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
