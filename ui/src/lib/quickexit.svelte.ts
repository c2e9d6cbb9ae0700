// The quick exit ("Nu verbergen", or Escape twice), on every screen, with or without a
// vault: everything leaves the window at once — before the backend is even asked — and a
// neutral cover takes its place. The vault locks; every form in progress (travel consent,
// parenting plan, journal/people/travel drafts, step log, the destination chosen in the
// guide) is emptied from memory; the countdown stays hidden until the vault is unlocked
// again. Leaving the cover goes to the lock screen: coming back needs the passphrase (or
// the keychain, when the parent chose that).
//
// With "hide the window" chosen in Settings (`quick_exit: 'hide'`) the same happens, and
// then the window itself leaves the screen (hidden, not minimised: gone from the taskbar
// and Alt+Tab). Behind it the cover gives way to the lock screen, which is what the
// window shows when starting the app again brings it back (the shell's second start).
// A window that cannot be hidden keeps the cover: nothing of the case is on screen either way.
import { backend } from './backend';
import { consent, emptyForm } from './consent.svelte';
import { guide, pendingDestination } from './guide.svelte';
import { resetPlan } from './plan.svelte';
import { current } from './settings.svelte';
import { presentation } from './presentation.svelte';
import { href } from './router.svelte';
import { stepLog } from './steplog.svelte';
import { isUnlocked, lockVault, transfer, vault } from './vault.svelte';

export const privacy = $state<{
  /** The neutral cover is shown instead of the app. */
  covered: boolean;
  /** Since a quick exit and until the next unlock: nothing of the case on the home
   *  screen (the countdown). */
  concealed: boolean;
}>({ covered: false, concealed: false });

/** Empties every form and draft the window holds in memory. */
export function clearForms(): void {
  consent.form = emptyForm();
  consent.problems = [];
  resetPlan();
  stepLog.byStep = {};
  stepLog.error = null;
  guide.route = null;
  pendingDestination.country = null;
  presentation.items = [];
  presentation.error = null;
  transfer.checking = null;
}

/** The quick exit. Synchronous up to the cover: nothing waits on the backend. */
export function quickExit(): void {
  privacy.covered = true;
  privacy.concealed = true;
  clearForms();
  // The history keeps no page of the app: "back" shows nothing of it again.
  window.location.replace(href({ kind: 'area', area: 'vault' }));
  if (isUnlocked()) {
    void lockVault('quick-exit');
  } else {
    vault.lastImport = null;
    vault.importing = null;
  }
  if (current.settings?.quick_exit === 'hide') void hideWindow();
}

/** Resolves once the cover has been painted (two frames), or after 100 ms at the most:
 *  a window the system shows again must not show an older frame of the case first. */
function coverPainted(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** The "hide" choice: the window leaves the screen, and what it will show when it comes
 *  back is the lock screen. If hiding is refused, the cover stays. */
async function hideWindow(): Promise<void> {
  await coverPainted();
  try {
    await backend.hideWindow();
  } catch {
    return;
  }
  leaveCover();
}

/** Leaves the cover for the lock screen (or the create screen without a vault). */
export function leaveCover(): void {
  window.location.replace(href({ kind: 'area', area: 'vault' }));
  privacy.covered = false;
  // Without a vault there is no passphrase to ask: the home screen is the parent's.
  if (vault.status?.state === 'missing') privacy.concealed = false;
}

/** After an unlock the parent has proven who they are. */
export function unconceal(): void {
  privacy.concealed = false;
}
