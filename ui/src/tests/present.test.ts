// Choosing items and presentation mode: the pure helpers, the list's checkboxes and the
// presentation view (paging, zoom, leaving with the passphrase, Esc).
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresentedItem } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import {
  ZOOM_STEPS,
  countChosen,
  fitScale,
  pdfFitWidth,
  selectedInOrder,
  step,
  zoomIn,
  zoomOut,
} from '../lib/present';
import { presentation } from '../lib/presentation.svelte';
import { isPresenting, lockVault, selection, vault } from '../lib/vault.svelte';
import ItemsView from '../routes/vault/ItemsView.svelte';
import PresentationView from '../routes/vault/PresentationView.svelte';
import { callsOf, fakeBackend, resetStores, status, summary } from './vault-fixtures';

vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

function presented(i: number, extra: Partial<PresentedItem> = {}): PresentedItem {
  return {
    id: `item-${i}`,
    title: `Item ${i}`,
    event_date: null,
    original_name: `file-${i}.bin`,
    media_type: 'application/zip',
    size: 1000 + i,
    sha256: 'ab'.repeat(32),
    ...extra,
  };
}

describe('present helpers', () => {
  it('keeps the chosen ids in list order, then chosen ones the list does not show', () => {
    const chosen = new Set(['c', 'x', 'a']);
    expect(selectedInOrder(['a', 'b', 'c', 'd'], chosen)).toEqual(['a', 'c', 'x']);
    expect(selectedInOrder(['a', 'b'], new Set())).toEqual([]);
    expect(countChosen(['a', 'b', 'c'], chosen)).toBe(2);
  });

  it('pages without wrapping', () => {
    expect(step(0, 1, 2)).toBe(1);
    expect(step(1, 1, 2)).toBe(1);
    expect(step(0, -1, 2)).toBe(0);
    expect(step(0, 1, 0)).toBe(0);
  });

  it('zooms in calm steps within bounds', () => {
    expect(zoomIn(1)).toBe(1.25);
    expect(zoomOut(1)).toBe(0.75);
    expect(zoomIn(8)).toBe(8);
    expect(zoomOut(0.5)).toBe(0.5);
    // From an odd factor to the nearest step either way.
    expect(zoomIn(1.1)).toBe(1.25);
    expect(zoomOut(1.1)).toBe(1);
    expect([...ZOOM_STEPS].sort((a, b) => a - b)).toEqual(ZOOM_STEPS);
  });

  it('fits pictures and pages to the stage', () => {
    expect(fitScale(2000, 1000, 1000, 800)).toBe(0.5);
    expect(fitScale(100, 100, 1000, 800)).toBe(8);
    expect(fitScale(0, 100, 1000, 800)).toBe(1);
    expect(pdfFitWidth(1200, 800 * Math.SQRT2)).toBe(800);
    expect(pdfFitWidth(500, 4000)).toBe(500);
  });
});

describe('choosing items in the list', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
    selection.clear();
    presentation.items = [];
    presentation.error = null;
  });

  it('chooses with checkboxes, presents the choice in list order and exports it', async () => {
    const items = [summary(1), summary(2), summary(3)];
    const calls = fakeBackend({
      vault_items: () => items,
      vault_facets: () => ({ tags: [], people: [], items: 3, in_trash: 0 }),
      vault_present_start: (args) => (args.ids as string[]).map((id) => presented(Number(id.slice(5)))),
    });
    const user = userEvent.setup();
    render(ItemsView);
    await waitFor(() => expect(screen.getAllByTestId('item-select')).toHaveLength(3));
    expect(screen.getByTestId('present-start')).toBeDisabled();
    expect(screen.getByTestId('export-start')).toHaveTextContent('3');

    const boxes = screen.getAllByTestId('item-select');
    await user.click(boxes[2]!);
    await user.click(boxes[0]!);
    expect(screen.getByTestId('selection-count')).toHaveTextContent('2 items chosen');
    expect(screen.getByTestId('export-start')).toHaveTextContent('2');
    await user.click(screen.getByTestId('present-start'));
    await waitFor(() => expect(isPresenting()).toBe(true));
    expect(callsOf(calls, 'vault_present_start')[0]?.args.ids).toEqual(['item-1', 'item-3']);
    expect(presentation.items.map((i) => i.id)).toEqual(['item-1', 'item-3']);

    await user.click(screen.getByTestId('select-all-shown'));
    expect(selection.size).toBe(3);
    await user.click(screen.getByTestId('select-clear'));
    expect(selection.size).toBe(0);
    expect(screen.getByTestId('export-start')).toHaveTextContent('3');
  });

  it('forgets the choice when the vault locks', async () => {
    fakeBackend({ vault_lock: () => status('locked') });
    selection.add('item-1');
    await lockVault('asked');
    expect(selection.size).toBe(0);
  });
});

