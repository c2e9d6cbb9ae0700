// Phone folders (issue 18, part 5): an item shows when the file was made and where that
// date came from (EXIF, the phone's file name, or only the modification time).
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DateSource } from '../lib/bindings/DateSource';
import { setLanguage } from '../lib/i18n.svelte';
import ItemDetailView from '../routes/vault/ItemDetailView.svelte';
import { fakeBackend, item, resetStores } from './vault-fixtures';

function showWith(at: string, source: DateSource) {
  const base = item('x1');
  fakeBackend({
    vault_item: () => ({ item: { ...base, facts: { ...base.facts, taken: { at, source } } }, log: [], opens_externally: true }),
  });
  render(ItemDetailView, { id: 'x1' });
}

describe('the date a file was made', () => {
  beforeEach(() => resetStores());

  it('says it came from the file name, in Dutch', async () => {
    setLanguage('nl');
    showWith('2026-07-03T14:05:09', 'file-name');
    const taken = await screen.findByTestId('item-taken');
    expect(taken).toHaveTextContent('2026');
    expect(taken).toHaveTextContent('14:05:09');
    expect(taken).toHaveTextContent('volgens de naam die de telefoon het bestand gaf');
  });

  it('warns that a modification time is weak evidence, in English', async () => {
    setLanguage('en');
    showWith('2026-02-03T04:05:06Z', 'modified-time');
    expect(await screen.findByTestId('item-taken')).toHaveTextContent('only from when the file last changed');
  });

  it('is left out for an item imported before dates were recorded', async () => {
    setLanguage('en');
    fakeBackend({ vault_item: () => ({ item: item('x1'), log: [], opens_externally: true }) });
    render(ItemDetailView, { id: 'x1' });
    await screen.findByTestId('item-facts');
    expect(screen.queryByTestId('item-taken')).toBeNull();
  });
});
