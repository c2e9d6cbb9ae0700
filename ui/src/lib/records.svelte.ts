// Pure helpers for the vault records (journal, people, travel) and the vault health
// view: empty records, what is sent to the backend, validation, ordering and checks.
// No state lives here; the views keep their own forms.
import type { StoredRecord, VaultRecord } from './backend';
import { formatDate } from './dates';
import type { Address } from './bindings/Address';
import type { IdentityDocument } from './bindings/IdentityDocument';
import type { JournalEntry } from './bindings/JournalEntry';
import type { PersonProfile } from './bindings/PersonProfile';
import type { PersonRole } from './bindings/PersonRole';
import type { Relative } from './bindings/Relative';
import type { TravelKind } from './bindings/TravelKind';
import type { TravelRecord } from './bindings/TravelRecord';
import type { Vehicle } from './bindings/Vehicle';

export const PERSON_ROLES: PersonRole[] = ['child', 'other-parent', 'other'];
export const TRAVEL_KINDS: TravelKind[] = ['flight', 'booking', 'licence-plate', 'address-abroad', 'planned-trip', 'other'];
export const DOCUMENT_KINDS: IdentityDocument['kind'][] = ['passport', 'identity-card', 'residence-permit', 'other'];

/** A problem with one field of a record form; `code` is translated by the view. */
export type RecordProblem = { field: string; code: string };

export function emptyJournal(): JournalEntry {
  return { occurred_on: null, occurred_at_time: null, what: '', who_present: [], where: '', linked_items: [] };
}

export function emptyPerson(role: PersonRole = 'child'): PersonProfile {
  return {
    role,
    given_names: '',
    family_name: '',
    other_names: [],
    birth_date: null,
    birth_place: '',
    nationalities: [],
    documents: [],
    description: '',
    photo_items: [],
    addresses: [],
    phones: [],
    vehicles: [],
    family_abroad: [],
    notes: '',
  };
}

export function emptyDocument(): IdentityDocument {
  return { kind: 'passport', number: '', issuing_country: '', expires_on: null };
}

export function emptyAddress(): Address {
  return { label: '', street: '', postal_code: '', city: '', country: '', abroad: false };
}

export function emptyVehicle(): Vehicle {
  return { description: '', licence_plate: '', country: '' };
}

export function emptyRelative(): Relative {
  return { name: '', relation: '', country: '', address: '', phone: '' };
}

export function emptyTravel(kind: TravelKind = 'flight'): TravelRecord {
  return {
    travel_kind: kind,
    title: '',
    departure_date: null,
    return_date: null,
    destination_country: '',
    destination_place: '',
    with_whom: [],
    people: [],
    flight_number: '',
    carrier: '',
    booking_reference: '',
    licence_plate: '',
    address: '',
    linked_items: [],
    notes: '',
    returned: false,
  };
}

/** A date from an `<input type="date">`: empty becomes `null`. */
export function dateOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** A time from an `<input type="time">` ("HH:MM" or "HH:MM:SS") as "HH:MM:SS", or null. */
export function timeOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return null;
  return /^\d{2}:\d{2}$/.test(trimmed) ? `${trimmed}:00` : trimmed;
}

/** Drops blank rows of a list of names, phones, … */
export function cleanList(values: string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v.length > 0);
}

function isBlankRow(row: object): boolean {
  return Object.values(row).every((v) => typeof v !== 'string' || v.trim() === '');
}

export function journalToSend(entry: JournalEntry): VaultRecord {
  return {
    kind: 'journal',
    occurred_on: dateOrNull(entry.occurred_on),
    occurred_at_time: timeOrNull(entry.occurred_at_time),
    what: entry.what.trim(),
    who_present: cleanList(entry.who_present),
    where: entry.where.trim(),
    linked_items: [...entry.linked_items],
  };
}

