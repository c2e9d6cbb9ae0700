// Browsing the vault (search, filters, trash, a virtual list of 10,000 items) and the
// import panel with its "describe what you just imported" form.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportSummary, ItemFacets, ItemQuery, ItemSummary } from '../lib/backend';
import { vaultUrl } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { browse, onVaultEvent, vault } from '../lib/vault.svelte';
import DescribeImported from '../routes/vault/DescribeImported.svelte';
import ImportPanel from '../routes/vault/ImportPanel.svelte';
import ItemsView from '../routes/vault/ItemsView.svelte';
import { callsOf, detail, fakeBackend, item, resetStores, summary, type Call } from './vault-fixtures';

// jsdom has no layout and no ResizeObserver (Svelte's bind:clientHeight uses one): a
// fake that lets a test say how big the list's viewport is.
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  targets = new Set<Element>();
  constructor(private callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  fire(target: Element) {
    this.callback([{ target } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
}
vi.stubGlobal('ResizeObserver', FakeResizeObserver);

function resize(element: HTMLElement, width: number, height: number) {
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: height });
  for (const observer of FakeResizeObserver.all) if (observer.targets.has(element)) observer.fire(element);
}

async function scrollTo(element: HTMLElement, top: number) {
  Object.defineProperty(element, 'scrollTop', { configurable: true, value: top });
  await fireEvent.scroll(element);
}

function itemsBackend(options: { items?: ItemSummary[] | ((q: ItemQuery) => ItemSummary[]); facets?: Partial<ItemFacets> } = {}) {
  const list = options.items ?? [];
  return fakeBackend({
    vault_items: (args) => (typeof list === 'function' ? list(args.query as ItemQuery) : list),
    vault_facets: () => ({ tags: [], people: [], items: Array.isArray(list) ? list.length : 0, in_trash: 0, ...options.facets }),
  });
}

const queries = (calls: Call[]) => callsOf(calls, 'vault_items').map((c) => c.args.query as ItemQuery);
const lastQuery = (calls: Call[]) => queries(calls).at(-1);

describe('ItemsView', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
  });

  it('renders only a window of 10,000 items, and follows the scroll', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => summary(i));
    itemsBackend({ items: many });
    render(ItemsView);

    await waitFor(() => expect(screen.getByTestId('items-count')).toHaveAttribute('data-count', '10000'));
    expect(screen.getByTestId('items-count')).toHaveTextContent('10,000 of 10,000');
    const viewport = screen.getByTestId('items-viewport');
    resize(viewport, 900, 640);
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(15));
    const rows = () => screen.getAllByTestId('item-row');
    expect(rows()[0]).toHaveAttribute('data-id', 'item-0');
    // The list is as tall as all 10,000 rows, so the scrollbar is right.
    expect(viewport.querySelector('ul')).toHaveStyle({ height: `${10_000 * 64}px` });

    await scrollTo(viewport, 64 * 5_000);
    await waitFor(() => expect(rows()[0]).toHaveAttribute('data-id', 'item-4995'));
    expect(rows().length).toBeLessThan(100);
    expect(rows().at(-1)).toHaveAttribute('data-id', 'item-5014');
    expect(rows()[5]).toHaveStyle({ top: `${5_000 * 64}px` });
    expect(within(rows()[5]!).getByTestId('item-title')).toHaveTextContent('Item 5000');

    await scrollTo(viewport, 64 * 10_000);
    await waitFor(() => expect(rows().at(-1)).toHaveAttribute('data-id', 'item-9999'));
    expect(rows().length).toBeLessThan(100);
  });

  it('renders only a window of the grid too', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => summary(i));
    itemsBackend({ items: many });
    const user = userEvent.setup();
    render(ItemsView);
    await waitFor(() => expect(screen.getByTestId('items-count')).toHaveAttribute('data-count', '10000'));
    await user.click(screen.getByTestId('layout-grid'));
    resize(screen.getByTestId('items-viewport'), 920, 432);
    // 5 columns; 2 rows on screen plus 5 overscan.
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(35));
    expect(browse.layout).toBe('grid');
  });

  it('searches with the typed text, waiting for the typing to stop', async () => {
    const calls = itemsBackend({ items: (q) => (q.text === 'passport' ? [summary(1, { title: 'Passport' })] : [summary(1), summary(2)]) });
    const user = userEvent.setup();
    render(ItemsView);
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(2));
    expect(lastQuery(calls)).toEqual({ text: '', sort: 'imported-newest', trash: false });

    await user.type(screen.getByTestId('items-search'), 'passport');
    await waitFor(() => expect(lastQuery(calls)?.text).toBe('passport'));
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(1));
    expect(screen.getByTestId('item-title')).toHaveTextContent('Passport');
    expect(queries(calls).filter((q) => q.text !== '').length).toBeLessThan('passport'.length);
    expect(browse.text).toBe('passport');
  });

  it('filters by category, and "clear filters" resets the search and the filters', async () => {
    const calls = itemsBackend({ items: [summary(1)] });
    const user = userEvent.setup();
    render(ItemsView);
    await screen.findByTestId('item-row');
    expect(screen.queryByTestId('items-clear-filters')).toBeNull();

    await user.selectOptions(screen.getByTestId('items-category'), 'travel');
    await waitFor(() => expect(lastQuery(calls)?.category).toBe('travel'));
    await user.selectOptions(screen.getByTestId('items-sort'), 'size');
    await waitFor(() => expect(lastQuery(calls)).toEqual({ text: '', category: 'travel', sort: 'size', trash: false }));
    await fireEvent.input(screen.getByTestId('items-from'), { target: { value: '2026-01-01' } });
    await waitFor(() => expect(lastQuery(calls)?.from).toBe('2026-01-01'));

    await user.click(screen.getByTestId('items-clear-filters'));
    await waitFor(() => expect(lastQuery(calls)).toEqual({ text: '', sort: 'size', trash: false }));
    expect(lastQuery(calls)?.category).toBeUndefined();
    expect(lastQuery(calls)?.from).toBeUndefined();
    expect(screen.getByTestId('items-category')).toHaveValue('');
    expect(screen.getByTestId('items-from')).toHaveValue('');
    expect(screen.queryByTestId('items-clear-filters')).toBeNull();
  });

  it('offers tag and person filters from the facets and sends them', async () => {
    const calls = itemsBackend({ items: [summary(1)], facets: { tags: ['school'], people: ['Mum'] } });
    const user = userEvent.setup();
    render(ItemsView);
    await user.selectOptions(await screen.findByTestId('items-tag'), 'school');
    await user.selectOptions(screen.getByTestId('items-person'), 'Mum');
    await waitFor(() => expect(lastQuery(calls)).toEqual({ text: '', tag: 'school', person: 'Mum', sort: 'imported-newest', trash: false }));
  });

  it('shows the trash, and leaves it again', async () => {
    const calls = itemsBackend({ items: (q) => (q.trash ? [] : [summary(1)]), facets: { in_trash: 3 } });
    const user = userEvent.setup();
    render(ItemsView);
    await screen.findByTestId('item-row');
    expect(screen.getByTestId('import-panel')).toBeInTheDocument();
    const toggle = screen.getByTestId('items-toggle-trash');
    await waitFor(() => expect(toggle).toHaveTextContent('Trash (3)'));

    await user.click(toggle);
    await waitFor(() => expect(lastQuery(calls)?.trash).toBe(true));
    expect(await screen.findByTestId('items-empty')).toHaveTextContent('The trash is empty.');
    expect(screen.queryByTestId('import-panel')).toBeNull();

    await user.click(screen.getByTestId('items-toggle-trash'));
    await waitFor(() => expect(lastQuery(calls)?.trash).toBe(false));
    expect(await screen.findByTestId('item-row')).toBeInTheDocument();
  });

  it('says the vault is empty when there are no items', async () => {
    itemsBackend({ items: [] });
    render(ItemsView);
    expect(await screen.findByTestId('items-empty')).toHaveTextContent(
      'The vault is still empty. Add files with the buttons above',
    );
    expect(screen.queryByTestId('item-row')).toBeNull();
  });

  it('says nothing matches when filters leave no items', async () => {
    itemsBackend({ items: [] });
    browse.category = 'identification';
    render(ItemsView);
    expect(await screen.findByTestId('items-empty')).toHaveTextContent('Nothing matches these filters.');
  });

  it('shows thumbnails from the vault protocol and links rows to the item', async () => {
    itemsBackend({
      items: [
        summary(1, { has_thumbnail: true, title: '' }),
        summary(2, { media_type: 'application/pdf', event_date: '2026-07-03', size: 1_250_000 }),
      ],
    });
    render(ItemsView);
    const [first, second] = await screen.findAllByTestId('item-row');
    const thumb = within(first!).getByTestId('item-thumb');
    expect(thumb).toHaveAttribute('src', vaultUrl('thumb', 'item-1'));
    expect(thumb).toHaveAttribute('src', 'vault://localhost/thumb/item-1');
    // No title yet: the original file name stands in.
    expect(within(first!).getByTestId('item-title')).toHaveTextContent('file-1.jpg');
    expect(within(first!).getByRole('link')).toHaveAttribute('href', '#/vault/item/item-1');
    expect(within(second!).queryByTestId('item-thumb')).toBeNull();
    expect(second).toHaveTextContent('pdf');
    expect(second).toHaveTextContent('Other · 03-07-2026 · 1.3 MB');
  });

  it('reloads when the vault changes (e.g. after an import)', async () => {
    let list = [summary(1)];
    const calls = fakeBackend({
      vault_items: () => list,
      vault_facets: () => ({ tags: [], people: [], items: list.length, in_trash: 0 }),
    });
    render(ItemsView);
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(1));
    const before = callsOf(calls, 'vault_items').length;
    list = [summary(1), summary(2)];
    vault.revision += 1;
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(2));
    expect(callsOf(calls, 'vault_items').length).toBe(before + 1);
  });

  it('shows a failed load translated', async () => {
    fakeBackend({
      vault_items: () => {
        throw { code: 'vault-locked', message: '' };
      },
      vault_facets: () => ({ tags: [], people: [], items: 0, in_trash: 0 }),
    });
    render(ItemsView);
    expect(await screen.findByTestId('error-notice')).toHaveAttribute('data-code', 'vault-locked');
  });
});

