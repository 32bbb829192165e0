import type { ApiError, Token } from '../../src/client/results';
import type { Field } from '../../src/fields/types';
import type { FormMessages } from '../../src/i18n/form-messages';
import { fieldForParam } from '../../src/params/error-field';
import type { FormValues } from '../../src/params/values';
import type { TokenErrorSummary, TokenSummary } from './events';

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

/** Stripe may quote a rejected value in its message; the host page must not receive it. */
export function redactValues(message: string, values: FormValues): string {
  const typed = Object.values(values)
    .flatMap((value) =>
      typeof value === 'string' ? [value.trim()] : Array.isArray(value) ? value.map((item: string) => item.trim()) : [],
    )
    .filter((value) => value.length >= 2)
    .sort((a, b) => b.length - a.length);
  return typed.reduce((text, value) => text.split(value).join('[redacted]'), message);
}

export interface MappedError {
  /** Messages to show at fields, by field id. */
  readonly fieldMessages: Map<string, string>;
  /** The first field's input name, for the event. */
  readonly fieldName?: string;
  /** Whether something is left to say above the form. */
  readonly general: boolean;
}

/** Which shown fields a Stripe error names: v1's `param`, or every v2 `invalid_fields` path. */
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

export function summarizeError(error: ApiError, values: FormValues, fieldName: string | undefined): TokenErrorSummary {
  return {
    type: error.type,
    ...(error.code ? { code: error.code } : {}),
    message: redactValues(error.message, values),
    ...(error.param ? { param: error.param } : {}),
    ...(fieldName ? { fieldName } : {}),
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(error.requestId ? { requestId: error.requestId } : {}),
    retryable: error.retryable,
  };
}