export function personToSend(person: PersonProfile): VaultRecord {
  return {
    kind: 'person',
    role: person.role,
    given_names: person.given_names.trim(),
    family_name: person.family_name.trim(),
    other_names: cleanList(person.other_names),
    birth_date: dateOrNull(person.birth_date),
    birth_place: person.birth_place.trim(),
    nationalities: cleanList(person.nationalities),
    documents: person.documents
      .filter((d) => !isBlankRow({ number: d.number, issuing_country: d.issuing_country, expires_on: d.expires_on ?? '' }))
      .map((d) => ({ ...d, expires_on: dateOrNull(d.expires_on) })),
    description: person.description.trim(),
    photo_items: [...person.photo_items],
    addresses: person.addresses.filter((a) => !isBlankRow(a)).map((a) => ({ ...a })),
    phones: cleanList(person.phones),
    vehicles: person.vehicles.filter((v) => !isBlankRow(v)).map((v) => ({ ...v })),
    family_abroad: person.family_abroad.filter((r) => !isBlankRow(r)).map((r) => ({ ...r })),
    notes: person.notes.trim(),
  };
}

export function travelToSend(travel: TravelRecord): VaultRecord {
  return {
    kind: 'travel',
    ...travel,
    title: travel.title.trim(),
    departure_date: dateOrNull(travel.departure_date),
    return_date: dateOrNull(travel.return_date),
    with_whom: cleanList(travel.with_whom),
    people: [...travel.people],
    linked_items: [...travel.linked_items],
  };
}

/** The record without its `kind` tag, for editing (a deep copy). */
export function journalOf(stored: StoredRecord): JournalEntry | null {
  if (stored.record.kind !== 'journal') return null;
  const { kind: _kind, ...entry } = $state.snapshot(stored.record);
  return entry;
}

export function personOf(stored: StoredRecord): PersonProfile | null {
  if (stored.record.kind !== 'person') return null;
  const { kind: _kind, ...person } = $state.snapshot(stored.record);
  return person;
}

export function travelOf(stored: StoredRecord): TravelRecord | null {
  if (stored.record.kind !== 'travel') return null;
  const { kind: _kind, ...travel } = $state.snapshot(stored.record);
  return travel;
}

export function journalProblems(entry: JournalEntry): RecordProblem[] {
  return entry.what.trim() === '' ? [{ field: 'what', code: 'journal-validation-what-required' }] : [];
}

export function personProblems(person: PersonProfile): RecordProblem[] {
  return person.given_names.trim() === '' && person.family_name.trim() === ''
    ? [{ field: 'given_names', code: 'person-validation-name-required' }]
    : [];
}

export function travelProblems(travel: TravelRecord): RecordProblem[] {
  const departure = dateOrNull(travel.departure_date);
  const back = dateOrNull(travel.return_date);
  return departure && back && back < departure
    ? [{ field: 'return_date', code: 'travel-validation-return-before-departure' }]
    : [];
}

/** Journal entries, newest event first; entries without a date last (newest written first). */
export function sortJournal(records: StoredRecord[]): StoredRecord[] {
  const key = (r: StoredRecord) =>
    r.record.kind === 'journal' ? `${r.record.occurred_on ?? ''}T${r.record.occurred_at_time ?? ''}` : '';
  return [...records].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const aDated = !ka.startsWith('T');
    const bDated = !kb.startsWith('T');
    if (aDated !== bDated) return aDated ? -1 : 1;
    if (ka !== kb) return ka < kb ? 1 : -1;
    return a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0;
  });
}

/** Adds whole months to a "YYYY-MM-DD" date (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export type Expiry = 'expired' | 'expiring' | 'valid' | 'unknown';

/** Expired before `today`, or expiring within six months of it. */
export function expiryOf(expiresOn: string | null, today: string): Expiry {
  const date = dateOrNull(expiresOn);
  if (!date) return 'unknown';
  if (date < today) return 'expired';
  if (date <= addMonths(today, 6)) return 'expiring';
  return 'valid';
}

export function personName(person: PersonProfile): string {
  return [person.given_names, person.family_name].map((s) => s.trim()).filter(Boolean).join(' ');
}

/**
 * Planned trips still to come first (soonest first), then everything else with the
 * latest departure first (undated last).
 */
