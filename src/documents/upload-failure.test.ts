import { describe, expect, it } from 'vitest';
import type { ApiError } from '../client/results';
import { uploadFailureReason } from './upload-failure';

const error = (fields: Partial<ApiError>): ApiError => ({
  kind: 'api',
  type: 'api_error',
  message: '',
  retryable: false,
  ...fields,
});

describe('uploadFailureReason', () => {
  it.each([
    [error({ kind: 'network', retryable: true }), 'offline'],
    [error({ kind: 'timeout', retryable: true }), 'offline'],
    [error({ status: 500, retryable: true }), 'unavailable'],
    [error({ status: 429, retryable: true }), 'unavailable'],
    [error({ status: 401, type: 'invalid_request_error' }), 'configuration'],
    [error({ status: 400, type: 'invalid_request_error', code: 'file_type_unsupported' }), 'refused'],
  ] as const)('%o → %s', (apiError, reason) => {
    expect(uploadFailureReason(apiError)).toBe(reason);
  });
});
