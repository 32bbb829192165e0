import { importChunk, onDemand } from '../../lazy/on-demand';
import type { IdKind } from '../issues';
import type { IdCheck } from './id-check';
import type { IdChecks, IdTypeRule } from './id-type-rule';
import type { V1BusinessIdField } from './v1-business-id-numbers';
import type { V1IdNumberField, V1IdNumberOption } from './v1-id-numbers';

/** A person's id types with their names, and which of them fit each v1 parameter by country. */
export interface PersonIdTable {
  readonly rules: Readonly<Record<string, IdTypeRule>>;
  readonly v1Options: Readonly<Record<string, readonly V1IdNumberOption[]>>;
}

/** A business's id types with their names, and which of them fit each v1 `company` number by country. */
export interface BusinessIdTable {
  readonly rules: Readonly<Record<string, IdTypeRule>>;
  readonly v1Numbers: Readonly<Record<string, Readonly<Partial<Record<V1BusinessIdField, readonly string[]>>>>>;
}

interface Tables {
  person?: PersonIdTable;
  business?: BusinessIdTable;
}

// The tables are large and only forms that show an id number need one: they load on demand (the
// headless entry installs both up front), and the checks wait for them. How each type is checked is
// larger still (a loader per `stdnum` module) and needed only once a number is checked: apart.
const installed: Tables = {};
const installedChecks: Partial<Record<IdKind, IdChecks>> = {};
// A failed download (flaky network) is fetched again by the next call.
const loading = {
  person: onDemand(async (retrying) => {
    const { PERSON_ID_TABLE } = await importChunk(() => import('./person-id-table'), retrying, 'PERSON_ID_TABLE');
    installPersonIdTable(PERSON_ID_TABLE);
  }),
  business: onDemand(async (retrying) => {
    const table = await importChunk(() => import('./business-id-table'), retrying, 'BUSINESS_ID_TABLE');
    installBusinessIdTable(table.BUSINESS_ID_TABLE);
  }),
} satisfies Record<IdKind, unknown>;
/** The checks chunk of a kind, installed once it lands (`exportName` names its table of checks). */
function checksChunk<N extends string>(
  kind: IdKind,
  load: () => Promise<Readonly<Record<N, IdChecks>>>,
  exportName: N,
) {
  return onDemand(async (retrying) => {
    const chunk = await importChunk(load, retrying, exportName);
    installIdChecks(kind, chunk[exportName]);
  });
}
const loadingChecks = {
  person: checksChunk('person', () => import('./person-id-checks'), 'PERSON_ID_CHECKS'),
  business: checksChunk('business', () => import('./business-id-checks'), 'BUSINESS_ID_CHECKS'),
} satisfies Record<IdKind, unknown>;

export function installIdChecks(kind: IdKind, checks: IdChecks): void {
  installedChecks[kind] = checks;
}

/** Loads how a kind's types are checked, once; a failed load is tried again next time. */
export function loadIdChecks(kind: IdKind): Promise<void> {
  if (installedChecks[kind] !== undefined) return Promise.resolve();
  return loadingChecks[kind].load();
}

/** How an id type is checked; `null` for a type this build does not know, or before its checks are loaded. */
export function idCheckOf(kind: IdKind, idType: string): IdCheck | null {
  const checks = installedChecks[kind];
  return checks !== undefined && Object.hasOwn(checks, idType) ? (checks[idType] ?? null) : null;
}

export function installPersonIdTable(table: PersonIdTable): void {
  installed.person = table;
}

export function installBusinessIdTable(table: BusinessIdTable): void {
  installed.business = table;
}

/** Whether a kind's table is here, so that its choices and checks can be read synchronously. */
export function hasIdTypes(kind: IdKind): boolean {
  return installed[kind] !== undefined;
}

/** Loads a kind's table once; resolves at once when it is installed. A failed load is tried again next time. */
export function loadIdTypes(kind: IdKind): Promise<void> {
  if (hasIdTypes(kind)) return Promise.resolve();
  return loading[kind].load();
}

/** The name and country of a Stripe id type; `null` for types this build does not know, or before its table is loaded. */
export function idTypeRule(idType: string, idKind: IdKind = 'person'): IdTypeRule | null {
  const rules = idTypeRules(idKind);
  return Object.hasOwn(rules, idType) ? (rules[idType] ?? null) : null;
}

/** A kind's id types with their rules; empty until its table is loaded. */
export function idTypeRules(kind: IdKind): Readonly<Record<string, IdTypeRule>> {
  return installed[kind]?.rules ?? {};
}

/** The v1 person id options for one country and field (SSN, ITIN for a US `id_number`); none until loaded. */
export function v1PersonIdOptions(country: string, field: V1IdNumberField): readonly V1IdNumberOption[] {
  return (installed.person?.v1Options[country.toUpperCase()] ?? []).filter((option) => option.field === field);
}

/** The business id types that fit a v1 company number in a country (`us_ein` for a US `tax_id`); none until loaded. */
export function v1BusinessIdTypesIn(country: string, field: V1BusinessIdField): readonly string[] {
  return installed.business?.v1Numbers[country.toUpperCase()]?.[field] ?? [];
}

export const isV1BusinessIdField = (key: string): key is V1BusinessIdField =>
  key === 'tax_id' || key === 'vat_id' || key === 'registration_number';
