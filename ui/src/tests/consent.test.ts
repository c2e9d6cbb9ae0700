import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import DocumentsPage from '../routes/DocumentsPage.svelte';
import type { ConsentForm, FieldError } from '../lib/backend';
import { consent, emptyForm, fieldId, problemPlace, splitList } from '../lib/consent.svelte';
import { setLanguage } from '../lib/i18n.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

function fakeBackend(problems: FieldError[]) {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'consent_check') return problems;
    if (cmd === 'consent_save') {
      return { path: '/home/p/Documents/Waarborg/travel-consent-anna.pdf', file_name: 'travel-consent-anna.pdf' };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  return calls;
}

describe('consent form helpers', () => {
  it('turn field paths into ids and places the parent can read', () => {
    expect(fieldId('holders[0].full_name')).toBe('field-holders-0-full_name');
    expect(fieldId('child.document.number')).toBe('field-child-document-number');
    expect(problemPlace('child.document.number')).toEqual({
      section: 'doc-consent-section-child',
      field: 'doc-field-document-number',
    });
    expect(problemPlace('stays')).toEqual({ section: 'doc-consent-section-stays', field: undefined });
    expect(splitList(' Nederlandse, Turkse ,,')).toEqual(['Nederlandse', 'Turkse']);
  });
});

describe('consent form screen', () => {
  beforeEach(() => {
    setLanguage('en');
    consent.form = emptyForm();
    consent.problems = [];
  });

  it('shows every problem at its field, translated, and keeps what was typed', async () => {
    const calls = fakeBackend([
      { field: 'child.given_names', code: 'required', severity: 'error' },
      { field: 'trip.return_date', code: 'return-before-departure', severity: 'error' },
      { field: 'holders[1].phone', code: 'required', severity: 'error' },
    ]);
    render(DocumentsPage);
    await fireEvent.input(screen.getByTestId('field-child-surname'), { target: { value: 'de Vries' } });
    await fireEvent.input(screen.getByTestId('field-child-nationalities'), { target: { value: 'Dutch, Turkish' } });
    await userEvent.click(screen.getByTestId('consent-make'));

    const summary = await screen.findByTestId('consent-problems');
    expect(summary).toHaveTextContent('3 things still to correct');
    expect(summary).toHaveTextContent('Holder 2 – Telephone: Please fill this in.');
    expect(screen.getByTestId('field-child-given_names-problems')).toHaveTextContent('Please fill this in.');
    expect(screen.getByTestId('field-child-given_names')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('field-trip-return_date-problems')).not.toBeEmptyDOMElement();
    expect(screen.getByTestId('field-child-surname')).toHaveValue('de Vries');
    expect(calls.map((c) => c.cmd)).toEqual(['consent_check']);
    const sent = calls[0]?.args.form as ConsentForm;
    expect(sent.child.nationalities).toEqual(['Dutch', 'Turkish']);
  });

  it('saves when the form is complete and offers to open it', async () => {
    const calls = fakeBackend([]);
    render(DocumentsPage);
    await userEvent.click(screen.getByTestId('consent-make'));
    const saved = await screen.findByTestId('consent-saved');
    expect(saved).toHaveTextContent('travel-consent-anna.pdf');
    expect(saved).toHaveTextContent('/home/p/Documents/Waarborg');
    expect(calls.map((c) => c.cmd)).toEqual(['consent_check', 'consent_save']);
  });

  it('asks for confirmation of a past departure instead of refusing it', async () => {
    fakeBackend([{ field: 'trip.departure_date', code: 'departure-in-past', severity: 'needs-confirmation' }]);
    render(DocumentsPage);
    expect(screen.queryByTestId('confirm-past-departure')).toBeNull();
    await userEvent.click(screen.getByTestId('consent-make'));
    await userEvent.click(await screen.findByTestId('confirm-past-departure'));
    expect(consent.form.confirm_past_departure).toBe(true);
  });

  it('drops an untouched second holder for sole custody, keeps a filled one', async () => {
    fakeBackend([]);
    render(DocumentsPage);
    expect(screen.getByTestId('holder-1')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('custody-sole'));
    await waitFor(() => expect(screen.queryByTestId('holder-1')).toBeNull());
    await userEvent.click(screen.getByTestId('custody-joint'));
    await fireEvent.input(await screen.findByTestId('field-holders-1-full_name'), { target: { value: 'Ali' } });
    await userEvent.click(screen.getByTestId('custody-sole'));
    expect(screen.getByTestId('holder-1')).toBeInTheDocument();
  });
});
