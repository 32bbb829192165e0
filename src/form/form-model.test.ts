import { describe, expect, it } from 'vitest';
import type { Field } from '../fields/types';
import { FormModel, type FormSettings } from './form-model';

function modelWith(settings: Partial<FormSettings> & Pick<FormSettings, 'shape'>): {
  model: FormModel;
  heard: { changed: number; validated: number; tokens: (string | null)[] };
} {
  const heard = { changed: 0, validated: 0, tokens: [] as (string | null)[] };
  const model = new FormModel({
    changed: () => (heard.changed += 1),
    validated: () => (heard.validated += 1),
    tokenChanged: (token) => heard.tokens.push(token?.id ?? null),
  });
  model.configure({ country: 'US', ...settings });
  return { model, heard };
}

function fieldOf(model: FormModel, id: string): Field {
  const field = model.plan?.allFields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`no field ${id}`);
  return field;
}

const settled = (model: FormModel): Promise<void> => model.revalidate();

describe('FormModel', () => {
  it('plans the fields a requirement names, with what they depend on', () => {
    const { model } = modelWith({ shape: { token: 'person', version: 'v1' }, requirements: ['address.city'] });
    expect(model.shownFields.map(({ field, required }) => [field.id, required])).toEqual([
      ['person.address.city', true],
      ['person.address.country', true],
    ]);
  });

  it('supplies the form country to address countries, then the prefill, by field id or input name', async () => {
    const { model } = modelWith({
      shape: { token: 'person', version: 'v1' },
      requirements: ['first_name', 'email', 'address.state'],
      prefill: {
        'person.first_name': 'Jenny',
        'person.email': 'jenny@example.com',
        'person.address.state': 'California',
      },
    });
    await settled(model);
    expect(model.value('person.address.country')).toBe('US');
    expect(model.value('person.given_name')).toBe('Jenny');
    expect(model.value('person.email')).toBe('jenny@example.com');
    // A platform's region name shows as the choice it names.
    expect(model.value('person.address.state')).toBe('CA');
  });

  it('never lets a new prefill overwrite what the person typed', async () => {
    const shape = { token: 'person', version: 'v1' } as const;
    const { model } = modelWith({ shape, requirements: ['first_name'], prefill: { 'person.given_name': 'Jenny' } });
    model.edit(fieldOf(model, 'person.given_name'), 'Jennifer');
    model.configure({ shape, country: 'US', requirements: ['first_name'], prefill: { 'person.given_name': 'J.' } });
    await settled(model);
    expect(model.value('person.given_name')).toBe('Jennifer');
  });

  it('shows a prefilled value’s problem at once, a typed one only after the field is left', async () => {
    const shape = { token: 'person', version: 'v1' } as const;
    const { model } = modelWith({
      shape,
      requirements: ['email', 'phone'],
      prefill: { 'person.email': 'not-an-email' },
    });
    await settled(model);
    expect(model.state.shownProblem('person.email')?.issue?.code).toBe('invalid_email');
    model.edit(fieldOf(model, 'person.phone'), '12');
    await settled(model);
    expect(model.state.shownProblem('person.phone')).toBeNull();
    model.state.touch('person.phone');
    expect(model.state.shownProblem('person.phone')?.issue).toBeDefined();
  });

  it('takes Stripe’s test last four with a test key and refuses it once the key is live', async () => {
    const settings = { shape: { token: 'person', version: 'v1' }, requirements: ['ssn_last_4'] } as const;
    const { model } = modelWith({ ...settings, keyMode: 'test' });
    model.edit(fieldOf(model, 'person.ssn_last_4'), '0000');
    model.state.submitted = true;
    await settled(model);
    expect(model.state.shownProblem('person.ssn_last_4')).toBeNull();
    model.configure({ country: 'US', ...settings, keyMode: 'live' });
    await settled(model);
    expect(model.state.shownProblem('person.ssn_last_4')?.issue?.code).toBe('id_number_not_issued');
  });

  it('adds list items and, removing the first of two, moves the second up', () => {
    const shape = { token: 'person', version: 'v2' } as const;
    const settings = { shape, country: 'US', requirements: ['id_numbers'] };
    const { model } = modelWith(settings);
    expect(model.list('person.id_numbers')).toEqual({ count: 1, max: 2 });
    expect(model.addListItem('person.id_numbers')).toBe(1);
    model.configure(settings);
    expect(model.list('person.id_numbers').count).toBe(2);
    model.edit(fieldOf(model, 'person.id_numbers.0.type'), 'us_ssn');
    model.edit(fieldOf(model, 'person.id_numbers.0.value'), '000-00-0000');
    model.edit(fieldOf(model, 'person.id_numbers.1.type'), 'us_itin');
    model.edit(fieldOf(model, 'person.id_numbers.1.value'), '912-70-1234');

    model.removeListItem('person.id_numbers', 0);
    model.configure(settings);
    expect(model.list('person.id_numbers').count).toBe(1);
    expect(model.value('person.id_numbers.0.type')).toBe('us_itin');
    expect(model.value('person.id_numbers.0.value')).toBe('912-70-1234');
    expect(model.value('person.id_numbers.1.type')).toBeUndefined();
    expect(model.shownFields.map(({ field }) => field.id)).not.toContain('person.id_numbers.1.value');
  });

  it('checks a v1 number as the id type picked beside it, and counts the choice as a change', () => {
    const { model } = modelWith({ shape: { token: 'person', version: 'v1' }, requirements: ['id_number'] });
    const idNumber = fieldOf(model, 'person.id_number');
    expect(model.idTypeOf(idNumber)).toBe('us_ssn');
    const before = model.state.revision;
    model.setIdType(idNumber, 'us_itin');
    expect(model.idTypeOf(idNumber)).toBe('us_itin');
    expect(model.state.revision).toBeGreaterThan(before);
    // A type the country does not have falls back to the country's first.
    model.setIdType(idNumber, 'jp_my_number');
    expect(model.idTypeOf(idNumber)).toBe('us_ssn');
  });

  it('reads a phone number in its picked country, else its address country', () => {
    const { model } = modelWith({
      shape: { token: 'person', version: 'v1' },
      requirements: ['phone', 'address.country'],
    });
    const phone = fieldOf(model, 'person.phone');
    expect(model.phoneCountryOf(phone)).toBe('US');
    model.edit(fieldOf(model, 'person.address.country'), 'JP');
    expect(model.phoneCountryOf(phone)).toBe('JP');
    model.setPhoneCountry(phone, 'GB');
    expect(model.phoneCountryChoices()).toEqual({ 'person.phone': 'GB' });
    expect(model.checkContext().phoneCountries).toEqual({ 'person.phone': 'GB' });
  });

  it('holds a token until the data changes, and forgets everything on reset', async () => {
    const { model, heard } = modelWith({ shape: { token: 'person', version: 'v1' }, requirements: ['first_name'] });
    model.setToken({ id: 'cpt_1', object: 'token', livemode: false, created: 1, used: false });
    expect(model.valid).toBe(true);
    model.edit(fieldOf(model, 'person.given_name'), 'Jenny');
    expect(model.token).toBeNull();
    expect(heard.tokens).toEqual(['cpt_1', null]);
    model.addListItem('person.additional_names');
    model.reset();
    await settled(model);
    expect(model.value('person.given_name')).toBeUndefined();
    expect(model.list('person.additional_names').count).toBe(1);
    expect(model.valid).toBe(false);
  });

  it('decides fixed values itself and does not show them', async () => {
    const { model } = modelWith({
      shape: { token: 'account', version: 'v1', businessType: 'company' },
      requirements: ['business_type', 'company.name'],
      fixedValues: { 'account.business_type': 'company' },
    });
    await settled(model);
    expect(model.value('account.business_type')).toBe('company');
    expect(model.shownFields.map(({ field }) => field.id)).toEqual(['company.name']);
  });

  it('shows Stripe’s errors on requirements at once, never blocks on them, and drops one once its value changes', async () => {
    const { model } = modelWith({
      shape: { token: 'person', version: 'v1' },
      requirements: {
        currently_due: ['first_name'],
        errors: [{ requirement: 'first_name', code: 'verification_failed_name_match', reason: '' }],
      },
      prefill: { 'person.given_name': 'Jenny' },
    });
    await settled(model);
    expect(model.state.shownProblem('person.given_name')).toEqual({
      requirementErrors: ['verification_failed_name_match'],
    });
    expect(model.valid).toBe(true);
    model.edit(fieldOf(model, 'person.given_name'), 'Jennifer');
    expect(model.state.shownProblem('person.given_name')).toBeNull();
    model.reset();
    expect(model.state.shownProblem('person.given_name')?.requirementErrors).toEqual([
      'verification_failed_name_match',
    ]);
  });

  it('shows no outdated problem for a value the person changed while its check is still running', async () => {
    const { model } = modelWith({ shape: { token: 'person', version: 'v1' }, requirements: ['email'] });
    const email = fieldOf(model, 'person.email');
    model.edit(email, 'jenny@');
    model.state.touch(email.id);
    await settled(model);
    expect(model.state.shownProblem(email.id)?.issue?.code).toBe('invalid_email');
    // The message would move what follows it, and it speaks of a value that is gone.
    model.edit(email, 'jenny@example.com');
    expect(model.state.shownProblem(email.id)).toBeNull();
    await settled(model);
    expect(model.state.shownProblem(email.id)).toBeNull();
  });
});
