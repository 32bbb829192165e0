// The Stripe-shaped error a `status` fault answers with.
import type { FaultAction } from './faults';
import { v1Error, v2Error, type ErrorContext, type V1ErrorDetails } from './responses';
import type { ApiVersion } from './routes';

type StatusFault = Extract<FaultAction, { type: 'status' }>;

const V1_BODIES: Record<StatusFault['status'], V1ErrorDetails> = {
  409: {
    code: 'lock_timeout',
    message:
      'This object cannot be accessed right now because another API request or Stripe process is currently accessing it. Please retry.',
  },
  429: {
    code: 'rate_limit',
    message: 'Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.',
  },
  500: { type: 'api_error', message: 'An unknown error occurred.' },
  502: { type: 'api_error', message: 'Bad gateway: the API could not be reached. Please retry.' },
  503: { type: 'api_error', message: 'The API is temporarily unavailable. Please retry.' },
};

const V2_CODES: Record<StatusFault['status'], string> = {
  409: 'lock_timeout',
  429: 'account_rate_limit_exceeded',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
};

export function statusFaultResponse(fault: StatusFault, api: ApiVersion, context: ErrorContext): Response {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  if (fault.shouldRetry !== undefined) headers['Stripe-Should-Retry'] = String(fault.shouldRetry);
  const v1 = V1_BODIES[fault.status];
  if (api === 'v1') return v1Error(fault.status, v1, context, headers);
  return v2Error(
    fault.status,
    { type: v1.type ?? 'invalid_request_error', code: V2_CODES[fault.status], message: v1.message },
    headers,
  );
}
