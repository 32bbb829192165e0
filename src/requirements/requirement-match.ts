import type { FormShape } from '../fields/mount';
import type { Field } from '../fields/types';

/** What a form is, for reading which requirements are addressed to it. */
export interface RequirementScope {
  readonly version: FormShape['version'];
  readonly token: FormShape['token'];
  /** The person (`person_1ABC`) a person form collects for, when the platform says. */
  readonly person?: string | null | undefined;
}

/** Roles a requirement may address a person by, and the relationship flag each one means. */
export const ROLE_FLAGS = {
  representative: 'relationship.representative',
  owners: 'relationship.owner',
  directors: 'relationship.director',
  executives: 'relationship.executive',
} as const;

type Role = keyof typeof ROLE_FLAGS;

const isRole = (head: string): head is Role => Object.hasOwn(ROLE_FLAGS, head);

const PERSON_ID = /^person_\w+$/;

/** v1 requirement names for parameters v2 spells differently (its lists). */
export const V2_ALIASES: Readonly<Record<string, string>> = {
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

/** v2 requirement names for parameters v1 spells differently. */
const V1_ALIASES: Readonly<Record<string, string>> = {
  'id_numbers.us_ssn_last_4': 'ssn_last_4',
  nationalities: 'nationality',
};

/** Stripe names some account requirements after the Account object rather than the token's parameters. */
const ACCOUNT_REQUIREMENT_ALIASES: Readonly<Record<string, string>> = {
  tos_acceptance: 'terms',
  'tos_acceptance.date': 'terms',
  'tos_acceptance.ip': 'terms',
  'tos_acceptance.user_agent': 'terms',
};

/** v2 spells the groups out (`identity.individual.given_name`); v1 names them (`individual.first_name`). */
const inV1Groups = (requirement: string): string =>
  requirement.replace(/^identity\.(individual|business_details)\./, (_match, group: string) =>
    group === 'individual' ? 'individual.' : 'company.',
  );

/** A list item's field key with its list's (`id_numbers.value`); a plain field's key. */
export function groupKey(field: Field): string {
  return field.list ? `${field.list.key.split('.').slice(1).join('.')}.${field.spec.key}` : field.spec.key;
}

/**
 * The names a requirement may use for a field, relative to its group: its v1 path, v2 path and key. A
 * list item's paths are relative to the item, so only its list-qualified key names it.
 */
export function requirementNames(field: Field): string[] {
  if (field.list) return [groupKey(field)];
  return [field.spec.v1, field.spec.v2, field.spec.key].filter((name): name is string => name !== undefined);
}

/**
 * The requirement relative to the field's group, or `undefined` when it is addressed elsewhere: another
 * group, another person. Persons are addressed by role, by person id, or (on a person form) directly.
 */
export function relativeRequirement(requirement: string, field: Field, scope: RequirementScope): string | undefined {
  const path = inV1Groups(requirement);
  const [head = '', ...rest] = path.split('.');
  const tail = rest.join('.');
  switch (field.group) {
    case 'individual':
      return head === 'individual' ? tail : undefined;
    case 'company':
      return head === 'company' ? tail : undefined;
    case 'account':
      return ACCOUNT_REQUIREMENT_ALIASES[requirement] ?? requirement;
    case 'person':
      if (PERSON_ID.test(head)) return scope.person === head ? tail : undefined;
      if (isRole(head) || head === 'individual' || head === 'person') return tail;
      return head === 'company' ? undefined : path;
  }
}

/** The same parameter in the form's own version's words (`ssn_last_4` is `id_numbers` in v2, and back). */
function inVersion(relative: string, version: FormShape['version']): string {
  if (version === 'v2') {
    const alias = V2_ALIASES[relative.split('.')[0] ?? ''];
    if (alias) return alias;
    // `id_numbers.us_ssn_last_4` asks for an id number of that type: the list item.
    return relative.startsWith('id_numbers.') && !/^id_numbers\.(?:type|value|registrar)$/.test(relative)
      ? 'id_numbers'
      : relative;
  }
  return V1_ALIASES[relative] ?? relative;
}

const isUnder = (name: string, requirement: string): boolean =>
  name === requirement || name.startsWith(`${requirement}.`);

/**
 * Whether a requirement asks for this field, and whether it names the field itself (rather than an
 * object the field is part of, such as `address` for its `line2`).
 */
export function matchRequirement(
  field: Field,
  requirement: string,
  scope: RequirementScope,
): { readonly named: boolean } | null {
  const relative = relativeRequirement(requirement, field, scope);
  if (relative === undefined || relative === '') return null;
  const translated = inVersion(relative, scope.version);
  // Account-level declarations sit under `company` in v1 requirement names, and v1 records them as a
  // date, IP and user agent: `company.ownership_declaration.date` asks for the declaration itself.
  const declaration = translated
    .replace(/^company\./, '')
    .replace(/_declaration\.(?:date|ip|user_agent)$/, '_declaration');
  const candidates = field.group === 'account' ? [translated, declaration] : [translated];
  const names = requirementNames(field);
  if (!names.some((name) => candidates.some((candidate) => isUnder(name, candidate)))) return null;
  return { named: names.some((name) => name === relative || name === translated) };
}

/** The relationship a requirement addressed by role gives the person (`owners.first_name` → an owner). */
export function roleFlagOf(requirement: string, scope: RequirementScope): string | undefined {
  if (scope.token !== 'person') return undefined;
  const head = requirement.split('.')[0] ?? '';
  return isRole(head) ? ROLE_FLAGS[head] : undefined;
}

/** The id type a v2 requirement names (`identity.individual.id_numbers.us_ssn_last_4` → `us_ssn_last_4`). */
export function idTypeOfRequirement(requirement: string): string | undefined {
  const match = /(?:^|\.)id_numbers\.([a-z]{2}_[a-z0-9_]+)$/.exec(requirement);
  return match?.[1];
}

/**
 * Whether a requirement no field of this form answers is for another form of the same account (another
 * person, the company, the representative) rather than something no token can carry.
 */
export function addressedElsewhere(requirement: string, scope: RequirementScope): boolean {
  const head = inV1Groups(requirement).split('.')[0] ?? '';
  if (PERSON_ID.test(head)) return scope.token !== 'person' || scope.person !== head;
  if (scope.token === 'person') return head === 'company';
  return isRole(head) || head === 'individual' || head === 'company';
}
