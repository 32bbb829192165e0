import type { FieldValue } from '../params/values';
import { planFields, type FieldPlan, type PlanInput, type PlannedField } from '../requirements/field-plan';
import { KeptPerObject, keptValue } from './kept-values';

/** Plans kept for the page: the forms on one page share a handful of settings. */
const KEPT_PLANS = 32;
const plans = new Map<string, FieldPlan>();

/**
 * The plan for these settings (`key` says what they are), made once for every form on the page that
 * has the same: a plan is data no form changes, so twenty forms set up alike need one.
 */
export function sharedPlan(key: string, input: PlanInput): FieldPlan {
  return keptValue(plans, key, () => planFields(input), KEPT_PLANS);
}

const NOTHING_PLANNED: readonly PlannedField[] = [];
const shownByPlan = new KeptPerObject<FieldPlan, readonly PlannedField[]>();

/**
 * The planned fields a person sees, those whose value is not fixed: the same array for as long as the
 * plan and the fixed fields are the same, in every form that has them, so what is worked out from
 * them (the layout) is worked out once.
 */
export function shownFieldsOf(
  plan: FieldPlan | null,
  fixed: Readonly<Record<string, FieldValue>>,
): readonly PlannedField[] {
  if (plan === null) return NOTHING_PLANNED;
  const key = Object.keys(fixed).sort().join('\n');
  return shownByPlan.get(plan, key, () => plan.fields.filter(({ field }) => !Object.hasOwn(fixed, field.id)));
}
