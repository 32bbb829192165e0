import type { TokenResult } from '../../src/client/results';
import type { ApiVersion } from '../../src/fields/types';
import type { ConfigurationProblem } from '../../src/form/config';
import type { FormModel } from '../../src/form/form-model';
import { submitForm } from '../../src/form/submit';
import type { FormMessages } from '../../src/i18n/form-messages';
import { documentsSettled } from './documents-settled';
import { SubmitStartEvent, TokenCreatedEvent, TokenErrorEvent, type TokenSummary } from './events';

/** The client options every token request takes, whatever its kind and version. */
export interface TokenClientOptions {
  readonly publishableKey: string;
  readonly apiBase?: string;
  readonly stripeVersion?: string;
  /** Whether `idempotencyKey` travels as a header (the element's `idempotency-header`). */
  readonly idempotencyHeader?: boolean;
  readonly idempotencyKey: string;
  readonly signal: AbortSignal;
}

/** What a subclass passes on to the token client besides the body. */
export interface TokenRequestOptions {
  readonly apiVersion: ApiVersion;
  readonly client: TokenClientOptions;
}

/** What a form element gives one submission. */
export interface SubmittingElement {
  readonly element: HTMLElement;
  readonly renderRoot: ParentNode;
  readonly model: FormModel;
  readonly text: FormMessages;
  readonly version: ApiVersion;
  readonly account: string | null;
  readonly hostValues: Readonly<Record<string, unknown>>;
  readonly configurationProblem: ConfigurationProblem | null;
  readonly client: Omit<TokenClientOptions, 'idempotencyKey' | 'signal'>;
  requestToken(body: Record<string, unknown>, options: TokenRequestOptions): Promise<TokenResult>;
  /** Focus the first field with a problem once the form has rendered. */
  focusFirstProblem(): void;
  requestUpdate(): void;
}

/**
 * One submission of a form element: the model's pipeline with the element's DOM around it (uploads to
 * wait for, the request itself), then what the page hears of it and where focus goes.
 */
export async function runSubmission(host: SubmittingElement, signal: AbortSignal): Promise<TokenSummary | null> {
  const { element, text, version } = host;
  const outcome = await submitForm(host.model, {
    signal,
    text,
    version,
    account: host.account,
    hostValues: host.hostValues,
    userAgent: navigator.userAgent,
    configurationProblem: host.configurationProblem,
    documentsSettled: (cancel) =>
      documentsSettled(host.renderRoot, cancel, () => {
        host.model.status = { kind: 'pending', text: text.statusWaitingForDocuments };
        host.requestUpdate();
      }),
    sending: () => element.dispatchEvent(new SubmitStartEvent()),
    send: (body, request) => host.requestToken(body, { apiVersion: version, client: { ...host.client, ...request } }),
  });
  switch (outcome.kind) {
    case 'created':
      element.dispatchEvent(new TokenCreatedEvent({ token: outcome.token }));
      return outcome.token;
    case 'invalid':
      host.focusFirstProblem();
      return null;
    case 'configuration':
      element.dispatchEvent(new TokenErrorEvent({ error: outcome.error }));
      return null;
    case 'refused':
      if (outcome.fieldErrors > 0) host.focusFirstProblem();
      element.dispatchEvent(new TokenErrorEvent({ error: outcome.error }));
      return null;
    case 'stale':
    case 'cancelled':
    case 'unavailable':
      return null;
  }
}
