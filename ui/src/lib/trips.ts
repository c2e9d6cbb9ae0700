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

/** Return date before today and not confirmed back: the earliest first. */
export function overdueTrips(records: StoredRecord[], today: string): WatchedTrip[] {
  return plannedTrips(records)
    .filter(({ trip }) => !trip.returned && (trip.return_date ?? '') < today)
    .sort((a, b) => (a.trip.return_date ?? '').localeCompare(b.trip.return_date ?? ''));
}

/** Under way (departed, not yet due back) and due back within `days` days. */
export function tripsComingBack(records: StoredRecord[], today: string, days = 14): WatchedTrip[] {
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const limit = new Date(y, m - 1, d + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  const last = `${limit.getFullYear()}-${pad(limit.getMonth() + 1)}-${pad(limit.getDate())}`;
  return plannedTrips(records)
    .filter(({ trip }) => {
      const back = trip.return_date ?? '';
      const left = trip.departure_date ?? '';
      return !trip.returned && left <= today && back >= today && back <= last;
    })
    .sort((a, b) => (a.trip.return_date ?? '').localeCompare(b.trip.return_date ?? ''));
}
