import { describe, expect, it } from 'vitest';
import type { TokenResult } from '../client/results';
import { createPersonToken } from '../client/tokens';
import type { Field } from '../fields/types';
import { formMessages } from '../i18n/form-messages';
import { FormModel } from './form-model';
import { submitForm, type SubmitContext } from './submit';

const text = formMessages('en');

const created = (id: string): TokenResult => ({
  ok: true,
  token: { id, object: 'token', livemode: false, created: 1_700_000_000, used: false },
});

function filledModel(): FormModel {
  const model = new FormModel({ changed: () => undefined, validated: () => undefined, tokenChanged: () => undefined });
  model.configure({
    shape: { token: 'person', version: 'v1' },
    country: 'US',
    requirements: ['first_name', 'phone', 'ssn_last_4'],
  });
  const field = (id: string): Field => {
    const found = model.plan?.allFields.find((candidate) => candidate.id === id);
    if (!found) throw new Error(id);
    return found;
  };
  model.edit(field('person.given_name'), ' Jenny ');
  model.edit(field('person.phone'), '(541) 754-3010');
  model.edit(field('person.ssn_last_4'), '００００');
  return model;
}

interface Sent {
  body: Record<string, unknown>;
  idempotencyKey: string;
}

function context(answers: (sent: Sent) => TokenResult | Promise<TokenResult>, overrides: Partial<SubmitContext> = {}) {
  const sent: Sent[] = [];
  let sending = 0;
  const value: SubmitContext = {
    signal: new AbortController().signal,
    text,
    version: 'v1',
    account: null,
    hostValues: {},
    userAgent: 'test',
    configurationProblem: null,
    documentsSettled: () => Promise.resolve(true),
    sending: () => (sending += 1),
    send: (body, request) => {
      const entry = { body, idempotencyKey: request.idempotencyKey };
      sent.push(entry);
      return Promise.resolve(answers(entry));
    },
    ...overrides,
  };
  return { value, sent, sendingCount: () => sending };
}

