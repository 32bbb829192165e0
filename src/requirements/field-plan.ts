import { addressLayout } from '../fields/address-layout';
import { mountFields, type FormShape } from '../fields/mount';
import { prerequisitesOf } from '../fields/relations';
import type { Field } from '../fields/types';
import {
  ACCOUNT_MINIMUMS,
  COMPANY_MINIMUMS,
  COMPANY_OPTIONAL,
  PERSON_MINIMUMS,
  PERSON_OPTIONAL,
  PERSON_TOKEN_OPTIONAL,
} from './country-minimums';

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
}

export interface PlanInput {
  readonly shape: FormShape;
  /** ISO 3166-1 alpha-2 country of the person or business. */
  readonly country: string;
  /** Stripe requirement paths (`individual.dob.day`, `company.tax_id`, `representative.first_name_kana`). */
  readonly requirements?: readonly string[];
}

/** v1 requirement names for parameters v2 spells differently (its lists). */
const V2_ALIASES: Readonly<Record<string, string>> = {
  id_number: 'id_numbers',
  id_number_secondary: 'id_numbers',
  ssn_last_4: 'id_numbers',
  tax_id: 'id_numbers',
  vat_id: 'id_numbers',
  registration_number: 'id_numbers',
  nationality: 'nationalities',
  maiden_name: 'additional_names',
  full_name_aliases: 'additional_names',
};

/** Stripe names some account requirements after the Account object rather than the token's parameters. */
const ACCOUNT_REQUIREMENT_ALIASES: Readonly<Record<string, string>> = {
  tos_acceptance: 'terms',
  'tos_acceptance.date': 'terms',
  'tos_acceptance.ip': 'terms',
  'tos_acceptance.user_agent': 'terms',
};

const isUserInput = (field: Field): boolean => (field.spec.source ?? 'user') === 'user';

/** A list item's field key with its list's (`id_numbers.value`); a plain field's key. */
function groupKey(field: Field): string {
  return field.list ? `${field.list.key.split('.').slice(1).join('.')}.${field.spec.key}` : field.spec.key;
}

/**
 * The names a requirement may use for a field, relative to its group: its v1 path, v2 path and key. A
 * list item's paths are relative to the item, so only its list-qualified key names it.
 */
function requirementNames(field: Field): string[] {
  if (field.list) return [groupKey(field)];
  return [field.spec.v1, field.spec.v2, field.spec.key].filter((name): name is string => name !== undefined);
}

/** Parts a whole-object requirement does not make required: Stripe takes the object without them. */
const OPTIONAL_PARTS = /(?:^|\.)(?:line2|registrar)$|^additional_names\.(?:given_name|surname)$/;

/** Address parts a country does not write (a state in Germany, a postal code in Hong Kong); Japanese script addresses follow Japan's. */
function outsideAddressLayout(field: Field, country: string): boolean {
  const part = field.spec.address?.part;
  if (part === undefined || part === 'country' || field.spec.script !== undefined) return false;
  return !addressLayout(country).order.includes(part);
}

const isUnder = (name: string, requirement: string): boolean =>
  name === requirement || name.startsWith(`${requirement}.`);

/** Strips the group a requirement is addressed to; persons are addressed by role or person id. */
function relativeRequirement(requirement: string, field: Field): string | undefined {
  const [head = '', ...rest] = requirement.split('.');
  const tail = rest.join('.');
  switch (field.group) {
    case 'individual':
      return head === 'individual' ? tail : undefined;
    case 'company':
      return head === 'company' ? tail : undefined;
    case 'account':
      return ACCOUNT_REQUIREMENT_ALIASES[requirement] ?? requirement;
    case 'person':
      return /^(?:representative|owners|directors|executives|person_\w+|individual|person)$/.test(head)
        ? tail
        : requirement;
  }
}

function matches(field: Field, requirement: string, version: FormShape['version']): boolean {
  let relative = relativeRequirement(requirement, field);
  if (relative === undefined || relative === '') return false;
  if (version === 'v2') {
    const alias = V2_ALIASES[relative.split('.')[0] ?? ''];
    if (alias) relative = alias;
  }
  // Account-level declarations sit under `company` in v1 requirement names, and v1 records them as a
  // date, IP and user agent: `company.ownership_declaration.date` asks for the declaration itself.
  const declaration = relative
    .replace(/^company\./, '')
    .replace(/_declaration\.(?:date|ip|user_agent)$/, '_declaration');
  const candidates = field.group === 'account' ? [relative, declaration] : [relative];
  return requirementNames(field).some((name) => candidates.some((candidate) => isUnder(name, candidate)));
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

  if (input.requirements && input.requirements.length > 0) {
    for (const requirement of input.requirements) {
      const hits = allFields.filter((field) => matches(field, requirement, input.shape.version));
      if (hits.length === 0) unsupported.push(requirement);
      for (const field of hits) {
        // A requirement for a whole object (`company.tax_id` → v2 `id_numbers`) skips the parts that do
        // not apply in this country (a German registrar elsewhere).
        const inCountry =
          (!field.spec.countries || field.spec.countries.includes(input.country)) &&
          !outsideAddressLayout(field, input.country);
        const named = requirementNames(field).some((name) => name === relativeRequirement(requirement, field));
        if (!inCountry && !named) continue;
        // A requirement for `address` or `dob` as a whole needs every part but the optional ones: the
        // second address line, a German id number's registrar.
        want(field, named || !OPTIONAL_PARTS.test(groupKey(field)));
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
  return { fields, allFields, unsupported };
}
