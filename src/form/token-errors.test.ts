import { describe, expect, it } from 'vitest';
import type { ApiError } from '../client/results';
import { mountFields } from '../fields/mount';
import { formMessages } from '../i18n/form-messages';
import { describeError, generalErrorMessage, mapErrorToFields, summarizeError } from './token-errors';

const refusal: ApiError = {
  kind: 'api',
  type: 'invalid_request_error',
  code: 'parameter_invalid_integer',
  message: 'Invalid integer: JENNY@EXAMPLE.COM 100-0001 (for person[dob][day])',
  param: 'person[dob][day]',
  status: 400,
  requestId: 'req_123',
  retryable: false,
};

describe('what the host page learns of a failure', () => {
  it("never carries Stripe's message, which may quote what was typed in any spelling", () => {
    const summary = summarizeError(refusal, 'person.dob.day');
    expect(JSON.stringify(summary)).not.toMatch(/jenny|100-0001/i);
    expect(summary).toEqual({
      type: 'invalid_request_error',
      code: 'parameter_invalid_integer',
      message:
        'Stripe refused the request (invalid_request_error / parameter_invalid_integer, HTTP 400) at person[dob][day].',
      param: 'person[dob][day]',
      fieldName: 'person.dob.day',
      status: 400,
      requestId: 'req_123',
      retryable: false,
    });
  });

  it('names v2 invalid fields by path, and network trouble by kind', () => {
    expect(
      describeError({
        kind: 'api',
        type: 'invalid_request_error',
        code: 'invalid_fields',
        message: 'given_name: "Jenny" is too long',
        invalidFields: [{ path: 'given_name', message: '"Jenny" is too long' }],
        status: 400,
        retryable: false,
      }),
    ).toBe('Stripe refused the request (invalid_request_error / invalid_fields, HTTP 400) at given_name.');
    expect(describeError({ kind: 'network', type: 'api_connection_error', message: 'x', retryable: true })).toBe(
      'The request did not reach Stripe (network error).',
    );
  });
});

describe('v2 refusals at fields and above the form', () => {
  const fields = mountFields({ token: 'person', version: 'v2' });
  const shown = new Set(fields.map((field) => field.id));
  const en = formMessages('en');
  const ja = formMessages('ja');
  const v2Refusal = (extra: Partial<ApiError>): ApiError => ({
    kind: 'api',
    type: 'invalid_request_error',
    code: 'invalid_fields',
    message: 'The request has invalid fields.',
    status: 400,
    retryable: false,
    ...extra,
  });

  it('places every invalid_fields path at its field, with the field’s own message', () => {
    const mapped = mapErrorToFields(
      v2Refusal({
        invalidFields: [
          { path: 'script_names.kana.given_name', code: 'invalid_value', message: 'Must be katakana.' },
          { path: 'email', code: 'missing' },
        ],
      }),
      fields,
      shown,
      en,
    );
    expect(Object.fromEntries(mapped.fieldMessages)).toEqual({
      'person.given_name_kana': 'Must be katakana.',
      'person.email': 'The request has invalid fields.',
    });
    expect(mapped.fieldName).toBe('script_names.kana.given_name');
    expect(mapped.general).toBe(false);
  });

  it('places a refusal that names its field only in a param-like field there', () => {
    const mapped = mapErrorToFields(
      v2Refusal({ code: 'invalid_value', message: 'Enter a valid email.', param: 'email' }),
      fields,
      shown,
      ja,
    );
    expect(Object.fromEntries(mapped.fieldMessages)).toEqual({
      'person.email': 'この内容は受け付けられませんでした（Enter a valid email.）。',
    });
    expect(mapped.general).toBe(false);
  });

  it('says a refusal with only a code and a message above the form, in the person’s language where known', () => {
    const registration = v2Refusal({
      code: 'platform_registration_required',
      message: 'Platform has not signed up for Connect and cannot create connected accounts.',
    });
    const mapped = mapErrorToFields(registration, fields, shown, en);
    expect(mapped.fieldMessages.size).toBe(0);
    expect(mapped.general).toBe(true);
    expect(generalErrorMessage(registration, en)).toBe(en.knownRefusals.platform_registration_required);
    expect(generalErrorMessage(registration, ja)).toMatch(/Stripe アカウント/);

    const unknown = v2Refusal({ code: 'something_new', message: 'Something new went wrong.' });
    expect(mapErrorToFields(unknown, fields, shown, en).general).toBe(true);
    expect(generalErrorMessage(unknown, en)).toBe('Stripe said: “Something new went wrong.”');
    expect(generalErrorMessage(unknown, ja)).toBe('Stripe からの応答:「Something new went wrong.」');
  });

  it('also says above the form what names a field the form does not show', () => {
    const mapped = mapErrorToFields(
      v2Refusal({ invalidFields: [{ path: 'email' }, { path: 'nationalities' }] }),
      fields,
      new Set(['person.email']),
      en,
    );
    expect([...mapped.fieldMessages.keys()]).toEqual(['person.email']);
    expect(mapped.general).toBe(true);
  });

  it('never reads a code inherited from Object as a known refusal', () => {
    expect(generalErrorMessage(v2Refusal({ code: 'constructor', message: 'x' }), en)).toBe('Stripe said: “x”');
  });
});
