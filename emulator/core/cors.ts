// CORS as a browser on another origin needs it: simple requests get the allow/expose headers, preflights a 204.
//
// Two modes. `lenient` allows every header Stripe's SDKs send. `strict` allows only what Stripe is known to
// accept from a browser, so a page that works against it needs nothing Stripe has not shown it allows.

const EXPOSED_HEADERS = [
  'Request-Id',
  'Idempotency-Key',
  'Idempotent-Replayed',
  'Original-Request',
  'Retry-After',
  'Stripe-Should-Retry',
  'Stripe-Version',
];
const ALLOWED_METHODS = ['GET', 'POST', 'DELETE', 'OPTIONS'];
const LENIENT_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Stripe-Version', 'Stripe-Account'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export type CorsMode = 'lenient' | 'strict';

/**
 * The request headers a strict preflight allows beyond the CORS-safelisted ones, by path:
 * - `/v1/tokens…`: none. Stripe.js sends a form body with the key inside, a simple request.
 * - `/v1/files…`: `Authorization`, as in Stripe's guide to uploading from the browser.
 * - `/v2/…`: `Authorization`, `Content-Type` (JSON) and `Stripe-Version`, which the v2 API requires.
 * - the admin API (`/__emulator/…`): `Content-Type`, for its JSON bodies.
 * Anything else: none.
 */
export function strictAllowedHeaders(pathname: string): readonly string[] {
  if (pathname.startsWith('/v1/files')) return ['Authorization'];
  if (pathname.startsWith('/v2/')) return ['Authorization', 'Content-Type', 'Stripe-Version'];
  if (pathname.startsWith('/__emulator')) return ['Content-Type'];
  return [];
}

function allowOrigin(request: Request): string {
  return request.headers.get('Origin') ?? '*';
}

/** Returns a copy of the response with CORS headers; the body stream is passed through, not read. */
export function withCors(request: Request, response: Response): Response {
  if (response.type === 'error') return response;
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', allowOrigin(request));
  headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
  if (!(headers.get('Vary') ?? '').includes('Origin')) headers.append('Vary', 'Origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** What a preflight asked for and which of the asked-for headers the answer leaves out. */
export interface PreflightDecision {
  response: Response;
  /** `Access-Control-Request-Headers`, lower case, in the order asked. */
  requestedHeaders: string[];
  /** Requested headers the answer does not allow: the browser will not send the request. */
  refusedHeaders: string[];
}

export function answerPreflight(request: Request, mode: CorsMode): PreflightDecision {
  const pathname = new URL(request.url).pathname;
  const allowed = mode === 'strict' ? strictAllowedHeaders(pathname) : LENIENT_HEADERS;
  const allowedLower = new Set(allowed.map((name) => name.toLowerCase()));
  const requestedHeaders = (request.headers.get('Access-Control-Request-Headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': allowOrigin(request),
    'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
    Vary: 'Origin, Access-Control-Request-Headers',
  };
  // Like a server that has never heard of a header: it is simply not listed, and the browser gives up.
  if (allowed.length > 0) headers['Access-Control-Allow-Headers'] = allowed.join(', ');
  return {
    response: new Response(null, { status: 204, headers }),
    requestedHeaders,
    refusedHeaders: requestedHeaders.filter((name) => !allowedLower.has(name)),
  };
}
