import { describe, expect, it } from 'vitest';
import { FormModel, type FormSettings } from './form-model';

const modelWith = (settings: FormSettings): FormModel => {
  const model = new FormModel({ changed: () => undefined, validated: () => undefined, tokenChanged: () => undefined });
  model.configure(settings);
  return model;
};

describe('forms set up alike share their plan', () => {
  const person: FormSettings = { shape: { token: 'person', version: 'v1' }, country: 'US' };

  it('gives twenty person forms for the same country one plan and one list of fields on show', () => {
    const forms = Array.from({ length: 20 }, () => modelWith(person));
    const [first] = forms;
    for (const form of forms) {
      expect(form.plan).toBe(first?.plan);
      expect(form.shownFields).toBe(first?.shownFields);
    }
  });

  it('plans again for another country, other requirements or a longer list, and one form’s list leaves the others’ alone', () => {
    const us = modelWith(person);
    const japan = modelWith({ ...person, country: 'JP' });
    expect(japan.plan).not.toBe(us.plan);
    expect(japan.shownFields.some(({ field }) => field.id === 'person.surname_kana')).toBe(true);
    const asked = modelWith({ ...person, requirements: ['first_name'] });
    expect(asked.shownFields.map(({ field }) => field.id)).toEqual(['person.given_name']);

    const longer = modelWith({ ...person, shape: { token: 'person', version: 'v2' } });
    const alike = modelWith({ ...person, shape: { token: 'person', version: 'v2' } });
    longer.addListItem('person.id_numbers');
    longer.configure({ ...person, shape: { token: 'person', version: 'v2' } });
    expect(longer.plan).not.toBe(alike.plan);
    expect(alike.list('person.id_numbers').count).toBe(1);
  });

  it('shows the same fields whether the plan was made for this form or shared', () => {
    const fresh = modelWith({ ...person, country: 'DE', requirements: ['first_name', 'address'] });
    const shared = modelWith({ ...person, country: 'DE', requirements: ['first_name', 'address'] });
    expect(shared.plan).toBe(fresh.plan);
    expect(shared.shownFields.map(({ field, required }) => [field.id, required])).toEqual(
      fresh.shownFields.map(({ field, required }) => [field.id, required]),
    );
  });
});
