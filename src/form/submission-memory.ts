import { newIdempotencyKey } from '../client/idempotency-key';

/**
 * Remembers the last failed submission so a retry with the same data sends the same request (the same
 * attestation time) under the same idempotency key. With the idempotency header on, Stripe then answers
 * with the saved result instead of making a second token; without it a retry may make a second token,
 * and the form keeps only the last, so the first is never used. Lives in memory only.
 */
export class SubmissionMemory {
  #last: { fingerprint: string; key: string; at: Date } | null = null;

  /** The key and submission time to use for data with this fingerprint. */
  attempt(fingerprint: string, now: Date): { key: string; at: Date } {
    if (this.#last?.fingerprint === fingerprint) return this.#last;
    this.#last = { fingerprint, key: newIdempotencyKey(), at: now };
    return this.#last;
  }

  /** After a token was made, or the data changed for good (reset). */
  forget(): void {
    this.#last = null;
  }
}
