// The step log: what the parent did for each step of the emergency guide, kept in the
// vault (each save is also a `guide-step` entry in the custody log). Without an unlocked
// vault, ticks live only for the session.
import { backend, toApiError, type ApiError, type StoredRecord } from './backend';
import type { StepLogEntry } from './bindings/StepLogEntry';
import { isUnlocked } from './vault.svelte';

export const stepLog = $state<{ byStep: Record<string, StoredRecord>; error: ApiError | null }>({
  byStep: {},
  error: null,
});

/** The logged entry of a step, if any. */
export function entryOf(stepId: string): StepLogEntry | null {
  const stored = stepLog.byStep[stepId];
  return stored?.record.kind === 'step' ? stored.record : null;
}

/** Now on the parent's clock, as a `datetime-local` value (`YYYY-MM-DDTHH:MM`). */
export function localNow(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function emptyStepEntry(scenario: string, stepId: string): StepLogEntry {
  return {
    step_id: stepId,
    scenario,
    done: true,
    taken_at: localNow(),
    spoke_to: '',
    reference: '',
    outcome: '',
    notes: '',
  };
}

export async function loadStepLog(): Promise<void> {
  if (!isUnlocked()) {
    stepLog.byStep = {};
    return;
  }
  try {
    const records = await backend.vaultRecords('step');
    const byStep: Record<string, StoredRecord> = {};
    // Oldest first: a later record of the same step wins.
    for (const record of records) {
      if (record.record.kind === 'step') byStep[record.record.step_id] = record;
    }
    stepLog.byStep = byStep;
    stepLog.error = null;
  } catch (reason) {
    stepLog.error = toApiError(reason);
  }
}

/** Saves (creates or replaces) a step's log entry in the vault. */
export async function saveStep(entry: StepLogEntry): Promise<boolean> {
  try {
    const existing = stepLog.byStep[entry.step_id];
    const saved = await backend.vaultSaveRecord(existing?.id ?? null, { kind: 'step', ...entry });
    stepLog.byStep = { ...stepLog.byStep, [entry.step_id]: saved };
    stepLog.error = null;
    return true;
  } catch (reason) {
    stepLog.error = toApiError(reason);
    return false;
  }
}

/** A tick or untick: logged with the time now, keeping details already logged. */
export async function tickStep(scenario: string, stepId: string, done: boolean): Promise<void> {
  if (!isUnlocked()) return;
  const entry = entryOf(stepId) ?? emptyStepEntry(scenario, stepId);
  await saveStep({ ...entry, done, taken_at: done && !entryOf(stepId) ? localNow() : entry.taken_at });
}

/**
 * For a page of guide steps: loads the step log whenever the vault changes (unlock,
 * lock) and copies its ticks into `done`. Call once from a component's script.
 */
export function followStepLog(done: Record<string, boolean>, revision: () => number): void {
  $effect(() => {
    void revision();
    void loadStepLog();
  });
  $effect(() => {
    for (const stored of Object.values(stepLog.byStep)) {
      if (stored.record.kind === 'step') done[stored.record.step_id] = stored.record.done;
    }
  });
}