describe('PresentationView', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores(status('unlocked', { presenting: true }));
    presentation.items = [
      presented(1, { media_type: 'text/plain', title: 'Chat', event_date: '2026-07-03' }),
      presented(2, { title: 'Archive' }),
    ];
    presentation.error = null;
  });

  it('pages with buttons and arrows, never past the last item, and logs each view once', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Hij zei: ik neem hem mee.')));
    const calls = fakeBackend({ vault_present_view: () => null });
    const user = userEvent.setup();
    render(PresentationView);
    expect(screen.getByTestId('present-position')).toHaveTextContent('1 / 2');
    expect(screen.getByTestId('present-title')).toHaveTextContent('Chat');
    expect(screen.getByTestId('present-date')).toHaveTextContent('03-07-2026');
    await waitFor(() => expect(screen.getByTestId('present-text')).toHaveTextContent('ik neem hem mee'));

    await user.click(screen.getByTestId('present-next'));
    expect(screen.getByTestId('present-position')).toHaveTextContent('2 / 2');
    expect(screen.getByTestId('present-cannot-show')).toHaveTextContent('file-2.bin');
    expect(screen.getByTestId('present-next')).toBeDisabled();
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByTestId('present-position')).toHaveTextContent('2 / 2');
    await fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getByTestId('present-position')).toHaveTextContent('1 / 2');
    // No edit, delete, export or navigation controls.
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByTestId('export-start')).toBeNull();
    await waitFor(() => expect(callsOf(calls, 'vault_present_view').map((c) => c.args.id)).toEqual(['item-1', 'item-2', 'item-1']));
    vi.unstubAllGlobals();
  });

  it('zooms with buttons and keys, and back to fit on the next item', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('text')));
    fakeBackend({ vault_present_view: () => null });
    const user = userEvent.setup();
    render(PresentationView);
    expect(screen.getByTestId('present-zoom-level')).toHaveTextContent('100%');
    await user.click(screen.getByTestId('present-zoom-in'));
    await fireEvent.keyDown(window, { key: '+' });
    expect(screen.getByTestId('present-zoom-level')).toHaveTextContent('150%');
    await fireEvent.keyDown(window, { key: '-' });
    expect(screen.getByTestId('present-zoom-level')).toHaveTextContent('125%');
    await fireEvent.keyDown(window, { key: '0' });
    expect(screen.getByTestId('present-zoom-level')).toHaveTextContent('100%');
    vi.unstubAllGlobals();
  });

  it('leaves only with the right passphrase; Escape opens the same dialog', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('text')));
    fakeBackend({
      vault_present_view: () => null,
      vault_present_end: (args) => {
        if (args.passphrase !== 'juist') throw { code: 'vault-wrong-passphrase', message: 'no' };
        return status('unlocked', { presenting: false });
      },
    });
    const user = userEvent.setup();
    render(PresentationView);
    await fireEvent.keyDown(window, { key: 'Escape' });
    const input = await screen.findByTestId('present-passphrase');
    await waitFor(() => expect(input).toHaveFocus());
    await user.type(input, 'fout');
    await user.click(screen.getByTestId('present-leave-confirm'));
    await waitFor(() => expect(screen.getByTestId('error-notice')).toHaveAttribute('data-code', 'vault-wrong-passphrase'));
    expect(isPresenting()).toBe(true);
    expect(screen.getByTestId('present-passphrase')).toHaveValue('');

    await user.type(screen.getByTestId('present-passphrase'), 'juist{Enter}');
    await waitFor(() => expect(isPresenting()).toBe(false));
    expect(vault.status?.state).toBe('unlocked');
    vi.unstubAllGlobals();
  });
});
