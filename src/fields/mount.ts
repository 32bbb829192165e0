import { accountSchema } from './account-schema';
import { V1_MAX_LENGTHS } from './data/v1-max-lengths';
import { personFields, personLists } from './person';
import type { ApiVersion, BusinessType, Field, FieldSpec, ListSpec, TokenKind } from './types';

/** Which request a form builds. */
export interface FormShape {
  readonly token: TokenKind;
  readonly version: ApiVersion;
  /** Account tokens only: which entity the account is. Defaults to `individual`. */
  readonly businessType?: BusinessType;
  /** How many items each repeatable list has, by list id (`person.id_numbers`). Default 1. */
  readonly listCounts?: Readonly<Record<string, number>>;
}

export type GroupId = 'person' | 'individual' | 'company' | 'account';

interface GroupMount {
  readonly group: GroupId;
  /** Where the group sits in the request body, per version. */
  readonly prefix: Readonly<Record<ApiVersion, string>>;
  readonly specs: readonly FieldSpec[];
  readonly lists: readonly ListSpec[];
}

const join = (...parts: string[]): string => parts.filter((part) => part !== '').join('.');

const PERSON_MOUNTS: Readonly<Record<'person' | 'individual', GroupMount>> = {
  person: { group: 'person', prefix: { v1: 'person', v2: '' }, specs: personFields, lists: personLists },
  individual: {
    group: 'individual',
    prefix: { v1: 'account.individual', v2: 'identity.individual' },
    specs: personFields,
    lists: personLists,
  },
};

/**
 * The groups a form of this shape is made of. An account form's own groups come with the account
 * schema (`loadAccountSchema`); the element renders once it is installed.
 */
export function groupsFor(shape: FormShape): GroupMount[] {
  if (shape.token === 'person') return [PERSON_MOUNTS.person];
  const schema = accountSchema();
  if (schema === null) throw new Error('token-forms: an account form needs its schema (loadAccountSchema) first');
  const entity = shape.businessType ?? 'individual';
  const account: GroupMount = {
    group: 'account',
    prefix: { v1: 'account', v2: '' },
    specs: schema.accountFields,
    lists: [],
  };
  const company: GroupMount = {
    group: 'company',
    prefix: { v1: 'account.company', v2: 'identity.business_details' },
    specs: schema.companyFields,
    lists: schema.companyLists,
  };
  return [account, entity === 'individual' ? PERSON_MOUNTS.individual : company];
}

function excludedHere(spec: FieldSpec, group: GroupId, version: ApiVersion): boolean {
  if (group !== 'individual' || spec.personTokenOnly === undefined) return false;
  return spec.personTokenOnly === true || spec.personTokenOnly === version;
}

/**
 * The parameter path of a spec in a version. An attestation control that has no parameter of its own
 * in this version (v1 records acceptance as a date) is named after the first value it triggers.
 */
function pathOf(spec: FieldSpec, siblings: readonly FieldSpec[], version: ApiVersion): string | undefined {
  const own = spec[version];
  if (own !== undefined) return own;
  if (spec.input !== 'attestation' || spec.attestedBy !== undefined) return undefined;
  return siblings.find((sibling) => sibling.attestedBy === spec.key && sibling[version] !== undefined)?.[version];
}

const isText = (spec: FieldSpec): boolean => spec.encoding === undefined || spec.encoding === 'string-list';

/**
 * Stripe's length limit for a spec in this group, in any version: its own v1 parameter's, else that of
 * the v1 parameter of the same meaning (`v1Concept`; a v1 list the group lacks), else the spec's own.
 */
function maxLengthOf(mount: GroupMount, spec: FieldSpec, list?: ListSpec): number | undefined {
  if (!isText(spec)) return undefined;
  const own =
    spec.v1 === undefined || (list !== undefined && list.v1 === undefined)
      ? undefined
      : join(list?.v1 === undefined ? '' : `${list.v1}[]`, spec.v1) + (spec.encoding === 'string-list' ? '[]' : '');
  // An account token's limits come with the account chunk.
  const limits = mount.group === 'person' ? V1_MAX_LENGTHS : (accountSchema()?.v1MaxLengths ?? {});
  const limitAt = (path: string | undefined): number | undefined =>
    path === undefined ? undefined : limits[join(mount.prefix.v1, path)];
  return limitAt(own) ?? limitAt(spec.v1Concept) ?? spec.maxLength;
}

function mountSpecs(
  mount: GroupMount,
  specs: readonly FieldSpec[],
  version: ApiVersion,
  base: { id: string; name: string },
  list?: { readonly spec: ListSpec; readonly membership: NonNullable<Field['list']> },
): Field[] {
  const fields: Field[] = [];
  for (const spec of specs) {
    if (excludedHere(spec, mount.group, version)) continue;
    const path = pathOf(spec, specs, version);
    if (path === undefined) continue;
    const maxLength = maxLengthOf(mount, spec, list?.spec);
    fields.push({
      id: join(base.id, spec.key),
      name: join(base.name, path),
      spec,
      group: mount.group,
      ...(spec[version] === undefined ? { controlOnly: true as const } : {}),
      ...(list ? { list: list.membership } : {}),
      ...(maxLength === undefined ? {} : { maxLength }),
    });
  }
  return fields;
}

/** Every field a form of this shape can carry, in definition order, for every country. */
export function mountFields(shape: FormShape): Field[] {
  const fields: Field[] = [];
  for (const mount of groupsFor(shape)) {
    const prefix = mount.prefix[shape.version];
    fields.push(...mountSpecs(mount, mount.specs, shape.version, { id: mount.group, name: prefix }));
    for (const list of mount.lists) {
      const listPath = list[shape.version];
      if (listPath === undefined) continue;
      const listId = join(mount.group, list.key);
      const count = Math.min(list.max, Math.max(0, shape.listCounts?.[listId] ?? 1));
      for (let index = 0; index < count; index += 1) {
        fields.push(
          ...mountSpecs(
            mount,
            list.fields,
            shape.version,
            { id: join(listId, String(index)), name: join(prefix, listPath, String(index)) },
            { spec: list, membership: { key: listId, index } },
          ),
        );
      }
    }
  }
  return fields;
}

/** The repeatable lists of a form, with their ids and maximum lengths. */
export function listsFor(shape: FormShape): { id: string; spec: ListSpec }[] {
  return groupsFor(shape).flatMap((mount) =>
    mount.lists
      .filter((list) => list[shape.version] !== undefined)
      .map((list) => ({ id: join(mount.group, list.key), spec: list })),
  );
}
