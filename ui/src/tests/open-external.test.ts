// "Open in another program" is not offered for an active type (the backend says so in
// ItemDetail.opens_externally, from the same rules that refuse it): the button is
// disabled with the reason beside it, and "Save a copy…" stays.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../lib/i18n.svelte';
import ItemDetailView from '../routes/vault/ItemDetailView.svelte';
import { callsOf, fakeBackend, item, resetStores } from './vault-fixtures';

describe('open in another program, for an active type', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
  });

  it('is disabled with the reason, and Save a copy… is still there', async () => {
    const calls = fakeBackend({
      vault_item: () => ({ item: item('x1', {}, 'text/html'), log: [], opens_externally: false }),
      vault_save_copy: () => '/home/parent/Documents/bericht.html',
    });
    const user = userEvent.setup();
    render(ItemDetailView, { id: 'x1' });
    const open = await screen.findByTestId('open-external');
    expect(open).toBeDisabled();
    const why = screen.getByTestId('open-external-why');
    expect(open).toHaveAttribute('aria-describedby', why.id);
    expect(why).toHaveTextContent('does not open it in another program');
    expect(why).toHaveTextContent('Save a copy…');

    await user.click(open);
    expect(screen.queryByTestId('external-warning')).toBeNull();
    expect(callsOf(calls, 'vault_open_external')).toEqual([]);

    await user.click(screen.getByTestId('save-copy'));
    expect(await screen.findByTestId('save-copy-done')).toHaveAttribute('data-path', '/home/parent/Documents/bericht.html');
  });

  it('is offered for a passive type', async () => {
    fakeBackend({ vault_item: () => ({ item: item('x1'), log: [], opens_externally: true }) });
    render(ItemDetailView, { id: 'x1' });
    expect(await screen.findByTestId('open-external')).toBeEnabled();
    expect(screen.queryByTestId('open-external-why')).toBeNull();
  });
});
