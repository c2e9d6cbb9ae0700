// The PDF preview: bytes come from the vault: scheme (never a file), pdf.js draws the
// pages on canvases, and leaving the item frees the document.
import { render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../lib/i18n.svelte';

const destroyed = vi.fn();
const rendered: number[] = [];
const fetchAll = vi.fn(async (_url: string, size: number) => new Uint8Array(size));
vi.mock('../lib/pdf', () => ({
  fetchAll: (url: string, size: number) => fetchAll(url, size),
  openPdf: () => ({
    destroy: destroyed,
    promise: Promise.resolve({
      numPages: 12,
      getPage: async (n: number) => ({
        getViewport: ({ scale }: { scale: number }) => ({ width: 600 * scale, height: 800 * scale }),
        render: () => {
          rendered.push(n);
          return { promise: Promise.resolve() };
        },
      }),
    }),
  }),
}));

import PdfPreview from '../components/vault/PdfPreview.svelte';

describe('PdfPreview', () => {
  beforeEach(() => {
    setLanguage('en');
    rendered.length = 0;
    destroyed.mockClear();
    fetchAll.mockClear();
  });

  it('reads the item over the vault scheme and draws the first ten pages', async () => {
    const view = render(PdfPreview, { url: 'vault://localhost/content/p1', size: 1234, title: 'Court order' });
    await waitFor(() => expect(screen.getAllByTestId('preview-pdf-page')).toHaveLength(10));
    expect(fetchAll).toHaveBeenCalledWith('vault://localhost/content/p1', 1234);
    expect(screen.getByTestId('preview-pdf')).toHaveAttribute('data-pages', '12');
    expect(screen.getAllByTestId('preview-pdf-page')[0]).toHaveAccessibleName('Page 1 of 12: Court order');
    await waitFor(() => expect(rendered).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    screen.getByRole('button', { name: 'Show more pages (2 more)' }).click();
    await waitFor(() => expect(screen.getAllByTestId('preview-pdf-page')).toHaveLength(12));
    view.unmount();
    expect(destroyed).toHaveBeenCalled();
  });

  it('says so when the PDF cannot be read', async () => {
    fetchAll.mockRejectedValueOnce(new Error('vault: 403'));
    render(PdfPreview, { url: 'vault://localhost/content/p2', size: 10, title: 'x' });
    expect(await screen.findByTestId('preview-pdf-failed')).toHaveTextContent('could not be shown');
  });
});
