// The trip watch: planned trips whose return date has passed without the parent saying
// the child is back, and trips coming back soon. Dates are the parent's calendar days.
import type { StoredRecord } from './backend';
import type { TravelRecord } from './bindings/TravelRecord';

export type WatchedTrip = { id: string; trip: TravelRecord };

function plannedTrips(records: StoredRecord[]): WatchedTrip[] {
  return records.flatMap((r) =>
    r.record.kind === 'travel' && r.record.travel_kind === 'planned-trip' && r.record.return_date
      ? [{ id: r.id, trip: r.record }]
      : [],
  );
}

function addDays(day: string, days: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Return date (plus `graceDays`) before today and not confirmed back: the earliest
 * first.
 */
export function overdueTrips(records: StoredRecord[], today: string, graceDays = 0): WatchedTrip[] {
  return plannedTrips(records)
    .filter(({ trip }) => !trip.returned && trip.return_date !== null && addDays(trip.return_date, graceDays) < today)
    .sort((a, b) => (a.trip.return_date ?? '').localeCompare(b.trip.return_date ?? ''));
}

/** Under way (departed, not yet due back) and due back within `days` days. */
export function tripsComingBack(records: StoredRecord[], today: string, days = 14): WatchedTrip[] {
  const last = addDays(today, days);
  return plannedTrips(records)
    .filter(({ trip }) => {
      const back = trip.return_date ?? '';
      const left = trip.departure_date ?? '';
      return !trip.returned && left <= today && back >= today && back <= last;
    })
    .sort((a, b) => (a.trip.return_date ?? '').localeCompare(b.trip.return_date ?? ''));
}
