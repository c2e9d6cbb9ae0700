// Filling the consent form from the vault never overwrites what the parent typed, and
// the form's trip becomes a planned trip the emergency plan can watch.
import { describe, expect, it } from 'vitest';
import { emptyForm } from '../lib/consent.svelte';
import { fillConsentForm, plannedTrip } from '../lib/consent-vault';
import { emptyPerson, emptyTravel } from '../lib/records.svelte';

function child() {
  const p = emptyPerson('child');
  p.given_names = 'Anna Sofie';
  p.family_name = 'de Vries';
  p.birth_date = '2016-03-14';
  p.birth_place = 'Utrecht';
  p.nationalities = ['Nederlandse', 'Turkse'];
  p.documents = [
    { kind: 'identity-card', number: 'ID111', issuing_country: 'NL', expires_on: '2027-01-01' },
    { kind: 'passport', number: 'NX1234567', issuing_country: 'NL', expires_on: '2030-05-01' },
  ];
  return p;
}

function trip() {
  const t = emptyTravel('planned-trip');
  t.destination_country = 'Turkije';
  t.destination_place = 'İzmir';
  t.departure_date = '2027-07-01';
  t.return_date = '2027-07-21';
  t.flight_number = 'TK1952';
  t.address = 'Atatürk Caddesi 5, İzmir';
  return t;
}

describe('fillConsentForm', () => {
  it('fills the child, the passport (before an ID card), the trip and the stay', () => {
    const form = emptyForm();
    const filled = fillConsentForm(form, child(), null, trip());
    expect(form.child).toMatchObject({
      surname: 'de Vries',
      given_names: 'Anna Sofie',
      birth_date: '2016-03-14',
      birth_place: 'Utrecht',
      nationalities: ['Nederlandse', 'Turkse'],
    });
    expect(form.child.document).toMatchObject({ kind: 'passport', number: 'NX1234567', expiry_date: '2030-05-01' });
    expect(form.trip.destinations[0]).toEqual({ country: 'Turkije', places: 'İzmir' });
    expect(form.trip).toMatchObject({
      departure_date: '2027-07-01',
      return_date: '2027-07-21',
      back_in_nl_date: '2027-07-21',
      outbound_transport: 'TK1952',
    });
    expect(form.stays[0]?.address).toBe('Atatürk Caddesi 5, İzmir');
    expect(filled).toBe(14);
  });

  it('never overwrites what the parent typed', () => {
    const form = emptyForm();
    form.child.surname = 'Yilmaz';
    form.trip.return_date = '2027-07-14';
    fillConsentForm(form, child(), null, trip());
    expect(form.child.surname).toBe('Yilmaz');
    expect(form.trip.return_date).toBe('2027-07-14');
    expect(form.child.given_names).toBe('Anna Sofie');
    expect(fillConsentForm(form, child(), null, trip())).toBe(0);
  });

  it('fills the accompanying adult unless the child travels alone', () => {
    const parent = emptyPerson('other-parent');
    parent.given_names = 'Emre';
    parent.family_name = 'Yilmaz';
    parent.phones = ['+90 532 000 0000'];
    parent.documents = [{ kind: 'passport', number: 'U123', issuing_country: 'TR', expires_on: null }];
    const form = emptyForm();
    fillConsentForm(form, null, parent, null);
    expect(form.companion).toMatchObject({ full_name: 'Emre Yilmaz', document_number: 'U123', document_issuer: 'TR', phone: '+90 532 000 0000' });
    const alone = emptyForm();
    alone.companion.travels_alone = true;
    expect(fillConsentForm(alone, null, parent, null)).toBe(0);
  });
});

describe('plannedTrip', () => {
  it('turns the form into a planned trip with dates, destination and who travels', () => {
    const form = emptyForm();
    fillConsentForm(form, child(), null, trip());
    form.companion.full_name = 'Maria de Vries';
    form.trip.return_transport = 'TK1953';
    expect(plannedTrip(form)).toMatchObject({
      travel_kind: 'planned-trip',
      title: 'Anna Sofie de Vries → Turkije',
      departure_date: '2027-07-01',
      return_date: '2027-07-21',
      destination_country: 'Turkije',
      with_whom: ['Anna Sofie de Vries', 'Maria de Vries'],
      flight_number: 'TK1952',
      address: 'Atatürk Caddesi 5, İzmir',
      notes: 'Return: TK1953',
    });
  });

  it('sends no empty date strings', () => {
    expect(plannedTrip(emptyForm())).toMatchObject({ departure_date: null, return_date: null });
  });
});
