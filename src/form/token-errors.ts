import type { ApiError, Token } from '../client/results';
import type { Field } from '../fields/types';
import type { FormMessages } from '../i18n/form-messages';
import type { KnownRefusalCode } from '../i18n/form-messages.types';
import { fieldForParam } from '../params/error-field';

/** What the host gets of a token: enough to pass the id on and know when it expires. */
export interface TokenSummary {
  readonly id: string;
  readonly object: string;
  readonly livemode: boolean;
  readonly created: number | string;
  readonly expires_at?: number | string;
  readonly used: boolean;
}

/** What the host gets of a failure: never anything the person typed. */
export interface TokenErrorSummary {
  readonly type: string;
  readonly code?: string;
  /**
   * For developers, in English, written from the type, code and parameter: never Stripe's own message,
   * which may quote what was typed (that one is shown to the person at the field).
   */
  readonly message: string;
  /** Stripe's parameter (bracket form) or v2 path, when the error names one. */
  readonly param?: string;
  /** The `name` of the input the error was shown at. */
  readonly fieldName?: string;
  readonly status?: number;
  readonly requestId?: string;
  readonly retryable: boolean;
}

/** The token as the host sees it: its id and lifetime, nothing of what it carries. */
export function summarizeToken(token: Token): TokenSummary {
  return {
    id: token.id,
    object: token.object,
    livemode: token.livemode,
    created: token.created,
    ...(token.expires_at !== undefined ? { expires_at: token.expires_at } : {}),
    used: token.used,
  };
}

export interface MappedError {
  /** Messages to show at fields, by field id. */
  readonly fieldMessages: Map<string, string>;
  /** The first field's input name, for the event. */
  readonly fieldName?: string;
  /** Whether something is left to say above the form. */
  readonly general: boolean;
}

/**
 * Which shown fields a Stripe error names: its `param` (v1 bracket form, or v2's `invalid_param` path),
 * and every v2 `invalid_fields` path. An error that names none, or a field the form does not show, is
 * also said above the form (`general`).
 */
export function mapErrorToFields(
  error: ApiError,
  fields: readonly Field[],
  shownIds: ReadonlySet<string>,
  text: FormMessages,
): MappedError {
  const fieldMessages = new Map<string, string>();
  const named: { path: string; message: string }[] = [
    ...(error.param ? [{ path: error.param, message: error.message }] : []),
    ...(error.invalidFields ?? []).map((item) => ({ path: item.path, message: item.message ?? error.message })),
  ];
  let unplaced = false;
  let fieldName: string | undefined;
  for (const { path, message } of named) {
    const field = fieldForParam(fields, path.replace(/\[(\d+)\]/g, '.$1'));
    if (field && shownIds.has(field.id)) {
      if (!fieldMessages.has(field.id)) fieldMessages.set(field.id, text.serverFieldError(message));
      fieldName ??= field.name;
    } else {
      unplaced = true;
    }
  }
  return { fieldMessages, ...(fieldName ? { fieldName } : {}), general: named.length === 0 || unplaced };
}

/**
 * What to say above the form when a refusal is not (only) at fields: the person's own words for a
 * refusal Stripe explains only in English by its code, else Stripe's message, quoted.
 */
export function generalErrorMessage(error: ApiError, text: FormMessages): string {
  if (error.kind !== 'api') return text.networkError;
  const known = error.code !== undefined && Object.hasOwn(text.knownRefusals, error.code);
  return known ? text.knownRefusals[error.code as KnownRefusalCode] : text.serverError(error.message);
}

/**
 * What the host page learns of a failure. Stripe's own message may quote what was typed (in any
 * spelling), so it stays inside the form; the page gets a message written from the error's kind, code
 * and parameter, which carry no personal data.
 */
export function describeError(error: ApiError): string {
  if (error.kind === 'network') return 'The request did not reach Stripe (network error).';
  if (error.kind === 'timeout') return 'Stripe did not answer in time.';
  if (error.kind === 'aborted') return 'The request was cancelled.';
  const what = [error.type, error.code].filter(Boolean).join(' / ');
  const where = error.param ?? error.invalidFields?.map((item) => item.path).join(', ');
  return `Stripe refused the request (${what}${error.status !== undefined ? `, HTTP ${error.status}` : ''})${where ? ` at ${where}` : ''}.`;
}

export function summarizeError(error: ApiError, fieldName: string | undefined): TokenErrorSummary {
  return {
    type: error.type,
    ...(error.code ? { code: error.code } : {}),
    message: describeError(error),
    ...(error.param ? { param: error.param } : {}),
    ...(fieldName ? { fieldName } : {}),
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(error.requestId ? { requestId: error.requestId } : {}),
    retryable: error.retryable,
  };
}
