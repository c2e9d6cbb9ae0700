// The emergency guide's content, loaded once from the backend and kept for the session.
import { backend, toApiError, type ApiError, type GuideOverview, type Route } from './backend';
import type { Contact } from './bindings/Contact';
import type { Text } from './bindings/Text';
import { locale } from './i18n.svelte';

export const guide = $state<{
  overview: GuideOverview | null;
  error: ApiError | null;
  /** The route for the destination the parent chose this session (kept in memory only),
   * so the home screen shows only the limits that apply there. */
  route: Route | null;
}>({
  overview: null,
  error: null,
  route: null,
});

export async function loadGuide(): Promise<void> {
  if (guide.overview) return;
  try {
    guide.overview = await backend.guideOverview();
    guide.error = null;
  } catch (reason) {
    guide.error = toApiError(reason);
  }
}

/** A content-pack text in the current language. */
export function tx(text: Text): string {
  return text[locale.language];
}

export function contactById(id: string): Contact | undefined {
  return guide.overview?.contacts.find((contact) => contact.id === id);
}

/** Today on the parent's own calendar, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A destination to choose on the "taken abroad" page as soon as it opens: set by the trip
 * watch ("not back"), so the route for that trip's country shows at once. Read once.
 */
export const pendingDestination = $state<{ country: string | null }>({ country: null });
