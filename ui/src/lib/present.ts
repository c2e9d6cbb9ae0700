// Pure helpers for choosing items and for presentation mode (kept out of components so
// they are tested): the chosen ids in list order, paging, and zoom steps.

/**
 * The chosen ids in the order the list shows them; chosen items the list does not show
 * right now (a filter changed after choosing) follow, in the order they were chosen.
 */
export function selectedInOrder(listIds: readonly string[], selected: ReadonlySet<string>): string[] {
  if (selected.size === 0) return [];
  const inList = listIds.filter((id) => selected.has(id));
  if (inList.length === selected.size) return inList;
  const shown = new Set(inList);
  return [...inList, ...[...selected].filter((id) => !shown.has(id))];
}

/** How many of `listIds` are chosen. */
export function countChosen(listIds: readonly string[], selected: ReadonlySet<string>): number {
  let count = 0;
  for (const id of listIds) if (selected.has(id)) count += 1;
  return count;
}

/** The position after moving `delta` from `index` among `count` items: it stops at either
 *  end (never wraps), so "next" on the last item keeps it on screen. */
export function step(index: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, index + delta));
}

/** Zoom factors relative to "fit" (1): calm steps, no more than eight times. */
export const ZOOM_STEPS: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8];
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 8;

/** The next larger zoom step (the largest stays). */
export function zoomIn(zoom: number): number {
  return ZOOM_STEPS.find((z) => z > zoom + 1e-9) ?? MAX_ZOOM;
}

/** The next smaller zoom step (the smallest stays). */
export function zoomOut(zoom: number): number {
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 1e-9) ?? MIN_ZOOM;
}

/**
 * The scale at which a `width` × `height` picture fits a `boxWidth` × `boxHeight` stage
 * whole (small pictures grow to fill it: readable across a desk). 1 when unknown.
 */
export function fitScale(width: number, height: number, boxWidth: number, boxHeight: number): number {
  if (width <= 0 || height <= 0 || boxWidth <= 0 || boxHeight <= 0) return 1;
  return Math.min(boxWidth / width, boxHeight / height);
}

/** A4 portrait: height over width. A PDF page "fits" when a page this shape fits. */
export const PAGE_RATIO = Math.SQRT2;

/** The page width at which a portrait page fits the stage whole (width and height). */
export function pdfFitWidth(boxWidth: number, boxHeight: number): number {
  return Math.max(320, Math.floor(Math.min(boxWidth, boxHeight / PAGE_RATIO)));
}
