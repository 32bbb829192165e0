// What an element's form loads on demand, seen from the model in a module graph where nothing is
// installed up front (the test setup installs every table, as the headless entry does).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AccountSchemaModule from '../fields/account-schema';
import type * as ChecksModule from '../fields/checks';
import type * as ChoicesModule from '../fields/choices';
import type * as MountModule from '../fields/mount';
import type { Field } from '../fields/types';
import type * as FieldLabelsModule from '../i18n/field-labels';
import type * as IdTablesModule from '../validation/id-numbers/id-type-tables';
import type * as RegionsModule from '../validation/regions/lookup';
import type { FormModel, FormSettings } from './form-model';

interface Modules {
  readonly FormModel: typeof FormModel;
  readonly fields: typeof MountModule;
  readonly accountSchema: typeof AccountSchemaModule;
  readonly choices: typeof ChoicesModule;
  readonly checks: typeof ChecksModule;
  readonly labels: typeof FieldLabelsModule;
  readonly idTables: typeof IdTablesModule;
  readonly regions: typeof RegionsModule;
}

/** Fresh copies of the modules, with no table installed. */
async function freshModules(): Promise<Modules> {
  vi.resetModules();
  return {
    FormModel: (await import('./form-model')).FormModel,
    fields: await import('../fields/mount'),
    accountSchema: await import('../fields/account-schema'),
    choices: await import('../fields/choices'),
    checks: await import('../fields/checks'),
    labels: await import('../i18n/field-labels'),
    idTables: await import('../validation/id-numbers/id-type-tables'),
    regions: await import('../validation/regions/lookup'),
  };
}

function modelOf(modules: Modules, settings: Partial<FormSettings> & Pick<FormSettings, 'shape'>): FormModel {
  const model = new modules.FormModel({ changed: () => undefined, validated: () => undefined, tokenChanged: () => {} });
  model.configure({ country: 'US', ...settings });
  return model;
}

function fieldOf(model: FormModel, id: string): Field {
  const field = model.plan?.allFields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`no field ${id}`);
  return field;
}

let modules: Modules;
beforeEach(async () => {
  modules = await freshModules();
});

