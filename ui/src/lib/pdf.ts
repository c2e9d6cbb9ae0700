// PDF previews drawn by pdf.js onto canvases, from bytes read over the vault: scheme.
// WebKitGTK's built-in PDF viewer does not render inside the app's frame, and a frame
// would need a looser CSP anyway; pdf.js runs as our own code under the app's CSP
// (pdf.js 6 uses no eval; its worker is a file of our own bundle).
// The legacy build carries its own polyfills: it runs on older WebKitGTK releases too.
import { GlobalWorkerOptions, getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** The backend serves content in slices of at most this many bytes. */
const SLICE = 8 * 1024 * 1024;

/** All bytes of an item, read slice by slice with range requests (memory only).
 *  A `size` of 0 means unknown: it is read from the first answer's Content-Range. */
export async function fetchAll(url: string, size: number): Promise<Uint8Array> {
  if (size <= 0) size = await sizeOf(url);
  const bytes = new Uint8Array(size);
  for (let start = 0; start < size; start += SLICE) {
    const end = Math.min(size, start + SLICE) - 1;
    const response = await fetch(url, { headers: { Range: `bytes=${start}-${end}` } });
    if (!response.ok) throw new Error(`vault: ${response.status}`);
    bytes.set(new Uint8Array(await response.arrayBuffer()), start);
  }
  return bytes;
}

/** The size of what `url` serves: `bytes 0-0/SIZE` of a one-byte range request. */
async function sizeOf(url: string): Promise<number> {
  const response = await fetch(url, { headers: { Range: 'bytes=0-0' } });
  if (!response.ok) throw new Error(`vault: ${response.status}`);
  const total = /\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '')?.[1];
  // Without a range the whole file came back.
  return total ? Number(total) : (await response.arrayBuffer()).byteLength;
}

/** Starts reading a PDF; `destroy()` the task to free it (and its worker's copy). */
export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({ data, enableXfa: false });
}
