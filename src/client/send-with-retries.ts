import { isRetryableResponse } from './api-error';
import { sleep } from './clock';
import type { Clock } from './clock';
import { backoffDelayMs, parseRetryAfterMs } from './retry-policy';
import type { RetryPolicy } from './retry-policy';
import type { Transport, TransportRequest, TransportResponse } from './transport';

/** How a submission ended. Only `response` carries an HTTP answer (2xx or not). */
export type SendOutcome =
  | { kind: 'response'; response: TransportResponse; attempts: number }
  | { kind: 'network'; attempts: number }
  | { kind: 'timeout'; attempts: number }
  | { kind: 'aborted'; attempts: number };

export interface SendContext {
  transport: Transport;
  policy: RetryPolicy;
  clock: Clock;
  random: () => number;
  signal?: AbortSignal;
}

/**
 * Sends one logical request, retrying network errors, attempt timeouts, 409, 429 and 5xx answers as
 * Stripe advises. The request (and its Idempotency-Key, when the caller sends one) is the same on every
 * attempt, so Stripe can return the first result instead of creating a second token; without the key a
 * retry after a lost answer makes a new, unused one. A caller abort ends everything at once.
 */
export async function sendWithRetries(
  request: Omit<TransportRequest, 'signal'>,
  context: SendContext,
): Promise<SendOutcome> {
  const { policy, clock, signal } = context;
  const startedAt = clock.now();
  const remaining = (): number => policy.totalTimeoutMs - (clock.now() - startedAt);

  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) return { kind: 'aborted', attempts: attempt - 1 };
    const outcome = await attemptOnce(
      request,
      context,
      Math.min(policy.attemptTimeoutMs, Math.max(0, remaining())),
      attempt,
    );
    if (outcome.kind === 'aborted' || attempt >= policy.maxAttempts) return outcome;

    let waitMs: number;
    if (outcome.kind === 'response') {
      if (!isRetryableResponse(outcome.response)) return outcome;
      const retryAfter =
        outcome.response.status === 429
          ? parseRetryAfterMs(outcome.response.header('Retry-After'), clock.now())
          : undefined;
      waitMs = retryAfter ?? backoffDelayMs(attempt - 1, policy, context.random);
    } else {
      waitMs = backoffDelayMs(attempt - 1, policy, context.random);
    }
    // A wait that would end past the budget cannot lead to a useful attempt: report what we have.
    if (waitMs >= remaining()) return outcome;
    const waited = await sleep(clock, waitMs, signal);
    if (!waited) return { kind: 'aborted', attempts: attempt };
  }
}

async function attemptOnce(
  request: Omit<TransportRequest, 'signal'>,
  context: SendContext,
  timeoutMs: number,
  attempt: number,
): Promise<SendOutcome> {
  const { signal, clock } = context;
  const controller = new AbortController();
  let timedOut = false;
  let stop: (() => void) | undefined;
  // Settles as soon as the attempt is cancelled, even if a transport ignores its signal.
  const cancelled = new Promise<'cancelled'>((resolve) => {
    stop = () => resolve('cancelled');
  });
  const onCallerAbort = (): void => {
    controller.abort(signal?.reason);
    stop?.();
  };
  const cancelTimer = clock.setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The attempt timed out.', 'TimeoutError'));
    stop?.();
  }, timeoutMs);
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    const sent = context.transport.send({ ...request, signal: controller.signal });
    sent.catch(() => undefined); // its rejection is handled below or no longer matters once cancelled
    const result = await Promise.race([sent, cancelled]);
    if (result !== 'cancelled') return { kind: 'response', response: result, attempts: attempt };
  } catch {
    // Classified below from what we know about why it ended.
  } finally {
    cancelTimer();
    signal?.removeEventListener('abort', onCallerAbort);
  }
  if (signal?.aborted) return { kind: 'aborted', attempts: attempt };
  if (timedOut) return { kind: 'timeout', attempts: attempt };
  return { kind: 'network', attempts: attempt };
}
