import type { Clock } from './clock';
import type { RetryPolicy } from './retry-policy';
import type { FetchFunction, Transport } from './transport';

/** Options every request takes, besides what the endpoint needs. */
export interface CommonRequestOptions {
  /** `pk_test_…` or `pk_live_…`. Secret and restricted keys are refused before any request. */
  publishableKey: string;
  /**
   * Sends `Idempotency-Key`, so that a retry after a lost answer returns the first result instead of
   * making a second token or file. Off by default: Stripe does not document the header as allowed
   * cross-origin, and any custom header costs a CORS preflight (v1 tokens are otherwise simple
   * requests). Without it, such a retry may leave one unused token (or file) behind: harmless, since
   * tokens are single-use and nothing attaches them but your server.
   */
  idempotencyHeader?: boolean;
  /** With `idempotencyHeader`: one key per logical submission, reused on every retry. Generated when not given. */
  idempotencyKey?: string;
  /** Cancels at once, retries included. */
  signal?: AbortSignal;
  retry?: Partial<RetryPolicy>;
  /** The fetch to use (defaults to the global one). */
  fetch?: FetchFunction;
  /** Replaces the network layer entirely (takes precedence over `fetch`). */
  transport?: Transport;
  /** Time source for waits and timeouts; the system clock by default. */
  clock?: Clock;
  /** Random source in [0, 1) for backoff jitter; `Math.random` by default. */
  random?: () => number;
}