describe('parts a form loads on demand', () => {
  it('an account form has no fields until its schema is loaded; then its fields, labels and length limits', async () => {
    const shape = { token: 'account', version: 'v1', businessType: 'company' } as const;
    expect(() => modules.fields.mountFields(shape)).toThrow(/loadAccountSchema/);
    expect(modules.labels.FIELD_LABELS.en.fields['company.name']).toBeUndefined();
    // A person form needs none of it.
    expect(modules.fields.mountFields({ token: 'person', version: 'v1' }).length).toBeGreaterThan(10);

    await modules.accountSchema.loadAccountSchema();
    const name = modules.fields.mountFields(shape).find((field) => field.id === 'company.name');
    expect(name?.maxLength).toBe(100);
    expect(modules.labels.FIELD_LABELS.en.fields['company.name']).toBe('Legal business name');
    expect(modules.idTables.hasIdTypes('business')).toBe(true);
    // Japanese, once its words are in, has the account form's Japanese words too, whichever came first.
    expect(modules.labels.FIELD_LABELS.ja.fields['company.name']).toBe('Legal business name');
    (await import('../i18n/japanese')).installJapanese();
    expect(modules.labels.FIELD_LABELS.ja.fields['company.name']).toBe('法人名（ローマ字）');
    expect(modules.labels.FIELD_LABELS.ja.fields.given_name).not.toBe('First name');
  });

  it('a US person form waits for its state list and id table, then offers their choices and reads the prefill by them', async () => {
    const model = modelOf(modules, {
      shape: { token: 'person', version: 'v1' },
      requirements: ['address.state', 'id_number'],
      prefill: { 'person.address.state': 'California' },
    });
    const state = fieldOf(model, 'person.address.state');
    const idNumber = fieldOf(model, 'person.id_number');
    // Still loading: a select without choices, no type picker, the prefill as given.
    expect(model.partsLoading).not.toBeNull();
    expect(modules.choices.regionChoices(state, 'US', 'en')).toEqual([]);
    expect(model.idTypeOf(idNumber)).toBeUndefined();
    expect(model.value('person.address.state')).toBe('California');

    await model.partsLoading;
    expect(model.partsLoading).toBeNull();
    expect(modules.choices.regionChoices(state, 'US', 'en')).toContainEqual({ value: 'CA', label: 'California' });
    expect(model.idTypeOf(idNumber)).toBe('us_ssn');
    expect(model.value('person.address.state')).toBe('CA');
    // Only what the form shows: no other country's list, no business table.
    expect(modules.regions.regionsFor('JP')).toBeNull();
    expect(modules.idTables.hasIdTypes('business')).toBe(false);
    // How the numbers are checked is not part of the table a first render waits for.
    expect(modules.idTables.idCheckOf('person', 'us_ssn')).toBeNull();
  });

  it('a form whose fields read no table waits for none', () => {
    const model = modelOf(modules, { shape: { token: 'person', version: 'v1' }, requirements: ['first_name'] });
    expect(model.partsLoading).toBeNull();
  });

  it('an id number typed before its table arrived is kept and checked once it has', async () => {
    const model = modelOf(modules, { shape: { token: 'person', version: 'v2' }, requirements: ['id_numbers'] });
    const type = fieldOf(model, 'person.id_numbers.0.type');
    const value = fieldOf(model, 'person.id_numbers.0.value');
    expect(modules.choices.selectChoices(type, 'en', 'v2', 'US')).toEqual([]);
    model.edit(type, 'us_ssn');
    model.edit(value, '12345');
    await model.partsLoading;
    await model.revalidate();
    expect(modules.idTables.idCheckOf('person', 'us_ssn')).not.toBeNull();
    expect(model.value('person.id_numbers.0.value')).toBe('12345');
    model.state.touch(value.id);
    expect(model.state.shownProblem(value.id)?.issue?.code).toBe('id_number_length');
    expect(modules.choices.selectChoices(type, 'en', 'v2', 'US').map((choice) => choice.value)).toContain('us_ssn');
  });

  it('a new address country loads its own list of states', async () => {
    const model = modelOf(modules, { shape: { token: 'person', version: 'v1' }, requirements: ['address.state'] });
    await model.partsLoading;
    expect(modules.regions.regionsFor('CA')).toBeNull();
    model.edit(fieldOf(model, 'person.address.country'), 'CA');
    await model.partsLoading;
    expect(modules.regions.regionsFor('CA')?.map((region) => region.code)).toContain('ON');
  });

  it('a prefilled address country loads its own list of states', async () => {
    const settings = { shape: { token: 'person', version: 'v1' }, requirements: ['address.state'] } as const;
    const model = modelOf(modules, settings);
    await model.partsLoading;
    model.configure({ ...settings, country: 'US', prefill: { 'person.address.country': 'AU' } });
    await model.partsLoading;
    expect(modules.regions.regionsFor('AU')?.map((region) => region.code)).toContain('NSW');
  });

  it('checks a postal code and a state once their rules arrive, never passing them unchecked', async () => {
    const model = modelOf(modules, { shape: { token: 'person', version: 'v1' }, requirements: ['address.state'] });
    const state = fieldOf(model, 'person.address.state');
    const context = { country: 'JP' };
    // Japan's list was never asked for: the check loads it.
    await expect(modules.checks.checkField(state, { [state.id]: 'Atlantis' }, true, context)).resolves.toEqual({
      code: 'invalid_region',
      country: 'JP',
    });
    const postal = { ...state, id: 'person.address.postal_code', spec: { ...state.spec, checks: ['postal-code'] } };
    await expect(
      modules.checks.checkField(postal as Field, { [postal.id]: '12' }, true, { country: 'US' }),
    ).resolves.toMatchObject({ code: 'invalid_postal_code', country: 'US' });
  });
});
