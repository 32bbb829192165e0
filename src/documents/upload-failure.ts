import type { ApiError } from '../client/results';

/**
 * Why an upload did not produce a file, in terms the user can act on:
 * `offline` — the connection failed or timed out; `unavailable` — Stripe was busy or failing;
 * `refused` — Stripe turned the file down; `configuration` — the page set the element up wrongly
 * (bad key or files base), which the user cannot fix.
 */
export type UploadFailureReason = 'offline' | 'unavailable' | 'refused' | 'configuration';

export function uploadFailureReason(error: ApiError): UploadFailureReason {
  if (error.kind === 'network' || error.kind === 'timeout') return 'offline';
  const status = error.status ?? 0;
  if (status === 401 || status === 403) return 'configuration';
  if (status === 429 || status >= 500 || error.retryable) return 'unavailable';
  return 'refused';
}
