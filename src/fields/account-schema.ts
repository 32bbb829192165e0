import type { Locale } from '../i18n/locale';
import { importChunk, onDemand } from '../lazy/on-demand';
import type { AccountPlanOptions } from '../requirements/account-plan';
import type { FieldPlan } from '../requirements/field-plan';
import type { ApiVersion, BusinessType, FieldSpec, ListSpec } from './types';

/**
 * What only an account form needs: the account and company fields, which of them a business type shows,
 * the company structures. They come in one chunk (`account-parts.ts`, with the business id table and
 * the account labels) that an account form loads at connect; the headless entry installs it up front.
 */
export interface AccountSchema {
  readonly accountFields: readonly FieldSpec[];
  readonly companyFields: readonly FieldSpec[];
  readonly companyLists: readonly ListSpec[];
  /** Stripe's length limits of an account token's strings, by v1 path (`account.company.name`). */
  readonly v1MaxLengths: Readonly<Record<string, number>>;
  readonly accountPlan: (plan: FieldPlan, options: AccountPlanOptions) => FieldPlan;
  readonly structuresFor: (businessType: BusinessType, version: ApiVersion, country: string) => readonly string[];
  readonly structureLabel: (structure: string, locale: Locale) => string | undefined;
}

let installed: AccountSchema | null = null;
// A failed download (flaky network) is fetched again by the next call.
const accountParts = onDemand(async (retrying) =>
  (await importChunk(() => import('./account-parts'), retrying, 'installAccountParts')).installAccountParts(),
);

export function installAccountSchema(schema: AccountSchema): void {
  installed = schema;
}

/** The account schema once installed, else `null`. */
export function accountSchema(): AccountSchema | null {
  return installed;
}

/** Loads the account chunk once and installs it; a failed load is tried again next time. */
export function loadAccountSchema(): Promise<AccountSchema> {
  if (installed !== null) return Promise.resolve(installed);
  return accountParts.load();
}
