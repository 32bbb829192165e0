// What happens around a route's work: the Idempotency-Key check and save, and the queued faults.
import { statusFaultResponse } from './fault-responses';
import { DEFAULT_HANG_MS, takeFault, wait, type FaultAction } from './faults';
import {
  beginIdempotentRequest,
  finishIdempotentRequest,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  replayResponse,
  saveResponse,
} from './idempotency';
import { canonicalJson } from './json';
import { jsonResponse, v1Error, v2Error, type ErrorContext } from './responses';
import type { ApiVersion, PreparedCall, RouteContext } from './routes';

export async function runIdempotent(
  context: RouteContext,
  api: ApiVersion,
  errorContext: ErrorContext,
  prepared: PreparedCall,
  idempotencyKey: string,
): Promise<Response> {
  const { state, request, url } = context;
  if (idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    const message = `Idempotency-Key must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters long.`;
    return api === 'v1'
      ? v1Error(400, { message }, errorContext)
      : v2Error(400, { code: 'invalid_idempotency_key', message });
  }
  const fingerprint = canonicalJson({ method: request.method, path: url.pathname, params: prepared.params });
  const apiKey = prepared.apiKey.raw;
  const start = beginIdempotentRequest(state.idempotency, apiKey, idempotencyKey, fingerprint);
  switch (start.outcome) {
    case 'mismatch': {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`;
      return api === 'v1'
        ? v1Error(400, { type: 'idempotency_error', message }, errorContext)
        : v2Error(400, { type: 'idempotency_error', code: 'idempotency_error', message });
    }
    case 'in_progress': {
      const message = `There is currently another in-progress request using this Idempotency-Key (that probably means you submitted twice, and the other request is still going through): ${idempotencyKey}. Please try again later.`;
      const headers = { 'Stripe-Should-Retry': 'true' };
      const details = { type: 'idempotency_error' as const, code: 'idempotency_key_in_use', message };
      return api === 'v1' ? v1Error(409, details, errorContext, headers) : v2Error(409, details, headers);
    }
    case 'replay':
      return runWithFaults(context, api, errorContext, () => Promise.resolve(replayResponse(start.response)));
    case 'fresh':
      break;
  }
  let settled = false;
  try {
    return await runWithFaults(context, api, errorContext, async () => {
      const response = await prepared.execute();
      // Only requests that got as far as creating something are saved; validation errors may be retried with a fix.
      const { saved, fresh } = await saveResponse(response, context.requestId);
      finishIdempotentRequest(state.idempotency, apiKey, idempotencyKey, fingerprint, response.ok ? saved : null);
      settled = true;
      return fresh;
    });
  } finally {
    if (!settled) finishIdempotentRequest(state.idempotency, apiKey, idempotencyKey, fingerprint, null);
  }
}

/** Applies the first matching "before" fault, runs the work, then the first matching "after" fault. */
export async function runWithFaults(
  context: RouteContext,
  api: ApiVersion,
  errorContext: ErrorContext,
  work: () => Promise<Response>,
): Promise<Response> {
  const { state, request, url } = context;
  const before = takeFault(state.faults, request.method, url.pathname, 'before');
  if (before !== undefined) {
    const interruption = await applyFault(before, request.signal, api, errorContext);
    if (interruption !== 'continue') return interruption;
  }
  const response = await work();
  const after = takeFault(state.faults, request.method, url.pathname, 'after');
  if (after === undefined) return response;
  const replacement = await applyFault(after, request.signal, api, errorContext);
  return replacement === 'continue' ? response : replacement;
}

async function applyFault(
  fault: FaultAction,
  signal: AbortSignal,
  api: ApiVersion,
  errorContext: ErrorContext,
): Promise<Response | 'continue'> {
  switch (fault.type) {
    case 'status':
      return statusFaultResponse(fault, api, errorContext);
    case 'error':
      return jsonResponse(fault.status, { error: fault.error });
    case 'drop':
      return Response.error();
    case 'hang':
      // Whether the client gave up or the time ran out, no answer is ever sent.
      await wait(fault.ms ?? DEFAULT_HANG_MS, signal);
      return Response.error();
    case 'delay':
      return (await wait(fault.ms, signal)) === 'aborted' ? Response.error() : 'continue';
  }
}
