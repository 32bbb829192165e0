import { isIdTypeField } from '../fields/choices';
import { countryOf } from '../fields/relations';
import type { Field } from '../fields/types';
import type { FormValues } from '../params/values';
import type { PlannedField } from '../requirements/field-plan';
import { hasIdTypes, loadIdTypes } from '../validation/id-numbers/id-type-tables';
import type { IdKind } from '../validation/issues';
import { loadRegions, regionsPending } from '../validation/regions/lookup';

/** The id table a field's choices or check read, if any. */
export function idKindOf(field: Field): IdKind | null {
  const checks = field.spec.checks ?? [];
  if (checks.includes('business-id-number')) return 'business';
  if (checks.includes('person-id-number')) return 'person';
  if (isIdTypeField(field)) return field.group === 'company' ? 'business' : 'person';
  return null;
}

/** The country whose region list a state field offers: Japan for Kanji and Kana addresses. */
function regionCountryOf(field: Field, values: FormValues, formCountry: string): string | null {
  if (field.spec.address?.part !== 'state') return null;
  return field.spec.script === undefined ? countryOf(field, values, formCountry) : 'JP';
}

/**
 * Starts loading the tables the planned fields read and that are not here yet — the person or business
 * id table, the region list of each address's country — and resolves once all are in; `null` when
 * nothing is missing. A form shows its fields once they are in (before its first render) or renders
 * again when they arrive.
 */
export function loadMissingParts(
  planned: readonly PlannedField[],
  values: FormValues,
  formCountry: string,
): Promise<unknown> | null {
  const idKinds = new Set<IdKind>();
  const countries = new Set<string>();
  for (const { field } of planned) {
    const idKind = idKindOf(field);
    if (idKind !== null && !hasIdTypes(idKind)) idKinds.add(idKind);
    const regionCountry = regionCountryOf(field, values, formCountry);
    if (regionCountry !== null && regionsPending(regionCountry)) countries.add(regionCountry);
  }
  if (idKinds.size === 0 && countries.size === 0) return null;
  return Promise.all([...[...idKinds].map(loadIdTypes), ...[...countries].map(loadRegions)]);
}

/** The tables a form's plan is waiting for, and what to do when they are in. */
export class MissingParts {
  #loading: Promise<void> | null = null;

  /** @param arrived - The tables are in, or could not load (the checks then go without them). */
  constructor(private readonly arrived: () => void) {}

  /** Settles once the tables asked for last are in or failed; `null` when none is missing. */
  get loading(): Promise<void> | null {
    return this.#loading;
  }

  /** Loads what the planned fields read and is not here yet. */
  request(planned: readonly PlannedField[], values: FormValues, formCountry: string): void {
    const loading = loadMissingParts(planned, values, formCountry);
    if (loading === null) return;
    const done = (): void => {
      if (this.#loading === settled) this.#loading = null;
      this.arrived();
    };
    const settled: Promise<void> = loading.then(done, done);
    this.#loading = settled;
  }
}
