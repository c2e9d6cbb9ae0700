// The consent form and the vault: fill the form from profiles and a planned trip, and
// turn the form's trip into a travel record. Only empty fields are filled, so nothing
// the parent typed is overwritten.
import type { ConsentForm } from './bindings/ConsentForm';
import type { IdentityDocument } from './bindings/IdentityDocument';
import type { PersonProfile } from './bindings/PersonProfile';
import type { TravelRecord } from './bindings/TravelRecord';

/** The identity document to put on the form: a passport first, then an ID card. */
function travelDocument(person: PersonProfile): IdentityDocument | undefined {
  return (
    person.documents.find((d) => d.kind === 'passport') ??
    person.documents.find((d) => d.kind === 'identity-card')
  );
}

function fill(current: string, value: string | null | undefined): string {
  return current.trim() === '' && value ? value : current;
}

/** Fills empty fields of `form` in place; returns how many fields it filled. */
export function fillConsentForm(
  form: ConsentForm,
  child: PersonProfile | null,
  companion: PersonProfile | null,
  trip: TravelRecord | null,
): number {
  let filled = 0;
  const set = <T extends object, K extends keyof T & string>(target: T, key: K, value: string | null | undefined) => {
    const before = target[key] as unknown as string;
    const after = fill(before, value);
    if (after !== before) {
      (target[key] as unknown as string) = after;
      filled += 1;
    }
  };
  if (child) {
    set(form.child, 'surname', child.family_name);
    set(form.child, 'given_names', child.given_names);
    set(form.child, 'birth_date', child.birth_date);
    set(form.child, 'birth_place', child.birth_place);
    if (form.child.nationalities.length === 0 && child.nationalities.length > 0) {
      form.child.nationalities = [...child.nationalities];
      filled += 1;
    }
    const document = travelDocument(child);
    if (document) {
      if (form.child.document.number.trim() === '') {
        form.child.document.kind = document.kind === 'identity-card' ? 'id-card' : 'passport';
      }
      set(form.child.document, 'number', document.number);
      set(form.child.document, 'expiry_date', document.expires_on);
    }
  }
  if (companion && !form.companion.travels_alone) {
    set(form.companion, 'full_name', [companion.given_names, companion.family_name].filter(Boolean).join(' '));
    set(form.companion, 'birth_date', companion.birth_date);
    const document = travelDocument(companion);
    set(form.companion, 'document_number', document?.number);
    set(form.companion, 'document_issuer', document?.issuing_country);
    set(form.companion, 'phone', companion.phones[0]);
  }
  if (trip) {
    const first = form.trip.destinations[0];
    if (first) {
      set(first, 'country', trip.destination_country);
      set(first, 'places', trip.destination_place);
    }
    set(form.trip, 'departure_date', trip.departure_date);
    set(form.trip, 'return_date', trip.return_date);
    set(form.trip, 'back_in_nl_date', trip.return_date);
    set(form.trip, 'outbound_transport', trip.flight_number);
    const stay = form.stays[0];
    if (stay) set(stay, 'address', trip.address);
  }
  return filled;
}

/** The form's trip as a planned trip for the vault (the trip watch reads these). */
export function plannedTrip(form: ConsentForm): TravelRecord {
  const destination = form.trip.destinations[0];
  const child = [form.child.given_names, form.child.surname].filter(Boolean).join(' ');
  const companion = form.companion.travels_alone ? '' : form.companion.full_name;
  return {
    travel_kind: 'planned-trip',
    title: [child, destination?.country].filter(Boolean).join(' → '),
    departure_date: form.trip.departure_date || null,
    return_date: form.trip.return_date || null,
    destination_country: destination?.country ?? '',
    destination_place: form.trip.destinations.map((d) => d.places).filter(Boolean).join('; '),
    with_whom: [child, companion].filter((name) => name.trim() !== ''),
    people: [],
    flight_number: form.trip.outbound_transport,
    carrier: '',
    booking_reference: '',
    licence_plate: '',
    address: form.stays.map((s) => s.address).filter(Boolean).join('; '),
    linked_items: [],
    notes: form.trip.return_transport ? `Return: ${form.trip.return_transport}` : '',
    returned: false,
  };
}
