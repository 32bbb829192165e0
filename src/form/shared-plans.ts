import type { FieldValue } from '../params/values';
import { planFields, type FieldPlan, type PlanInput, type PlannedField } from '../requirements/field-plan';

/** Plans kept for the page: the forms on one page share a handful of settings. */
const KEPT_PLANS = 32;
const plans = new Map<string, FieldPlan>();

/**
 * The plan for these settings (`key` says what they are), made once for every form on the page that
 * has the same: a plan is data no form changes, so twenty forms set up alike need one.
 */
export function sharedPlan(key: string, input: PlanInput): FieldPlan {
  const known = plans.get(key);
  if (known !== undefined) return known;
  const plan = planFields(input);
  const oldest = plans.keys().next();
  if (plans.size >= KEPT_PLANS && oldest.done !== true) plans.delete(oldest.value);
  plans.set(key, plan);
  return plan;
}

const NOTHING_PLANNED: readonly PlannedField[] = [];
const shownByPlan = new WeakMap<FieldPlan, Map<string, readonly PlannedField[]>>();

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
  let byFixed = shownByPlan.get(plan);
  if (byFixed === undefined) {
    byFixed = new Map();
    shownByPlan.set(plan, byFixed);
  }
  let shown = byFixed.get(key);
  if (shown === undefined) {
    shown = plan.fields.filter(({ field }) => !Object.hasOwn(fixed, field.id));
    byFixed.set(key, shown);
  }
  return shown;
}
