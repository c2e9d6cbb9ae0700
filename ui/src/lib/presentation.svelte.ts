// Presentation mode as the window sees it: the items being shown. The backend holds the
// real state (and refuses everything else while it runs); `vault.status.presenting`
// says whether it runs, so a reload comes back to the presentation.
import { backend, toApiError, type ApiError, type PresentedItem } from './backend';
import { applyStatus, vault } from './vault.svelte';

export const presentation = $state<{ items: PresentedItem[]; error: ApiError | null }>({
  items: [],
  error: null,
});

/** Starts presenting `ids` (in this order); on failure the error is kept to show. */
export async function startPresentation(ids: string[]): Promise<void> {
  presentation.error = null;
  try {
    presentation.items = await backend.vaultPresentStart(ids);
    if (vault.status) vault.status = { ...vault.status, presenting: true };
  } catch (reason) {
    presentation.error = toApiError(reason);
  }
}

/** The presented items, asked again (after a reload of the window). */
export async function loadPresentation(): Promise<void> {
  try {
    presentation.items = await backend.vaultPresentItems();
  } catch (reason) {
    presentation.error = toApiError(reason);
  }
}

/** Leaves with the vault's passphrase; the error when it is not right (still presenting). */
export async function leavePresentation(passphrase: string): Promise<ApiError | null> {
  try {
    applyStatus(await backend.vaultPresentEnd(passphrase));
    presentation.items = [];
    return null;
  } catch (reason) {
    return toApiError(reason);
  }
}
