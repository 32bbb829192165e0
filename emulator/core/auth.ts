// Key checks shared by the routes: a usable key or the 401 Stripe answers, and the publishable-key rule for tokens.
import { maskKeyForError, mayCreateTokens, parseApiKey, type ApiKey } from './api-keys';
import { jsonResponse, v1Error, v2Error } from './responses';
import type { ApiVersion, RouteContext } from './routes';

const NO_KEY_MESSAGE =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";

export function authenticate(rawKey: string | null): ApiKey | Response {
  if (rawKey === null || rawKey === '')
    return jsonResponse(401, { error: { type: 'invalid_request_error', message: NO_KEY_MESSAGE } });
  const key = parseApiKey(rawKey);
  if (key === null) {
    return jsonResponse(401, {
      error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${maskKeyForError(rawKey)}` },
    });
  }
  return key;
}

const PUBLISHABLE_KEY_MESSAGE = 'Token must be created with publishable key.';

/** Null when the key may create tokens; otherwise the 400 that Stripe answers for live secret or restricted keys. */
export function refuseTokenKey(key: ApiKey, api: ApiVersion, context: RouteContext): Response | null {
  if (mayCreateTokens(key)) return null;
  const code = 'token_must_be_created_with_publishable_key';
  if (api === 'v1')
    return v1Error(
      400,
      { code, message: PUBLISHABLE_KEY_MESSAGE },
      { requestId: context.requestId, livemode: key.livemode },
    );
  return v2Error(400, { code, message: PUBLISHABLE_KEY_MESSAGE });
}
