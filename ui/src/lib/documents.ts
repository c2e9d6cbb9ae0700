// Shared by the document screens.
import { backend, toApiError, type ApiError } from './backend';

/** Opens a saved PDF in the system viewer; the problem to show, if any. */
export async function openSaved(path: string): Promise<ApiError | null> {
  try {
    await backend.openDocument(path);
    return null;
  } catch (reason) {
    return toApiError(reason);
  }
}
