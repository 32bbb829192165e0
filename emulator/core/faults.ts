// Fault injection: queued failures that the next matching requests meet, before or after they are processed.
import { isJsonObject, type JsonObject } from './json';

export const FAULT_STATUSES = [409, 429, 500, 502, 503] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

/** The statuses an `error` fault may answer with: Stripe's client errors, and its server errors. */
export const MIN_ERROR_STATUS = 400;
export const MAX_ERROR_STATUS = 599;

export type FaultAction =
  | { type: 'status'; status: FaultStatus; retryAfter?: number; shouldRetry?: boolean }
  /** Answers `{"error": error}` as given: a refusal worded as Stripe might, echoes of the request included. */
  | { type: 'error'; status: number; error: JsonObject }
  | { type: 'hang'; ms?: number }
  | { type: 'drop' }
  | { type: 'delay'; ms: number };

export type FaultTiming = 'before' | 'after';

export interface QueuedFault {
  id: string;
  path: string;
  method: string;
  /** How many more requests this fault applies to. */
  count: number;
  when: FaultTiming;
  fault: FaultAction;
}

export const DEFAULT_HANG_MS = 120_000;

/** Exact match, or a prefix that ends at a `/` boundary: `/v2/core` matches `/v2/core/account_tokens`. */
export function faultPathMatches(pattern: string, pathname: string): boolean {
  if (pattern === pathname) return true;
  const prefix = pattern.endsWith('/') ? pattern : `${pattern}/`;
  return pathname.startsWith(prefix);
}

/** Takes one use of the first queued fault that matches, in the order faults were added. */
export function takeFault(
  queue: QueuedFault[],
  method: string,
  pathname: string,
  when: FaultTiming,
): FaultAction | undefined {
  const index = queue.findIndex(
    (fault) => fault.when === when && fault.method === method && faultPathMatches(fault.path, pathname),
  );
  const fault = queue[index];
  if (fault === undefined) return undefined;
  fault.count -= 1;
  if (fault.count <= 0) queue.splice(index, 1);
  return fault.fault;
}

function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function parseAction(value: unknown): FaultAction | string {
  if (!isJsonObject(value)) return 'fault must be an object with a "type".';
  switch (value.type) {
    case 'status': {
      const status = FAULT_STATUSES.find((allowed) => allowed === value.status);
      if (status === undefined) return `fault.status must be one of ${FAULT_STATUSES.join(', ')}.`;
      const action: FaultAction = { type: 'status', status };
      if (value.retryAfter !== undefined) {
        if (!isNonNegativeNumber(value.retryAfter)) return 'fault.retryAfter must be a number of seconds.';
        action.retryAfter = value.retryAfter;
      }
      if (value.shouldRetry !== undefined) {
        if (typeof value.shouldRetry !== 'boolean') return 'fault.shouldRetry must be a boolean.';
        action.shouldRetry = value.shouldRetry;
      }
      return action;
    }
    case 'error': {
      const { status, error } = value;
      if (
        typeof status !== 'number' ||
        !Number.isInteger(status) ||
        status < MIN_ERROR_STATUS ||
        status > MAX_ERROR_STATUS
      )
        return `fault.status must be an integer from ${MIN_ERROR_STATUS} to ${MAX_ERROR_STATUS}.`;
      if (!isJsonObject(error) || typeof error.type !== 'string' || typeof error.message !== 'string')
        return 'fault.error must be an object with a string "type" and "message".';
      return { type: 'error', status, error };
    }
    case 'hang':
      if (value.ms !== undefined && !isNonNegativeNumber(value.ms)) return 'fault.ms must be a number of milliseconds.';
      return value.ms === undefined ? { type: 'hang' } : { type: 'hang', ms: value.ms };
    case 'drop':
      return { type: 'drop' };
    case 'delay':
      if (!isNonNegativeNumber(value.ms)) return 'fault.ms must be a number of milliseconds.';
      return { type: 'delay', ms: value.ms };
    default:
      return 'fault.type must be one of status, error, hang, drop, delay.';
  }
}

/** Reads the admin API's fault description; returns a message when it is not valid. */
export function parseFault(body: unknown, id: string): QueuedFault | string {
  if (!isJsonObject(body)) return 'The body must be a JSON object.';
  const { path, method = 'POST', count = 1, when = 'before' } = body;
  if (typeof path !== 'string' || !path.startsWith('/')) return 'path must be a string starting with "/".';
  if (typeof method !== 'string' || method === '') return 'method must be an HTTP method.';
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return 'count must be a positive integer.';
  if (when !== 'before' && when !== 'after') return 'when must be "before" or "after".';
  const fault = parseAction(body.fault);
  if (typeof fault === 'string') return fault;
  return { id, path, method: method.toUpperCase(), count, when, fault };
}

export function describeFault(fault: QueuedFault): JsonObject {
  return {
    id: fault.id,
    path: fault.path,
    method: fault.method,
    count: fault.count,
    when: fault.when,
    fault: { ...fault.fault },
  };
}

/** Resolves after `ms`, or early when the client goes away. */
export function wait(ms: number, signal: AbortSignal): Promise<'elapsed' | 'aborted'> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve('aborted');
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve('aborted');
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve('elapsed');
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