describe('ImportPanel', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
  });

  const importBackend = (extra: Parameters<typeof fakeBackend>[0] = {}) =>
    fakeBackend({
      vault_cancel_import: () => null,
      vault_item: (args) => detail(item(args.id as string)),
      ...extra,
    });

  it('shows the progress of the file and of the whole import', async () => {
    importBackend();
    render(ImportPanel);
    expect(screen.queryByTestId('import-progress')).toBeNull();
    onVaultEvent({ event: 'import-started', files: 4, total_bytes: 8_000_000 });
    onVaultEvent({ event: 'import-progress', index: 1, name: 'video.mp4', file_done: 500_000, file_bytes: 2_000_000, total_done: 2_400_000 });

    const progress = await screen.findByTestId('import-progress');
    expect(progress).toHaveTextContent('File 2 of 4: video.mp4');
    expect(progress).toHaveTextContent('All files: 2.4 MB of 8 MB');
    expect((screen.getByTestId('import-file-bar') as HTMLProgressElement).value).toBe(25);
    expect((screen.getByTestId('import-total-bar') as HTMLProgressElement).value).toBe(30);
    expect(screen.getByTestId('import-files')).toBeDisabled();
    expect(screen.getByTestId('import-folder')).toBeDisabled();

    onVaultEvent({ event: 'import-progress', index: 1, name: 'video.mp4', file_done: 2_000_000, file_bytes: 2_000_000, total_done: 3_900_000 });
    await waitFor(() => expect((screen.getByTestId('import-file-bar') as HTMLProgressElement).value).toBe(100));
    expect((screen.getByTestId('import-total-bar') as HTMLProgressElement).value).toBe(49);
  });

  it('counts an empty file as done', async () => {
    importBackend();
    render(ImportPanel);
    onVaultEvent({ event: 'import-started', files: 1, total_bytes: 0 });
    onVaultEvent({ event: 'import-progress', index: 0, name: 'empty.txt', file_done: 0, file_bytes: 0, total_done: 0 });
    await screen.findByTestId('import-progress');
    expect((screen.getByTestId('import-file-bar') as HTMLProgressElement).value).toBe(100);
    expect((screen.getByTestId('import-total-bar') as HTMLProgressElement).value).toBe(100);
  });

  it('cancels the running import', async () => {
    const calls = importBackend();
    const user = userEvent.setup();
    render(ImportPanel);
    onVaultEvent({ event: 'import-started', files: 2, total_bytes: 100 });
    await user.click(await screen.findByTestId('import-cancel'));
    await waitFor(() => expect(callsOf(calls, 'vault_cancel_import')).toHaveLength(1));
  });

  it('imports the files the parent picks', async () => {
    const summaryOut: ImportSummary = { imported: [], problems: [], cancelled: false };
    const calls = importBackend({
      vault_pick_files: () => ['/home/p/a.jpg', '/home/p/b.pdf'],
      vault_import: () => summaryOut,
    });
    const user = userEvent.setup();
    render(ImportPanel);
    await user.click(screen.getByTestId('import-folder'));
    await waitFor(() => expect(callsOf(calls, 'vault_import')).toHaveLength(1));
    expect(callsOf(calls, 'vault_pick_files')[0]!.args).toEqual({ folders: true });
    expect(callsOf(calls, 'vault_import')[0]!.args).toEqual({ paths: ['/home/p/a.jpg', '/home/p/b.pdf'] });
    expect(await screen.findByTestId('import-result')).toHaveTextContent('0 files added.');
  });

  it('names a duplicate, translated, after the import', async () => {
    importBackend();
    render(ImportPanel);
    onVaultEvent({ event: 'import-started', files: 2, total_bytes: 100 });
    onVaultEvent({
      event: 'import-finished',
      summary: {
        imported: ['new-1'],
        problems: [
          { path: '/home/p/Pictures/photo.jpg', error: { code: 'vault-duplicate', message: 'dup' }, existing_item: 'old-1' },
        ],
        cancelled: false,
      },
    });
    const result = await screen.findByTestId('import-result');
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(result).toHaveTextContent('1 file added.');
    const problem = screen.getByTestId('import-problem');
    expect(problem).toHaveAttribute('data-code', 'vault-duplicate');
    expect(problem).toHaveTextContent('photo.jpg: This file is already in the vault (same content).');
    expect(problem).not.toHaveTextContent('/home/p/Pictures');
    // The new item is offered for describing.
    expect(await screen.findByTestId('describe-row')).toHaveTextContent('new-1.jpg');
  });

  it('says when the import was cancelled, and offers no form when nothing was added', async () => {
    importBackend();
    render(ImportPanel);
    onVaultEvent({ event: 'import-finished', summary: { imported: [], problems: [], cancelled: true } });
    const result = await screen.findByTestId('import-result');
    expect(result).toHaveTextContent('0 files added.');
    expect(result.textContent).not.toBe('0 files added.');
    expect(screen.queryByTestId('describe-imported')).toBeNull();
  });

  // Was a bug: `describing` is only set back to true by the import buttons (pick()). After the
  // parent answers "later" (or saves) once, files imported by dropping them on the window
  // (the `dropped` event → importPaths) are never offered for describing again.
  it('offers the describe form again for a later dropped import', async () => {
    importBackend();
    const user = userEvent.setup();
    render(ImportPanel);
    onVaultEvent({ event: 'import-finished', summary: { imported: ['first'], problems: [], cancelled: false } });
    await user.click(await screen.findByTestId('describe-later'));
    expect(screen.queryByTestId('describe-imported')).toBeNull();

    // A second import, of dropped files.
    onVaultEvent({ event: 'import-started', files: 1, total_bytes: 10 });
    onVaultEvent({ event: 'import-finished', summary: { imported: ['second'], problems: [], cancelled: false } });
    await screen.findByTestId('import-result');
    expect(await screen.findByTestId('describe-imported', {}, { timeout: 300 })).toBeInTheDocument();
  });
});

