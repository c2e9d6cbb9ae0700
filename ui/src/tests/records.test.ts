import { mockConvertFileSrc, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemSummary, LogEntry, StoredRecord, VaultRecord, VerifyReport } from '../lib/backend';
import { localToday } from '../lib/guide.svelte';
import { setLanguage } from '../lib/i18n.svelte';
import {
  addMonths,
  emptyJournal,
  emptyPerson,
  emptyTravel,
  expiryOf,
  journalToSend,
  logKindKey,
  personToSend,
  shortId,
  sortJournal,
  sortTravel,
  timeOrNull,
  travelProblems,
} from '../lib/records.svelte';
import JournalView from '../routes/vault/JournalView.svelte';
import { logPage } from './vault-fixtures';
import PeopleView from '../routes/vault/PeopleView.svelte';
import TravelView from '../routes/vault/TravelView.svelte';
import HealthView from '../routes/vault/HealthView.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

const HEAD = 'a3f1c9e07b5d4e2f8a6b1c3d5e7f9012a3f1c9e07b5d4e2f8a6b1c3d5e7f9012';

function stored(id: string, record: VaultRecord, created = '2026-01-01T10:00:00Z'): StoredRecord {
  return { id, created_at: created, updated_at: created, record, history: [], trashed_at: null };
}

function item(id: string, title: string, hasThumbnail: boolean): ItemSummary {
  return {
    id,
    title,
    category: 'photo' as ItemSummary['category'],
    event_date: null,
    imported_at: '2026-01-01T10:00:00Z',
    original_name: `${title}.jpg`,
    media_type: hasThumbnail ? 'image/jpeg' : 'application/pdf',
    size: 1000,
    has_thumbnail: hasThumbnail,
    tags: [],
    people: [],
    trashed_at: null,
  };
}

/** A vault in memory: records by kind, items, a log; every call is recorded. */
function fakeVault(options: {
  records?: StoredRecord[];
  items?: ItemSummary[];
  report?: VerifyReport;
  log?: LogEntry[];
  search?: StoredRecord[];
} = {}) {
  const calls: Call[] = [];
  let records = [...(options.records ?? [])];
  let next = 1;
  mockConvertFileSrc('linux');
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    switch (cmd) {
      case 'vault_records':
        return records.filter((r) => r.record.kind === args.kind);
      case 'vault_items':
        return options.items ?? [];
      case 'vault_search_journal':
        return options.search ?? [];
      case 'vault_save_record': {
        const id = (args.id as string | null) ?? `new-${next++}`;
        const saved = stored(id, args.record as VaultRecord, '2026-02-01T10:00:00Z');
        records = [...records.filter((r) => r.id !== id), saved];
        return saved;
      }
      case 'vault_delete_record':
        records = records.filter((r) => r.id !== args.id);
        return null;
      case 'vault_trashed_records':
        return [];
      case 'vault_verify':
        return options.report;
      case 'vault_log':
        return logPage(options.log ?? []);
      case 'vault_status':
        return {
          state: 'unlocked',
          dir: '/v',
          default_dir: '/v',
          log_head: HEAD,
          log_anchor: { seq: 2, hash: HEAD },
          rollback: null,
          auto_lock_seconds: 600,
          notice: null,
        };
      default:
        throw { code: 'internal', message: `unexpected ${cmd}` };
    }
  });
  return calls;
}

const sent = (calls: Call[]) => calls.filter((c) => c.cmd === 'vault_save_record');

