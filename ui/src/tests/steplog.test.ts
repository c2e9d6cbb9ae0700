// The step log: ticks and details go to the vault as `step` records (one per step,
// updated in place), and nothing is sent while the vault is locked.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import StepLogPanel from '../components/StepLogPanel.svelte';
import { setLanguage } from '../lib/i18n.svelte';
import type { StoredRecord } from '../lib/backend';
import { entryOf, loadStepLog, localNow, saveStep, stepLog, tickStep } from '../lib/steplog.svelte';
import { callsOf, fakeBackend, resetStores, status } from './vault-fixtures';

function stored(id: string, step_id: string, done: boolean, reference = ''): StoredRecord {
  return {
    id,
    created_at: '2026-11-25T13:00:00Z',
    updated_at: '2026-11-25T13:00:00Z',
    history: [],
    trashed_at: null,
    record: { kind: 'step', step_id, scenario: 'threatened', done, taken_at: '2026-11-25T14:05', spoke_to: '', reference, outcome: '', notes: '' },
  };
}

describe('step log', () => {
  beforeEach(() => {
    resetStores();
    stepLog.byStep = {};
    stepLog.error = null;
  });

  it('loads the logged steps; a later record of the same step wins', async () => {
    fakeBackend({ vault_records: () => [stored('r1', 'threat-police-report', false), stored('r2', 'threat-police-report', true, 'PL1')] });
    await loadStepLog();
    expect(entryOf('threat-police-report')).toMatchObject({ done: true, reference: 'PL1' });
    expect(entryOf('threat-if-acute')).toBeNull();
  });

  it('a first tick creates a record with the time now; the next updates the same record', async () => {
    const calls = fakeBackend({
      vault_save_record: (args) => stored('r9', 'threat-police-report', (args as { record: { done: boolean } }).record.done),
    });
    await tickStep('threatened', 'threat-police-report', true);
    await tickStep('threatened', 'threat-police-report', false);
    const saves = callsOf(calls, 'vault_save_record').map((c) => c.args as { id: string | null; record: { kind: string; done: boolean; step_id: string; taken_at: string } });
    expect(saves.map((s) => [s.id, s.record.kind, s.record.step_id, s.record.done])).toEqual([
      [null, 'step', 'threat-police-report', true],
      ['r9', 'step', 'threat-police-report', false],
    ]);
    expect(saves[0]?.record.taken_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  });

  it('sends nothing while the vault is locked', async () => {
    resetStores(status('locked'));
    const calls = fakeBackend({});
    await tickStep('threatened', 'threat-police-report', true);
    await loadStepLog();
    expect(calls).toHaveLength(0);
  });

  it('keeps the error and the entry when saving fails', async () => {
    fakeBackend({
      vault_save_record: () => {
        throw { code: 'vault-locked', message: '' };
      },
    });
    const ok = await saveStep({ step_id: 's', scenario: 'threatened', done: true, taken_at: localNow(), spoke_to: 'x', reference: '', outcome: '', notes: '' });
    expect(ok).toBe(false);
    expect(stepLog.error?.code).toBe('vault-locked');
  });

  it('writes the local time as a datetime-local value', () => {
    expect(localNow(new Date(2026, 10, 5, 9, 7))).toBe('2026-11-05T09:07');
  });
});

describe('StepLogPanel', () => {
  beforeEach(() => {
    resetStores();
    stepLog.byStep = { 'threat-police-report': stored('r1', 'threat-police-report', true, 'PL1') };
    setLanguage('nl');
  });

  it('shows when the step was logged day-month-year and saves a typed 25-11-2026 as ISO', async () => {
    const calls = fakeBackend({
      vault_save_record: () => stored('r1', 'threat-police-report', true, 'PL1'),
    });
    const user = userEvent.setup();
    render(StepLogPanel, { stepId: 'threat-police-report', scenario: 'threatened' });
    await user.click(screen.getByTestId('steplog-edit'));
    const when = screen.getByTestId('steplog-when');
    expect(when).toHaveValue('25-11-2026');
    expect(screen.getByTestId('steplog-time')).toHaveValue('14:05');
    await user.clear(when);
    await user.type(when, '26-11-2026');
    await user.click(screen.getByTestId('steplog-save'));
    const saves = callsOf(calls, 'vault_save_record').map((c) => (c.args as { record: { taken_at: string } }).record);
    expect(saves.map((r) => r.taken_at)).toEqual(['2026-11-26T14:05']);
  });
});
