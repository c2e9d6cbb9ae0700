// The trip watch: which planned trips are overdue and which come back soon.
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../lib/backend';
import { emptyTravel } from '../lib/records.svelte';
import { overdueTrips, tripsComingBack } from '../lib/trips';

function trip(id: string, departure: string, back: string, extra: Partial<ReturnType<typeof emptyTravel>> = {}): StoredRecord {
  return {
    id,
    created_at: '2026-06-01T10:00:00Z',
    updated_at: '2026-06-01T10:00:00Z',
    history: [],
    trashed_at: null,
    record: { kind: 'travel', ...emptyTravel('planned-trip'), departure_date: departure, return_date: back, ...extra },
  };
}

describe('trip watch', () => {
  const today = '2026-08-10';
  const records = [
    trip('late', '2026-07-01', '2026-08-01'),
    trip('later', '2026-07-01', '2026-08-09'),
    trip('back', '2026-07-01', '2026-08-02', { returned: true }),
    trip('today', '2026-07-20', '2026-08-10'),
    trip('soon', '2026-08-01', '2026-08-20'),
    trip('far', '2026-08-01', '2026-09-30'),
    trip('not-left', '2026-08-15', '2026-08-22'),
    { ...trip('flight', '2026-07-01', '2026-08-01'), record: { kind: 'travel', ...emptyTravel('flight'), return_date: '2026-08-01' } },
  ] satisfies StoredRecord[];

  it('lists trips past their return date, not confirmed back, earliest first', () => {
    expect(overdueTrips(records, today).map((t) => t.id)).toEqual(['late', 'later']);
  });

  it('waits the grace period the parent set before asking', () => {
    // Due back 1 and 9 August; today 10 August.
    expect(overdueTrips(records, today, 1).map((t) => t.id)).toEqual(['late']);
    expect(overdueTrips(records, today, 9).map((t) => t.id)).toEqual([]);
    expect(overdueTrips(records, '2026-08-11', 9).map((t) => t.id)).toEqual(['late']);
  });

  it('lists trips under way that come back within two weeks (today included)', () => {
    expect(tripsComingBack(records, today).map((t) => t.id)).toEqual(['today', 'soon']);
  });

  it('crosses month ends when counting two weeks', () => {
    expect(tripsComingBack([trip('x', '2026-01-20', '2026-02-10')], '2026-01-27').map((t) => t.id)).toEqual(['x']);
    expect(tripsComingBack([trip('y', '2026-01-20', '2026-02-11')], '2026-01-27')).toEqual([]);
  });
});