describe('record helpers', () => {
  it('flags documents that expired or expire within six months', () => {
    expect(expiryOf('2026-03-01', '2026-03-02')).toBe('expired');
    expect(expiryOf('2026-09-02', '2026-03-02')).toBe('expiring');
    expect(expiryOf('2026-09-03', '2026-03-02')).toBe('valid');
    expect(expiryOf(null, '2026-03-02')).toBe('unknown');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -4)).toBe('2025-11-15');
  });

  it('orders the journal newest event first, undated last', () => {
    const j = (id: string, on: string | null, at: string | null = null) =>
      stored(id, { kind: 'journal', ...emptyJournal(), occurred_on: on, occurred_at_time: at, what: id });
    const order = sortJournal([j('old', '2025-05-01'), j('none', null), j('new-morning', '2026-01-02', '08:00:00'), j('new-evening', '2026-01-02', '20:00:00')]);
    expect(order.map((r) => r.id)).toEqual(['new-evening', 'new-morning', 'old', 'none']);
  });

  it('puts planned trips still to come first, soonest first', () => {
    const tr = (id: string, kind: 'flight' | 'planned-trip', departure: string) =>
      stored(id, { kind: 'travel', ...emptyTravel(kind), departure_date: departure });
    const order = sortTravel(
      [tr('flight', 'flight', '2026-06-01'), tr('far', 'planned-trip', '2026-12-01'), tr('past', 'planned-trip', '2025-01-01'), tr('soon', 'planned-trip', '2026-04-01')],
      '2026-03-01',
    );
    expect(order.map((r) => r.id)).toEqual(['soon', 'far', 'flight', 'past']);
  });

  it('sends complete records with nulls for empty dates and no blank rows', () => {
    expect(timeOrNull('14:30')).toBe('14:30:00');
    expect(timeOrNull('')).toBeNull();
    expect(journalToSend({ ...emptyJournal(), occurred_on: '', what: ' x ', who_present: ['', 'Ali '] })).toEqual({
      kind: 'journal',
      occurred_on: null,
      occurred_at_time: null,
      what: 'x',
      who_present: ['Ali'],
      where: '',
      linked_items: [],
    });
    const person = personToSend({
      ...emptyPerson('child'),
      given_names: 'Anna',
      documents: [{ kind: 'passport', number: '', issuing_country: '', expires_on: '' }],
    });
    expect(person).toMatchObject({ kind: 'person', given_names: 'Anna', documents: [], birth_date: null });
    expect(Object.keys(person).sort()).toEqual(['kind', ...Object.keys(emptyPerson())].sort());
    expect(travelProblems({ ...emptyTravel(), departure_date: '2026-05-10', return_date: '2026-05-09' })).toHaveLength(1);
    expect(travelProblems({ ...emptyTravel(), departure_date: '2026-05-10', return_date: '2026-05-10' })).toHaveLength(0);
    expect(logKindKey('record-edit')).toBe('health-log-kind-record-edit');
    expect(logKindKey('something-new')).toBeNull();
    expect(shortId('0123456789abcdef')).toBe('01234567…');
  });
});

