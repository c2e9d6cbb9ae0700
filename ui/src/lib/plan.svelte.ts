// The parenting-plan agreements being put together. Kept in memory for the session
// (like the consent form), never on disk until the parent makes the PDF.
import type { Clause, FieldError, ParentingPlan, PlanLanguage } from './backend';
import type { ParamDef } from './bindings/ParamDef';

export const plan = $state<{
  value: ParentingPlan;
  /** Clause ids the parent ticked, in library order when sent. */
  chosen: string[];
  /** Parameter values per clause id, kept when a clause is unticked and ticked again. */
  params: Record<string, Record<string, string>>;
  language: PlanLanguage;
  problems: FieldError[];
}>({
  value: emptyPlan(),
  chosen: [],
  params: {},
  language: 'both',
  problems: [],
});

function emptyPlan(): ParentingPlan {
  return {
    party_a: { full_name: '', birth_date: '', address: '' },
    party_b: { full_name: '', birth_date: '', address: '' },
    children: [{ full_name: '', birth_date: '' }],
    clauses: [],
    sign_place: '',
    sign_date: '',
  };
}

/** Empties the plan being put together (the quick exit). */
export function resetPlan(): void {
  plan.value = emptyPlan();
  plan.chosen = [];
  plan.params = {};
  plan.language = 'both';
  plan.problems = [];
}

export function defaultParams(params: ParamDef[]): Record<string, string> {
  return Object.fromEntries(params.map((def) => [def.name, def.default ?? '']));
}

/** The plan as the backend wants it: the ticked clauses, in library order. */
export function planToSend(library: Clause[]): ParentingPlan {
  const value = $state.snapshot(plan.value);
  value.clauses = library
    .filter((clause) => plan.chosen.includes(clause.id))
    .map((clause) => ({ id: clause.id, params: { ...(plan.params[clause.id] ?? {}) } }));
  return value;
}

/**
 * The path the backend reports for a clause parameter (`clauses[2].params.days`),
 * translated back to the clause id, so the problem shows at the right card.
 */
export function clauseParamPath(library: Clause[], clauseId: string, name: string): string {
  const index = library.filter((clause) => plan.chosen.includes(clause.id)).findIndex((c) => c.id === clauseId);
  return `clauses[${index}].params.${name}`;
}
