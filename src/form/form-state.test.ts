import { describe, expect, it } from 'vitest';
import type { FormShape } from '../fields/mount';
import { FormModel } from './form-model';

const PERSON: Omit<FormShape, 'listCounts'> = { token: 'person', version: 'v1' };

function dateForm(options: { minimumAge?: number } = {}): FormModel {
  const model = new FormModel({ changed: () => undefined, validated: () => undefined, tokenChanged: () => undefined });
  model.configure({ country: 'US', shape: PERSON, requirements: ['dob.day'], ...options });
  return model;
}

type Part = 'day' | 'month' | 'year';

/** Types a date part's value (each call is one keystroke's value) and waits for its check. */
async function type(model: FormModel, part: Part, value: string): Promise<void> {
  const field = model.shownFields.find(({ field: candidate }) => candidate.id === `person.dob.${part}`)?.field;
  if (!field) throw new Error(`no date part ${part}`);
  model.edit(field, value);
  await model.revalidate();
}

const leave = (model: FormModel, part: Part): void => model.state.touch(`person.dob.${part}`);

/** What the date shows: the first problem shown at any of its parts (the fieldset's one message). */
const shownDateProblem = (model: FormModel): string | null => {
  for (const part of ['day', 'month', 'year'] as const) {
    const problem = model.state.shownProblem(`person.dob.${part}`);
    if (problem) return problem.issue?.code ?? 'other';
  }
  return null;
};

/** Month and day typed and left, as in an English form (month, day, year). */
async function monthAndDay(model: FormModel, month: string, day: string): Promise<void> {
  await type(model, 'month', month);
  leave(model, 'month');
  await type(model, 'day', day);
  leave(model, 'day');
}

describe('FormState: a date is judged whole, not while its last part is being typed', () => {
  it('shows no date problem while the year is typed after the month and day (1, 19, 199), and none at 1990', async () => {
    const model = dateForm();
    await monthAndDay(model, '01', '15');
    for (const year of ['1', '19', '199']) {
      await type(model, 'year', year);
      expect(shownDateProblem(model), `year ${year}`).toBeNull();
      // Having the problem is kept: the form cannot be sent with it.
      expect(model.valid, `year ${year}`).toBe(false);
    }
    await type(model, 'year', '1990');
    expect(shownDateProblem(model)).toBeNull();
    expect(model.valid).toBe(true);
  });

  it('shows an impossible date (2023-02-31) as soon as its year is complete, before it is left', async () => {
    const model = dateForm();
    await monthAndDay(model, '02', '31');
    await type(model, 'year', '202');
    expect(shownDateProblem(model)).toBeNull();
    await type(model, 'year', '2023');
    expect(shownDateProblem(model)).toBe('invalid_date');
  });

  it('shows the date problem once the year is left with 199', async () => {
    const model = dateForm();
    await monthAndDay(model, '01', '15');
    await type(model, 'year', '199');
    expect(shownDateProblem(model)).toBeNull();
    leave(model, 'year');
    expect(shownDateProblem(model)).toBe('invalid_date');
    expect(model.state.shownProblem('person.dob.year')?.issue?.code).toBe('invalid_date');
  });

  it('keeps showing the date problem when the settled form of a year left unfinished is written after it was left', async () => {
    const model = dateForm();
    await monthAndDay(model, '01', '15');
    await type(model, 'year', '１９９');
    leave(model, 'year');
    // The checks arrived late: the year's settled form (half-width digits) is written once the person left it.
    const year = model.shownFields.find(({ field }) => field.id === 'person.dob.year')?.field;
    if (!year) throw new Error('no year');
    model.edit(year, '199', false);
    await model.revalidate();
    expect(shownDateProblem(model)).toBe('invalid_date');
  });

  it('shows a date under the minimum age and a future date once the year is complete', async () => {
    const model = dateForm({ minimumAge: 18 });
    await monthAndDay(model, '01', '15');
    const recent = String(new Date().getFullYear() - 5);
    await type(model, 'year', recent.slice(0, 3));
    expect(shownDateProblem(model)).toBeNull();
    await type(model, 'year', recent);
    expect(shownDateProblem(model)).toBe('too_young');
    await type(model, 'year', '2999');
    expect(shownDateProblem(model)).toBe('date_in_future');
  });

  it('in the Japanese order (year, month, day) waits for the day being typed, and judges it complete or left', async () => {
    const model = dateForm();
    await type(model, 'year', '2023');
    leave(model, 'year');
    await type(model, 'month', '02');
    leave(model, 'month');
    await type(model, 'day', '0');
    expect(shownDateProblem(model)).toBeNull();
    leave(model, 'day');
    expect(shownDateProblem(model)).toBe('invalid_date');
    // Typed again: judged as soon as the day has both digits.
    await type(model, 'day', '3');
    expect(shownDateProblem(model)).toBeNull();
    await type(model, 'day', '31');
    expect(shownDateProblem(model)).toBe('invalid_date');
  });

  it('waits again while a year left before is typed anew, and judges it once it is complete', async () => {
    const model = dateForm();
    await monthAndDay(model, '01', '15');
    await type(model, 'year', '1990');
    leave(model, 'year');
    await type(model, 'year', '199');
    expect(shownDateProblem(model)).toBeNull();
    await type(model, 'year', '19');
    expect(shownDateProblem(model)).toBeNull();
    await type(model, 'year', '2999');
    expect(shownDateProblem(model)).toBe('date_in_future');
  });

  it('shows an unfinished date at a submit attempt, even while its year is being typed', async () => {
    const model = dateForm();
    await monthAndDay(model, '01', '15');
    await type(model, 'year', '199');
    expect(shownDateProblem(model)).toBeNull();
    model.state.submitted = true;
    expect(shownDateProblem(model)).toBe('invalid_date');
    expect(model.problemIds(['person.dob.month', 'person.dob.day', 'person.dob.year'])).toEqual([
      'person.dob.month',
      'person.dob.day',
      'person.dob.year',
    ]);
  });
});
