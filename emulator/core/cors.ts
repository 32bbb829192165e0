// CORS as a browser on another origin needs it: simple requests get the allow/expose headers, preflights a 204.

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
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Stripe-Version', 'Stripe-Account'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

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

export function preflightResponse(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': allowOrigin(request),
      'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
      'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
      'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
      Vary: 'Origin, Access-Control-Request-Headers',
    },
  });
}