describe('submitForm', () => {
  it('sends the values as Stripe wants them and holds the token; identity numbers are not kept', async () => {
    const model = filledModel();
    const run = context(() => created('cpt_1'));
    const outcome = await submitForm(model, run.value);
    expect(outcome).toMatchObject({ kind: 'created', token: { id: 'cpt_1' } });
    expect(run.sent).toHaveLength(1);
    expect(run.sendingCount()).toBe(1);
    expect(run.sent[0]?.body).toEqual({ person: { first_name: 'Jenny', phone: '+15417543010', ssn_last_4: '0000' } });
    expect(model.token?.id).toBe('cpt_1');
    expect(model.status).toEqual({ kind: 'success', text: text.statusSuccess });
    expect(model.value('person.ssn_last_4')).toBeUndefined();
    expect(model.value('person.given_name')).toBe(' Jenny ');
  });

  it('says which cleared number must be entered again once the form changed after its token', async () => {
    const model = filledModel();
    const field = (id: string): Field => {
      const found = model.plan?.allFields.find((candidate) => candidate.id === id);
      if (!found) throw new Error(id);
      return found;
    };
    expect(await submitForm(model, context(() => created('cpt_1')).value)).toMatchObject({ kind: 'created' });
    // While the token is the form's, the number is noted as sent, and nothing is asked for.
    expect(model.wasClearedAfterSending('person.ssn_last_4')).toBe(true);
    expect(model.wasClearedAfterSending('person.given_name')).toBe(false);
    expect(model.toEnterAgain).toEqual([]);

    model.edit(field('person.given_name'), 'Jennifer');
    expect(model.token).toBeNull();
    expect(model.toEnterAgain.map(({ id }) => id)).toEqual(['person.ssn_last_4']);
    await model.revalidate();
    expect(model.state.shownProblem('person.ssn_last_4')?.issue).toEqual({ code: 'required' });

    // Entered again: the form can make a new token with it, and says nothing more about it.
    model.edit(field('person.ssn_last_4'), '1234');
    expect(model.wasClearedAfterSending('person.ssn_last_4')).toBe(false);
    expect(model.toEnterAgain).toEqual([]);
    const again = context(() => created('cpt_2'));
    expect(await submitForm(model, again.value)).toMatchObject({ kind: 'created', token: { id: 'cpt_2' } });
    expect(again.sent[0]?.body).toMatchObject({ person: { first_name: 'Jennifer', ssn_last_4: '1234' } });

    model.reset();
    expect(model.wasClearedAfterSending('person.ssn_last_4')).toBe(false);
  });

  it('sends nothing while the form has problems, and says how many', async () => {
    const model = filledModel();
    const phone = model.plan?.allFields.find((field) => field.id === 'person.phone');
    if (!phone) throw new Error('phone');
    model.edit(phone, '12');
    const run = context(() => created('cpt_never'));
    expect(await submitForm(model, run.value)).toEqual({ kind: 'invalid', problems: 1 });
    expect(run.sent).toHaveLength(0);
    expect(model.status).toEqual({ kind: 'error', text: text.statusInvalid(1) });
    expect(model.state.shownProblem('person.phone')?.issue).toBeDefined();
  });

  it('sends nothing while a value is longer than Stripe takes, shows why at once, and sends once it is fixed', async () => {
    const model = new FormModel({
      changed: () => undefined,
      validated: () => undefined,
      tokenChanged: () => undefined,
    });
    model.configure({
      shape: { token: 'account', version: 'v1', businessType: 'individual' },
      country: 'US',
      requirements: ['individual.first_name'],
    });
    const firstName = model.plan?.allFields.find((field) => field.id === 'individual.given_name');
    if (!firstName) throw new Error('first name');
    model.edit(firstName, 'a'.repeat(101));
    await model.revalidate();
    // Shown while the field is still focused: more typing cannot fix it.
    expect(model.state.shownProblem(firstName.id)?.issue).toEqual({ code: 'too_long', maxLength: 100, length: 101 });
    const run = context(() => created('ct_1'));
    expect(await submitForm(model, run.value)).toEqual({ kind: 'invalid', problems: 1 });
    expect(run.sent).toHaveLength(0);
    model.edit(firstName, '𠮷'.repeat(100));
    expect(await submitForm(model, run.value)).toMatchObject({ kind: 'created' });
    expect(run.sent[0]?.body).toMatchObject({ account: { individual: { first_name: '𠮷'.repeat(100) } } });
  });

  it('sends nothing when the host’s metadata breaks Stripe’s limits, and says which key', async () => {
    const model = filledModel();
    const transport = { calls: 0 };
    const run = context(() => created('cpt_never'), {
      hostValues: { 'person.metadata': { ['k'.repeat(41)]: 'v' } },
      send: (body, request) =>
        createPersonToken(body.person ?? {}, {
          apiVersion: 'v1',
          publishableKey: 'pk_test_51TestKey0001',
          ...request,
          transport: {
            send: () => {
              transport.calls += 1;
              return Promise.reject(new Error('not sent'));
            },
          },
        }),
    });
    const outcome = await submitForm(model, run.value);
    expect(outcome).toMatchObject({
      kind: 'configuration',
      error: {
        type: 'configuration_error',
        code: 'invalid_metadata',
        message: expect.stringContaining('k'.repeat(41)) as unknown,
      },
    });
    expect(transport.calls).toBe(0);
  });

  it('sends nothing when the element is not set up to send', async () => {
    const run = context(() => created('cpt_never'), {
      configurationProblem: { code: 'secret_key', message: text.secretKey },
    });
    const outcome = await submitForm(filledModel(), run.value);
    expect(outcome).toEqual({
      kind: 'configuration',
      error: { type: 'configuration_error', code: 'secret_key', message: text.secretKey, retryable: false },
    });
    expect(run.sent).toHaveLength(0);
  });

  it('withholds a token made from data the person changed while it was on the way, and keeps the change', async () => {
    const model = filledModel();
    const name = model.plan?.allFields.find((field) => field.id === 'person.given_name');
    if (!name) throw new Error('name');
    const run = context(() => {
      model.edit(name, 'Jennifer');
      return created('cpt_stale');
    });
    expect(await submitForm(model, run.value)).toEqual({ kind: 'stale' });
    expect(model.token).toBeNull();
    expect(model.value('person.given_name')).toBe('Jennifer');
    expect(model.value('person.ssn_last_4')).toBe('００００');
    expect(model.status).toEqual({ kind: 'idle', text: text.statusChangedWhileSending });
  });

  it('places Stripe’s refusal at its field and retries the same data under the same idempotency key', async () => {
    const model = filledModel();
    const run = context(() => ({
      ok: false,
      error: {
        kind: 'api',
        type: 'invalid_request_error',
        code: 'invalid_phone',
        message: 'Invalid phone number',
        param: 'person[phone]',
        status: 400,
        retryable: false,
      },
    }));
    const outcome = await submitForm(model, run.value);
    expect(outcome).toMatchObject({ kind: 'refused', fieldErrors: 1, error: { fieldName: 'person.phone' } });
    expect(model.state.shownProblem('person.phone')?.serverMessage).toBe(text.serverFieldError('Invalid phone number'));
    expect(model.status).toEqual({ kind: 'error', text: text.statusFieldErrors(1) });
    await submitForm(model, run.value);
    expect(run.sent.map((entry) => entry.idempotencyKey)).toEqual([
      run.sent[0]?.idempotencyKey,
      run.sent[0]?.idempotencyKey,
    ]);
  });

  it('says a failure above the form when Stripe names no shown field', async () => {
    const model = filledModel();
    const run = context(() => ({
      ok: false,
      error: { kind: 'network', type: 'network_error', message: 'x', retryable: true },
    }));
    expect(await submitForm(model, run.value)).toMatchObject({ kind: 'refused', fieldErrors: 0 });
    expect(model.generalError).toEqual({ message: text.networkError, retryable: true });
    expect(model.status).toEqual({ kind: 'error', text: text.statusFailed });
  });

  it('stops, sending nothing, when cancelled while documents upload', async () => {
    const abort = new AbortController();
    const run = context(() => created('cpt_never'), {
      signal: abort.signal,
      documentsSettled: () => {
        abort.abort();
        return Promise.resolve(false);
      },
    });
    expect(await submitForm(filledModel(), run.value)).toEqual({ kind: 'cancelled' });
    expect(run.sent).toHaveLength(0);
  });
});

describe('the package root', () => {
  it('lets a headless integrator drive a whole form to a token', async () => {
    const root = await import('../index');
    const model = new root.FormModel({
      changed: () => undefined,
      validated: () => undefined,
      tokenChanged: () => undefined,
    });
    model.configure({ shape: { token: 'person', version: 'v2' }, country: 'JP', requirements: ['script_names.kana'] });
    for (const { field } of model.shownFields)
      model.edit(field, field.spec.key.startsWith('given') ? 'はなこ' : 'ヤマダ');
    const run = context(() => created('cpt_headless'), { version: 'v2' });
    expect(await root.submitForm(model, run.value)).toMatchObject({ kind: 'created' });
    // Hiragana is sent as the katakana Stripe wants.
    expect(run.sent[0]?.body).toEqual({ script_names: { kana: { given_name: 'ハナコ', surname: 'ヤマダ' } } });
  });
});