describe('journal', () => {
  beforeEach(() => setLanguage('en'));

  it('saves a new entry as a complete journal record and shows it', async () => {
    const calls = fakeVault({ items: [item('item-1', 'Screenshot chat', true), item('item-2', 'Letter', false)] });
    render(JournalView);
    expect(screen.getByTestId('journal-guidance')).toHaveTextContent('quotation marks');
    await fireEvent.input(screen.getByTestId('journal-occurred-on'), { target: { value: '2026-03-14' } });
    await fireEvent.input(screen.getByTestId('journal-time'), { target: { value: '14:30' } });
    await fireEvent.input(screen.getByTestId('journal-what'), { target: { value: 'He said "we are not coming back".' } });
    await fireEvent.input(screen.getByTestId('journal-where'), { target: { value: 'School gate' } });
    await userEvent.click(screen.getByTestId('journal-who-add'));
    await fireEvent.input(screen.getByTestId('journal-who-0'), { target: { value: 'Teacher Jansen' } });
    await userEvent.click(await screen.findByTestId('journal-links-item-item-1'));
    await userEvent.click(screen.getByTestId('journal-save'));

    await screen.findByTestId('journal-saved');
    expect(sent(calls)).toHaveLength(1);
    expect(sent(calls)[0]?.args).toEqual({
      id: null,
      record: {
        kind: 'journal',
        occurred_on: '2026-03-14',
        occurred_at_time: '14:30:00',
        what: 'He said "we are not coming back".',
        who_present: ['Teacher Jansen'],
        where: 'School gate',
        linked_items: ['item-1'],
      },
    });
    const entry = await screen.findByTestId('journal-entry');
    expect(entry).toHaveTextContent('we are not coming back');
    expect(entry).toHaveTextContent('Screenshot chat');
    expect(within(entry).queryByTestId('journal-undated')).toBeNull();
    expect(screen.getByTestId('journal-what')).toHaveValue('');
  });

  it('refuses an entry without text, keeps the rest', async () => {
    const calls = fakeVault();
    render(JournalView);
    await fireEvent.input(screen.getByTestId('journal-where'), { target: { value: 'Home' } });
    await userEvent.click(screen.getByTestId('journal-save'));
    expect(screen.getByTestId('journal-what-problems')).toHaveTextContent('Describe what happened.');
    expect(screen.getByTestId('journal-what')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('journal-where')).toHaveValue('Home');
    expect(sent(calls)).toHaveLength(0);
  });

  it('refuses to save while a typed date cannot be read, and keeps what was typed', async () => {
    const calls = fakeVault();
    render(JournalView);
    await fireEvent.input(screen.getByTestId('journal-occurred-on'), { target: { value: '31-02-2026' } });
    await fireEvent.input(screen.getByTestId('journal-what'), { target: { value: 'He took her passport.' } });
    // Enter in the field: the date field is never left, so only the save can catch it.
    await fireEvent.submit(screen.getByTestId('journal-form'));
    expect(screen.getByTestId('journal-occurred-on-date-problem')).toHaveTextContent(/does not exist|bestaat niet/);
    expect(screen.getByTestId('journal-occurred-on')).toHaveValue('31-02-2026');
    expect(screen.getByTestId('journal-what')).toHaveValue('He took her passport.');
    expect(sent(calls)).toHaveLength(0);

    await fireEvent.input(screen.getByTestId('journal-occurred-on'), { target: { value: '28-02-2026' } });
    await fireEvent.submit(screen.getByTestId('journal-form'));
    await screen.findByTestId('journal-saved');
    expect(sent(calls)[0]?.args).toMatchObject({ record: { occurred_on: '2026-02-28', what: 'He took her passport.' } });
  });

  it('flags undated entries, edits with the same id, deletes only after confirmation', async () => {
    const calls = fakeVault({
      records: [
        stored('j-dated', { kind: 'journal', ...emptyJournal(), occurred_on: '2026-01-05', what: 'Dated' }),
        stored('j-undated', { kind: 'journal', ...emptyJournal(), what: 'Undated' }),
      ],
    });
    render(JournalView);
    await waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('journal-entry');
    expect(first).toHaveAttribute('data-id', 'j-dated');
    expect(within(second!).getByTestId('journal-undated')).toHaveTextContent('No date');

    await userEvent.click(within(first!).getByTestId('journal-edit'));
    expect(screen.getByTestId('journal-what')).toHaveValue('Dated');
    await fireEvent.input(screen.getByTestId('journal-what'), { target: { value: 'Dated, corrected' } });
    await userEvent.click(screen.getByTestId('journal-save'));
    await screen.findByTestId('journal-saved');
    expect(sent(calls)[0]?.args.id).toBe('j-dated');
    expect((sent(calls)[0]?.args.record as { what: string }).what).toBe('Dated, corrected');

    const undated = screen.getAllByTestId('journal-entry').find((e) => e.dataset.id === 'j-undated')!;
    await userEvent.click(within(undated).getByTestId('journal-delete'));
    expect(calls.some((c) => c.cmd === 'vault_delete_record')).toBe(false);
    await userEvent.click(within(undated).getByTestId('journal-delete-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('journal-entry')).toHaveLength(1));
    expect(calls.find((c) => c.cmd === 'vault_delete_record')?.args).toEqual({ id: 'j-undated' });
  });

  it('shows a failed save as a translated error and keeps what was typed', async () => {
    mockIPC((cmd) => {
      if (cmd === 'vault_save_record') throw { code: 'vault-locked', message: 'locked' };
      return [];
    });
    render(JournalView);
    await fireEvent.input(screen.getByTestId('journal-what'), { target: { value: 'Keep me' } });
    await userEvent.click(screen.getByTestId('journal-save'));
    expect(await screen.findByTestId('error-notice')).toHaveAttribute('data-code', 'vault-locked');
    expect(screen.getByTestId('journal-what')).toHaveValue('Keep me');
    expect(screen.queryByTestId('journal-saved')).toBeNull();
  });

  it('searches through the backend', async () => {
    const calls = fakeVault({
      search: [stored('hit', { kind: 'journal', ...emptyJournal(), occurred_on: '2026-02-02', what: 'Passport taken' })],
    });
    render(JournalView);
    await fireEvent.input(screen.getByTestId('journal-search'), { target: { value: 'passport' } });
    expect(await screen.findByText('Passport taken')).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === 'vault_search_journal')?.args).toEqual({ text: 'passport' });
  });
});