export function sortTravel(records: StoredRecord[], today: string): StoredRecord[] {
  const upcoming = (r: StoredRecord) =>
    r.record.kind === 'travel' &&
    r.record.travel_kind === 'planned-trip' &&
    (r.record.departure_date === null || r.record.departure_date >= today || (r.record.return_date ?? '') >= today);
  const departure = (r: StoredRecord) => (r.record.kind === 'travel' ? (r.record.departure_date ?? '') : '');
  return [...records].sort((a, b) => {
    const ua = upcoming(a);
    const ub = upcoming(b);
    if (ua !== ub) return ua ? -1 : 1;
    const da = departure(a);
    const db = departure(b);
    if (ua) {
      if (da === db) return 0;
      if (da === '') return 1;
      if (db === '') return -1;
      return da < db ? -1 : 1;
    }
    if (da === db) return a.updated_at < b.updated_at ? 1 : -1;
    return da < db ? 1 : -1;
  });
}

export function isUpcomingTrip(travel: TravelRecord, today: string): boolean {
  return (
    travel.travel_kind === 'planned-trip' &&
    (travel.departure_date === null || travel.departure_date >= today || (travel.return_date ?? '') >= today)
  );
}

/** Which travel fields a kind shows, beyond title, linked items and notes. */
export function travelFields(kind: TravelKind): Set<keyof TravelRecord> {
  const trip: (keyof TravelRecord)[] = ['departure_date', 'return_date', 'destination_country', 'destination_place', 'with_whom', 'people'];
  const byKind: Record<TravelKind, (keyof TravelRecord)[]> = {
    flight: ['flight_number', 'carrier', 'booking_reference', ...trip],
    booking: ['booking_reference', 'carrier', 'address', ...trip],
    'licence-plate': ['licence_plate', 'destination_country', 'people'],
    'address-abroad': ['address', 'destination_country', 'destination_place', 'people'],
    'planned-trip': [...trip, 'address'],
    other: [
      'flight_number',
      'carrier',
      'booking_reference',
      'licence_plate',
      'address',
      ...trip,
    ],
  };
  return new Set(byKind[kind]);
}

export const LOG_KINDS = [
  'create',
  'import',
  'view',
  'export',
  'edit',
  'delete',
  'restore',
  'purge',
  'verify',
  'record-create',
  'record-edit',
  'record-delete',
  'record-restore',
  'record-purge',
  'guide-step',
  'document-generated',
  'log-head-rebuilt',
  'log-sealed',
  'passphrase-changed',
  'recovery-keys-changed',
  'backup',
  'key-file-repaired',
  'key-copy-created',
  'signing-key-created',
  'thumbnails-bound',
  'rekey',
  'chat-marks',
  'chat-date-order',
] as const;

/** The message id for a custody-log kind, or null when it is not one we know. */
export function logKindKey(kind: string): string | null {
  return (LOG_KINDS as readonly string[]).includes(kind) ? `health-log-kind-${kind}` : null;
}

/** A long id shortened for reading: its first 8 characters. */
export function shortId(id: string | null | undefined): string {
  if (!id) return '';
  return id.length > 10 ? `${id.slice(0, 8)}…` : id;
}

/** The items query every picker uses: everything not in the trash. */
export const ALL_ITEMS = { text: '', sort: 'imported-newest', trash: false } as const;

/** The earlier versions of a journal entry, most recently replaced first, each with the
 *  time it was replaced ("what was written, and when"). Other kinds give none. */
export function journalHistory(stored: StoredRecord): { entry: JournalEntry; replacedAt: string }[] {
  return (stored.history ?? [])
    .flatMap((version) =>
      version.record.kind === 'journal' ? [{ entry: version.record as JournalEntry, replacedAt: version.replaced_at }] : [],
    )
    .reverse();
}

/** One line naming a record in the trash: a journal entry's date and first words, a
 *  person's name, a trip's title. Empty when there is nothing to show (the view adds a
 *  fallback). */
export function recordLabel(stored: StoredRecord, language: string): string {
  const record = stored.record;
  switch (record.kind) {
    case 'journal': {
      const words = record.what.trim().replace(/\s+/g, ' ');
      const short = words.length > 60 ? `${words.slice(0, 60)}…` : words;
      return [formatDate(record.occurred_on), short].filter((s) => s !== '').join(' — ');
    }
    case 'person':
      return personName(record);
    case 'travel':
      return [record.title.trim(), formatDate(record.departure_date)].filter((s) => s !== '').join(' — ');
    case 'step':
      return record.step_id;
  }
}
