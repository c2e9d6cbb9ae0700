// Dates typed and shown day-month-year, whatever the system locale (issue 17 part 6).
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseDate } from '../lib/dates';
import { setLanguage } from '../lib/i18n.svelte';
import DateInputHarness from './fixtures/DateInputHarness.svelte';
import { box } from './fixtures/box.svelte';

describe('parseDate', () => {
  it.each([
    ['25-11-2026', '2026-11-25'],
    ['25/11/2026', '2026-11-25'],
    ['25.11.2026', '2026-11-25'],
    [' 25 11 2026 ', '2026-11-25'],
    ['5-3-2026', '2026-03-05'],
    ['29-02-2028', '2028-02-29'],
    ['31-12-1999', '1999-12-31'],
    // Year first (pasted, or typed by a test) is unambiguous.
    ['2026-11-25', '2026-11-25'],
  ])('reads %s day-month-year as %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ kind: 'date', iso });
  });

  it('never reads month-day-year: 11-12-2026 is 11 December', () => {
    expect(parseDate('11-12-2026')).toEqual({ kind: 'date', iso: '2026-12-11' });
  });

  it.each(['31-02-2026', '29-02-2026', '31-04-2026', '00-01-2026', '12-13-2026', '1-0-2026', '2026-02-30'])(
    'says %s does not exist',
    (text) => {
      expect(parseDate(text)).toEqual({ kind: 'impossible' });
    },
  );

  it.each(['morgen', '25-11', '25-11-26', '25112026', '25-11-2026-1', '2026/11', 'a-b-c', '123-1-2026'])(
    'cannot read %s',
    (text) => {
      expect(parseDate(text)).toEqual({ kind: 'unreadable' });
    },
  );

  it('reads nothing as empty', () => {
    expect(parseDate('  ')).toEqual({ kind: 'empty' });
  });
});

describe('formatDate', () => {
  it('shows ISO dates and timestamps day-month-year', () => {
    expect(formatDate('2026-11-25')).toBe('25-11-2026');
    expect(formatDate('2026-03-05T10:00:00Z')).toBe('05-03-2026');
    expect(formatDateTime('2026-11-25T14:30')).toBe('25-11-2026 14:30');
  });

  it('leaves what is not an ISO date as it is', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate('31-02-2026')).toBe('31-02-2026');
  });
});

describe('DateInput', () => {
  beforeEach(() => setLanguage('nl'));

  it('takes 25-11-2026 typed in Dutch as 2026-11-25 and shows the format', async () => {
    const user = userEvent.setup();
    const state = box('');
    render(DateInputHarness, { state });
    const input = screen.getByTestId('when');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('placeholder', 'dd-mm-jjjj');
    expect(screen.getByText('dag-maand-jaar, bijvoorbeeld 25-11-2026')).toBeInTheDocument();
    await user.type(input, '25-11-2026');
    expect(state.value).toBe('2026-11-25');
    await user.tab();
    expect(input).toHaveValue('25-11-2026');
    expect(screen.queryByTestId('when-date-problem')).toBeNull();
  });

  it('shows a stored date day-month-year and follows a change from outside', async () => {
    const state = box('2026-03-05');
    render(DateInputHarness, { state });
    expect(screen.getByTestId('when')).toHaveValue('05-03-2026');
    state.value = '2027-01-31';
    expect(await screen.findByDisplayValue('31-01-2027')).toBe(screen.getByTestId('when'));
    state.value = '';
    expect(await screen.findByDisplayValue('')).toBe(screen.getByTestId('when'));
  });

  it('says 31-02-2026 does not exist, keeps the text and takes no date', async () => {
    const user = userEvent.setup();
    const state = box('2026-01-01');
    render(DateInputHarness, { state });
    const input = screen.getByTestId('when');
    await user.clear(input);
    await user.type(input, '31-02-2026');
    // Not while typing; when the parent leaves the field.
    expect(screen.queryByTestId('when-date-problem')).toBeNull();
    await user.tab();
    const problem = screen.getByTestId('when-date-problem');
    expect(problem).toHaveTextContent('Deze datum bestaat niet');
    expect(input).toHaveValue('31-02-2026');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toContain('when-date-problem');
    // Never the old date behind the parent's back.
    expect(state.value).toBe('');
  });

  it('says in English that a date cannot be read, with the format in the hint', async () => {
    setLanguage('en');
    const user = userEvent.setup();
    const state = box('');
    render(DateInputHarness, { state });
    expect(screen.getByText('day-month-year, for example 25-11-2026')).toBeInTheDocument();
    const input = screen.getByTestId('when');
    await user.type(input, 'next friday');
    await user.tab();
    expect(screen.getByTestId('when-date-problem')).toHaveTextContent('This date cannot be read.');
    expect(input).toHaveValue('next friday');
    // Typing a good date clears the message.
    await user.clear(input);
    await user.type(input, '1/2/2026');
    await user.tab();
    expect(screen.queryByTestId('when-date-problem')).toBeNull();
    expect(input).toHaveValue('01-02-2026');
    expect(state.value).toBe('2026-02-01');
  });

  it('with keepInvalid passes the typed text on, for a backend that checks field by field', async () => {
    const state = box('');
    render(DateInputHarness, { state, keepInvalid: true });
    const input = screen.getByTestId('when');
    await fireEvent.input(input, { target: { value: '31-02-2026' } });
    await fireEvent.blur(input);
    expect(screen.getByTestId('when-date-problem')).toBeInTheDocument();
    expect(state.value).toBe('31-02-2026');
  });
});