describe('people', () => {
  beforeEach(() => setLanguage('en'));

  it('flags an expired passport and one expiring soon, in the list and the form', async () => {
    const today = localToday();
    fakeVault({
      records: [
        stored('p1', {
          kind: 'person',
          ...emptyPerson('other-parent'),
          given_names: 'Karim',
          documents: [
            { kind: 'passport', number: 'NX12345', issuing_country: 'MA', expires_on: addMonths(today, -1) },
            { kind: 'identity-card', number: 'ID777', issuing_country: 'NL', expires_on: addMonths(today, 3) },
            { kind: 'residence-permit', number: 'RP1', issuing_country: 'NL', expires_on: addMonths(today, 24) },
          ],
        }),
      ],
    });
    render(PeopleView);
    const card = await screen.findByTestId('person-card');
    expect(within(screen.getByTestId('person-group-other-parent')).getByTestId('person-card')).toBe(card);
    const warnings = within(card).getAllByTestId('person-doc-warning');
    expect(warnings.map((w) => w.dataset.kind)).toEqual(['expired', 'expiring']);
    expect(warnings[0]).toHaveTextContent('NX12345 expired');

    await userEvent.click(within(card).getByTestId('person-edit'));
    expect(screen.getByTestId('person-document-0-expiry')).toHaveAttribute('data-kind', 'expired');
    expect(screen.getByTestId('person-document-1-expiry')).toHaveAttribute('data-kind', 'expiring');
    expect(screen.queryByTestId('person-document-2-expiry')).toBeNull();
  });

  it('saves a complete profile with its repeating rows; only images are offered as photos', async () => {
    const calls = fakeVault({ items: [item('img', 'Anna at school', true), item('pdf', 'Birth certificate', false)] });
    render(PeopleView);
    await userEvent.click(screen.getByTestId('person-add-child'));
    await fireEvent.input(screen.getByTestId('person-given-names'), { target: { value: 'Anna Sofie' } });
    await fireEvent.input(screen.getByTestId('person-family-name'), { target: { value: 'de Vries' } });
    await fireEvent.input(screen.getByTestId('person-birth-date'), { target: { value: '2018-04-09' } });
    await userEvent.click(screen.getByTestId('person-nationalities-add'));
    await fireEvent.input(screen.getByTestId('person-nationalities-0'), { target: { value: 'Dutch' } });
    await userEvent.click(screen.getByTestId('person-document-add'));
    await fireEvent.input(screen.getByTestId('person-document-0-number'), { target: { value: 'NP0001' } });
    await fireEvent.input(screen.getByTestId('person-document-0-expires'), { target: { value: '2031-01-01' } });
    await userEvent.click(screen.getByTestId('person-address-add'));
    await fireEvent.input(screen.getByTestId('person-address-0-city'), { target: { value: 'Casablanca' } });
    await userEvent.click(screen.getByTestId('person-address-0-abroad'));
    await userEvent.click(screen.getByTestId('person-vehicle-add'));
    await userEvent.click(screen.getByTestId('person-vehicle-add'));
    await fireEvent.input(screen.getByTestId('person-vehicle-1-plate'), { target: { value: '12-ABC-3' } });
    await userEvent.click(screen.getByTestId('person-vehicle-0-remove'));
    expect(screen.queryByTestId('person-photos-item-pdf')).toBeNull();
    await userEvent.click(await screen.findByTestId('person-photos-item-img'));
    await userEvent.click(screen.getByTestId('person-save'));

    await screen.findByTestId('person-saved');
    const args = sent(calls)[0]?.args;
    expect(args?.id).toBeNull();
    expect(args?.record).toEqual({
      kind: 'person',
      role: 'child',
      given_names: 'Anna Sofie',
      family_name: 'de Vries',
      other_names: [],
      birth_date: '2018-04-09',
      birth_place: '',
      nationalities: ['Dutch'],
      documents: [{ kind: 'passport', number: 'NP0001', issuing_country: '', expires_on: '2031-01-01' }],
      description: '',
      photo_items: ['img'],
      addresses: [{ label: '', street: '', postal_code: '', city: 'Casablanca', country: '', abroad: true }],
      phones: [],
      vehicles: [{ description: '', licence_plate: '12-ABC-3', country: '' }],
      family_abroad: [],
      notes: '',
    });
    expect(await within(screen.getByTestId('person-group-child')).findByTestId('person-card')).toHaveTextContent('Anna Sofie de Vries');
  });

  it('needs a name before saving', async () => {
    const calls = fakeVault();
    render(PeopleView);
    await userEvent.click(screen.getByTestId('person-save'));
    expect(screen.getByTestId('person-given-names-problems')).toHaveTextContent('given name or a family name');
    expect(sent(calls)).toHaveLength(0);
  });
});

