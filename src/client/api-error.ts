import type { ApiError, InvalidField } from './results';
import type { TransportResponse } from './transport';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether Stripe's rules say an HTTP answer is worth sending again. */
export function isRetryableResponse(response: TransportResponse): boolean {
  const shouldRetry = response.header('Stripe-Should-Retry');
  if (shouldRetry === 'true') return true;
  if (shouldRetry === 'false') return false;
  return response.status === 409 || response.status === 429 || response.status >= 500;
}

/**
 * Turns a non-2xx answer into an `ApiError`, reading `{"error":{…}}` from v1 and v2 alike. The field it
 * names is v1's `param` (bracket form), else v2's `invalid_param` (a dotted path); v2 may instead list
 * `invalid_fields`, or name no field at all and say only its code and message.
 */
export function apiErrorFromResponse(response: TransportResponse): ApiError {
  const body = parseJson(response.text);
  const error = isObject(body) && isObject(body.error) ? body.error : {};
  const invalidFields = readInvalidFields(error);
  const result: ApiError = {
    kind: 'api',
    type: stringOrUndefined(error.type) ?? 'api_error',
    message: stringOrUndefined(error.message) ?? `Stripe answered with HTTP ${response.status}.`,
    status: response.status,
    retryable: isRetryableResponse(response),
  };
  const code = stringOrUndefined(error.code);
  const param = stringOrUndefined(error.param) ?? stringOrUndefined(error.invalid_param);
  const docUrl = stringOrUndefined(error.doc_url);
  const requestId = response.header('Request-Id') ?? undefined;
  if (code) result.code = code;
  if (param) result.param = param;
  if (invalidFields) result.invalidFields = invalidFields;
  if (docUrl) result.docUrl = docUrl;
  if (requestId) result.requestId = requestId;
  return result;
}

/** A 2xx answer whose body is not the expected object. */
export function malformedSuccessError(response: TransportResponse, expected: string): ApiError {
  const requestId = response.header('Request-Id') ?? undefined;
  return {
    kind: 'api',
    type: 'api_error',
    code: 'unexpected_response',
    message: `Stripe answered HTTP ${response.status} without a ${expected} in the body.`,
    status: response.status,
    retryable: false,
    ...(requestId ? { requestId } : {}),
  };
}

// v2 lists fields as `invalid_fields: [{path, code?, message?}]`, at the top of the error or in `details`.
function readInvalidFields(error: JsonObject): InvalidField[] | undefined {
  const list = Array.isArray(error.invalid_fields)
    ? error.invalid_fields
    : isObject(error.details) && Array.isArray(error.details.invalid_fields)
      ? error.details.invalid_fields
      : undefined;
  if (!list) return undefined;
  const fields: InvalidField[] = [];
  for (const item of list as unknown[]) {
    if (!isObject(item) || typeof item.path !== 'string') continue;
    const field: InvalidField = { path: item.path };
    const code = stringOrUndefined(item.code);
    const message = stringOrUndefined(item.message);
    if (code) field.code = code;
    if (message) field.message = message;
    fields.push(field);
  }
  return fields;
}

export const NETWORK_ERROR: Readonly<ApiError> = Object.freeze({
  kind: 'network',
  type: 'api_connection_error',
  code: 'network_error',
  message: 'Could not reach Stripe. Check the connection and try again.',
  retryable: true,
});

export const TIMEOUT_ERROR: Readonly<ApiError> = Object.freeze({
  kind: 'timeout',
  type: 'api_connection_error',
  code: 'timeout',
  message: 'Stripe did not answer in time. Try again.',
  retryable: true,
});

export const ABORTED_ERROR: Readonly<ApiError> = Object.freeze({
  kind: 'aborted',
  type: 'request_aborted',
  code: 'aborted',
  message: 'The request was cancelled.',
  retryable: true,
});
