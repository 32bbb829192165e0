import type { ApiVersion, BusinessType, Field } from '../fields/types';
import type { FieldPlan, PlannedField } from './field-plan';

/** Account-level attestations that speak for a company's people; an individual has none to make. */
const COMPANY_ATTESTATION =
  /^(?:persons_provided\.|ownership_declaration\.|directorship_declaration\.|representative_declaration\.)/;

/** v2's own top-level details, offered (not required) when the host names no requirements. */
const V2_TOP_LEVEL = ['display_name', 'contact_email', 'contact_phone'];

const belongs = (field: Field, businessType: BusinessType | null): boolean => {
  if (businessType === null) return field.group === 'account' && !COMPANY_ATTESTATION.test(field.spec.key);
  if (businessType === 'individual') return field.group !== 'account' || !COMPANY_ATTESTATION.test(field.spec.key);
  return true;
};

export interface AccountPlanOptions {
  /** `null` until the person chooses one: only the choice itself (and the terms) are shown. */
  readonly businessType: BusinessType | null;
  readonly version: ApiVersion;
  /** Whether the host named the requirements to collect. */
  readonly hasRequirements: boolean;
}

/**
 * What an account form shows of the general plan: always the business type, the groups of that type, no company
 * attestations for an individual (nor any value left from them), and in v2 the account's display name
 * and contact details when the host did not say what to collect.
 */
export function accountPlan(plan: FieldPlan, options: AccountPlanOptions): FieldPlan {
  const allFields = plan.allFields.filter((field) => belongs(field, options.businessType));
  const planned = new Map<string, PlannedField>(plan.fields.map((entry) => [entry.field.id, entry]));
  // The business type decides everything else, so it is always asked for (or fixed by the host and sent).
  const businessType = allFields.find((field) => field.group === 'account' && field.spec.key === 'business_type');
  if (businessType) planned.set(businessType.id, { field: businessType, required: true });
  if (options.version === 'v2' && !options.hasRequirements) {
    for (const field of allFields) {
      if (field.group === 'account' && V2_TOP_LEVEL.includes(field.spec.key) && !planned.has(field.id)) {
        planned.set(field.id, { field, required: false });
      }
    }
  }
  const fields = allFields.flatMap((field) => {
    const entry = planned.get(field.id);
    return entry ? [entry] : [];
  });
  return { ...plan, fields, allFields };
}