describe('travel', () => {
  beforeEach(() => setLanguage('en'));

  it('refuses a return date before departure at the field, keeps everything, saves once fixed', async () => {
    const calls = fakeVault();
    render(TravelView);
    await fireEvent.input(screen.getByTestId('travel-flight-number'), { target: { value: 'AT801' } });
    await fireEvent.input(screen.getByTestId('travel-departure-date'), { target: { value: '2026-07-10' } });
    await fireEvent.input(screen.getByTestId('travel-return-date'), { target: { value: '2026-07-01' } });
    await userEvent.click(screen.getByTestId('travel-save'));

    expect(screen.getByTestId('travel-return-date-problems')).toHaveTextContent('The return date is before the departure date.');
    expect(screen.getByTestId('travel-return-date')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('travel-flight-number')).toHaveValue('AT801');
    expect(sent(calls)).toHaveLength(0);

    await fireEvent.input(screen.getByTestId('travel-return-date'), { target: { value: '2026-07-24' } });
    expect(screen.queryByTestId('travel-return-date-problems')).toBeNull();
    await userEvent.click(screen.getByTestId('travel-save'));
    await screen.findByTestId('travel-saved');
    expect(sent(calls)[0]?.args.record).toMatchObject({
      kind: 'travel',
      travel_kind: 'flight',
      flight_number: 'AT801',
      departure_date: '2026-07-10',
      return_date: '2026-07-24',
      people: [],
      linked_items: [],
    });
  });

  it('shows the fields of the kind and links people', async () => {
    const calls = fakeVault({
      records: [stored('anna', { kind: 'person', ...emptyPerson('child'), given_names: 'Anna' })],
    });
    render(TravelView);
    expect(screen.getByTestId('travel-flight-number')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByTestId('travel-kind'), 'licence-plate');
    expect(screen.queryByTestId('travel-flight-number')).toBeNull();
    expect(screen.queryByTestId('travel-return-date')).toBeNull();
    await fireEvent.input(screen.getByTestId('travel-licence-plate'), { target: { value: 'XY-123-Z' } });
    await userEvent.click(await screen.findByTestId('travel-person-anna'));
    await userEvent.click(screen.getByTestId('travel-save'));
    await screen.findByTestId('travel-saved');
    expect(sent(calls)[0]?.args.record).toMatchObject({ travel_kind: 'licence-plate', licence_plate: 'XY-123-Z', people: ['anna'] });
  });

  it('lists upcoming planned trips first', async () => {
    const today = localToday();
    fakeVault({
      records: [
        stored('flight', { kind: 'travel', ...emptyTravel('flight'), title: 'Old flight', departure_date: addMonths(today, -2) }),
        stored('trip', { kind: 'travel', ...emptyTravel('planned-trip'), title: 'Summer', departure_date: addMonths(today, 2) }),
      ],
    });
    render(TravelView);
    await waitFor(() => expect(screen.getAllByTestId('travel-card')).toHaveLength(2));
    const cards = screen.getAllByTestId('travel-card');
    expect(cards.map((c) => c.dataset.id)).toEqual(['trip', 'flight']);
    expect(within(cards[0]!).getByTestId('travel-upcoming')).toBeInTheDocument();
  });
});

