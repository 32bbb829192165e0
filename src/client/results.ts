/** A token as Stripe returns it. v1 `created` is unix seconds, v2 an RFC 3339 string; kept as received. */
export interface Token {
  id: string;
  object: string;
  livemode: boolean;
  created: number | string;
  expires_at?: number | string;
  used: boolean;
  /** v1 only: `account` or `person`. */
  type?: string;
}

/** A file uploaded to Stripe (`file_…`), to be referenced from a token's document fields. */
export interface StripeFile {
  id: string;
  object: 'file';
  purpose: string;
  size: number;
  type?: string;
  filename?: string | null;
  created?: number;
  url?: string | null;
}

export interface InvalidField {
  path: string;
  code?: string;
  message?: string;
}

export type ApiErrorKind = 'api' | 'network' | 'timeout' | 'aborted';

/**
 * Why a request did not produce a result. `param` (v1's `param` in bracket form, or v2's `invalid_param`
 * path) and `invalidFields` (v2 paths) are passed on as Stripe sent them; the field schema maps them to
 * form fields. A v2 error may carry neither: then only `code` and `message` say what went wrong.
 */
export interface ApiError {
  kind: ApiErrorKind;
  type: string;
  code?: string;
  message: string;
  param?: string;
  invalidFields?: InvalidField[];
  status?: number;
  requestId?: string;
  /** Whether sending the same request again later may succeed. */
  retryable: boolean;
  docUrl?: string;
}

export type TokenResult = { ok: true; token: Token } | { ok: false; error: ApiError };
export type FileUploadResult = { ok: true; file: StripeFile } | { ok: false; error: ApiError };
