import { addressLayout } from '../fields/address-layout';
import { mountFields, type FormShape } from '../fields/mount';
import { prerequisitesOf } from '../fields/relations';
import type { Field } from '../fields/types';
import type { FieldValue } from '../params/values';
import {
  ACCOUNT_MINIMUMS,
  COMPANY_MINIMUMS,
  COMPANY_OPTIONAL,
  PERSON_MINIMUMS,
  PERSON_OPTIONAL,
  PERSON_TOKEN_OPTIONAL,
} from './country-minimums';
import { readRequirements, type RequirementsInput } from './requirement-input';
import {
  addressedElsewhere,
  groupKey,
  idTypeOfRequirement,
  matchRequirement,
  roleFlagOf,
  type RequirementScope,
  V2_ALIASES,
} from './requirement-match';

export interface PlannedField {
  readonly field: Field;
  readonly required: boolean;
}

export interface FieldPlan {
  /** The inputs to show, in schema order. */
  readonly fields: readonly PlannedField[];
  /** Every field of the request, shown or not (browser and derived values are built from these). */
  readonly allFields: readonly Field[];
  /** Requirement paths this form cannot collect (`external_account`, `business_profile.url`). */
  readonly unsupported: readonly string[];
  /** Requirement paths for another form of the account: another person, the company, the representative. */
  readonly elsewhere: readonly string[];
  /** Values the requirements decide, by field id: a person asked for as an owner is one. Sent, not shown. */
  readonly fixed: Readonly<Record<string, FieldValue>>;
  /** Values the requirements suggest, by field id: the id type a v2 requirement names. */
  readonly defaults: Readonly<Record<string, FieldValue>>;
  /** Errors Stripe reported on requirements, at the first shown field each one asks for. */
  readonly requirementErrors: readonly RequirementErrors[];
}

/** Stripe's errors on one requirement, placed at a field. */
export interface RequirementErrors {
  readonly fieldId: string;
  readonly requirement: string;
  /** Stripe's codes (`verification_document_expired`). */
  readonly codes: readonly string[];
}

export interface PlanInput {
  readonly shape: FormShape;
  /** ISO 3166-1 alpha-2 country of the person or business. */
  readonly country: string;
  /**
   * What Stripe asks for: paths in v1 or v2 spelling (`individual.dob.day`,
   * `identity.individual.date_of_birth.day`, `representative.first_name_kana`), a v1 requirements object,
   * or a v2 one with `entries[]`. Absent or naming nothing: the country's default set.
   */
  readonly requirements?: RequirementsInput | null | undefined;
  /** The person a person form collects for (`person_1ABC`): requirements addressed to others are not its own. */
  readonly person?: string | null | undefined;
}

const isUserInput = (field: Field): boolean => (field.spec.source ?? 'user') === 'user';

/** Parts a whole-object requirement does not make required: Stripe takes the object without them. */
const OPTIONAL_PARTS = /(?:^|\.)(?:line2|registrar)$|^additional_names\.(?:given_name|surname)$/;

/** Address parts a country does not write (a state in Germany, a postal code in Hong Kong); Japanese script addresses follow Japan's. */
function outsideAddressLayout(field: Field, country: string): boolean {
  const part = field.spec.address?.part;
  if (part === undefined || part === 'country' || field.spec.script !== undefined) return false;
  return !addressLayout(country).order.includes(part);
}

/** Keys of the group's fields that the country's default set asks for, with whether each is required. */
function defaultKeys(group: Field['group'], country: string, token: FormShape['token']): Map<string, boolean> {
  const keys = new Map<string, boolean>();
  const add = (list: readonly string[] | undefined, required: boolean): void => {
    for (const key of list ?? []) if (!keys.has(key)) keys.set(key, required);
  };
  if (group === 'person' || group === 'individual') {
    add(PERSON_MINIMUMS[country] ?? PERSON_MINIMUMS['*'], true);
    add(PERSON_OPTIONAL[country] ?? PERSON_OPTIONAL['*'], false);
    if (token === 'person') add(PERSON_TOKEN_OPTIONAL, false);
  } else if (group === 'company') {
    add(COMPANY_MINIMUMS[country] ?? COMPANY_MINIMUMS['*'], true);
    add(COMPANY_OPTIONAL[country] ?? COMPANY_OPTIONAL['*'], false);
  } else {
    add(ACCOUNT_MINIMUMS, true);
  }
  return keys;
}