describe('vault health', () => {
  beforeEach(() => setLanguage('en'));

  const log: LogEntry[] = [
    { seq: 0, prev: '0'.repeat(64), at: '2026-01-01T10:00:00Z', kind: 'create', subject: null },
    { seq: 1, prev: 'ab', at: '2026-01-01T10:05:00Z', kind: 'import', subject: '9f8e7d6c5b4a39281706f5e4d3c2b1a0', sha256: 'cd' },
    { seq: 2, prev: 'ef', at: '2026-01-02T09:00:00Z', kind: 'custom-thing', subject: null },
  ];

  it('shows the head hash to write down and the log in plain words', async () => {
    fakeVault({ log });
    render(HealthView);
    expect(await screen.findByTestId('health-log-head')).toHaveTextContent(`2:${HEAD}`);
    expect(screen.getByText(/proves that nothing recorded before it was changed/)).toBeInTheDocument();
    const rows = await screen.findAllByTestId('health-log-entry');
    expect(rows.map((r) => r.dataset.seq)).toEqual(['2', '1', '0']);
    expect(rows[0]).toHaveTextContent('custom-thing');
    expect(rows[1]).toHaveTextContent('Imported');
    expect(rows[1]).toHaveTextContent('9f8e7d6c…');
    expect(rows[1]).not.toHaveTextContent('9f8e7d6c5b4a');
    expect(rows[2]).toHaveTextContent('Vault created');
  });

  it('says all is well with the counts', async () => {
    fakeVault({ log, report: { items_checked: 12, records_checked: 4, log_entries_checked: 57, log_head: HEAD, log_anchor: { seq: 57, hash: HEAD }, problems: [] } });
    render(HealthView);
    await userEvent.click(screen.getByTestId('health-verify'));
    const report = await screen.findByTestId('health-report');
    expect(report).toHaveAttribute('data-ok', 'true');
    expect(report).toHaveTextContent('12 items, 4 records and 57 log entries checked. Nothing has changed.');
  });

  it('lists each problem translated, with the item title and file', async () => {
    let release: (report: VerifyReport) => void = () => {};
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'vault_verify') return new Promise<VerifyReport>((resolve) => (release = resolve));
      if (cmd === 'vault_log') return logPage(log);
      if (cmd === 'vault_status') return { state: 'unlocked', dir: '', default_dir: '', log_head: HEAD, log_anchor: { seq: 9, hash: HEAD }, rollback: null, auto_lock_seconds: 600, notice: null };
      throw { code: 'internal', message: cmd };
    });
    render(HealthView);
    await userEvent.click(screen.getByTestId('health-verify'));
    expect(screen.getByTestId('health-verify')).toBeDisabled();
    expect(screen.getByTestId('health-busy')).toBeInTheDocument();
    release({
      items_checked: 3,
      records_checked: 1,
      log_entries_checked: 9,
      log_head: HEAD,
      log_anchor: { seq: 9, hash: HEAD },
      problems: [
        { item: 'i1', title: 'Screenshot chat', file: 'items/i1/content.age', kind: 'hash-mismatch', detail: '' },
        { item: null, title: null, file: 'log/custody.log', kind: 'log-damaged', detail: 'seq 4' },
      ],
    });
    const report = await screen.findByTestId('health-report');
    expect(report).toHaveAttribute('data-ok', 'false');
    expect(report).toHaveTextContent('2 problems were found.');
    const problems = within(report).getAllByTestId('health-problem');
    expect(problems[0]).toHaveTextContent('The file has changed since it was imported.');
    expect(problems[0]).toHaveTextContent('Screenshot chat');
    expect(problems[0]).toHaveTextContent('items/i1/content.age');
    expect(problems[1]).toHaveTextContent('The log is damaged or has been altered.');
    expect(screen.getByTestId('health-verify')).not.toBeDisabled();
  });
});
