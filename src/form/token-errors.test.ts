import { describe, expect, it } from 'vitest';
import type { ApiError } from '../client/results';
import { describeError, summarizeError } from './token-errors';

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
