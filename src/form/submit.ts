import { ConfigurationError, KeyError } from '../client/errors';
import type { TokenResult } from '../client/results';
import type { ApiVersion } from '../fields/types';
import type { FormMessages } from '../i18n/form-messages';
import { buildRequestBody } from '../params/build-body';
import { isChunkLoadFailure } from '../lazy/on-demand';
import { normalizeForRequest } from '../params/normalize-values';
import type { ConfigurationProblem } from './config';
import type { FormModel } from './form-model';
import {
  generalErrorMessage,
  mapErrorToFields,
  summarizeError,
  summarizeToken,
  type TokenErrorSummary,
  type TokenSummary,
} from './token-errors';

/** How a submission ended. */
export type SubmitOutcome =
  | { readonly kind: 'created'; readonly token: TokenSummary }
  /** The form has problems; nothing was sent. */
  | { readonly kind: 'invalid'; readonly problems: number }
  /** The element is not set up to send (no key, a secret key, no account). */
  | { readonly kind: 'configuration'; readonly error: TokenErrorSummary }
  /** Stripe (or the network) refused; `fieldErrors` problems were placed at fields. */
  | { readonly kind: 'refused'; readonly error: TokenErrorSummary; readonly fieldErrors: number }
  /** The person changed the form while it was being sent: the token holds the old data and is withheld. */
  | { readonly kind: 'stale' }
  /** Cancelled (reset, disconnect) before it ended. */
  | { readonly kind: 'cancelled' }
  /** A part the checks read (a phone plan, an id number's check) did not download: nothing was sent. */
  | { readonly kind: 'unavailable' };

/** What a submission needs from outside the model. */
export interface SubmitContext {
  readonly signal: AbortSignal;
  /** The active language's messages (statuses, Stripe's answers at fields). */
  readonly text: FormMessages;
  readonly version: ApiVersion;
  readonly account: string | null;
  /** Host-supplied values by field id (`person.metadata`). */
  readonly hostValues: Readonly<Record<string, unknown>>;
  readonly userAgent: string;
  /** Why the form cannot be sent as set up, if it cannot. */
  readonly configurationProblem: ConfigurationProblem | null;
  /** Resolves once no document is checking or uploading; `false` when the submission was cancelled meanwhile. */
  documentsSettled(signal: AbortSignal): Promise<boolean>;
  /** The request is about to be sent. */
  sending(): void;
  /** Sends the body to the token API. */
  send(body: Record<string, unknown>, request: { idempotencyKey: string; signal: AbortSignal }): Promise<TokenResult>;
}

const configurationError = (problem: ConfigurationProblem): TokenErrorSummary => ({
  type: 'configuration_error',
  code: problem.code,
  message: problem.message,
  retryable: false,
});

/**
 * Submits the form: waits for running uploads, checks one snapshot of the values, normalises them,
 * builds the request (a retry of the same data under the same idempotency key), sends it, withholds a
 * token made from data changed meanwhile, and maps Stripe's errors to fields. The model's status,
 * token and messages follow; the result says how it ended.
 */
export async function submitForm(model: FormModel, context: SubmitContext): Promise<SubmitOutcome> {
  const { signal, text } = context;
  const plan = model.plan;
  const problem = context.configurationProblem;
  if (problem) {
    model.status = { kind: 'error', text: text.configurationError };
    return { kind: 'configuration', error: configurationError(problem) };
  }
  if (!plan) return { kind: 'cancelled' };
  if (!(await context.documentsSettled(signal))) return { kind: 'cancelled' };
  // Check and send one snapshot: a change while checking (the phone rules may still be loading)
  // starts the check again, so nothing unchecked is sent.
  const { state } = model;
  let revision: number;
  let valid: boolean;
  try {
    do {
      revision = state.revision;
      valid = await state.validate(plan.fields, model.checkContext());
      if (signal.aborted) return { kind: 'cancelled' };
    } while (revision !== state.revision);
  } catch (error) {
    if (!isChunkLoadFailure(error)) throw error;
    model.status = { kind: 'error', text: text.statusFailed };
    return { kind: 'unavailable' };
  }
  state.submitted = true;
  model.notifyValidated();
  if (!valid) {
    model.announceProblems(text);
    return { kind: 'invalid', problems: model.problemCount };
  }

  // Only what the form asks for now: a value typed or defaulted under another plan (other requirements,
  // another business type) stays in the form but is not sent.
  const planned = new Set(plan.fields.map(({ field }) => field.id));
  const plannedValues = Object.fromEntries(Object.entries(state.values).filter(([id]) => planned.has(id)));
  const { version, hostValues } = context;
  const values = await normalizeForRequest(plan.allFields, plannedValues, model.country, model.phoneCountryChoices());
  if (signal.aborted) return { kind: 'cancelled' };
  // Same data and settings as a failed attempt: the same request, under the same idempotency key (sent
  // only when the element opts in to the header).
  const fingerprint = JSON.stringify([version, context.account, hostValues, Object.entries(values).sort()]);
  const attempt = model.memory.attempt(fingerprint, new Date());
  const body = buildRequestBody(plan.allFields, values, {
    version,
    now: attempt.at,
    userAgent: context.userAgent,
    hostValues,
  });

  model.generalError = null;
  state.setServerMessages(new Map());
  model.status = { kind: 'pending', text: text.statusPending };
  context.sending();

  let result: TokenResult;
  try {
    result = await context.send(body, { idempotencyKey: attempt.key, signal });
  } catch (error) {
    if (!(error instanceof KeyError || error instanceof ConfigurationError)) throw error;
    model.status = { kind: 'error', text: text.configurationError };
    return { kind: 'configuration', error: configurationError({ code: error.code, message: error.message }) };
  }
  if (signal.aborted) return { kind: 'cancelled' };

  if (result.ok && revision !== state.revision) {
    // Nothing typed since is cleared.
    model.memory.forget();
    model.status = { kind: 'idle', text: text.statusChangedWhileSending };
    return { kind: 'stale' };
  }
  if (result.ok) {
    const token = summarizeToken(result.token);
    model.memory.forget();
    model.setToken(token);
    // Identity numbers are not kept once they are in a token; the form says so at each of them.
    model.clearSentSensitiveValues();
    model.status = { kind: 'success', text: text.statusSuccess };
    model.notifyValidated();
    return { kind: 'created', token };
  }

  const { error } = result;
  if (error.kind === 'aborted') return { kind: 'cancelled' };
  const mapped = mapErrorToFields(error, plan.allFields, planned, text);
  state.setServerMessages(mapped.fieldMessages);
  model.generalError = mapped.general
    ? { message: generalErrorMessage(error, text), retryable: error.retryable }
    : null;
  const fieldErrors = mapped.fieldMessages.size;
  model.status = {
    kind: 'error',
    text: fieldErrors > 0 ? text.statusFieldErrors(fieldErrors) : text.statusFailed,
  };
  return { kind: 'refused', error: summarizeError(error, mapped.fieldName), fieldErrors };
}
