/** How a request is retried. All times in milliseconds. */
export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** Upper bound of the first backoff wait; each later bound doubles. */
  initialDelayMs: number;
  /** Cap on any single backoff wait. */
  maxDelayMs: number;
  /** Budget for the whole submission, waits included; no attempt starts or waits past it. */
  totalTimeoutMs: number;
  /** Each attempt is cancelled after this long (and may be retried). */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxAttempts: 4,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  totalTimeoutMs: 30_000,
  attemptTimeoutMs: 20_000,
});

export function resolveRetryPolicy(overrides: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`retry.${name} must be a non-negative number.`);
  }
  policy.maxAttempts = Math.max(1, Math.floor(policy.maxAttempts));
  return policy;
}

/**
 * Exponential backoff with full jitter: a uniform wait in [0, min(cap, initial × 2^retry)). Full jitter
 * spreads out the retries of many browsers that failed at the same moment.
 */
export function backoffDelayMs(retryIndex: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

/** Reads `Retry-After` as seconds or as an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
