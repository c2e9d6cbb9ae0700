import { mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import PlanBuilder from '../components/PlanBuilder.svelte';
import type { Clause, FieldError, ParentingPlan } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import { plan } from '../lib/plan.svelte';

const clauses: Clause[] = [
  {
    id: 'max-holiday',
    order: 1,
    source: 'legal-research.md §2',
    checked: '2026-11',
    status: 'sourced',
    doubt: null,
    title: { nl: 'Maximale vakantieduur', en: 'Maximum holiday length' },
    text: { nl: 'Hoogstens {days} dagen.', en: 'At most {days} days.' },
    why: { nl: 'Duidelijkheid.', en: 'Clarity.' },
    params: [
      { name: 'days', kind: 'integer', required: true, default: '21', min: 1, max: 90, options: [], label: { nl: 'Dagen', en: 'Days' } },
    ],
  },
  {
    id: 'penalty',
    order: 2,
    source: 'legal-research.md §2',
    checked: '2026-11',
    status: 'to-confirm',
    doubt: { nl: 'Niet onderzocht.', en: 'Not researched.' },
    title: { nl: 'Boete', en: 'Penalty' },
    text: { nl: '{amount} per dag.', en: '{amount} per day.' },
    why: { nl: 'Druk.', en: 'Pressure.' },
    params: [],
  },
];

type Call = { cmd: string; args: Record<string, unknown> };

function fakeBackend(problems: FieldError[]) {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    switch (cmd) {
      case 'plan_clauses':
        return clauses;
      case 'plan_check':
        return problems;
      case 'plan_preview':
        return { articles: [{ clause_id: 'max-holiday', title: clauses[0]!.title, text: { nl: 'Hoogstens 14 dagen.', en: 'At most 14 days.' } }] };
      case 'plan_save':
        return { path: '/tmp/x/parenting-plan-clauses.pdf', file_name: 'parenting-plan-clauses.pdf' };
      default:
        throw { code: 'internal', message: cmd };
    }
  });
  return calls;
}

describe('parenting-plan builder', () => {
  beforeEach(() => {
    setLanguage('en');
    plan.chosen = [];
    plan.params = {};
    plan.problems = [];
    plan.language = 'both';
  });

  it('sends only ticked clauses, with defaults and edits, and shows the preview', async () => {
    const calls = fakeBackend([]);
    render(PlanBuilder);
    const card = await screen.findByTestId('clause-max-holiday');
    expect(within(screen.getByTestId('clause-penalty')).getByTestId('to-confirm')).toBeVisible();
    // Every clause shows its source and the month the sources were consulted.
    for (const clause of clauses) {
      expect(screen.getByTestId(`clause-source-${clause.id}`)).toHaveTextContent(/legal-research\.md §2 · .*(consulted in|geraadpleegd in) .*2026/);
    }
    await userEvent.click(within(card).getByTestId('include-max-holiday'));
    const days = within(card).getByLabelText('Days');
    expect(days).toHaveValue('21');
    await userEvent.clear(days);
    await userEvent.type(days, '14');
    await userEvent.click(screen.getByTestId('plan-preview-button'));
    expect(await screen.findByTestId('plan-preview')).toHaveTextContent('At most 14 days.');
    const sent = calls.find((c) => c.cmd === 'plan_check')?.args.plan as ParentingPlan;
    expect(sent.clauses).toEqual([{ id: 'max-holiday', params: { days: '14' } }]);
  });

  it('shows a parameter problem at its clause and saves nothing', async () => {
    const calls = fakeBackend([{ field: 'clauses[0].params.days', code: 'out-of-range', severity: 'error' }]);
    render(PlanBuilder);
    await userEvent.click(await screen.findByTestId('include-max-holiday'));
    await userEvent.click(screen.getByTestId('plan-make'));
    expect(await screen.findByTestId('plan-problems')).toBeVisible();
    expect(screen.getByTestId('field-clauses-0-params-days-problems')).not.toBeEmptyDOMElement();
    expect(calls.some((c) => c.cmd === 'plan_save')).toBe(false);
  });

  it('saves in the chosen language', async () => {
    const calls = fakeBackend([]);
    render(PlanBuilder);
    await userEvent.click(await screen.findByTestId('include-penalty'));
    await userEvent.click(screen.getByTestId('plan-language-en'));
    await userEvent.click(screen.getByTestId('plan-make'));
    expect(await screen.findByTestId('plan-saved')).toHaveTextContent('parenting-plan-clauses.pdf');
    expect(calls.find((c) => c.cmd === 'plan_save')?.args.language).toBe('en');
  });
});
