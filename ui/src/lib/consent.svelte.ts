// The travel-consent form being filled in. Kept in memory for the whole session, so
// leaving the screen or a refused check never loses what the parent typed; never
// written to disk (only the PDF is, when the parent asks for it).
import type { ConsentForm, FieldError } from './backend';
import type { Destination } from './bindings/Destination';
import type { Holder } from './bindings/Holder';
import type { Stay } from './bindings/Stay';

export function emptyHolder(): Holder {
  return {
    capacity: 'parent',
    full_name: '',
    representative: '',
    birth_date: '',
    nationality: '',
    id_document: '',
    address: '',
    phone: '',
    email: '',
    sign_place: '',
    sign_date: '',
  };
}

export function emptyDestination(): Destination {
  return { country: '', places: '' };
}

export function emptyStay(): Stay {
  return { host: '', address: '', phone: '', email: '' };
}

export function emptyForm(): ConsentForm {
  return {
    custody: 'joint',
    holders: [emptyHolder(), emptyHolder()],
    child: {
      surname: '',
      given_names: '',
      birth_date: '',
      birth_place: '',
      nationalities: [],
      document: { kind: 'passport', number: '', issue_date: '', expiry_date: '', issuing_authority: '' },
    },
    companion: {
      travels_alone: false,
      full_name: '',
      birth_date: '',
      relationship: '',
      document_number: '',
      document_issuer: '',
      phone: '',
    },
    trip: {
      destinations: [emptyDestination()],
      transit_countries: [],
      departure_date: '',
      return_date: '',
      back_in_nl_date: '',
      outbound_transport: '',
      return_transport: '',
      purpose: '',
    },
    stays: [emptyStay()],
    contact_during_trip: { name: '', phone: '', email: '' },
    legalisation_box: false,
    confirm_past_departure: false,
  };
}

export const consent = $state<{ form: ConsentForm; problems: FieldError[] }>({
  form: emptyForm(),
  problems: [],
});

/** "a, b ,c" → ["a", "b", "c"]; the form keeps lists, the parent types commas. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The problems reported for one field path, e.g. `child.surname`. */
export function problemsAt(problems: FieldError[], path: string): FieldError[] {
  return problems.filter((problem) => problem.field === path);
}

/** A DOM id for a field path: `holders[0].full_name` → `field-holders-0-full_name`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

// The label of the last part of a field path, for the summary of problems.
const LABELS: Record<string, string> = {
  full_name: 'doc-field-full-name',
  representative: 'doc-field-representative',
  birth_date: 'doc-field-birth-date',
  nationality: 'doc-field-nationality',
  id_document: 'doc-field-id-document',
  address: 'doc-field-address',
  phone: 'doc-field-phone',
  email: 'doc-field-email',
  sign_place: 'doc-field-sign-place',
  sign_date: 'doc-field-sign-date',
  surname: 'doc-field-surname',
  given_names: 'doc-field-given-names',
  birth_place: 'doc-field-birth-place',
  nationalities: 'doc-field-nationality',
  number: 'doc-field-document-number',
  issue_date: 'doc-field-issue-date',
  expiry_date: 'doc-field-expiry-date',
  issuing_authority: 'doc-field-issuing-authority',
  relationship: 'doc-field-relationship',
  document_number: 'doc-field-document-number',
  document_issuer: 'doc-field-document-issuer',
  country: 'doc-field-destination-country',
  places: 'doc-field-destination-places',
  transit_countries: 'doc-field-transit',
  departure_date: 'doc-field-departure-date',
  return_date: 'doc-field-return-date',
  back_in_nl_date: 'doc-field-back-in-nl',
  outbound_transport: 'doc-field-outbound',
  return_transport: 'doc-field-return-transport',
  purpose: 'doc-field-purpose',
  host: 'doc-field-host',
  name: 'doc-field-name',
};

const SECTIONS: Record<string, string> = {
  holders: 'doc-consent-section-holders',
  child: 'doc-consent-section-child',
  companion: 'doc-consent-section-companion',
  trip: 'doc-consent-section-trip',
  stays: 'doc-consent-section-stays',
  contact_during_trip: 'doc-consent-section-contact',
};

/** Message ids naming where a problem is: its section and, when known, its field. */
export function problemPlace(path: string): { section?: string; field?: string } {
  const first = path.split(/[[.]/)[0] ?? '';
  const last = path.split('.').pop() ?? '';
  return { section: SECTIONS[first], field: path.includes('.') ? LABELS[last] : undefined };
}
