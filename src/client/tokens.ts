import { encodeFormBody, encodeJsonBody } from '../encoding';
import { DEFAULT_API_BASE, resolveBaseUrl } from './base-url';
import { ConfigurationError } from './errors';
import { idempotencyHeaders } from './idempotency-key';
import { assertMetadataWithinLimits } from './metadata';
import { parsePublishableKey } from './publishable-key';
import type { CommonRequestOptions } from './request-options';
import { readToken } from './read-success';
import type { TokenResult } from './results';
import { runRequest } from './run-request';
import type { TokenCreateParams, V2 } from './stripe-request-types';
import { DEFAULT_STRIPE_VERSION } from './stripe-version';
import type { TransportRequest } from './transport';

/*
 * The official `stripe` package's request types, copied into this package by `npm run generate:types`
 * (the SDK is only a dev dependency). v2 decimals (`percent_ownership`) are their text or the SDK's `Decimal`.
 */
/** `Stripe.TokenCreateParams.Account`: what goes inside `account[…]`. */
export type V1AccountTokenParams = TokenCreateParams.Account;
/** `Stripe.TokenCreateParams.Person`: what goes inside `person[…]`. */
export type V1PersonTokenParams = TokenCreateParams.Person;
/** `Stripe.V2.Core.AccountTokenCreateParams`. */
export type V2AccountTokenParams = V2.Core.AccountTokenCreateParams;
/** `Stripe.V2.Core.Accounts.PersonTokenCreateParams`. */
export type V2PersonTokenParams = V2.Core.Accounts.PersonTokenCreateParams;

interface TokenRequestOptions extends CommonRequestOptions {
  /** Defaults to `https://api.stripe.com`; must be https except on localhost. */
  apiBase?: string;
  /**
   * Sent as `Stripe-Version`. v2 requests always carry one (default `DEFAULT_STRIPE_VERSION`). v1
   * requests carry it only when given: an explicit choice, since the header costs a CORS preflight and
   * Stripe does not document it as allowed cross-origin.
   */
  stripeVersion?: string;
}

export interface V1TokenOptions extends TokenRequestOptions {
  apiVersion: 'v1';
}

export interface V2TokenOptions extends TokenRequestOptions {
  apiVersion: 'v2';
}

export interface V2PersonTokenOptions extends V2TokenOptions {
  /** The connected account (`acct_…`) the person belongs to. */
  account: string;
}

/**
 * Creates an account token from the browser. `params` is, for v1, the object that goes inside
 * `account[...]`; for v2, the whole request body. Stripe's errors come back as `{ ok: false }`; only
 * misuse (a secret key, an insecure `apiBase`, metadata beyond Stripe's limits) rejects the promise,
 * before anything is sent.
 */
export function createAccountToken(params: V1AccountTokenParams, options: V1TokenOptions): Promise<TokenResult>;
export function createAccountToken(params: V2AccountTokenParams, options: V2TokenOptions): Promise<TokenResult>;
export async function createAccountToken(
  params: V1AccountTokenParams | V2AccountTokenParams,
  options: V1TokenOptions | V2TokenOptions,
): Promise<TokenResult> {
  assertMetadataWithinLimits(
    options.apiVersion === 'v1'
      ? (params as V1AccountTokenParams).individual?.metadata
      : (params as V2AccountTokenParams).identity?.individual?.metadata,
  );
  const request =
    options.apiVersion === 'v1'
      ? v1Request('account', params as V1AccountTokenParams, options)
      : v2Request('/v2/core/account_tokens', params, options);
  return sendTokenRequest(request, options);
}

/**
 * Creates a person token from the browser. For v1, `params` goes inside `person[...]`; for v2 it is the
 * whole body and `options.account` names the connected account.
 */
export function createPersonToken(params: V1PersonTokenParams, options: V1TokenOptions): Promise<TokenResult>;
export function createPersonToken(params: V2PersonTokenParams, options: V2PersonTokenOptions): Promise<TokenResult>;
export async function createPersonToken(
  params: V1PersonTokenParams | V2PersonTokenParams,
  options: V1TokenOptions | V2PersonTokenOptions,
): Promise<TokenResult> {
  assertMetadataWithinLimits(params.metadata);
  let request: Omit<TransportRequest, 'signal'>;
  if (options.apiVersion === 'v1') {
    request = v1Request('person', params as V1PersonTokenParams, options);
  } else {
    const account: unknown = options.account;
    if (typeof account !== 'string' || !/^acct_[A-Za-z0-9]+$/.test(account)) {
      throw new ConfigurationError(
        'missing_account',
        'v2 person tokens need options.account, the connected account id (acct_…).',
      );
    }
    request = v2Request(`/v2/core/accounts/${account}/person_tokens`, params, options);
  }
  return sendTokenRequest(request, options);
}

/**
 * v1: a form body with the key inside it and no other header than its `Content-Type`, as Stripe.js sends
 * it: a CORS simple request, one round trip, the one transport proven to work cross-origin. The
 * idempotency header and a v1 `Stripe-Version` are added only when asked for; each costs a preflight.
 */
function v1Request(
  kind: 'account' | 'person',
  params: V1AccountTokenParams | V1PersonTokenParams,
  options: V1TokenOptions,
): Omit<TransportRequest, 'signal'> {
  const apiBase = checkCommonOptions(options);
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded',
    ...idempotencyHeaders(options),
  };
  if (options.stripeVersion !== undefined) headers['Stripe-Version'] = options.stripeVersion;
  return {
    method: 'POST',
    url: `${apiBase}/v1/tokens`,
    headers,
    body: encodeFormBody({ key: options.publishableKey, [kind]: params }),
  };
}

/** v2: a JSON body, the key as a bearer token and a pinned `Stripe-Version`, which the v2 API requires. */
function v2Request(path: string, params: object, options: V2TokenOptions): Omit<TransportRequest, 'signal'> {
  const apiBase = checkCommonOptions(options);
  return {
    method: 'POST',
    url: `${apiBase}${path}`,
    headers: {
      Authorization: `Bearer ${options.publishableKey}`,
      'Content-Type': 'application/json',
      'Stripe-Version': options.stripeVersion ?? DEFAULT_STRIPE_VERSION,
      ...idempotencyHeaders(options),
    },
    body: encodeJsonBody(params),
  };
}

function checkCommonOptions(options: TokenRequestOptions): string {
  parsePublishableKey(options.publishableKey);
  return resolveBaseUrl('apiBase', options.apiBase, DEFAULT_API_BASE);
}

async function sendTokenRequest(
  request: Omit<TransportRequest, 'signal'>,
  options: CommonRequestOptions,
): Promise<TokenResult> {
  const result = await runRequest(request, options, 'token', readToken);
  return result.ok ? { ok: true, token: result.value } : result;
}
