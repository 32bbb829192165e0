import {
  ABORTED_ERROR,
  NETWORK_ERROR,
  TIMEOUT_ERROR,
  apiErrorFromResponse,
  malformedSuccessError,
  parseJson,
} from './api-error';
import { systemClock } from './clock';
import { createFetchTransport } from './fetch-transport';
import type { CommonRequestOptions } from './request-options';
import type { ApiError } from './results';
import { resolveRetryPolicy } from './retry-policy';
import { sendWithRetries } from './send-with-retries';
import type { Transport, TransportRequest } from './transport';

export type RequestResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Sends a prepared request with the caller's retry settings and reads the success body with `read`. */
export async function runRequest<T>(
  request: Omit<TransportRequest, 'signal'>,
  options: CommonRequestOptions,
  expected: string,
  read: (body: unknown) => T | undefined,
  transport: Transport = options.transport ?? createFetchTransport(options.fetch ? { fetch: options.fetch } : {}),
): Promise<RequestResult<T>> {
  const outcome = await sendWithRetries(request, {
    transport,
    policy: resolveRetryPolicy(options.retry),
    clock: options.clock ?? systemClock,
    random: options.random ?? Math.random,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  switch (outcome.kind) {
    case 'aborted':
      return { ok: false, error: { ...ABORTED_ERROR } };
    case 'timeout':
      return { ok: false, error: { ...TIMEOUT_ERROR } };
    case 'network':
      return { ok: false, error: { ...NETWORK_ERROR } };
    case 'response': {
      const { response } = outcome;
      if (response.status < 200 || response.status >= 300) return { ok: false, error: apiErrorFromResponse(response) };
      const value = read(parseJson(response.text));
      return value === undefined
        ? { ok: false, error: malformedSuccessError(response, expected) }
        : { ok: true, value };
    }
  }
}