describe('DescribeImported', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
  });

  function describeBackend() {
    return fakeBackend({
      vault_item: (args) => detail(item(args.id as string)),
      vault_edit_item: (args) => ({ ...item(args.id as string), description: args.description }),
    });
  }

  it('loads the items without logging a view', async () => {
    const calls = describeBackend();
    render(DescribeImported, { ids: ['a', 'b'], ondone: () => undefined });
    expect(await screen.findAllByTestId('describe-row')).toHaveLength(2);
    expect(callsOf(calls, 'vault_item').map((c) => c.args)).toEqual([
      { id: 'a', view: false },
      { id: 'b', view: false },
    ]);
    expect(screen.getAllByTestId('describe-title').map((e) => (e as HTMLInputElement).value)).toEqual(['Title a', 'Title b']);
    // Shown day-month-year, whatever the system locale.
    expect(screen.getAllByTestId('describe-date')[0]).toHaveValue('01-02-2026');
  });

  it('saves only the changed items, an emptied date as null', async () => {
    const calls = describeBackend();
    const ondone = vi.fn();
    const user = userEvent.setup();
    render(DescribeImported, { ids: ['a', 'b', 'c'], ondone });
    await waitFor(() => expect(screen.getAllByTestId('describe-row')).toHaveLength(3));
    const titles = screen.getAllByTestId('describe-title');
    // a: the title emptied, which puts the suggestion back: unchanged.
    await user.clear(titles[0]!);
    // b: a new title, and no date.
    await user.clear(titles[1]!);
    await user.type(titles[1]!, '  Boarding pass ');
    await fireEvent.input(screen.getAllByTestId('describe-date')[1]!, { target: { value: '' } });
    await user.selectOptions(screen.getAllByTestId('describe-category')[1]!, 'travel');
    // c: untouched.
    const revision = vault.revision;
    await user.click(screen.getByTestId('describe-save'));

    await waitFor(() => expect(ondone).toHaveBeenCalledTimes(1));
    const b = item('b').description;
    expect(callsOf(calls, 'vault_edit_item').map((c) => c.args)).toEqual([
      { id: 'b', description: { ...b, title: 'Boarding pass', category: 'travel', event_date: null } },
    ]);
    expect(vault.revision).toBe(revision + 1);
  });

  it('saves nothing when nothing changed, and "later" just closes', async () => {
    const calls = describeBackend();
    const ondone = vi.fn();
    const user = userEvent.setup();
    render(DescribeImported, { ids: ['a'], ondone });
    await screen.findByTestId('describe-row');
    await user.click(screen.getByTestId('describe-later'));
    expect(ondone).toHaveBeenCalledTimes(1);
    await user.click(screen.getByTestId('describe-save'));
    await waitFor(() => expect(ondone).toHaveBeenCalledTimes(2));
    expect(callsOf(calls, 'vault_edit_item')).toHaveLength(0);
  });

  it('keeps the form open with the error when saving fails', async () => {
    fakeBackend({
      vault_item: (args) => detail(item(args.id as string)),
      vault_edit_item: () => {
        throw { code: 'vault-disk-full', message: '' };
      },
    });
    const ondone = vi.fn();
    const user = userEvent.setup();
    render(DescribeImported, { ids: ['a'], ondone });
    await user.type(await screen.findByTestId('describe-description'), 'From the school');
    await user.click(screen.getByTestId('describe-save'));
    expect(await screen.findByTestId('error-notice')).toHaveTextContent('The disk is full.');
    expect(ondone).not.toHaveBeenCalled();
    expect(screen.getByTestId('describe-description')).toHaveValue('From the school');
  });
});
