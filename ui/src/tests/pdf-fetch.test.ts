// Reading a PDF over the vault: scheme in slices; when its size is not known (a record
// PDF in a package is not in the package's index) the first answer's Content-Range says.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('pdfjs-dist/legacy/build/pdf.mjs', () => ({ GlobalWorkerOptions: {}, getDocument: vi.fn() }));
vi.mock('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url', () => ({ default: 'worker.js' }));

const { fetchAll } = await import('../lib/pdf');

/** A server for `content` that answers range requests like the vault: scheme. */
function serve(content: Uint8Array, withRange = true) {
  const seen: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { headers: Record<string, string> }) => {
      const range = init.headers.Range ?? '';
      seen.push(range);
      const [, from, to] = /bytes=(\d+)-(\d+)/.exec(range) ?? [];
      if (!withRange) return new Response(content.slice(), { status: 200 });
      const start = Number(from);
      const end = Math.min(Number(to), content.length - 1);
      return new Response(content.slice(start, end + 1), {
        status: 206,
        headers: { 'Content-Range': `bytes ${start}-${end}/${content.length}` },
      });
    }),
  );
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchAll', () => {
  const content = new Uint8Array(3000).map((_, i) => i % 251);

  it('reads a file of known size in range slices', async () => {
    const seen = serve(content);
    expect(await fetchAll('vault://localhost/p/a.pdf', content.length)).toEqual(content);
    expect(seen).toEqual(['bytes=0-2999']);
  });

  it('learns an unknown size from Content-Range, then reads it all', async () => {
    const seen = serve(content);
    expect(await fetchAll('vault://localhost/p/journal.pdf', 0)).toEqual(content);
    expect(seen[0]).toBe('bytes=0-0');
    expect(seen[1]).toBe('bytes=0-2999');
  });

  it('without a range answer takes the whole body as the size', async () => {
    serve(content, false);
    const bytes = await fetchAll('vault://localhost/p/journal.pdf', 0);
    expect(bytes.length).toBe(content.length);
  });

  it('says so when the file is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 403 })));
    await expect(fetchAll('vault://localhost/p/x.pdf', 0)).rejects.toThrow('vault: 403');
  });
});