/** What a shown field cannot do without, as fields of this form. */
function dependencies(field: Field, byId: ReadonlyMap<string, Field>): { field: Field; required: boolean }[] {
  return prerequisitesOf(field).flatMap(({ id, required }) => {
    const dependency = byId.get(id);
    return dependency ? [{ field: dependency, required }] : [];
  });
}

/**
 * Which inputs a form shows and which it requires. With a requirements list, exactly the fields it
 * names plus what they depend on; without one, the country's default set for the group.
 */
export function planFields(input: PlanInput): FieldPlan {
  const allFields = mountFields(input.shape);
  const byId = new Map(allFields.map((field) => [field.id, field]));
  const wanted = new Map<string, boolean>();
  const want = (field: Field, required: boolean): void => {
    wanted.set(field.id, (wanted.get(field.id) ?? false) || required);
  };
  const unsupported: string[] = [];
  const elsewhere: string[] = [];
  const fixed: Record<string, FieldValue> = {};
  const defaults: Record<string, FieldValue> = {};
  const errorsAt: RequirementErrors[] = [];
  const scope: RequirementScope = { version: input.shape.version, token: input.shape.token, person: input.person };
  const requirements = readRequirements(input.requirements);

  if (requirements) {
    for (const requirement of requirements) {
      const hits = allFields.flatMap((field) => {
        const match = matchRequirement(field, requirement.path, scope);
        return match ? [{ field, named: match.named }] : [];
      });
      if (hits.length === 0) {
        (addressedElsewhere(requirement.path, scope) ? elsewhere : unsupported).push(requirement.path);
        continue;
      }
      let errorField: string | undefined;
      for (const { field, named } of hits) {
        // A requirement for a whole object (`company.tax_id` → v2 `id_numbers`) skips the parts that do
        // not apply in this country (a German registrar elsewhere).
        const inCountry =
          (!field.spec.countries || field.spec.countries.includes(input.country)) &&
          !outsideAddressLayout(field, input.country);
        if (!inCountry && !named) continue;
        // A requirement for `address` or `dob` as a whole needs every part but the optional ones: the
        // second address line, a German id number's registrar.
        want(field, requirement.required && (named || !OPTIONAL_PARTS.test(groupKey(field))));
        if (isUserInput(field)) errorField ??= field.id;
        const idType = idTypeOfRequirement(requirement.path);
        if (idType && field.list && field.spec.key === 'type') defaults[field.id] ??= idType;
      }
      if (errorField && requirement.errors.length > 0) {
        errorsAt.push({ fieldId: errorField, requirement: requirement.path, codes: requirement.errors });
      }
      // Asked for as an owner (`owners.first_name`): the person is one.
      const flag = roleFlagOf(requirement.path, scope);
      const flagField = flag
        ? allFields.find((field) => field.group === 'person' && field.spec.key === flag)
        : undefined;
      if (flagField) {
        want(flagField, false);
        fixed[flagField.id] = true;
      }
    }
  } else {
    for (const field of allFields) {
      if (field.list && field.list.index > 0) continue;
      const keys = defaultKeys(field.group, input.country, input.shape.token);
      const key = groupKey(field);
      const aliasKeys =
        input.shape.version === 'v2' ? [...keys.keys()].filter((k) => V2_ALIASES[k] === key.split('.')[0]) : [];
      const required = keys.get(key) ?? (aliasKeys.length > 0 ? aliasKeys.some((k) => keys.get(k)) : undefined);
      if (required === undefined) continue;
      if (field.spec.countries && !field.spec.countries.includes(input.country)) continue;
      if (outsideAddressLayout(field, input.country)) continue;
      want(field, required);
    }
  }

  // Items a person added to a list (a second id number) are asked for as the first one is.
  for (const field of allFields) {
    if (!field.list || field.list.index === 0) continue;
    const first = wanted.get(`${field.list.key}.0.${field.spec.key}`);
    if (first !== undefined) want(field, first);
  }

  // Dependencies, to a fixed point (a browser value's control may itself depend on nothing more).
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, required] of [...wanted]) {
      const field = byId.get(id);
      if (!field) continue;
      for (const dependency of dependencies(field, byId)) {
        const before = wanted.get(dependency.field.id);
        const next = (before ?? false) || (required && dependency.required);
        if (before !== next) {
          wanted.set(dependency.field.id, next);
          grew = true;
        }
      }
    }
  }

  const fields = allFields
    .filter((field) => wanted.has(field.id) && isUserInput(field))
    .map((field) => ({ field, required: wanted.get(field.id) ?? false }));
  return { fields, allFields, unsupported, elsewhere, fixed, defaults, requirementErrors: errorsAt };
}
