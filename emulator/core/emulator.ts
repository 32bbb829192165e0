// The emulator: a Fetch Request in, a Response out, no platform APIs, so it runs in Node or a service worker.
// A `Response.error()` answer means "close the connection without a response".
import { ADMIN_PREFIX, handleAdmin } from './admin';
import { answerPreflight, withCors, type CorsMode } from './cors';
import { createFile, retrieveFile } from './files';
import { newId } from './ids';
import { v1Error, v2Error, type ErrorContext } from './responses';
import { runIdempotent, runWithFaults } from './pipeline';
import { apiVersionOf, matchRoute, type ApiVersion, type Route, type RouteContext } from './routes';
import { createState, type EmulatorState, type RequestRecord } from './state';
import { createV1Token, retrieveV1Token } from './v1-tokens';
import { createV2Token, retrieveV2Token } from './v2-tokens';

export interface EmulatorOptions {
  /** The clock for `created` and `expires_at`; tests pass a fixed one. */
  now?: () => Date;
  /**
   * Preflights allow only the request headers Stripe is known to accept from a browser (see
   * `strictAllowedHeaders`) instead of every header Stripe's SDKs send. The demo and the browser tests
   * run this way.
   */
  strictCors?: boolean;
}

export interface Emulator {
  handle(request: Request): Promise<Response>;
}

const ID = '(?<id>[^/]+)';
const ACCOUNT = '(?<account>[^/]+)';

const ROUTES: readonly Route[] = [
  { method: 'POST', pattern: /^\/v1\/tokens$/, api: 'v1', handler: createV1Token },
  { method: 'GET', pattern: new RegExp(`^/v1/tokens/${ID}$`), api: 'v1', handler: retrieveV1Token },
  { method: 'POST', pattern: /^\/v1\/files$/, api: 'v1', handler: createFile },
  { method: 'GET', pattern: new RegExp(`^/v1/files/${ID}$`), api: 'v1', handler: retrieveFile },
  { method: 'POST', pattern: /^\/v2\/core\/account_tokens$/, api: 'v2', handler: createV2Token('account') },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/core/account_tokens/${ID}$`),
    api: 'v2',
    handler: retrieveV2Token('account'),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v2/core/accounts/${ACCOUNT}/person_tokens$`),
    api: 'v2',
    handler: createV2Token('person'),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/core/accounts/${ACCOUNT}/person_tokens/${ID}$`),
    api: 'v2',
    handler: retrieveV2Token('person'),
  },
];

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const state = createState();
  const now = options.now ?? ((): Date => new Date());
  const cors: CorsMode = options.strictCors === true ? 'strict' : 'lenient';
  return { handle: (request) => handle(request, state, now, cors) };
}

async function handle(request: Request, state: EmulatorState, now: () => Date, cors: CorsMode): Promise<Response> {
  const requestId = newId.request();
  const url = new URL(request.url);
  const admin = url.pathname === ADMIN_PREFIX || url.pathname.startsWith(`${ADMIN_PREFIX}/`);
  if (request.method === 'OPTIONS') {
    const decision = answerPreflight(request, cors);
    if (!admin) {
      state.preflights.push({
        id: requestId,
        path: url.pathname,
        origin: request.headers.get('Origin'),
        method: request.headers.get('Access-Control-Request-Method'),
        requestedHeaders: decision.requestedHeaders,
        refusedHeaders: decision.refusedHeaders,
        receivedAt: now().toISOString(),
      });
    }
    return finish(request, decision.response, requestId);
  }
  if (admin) return finish(request, await handleAdmin(request, url.pathname, state), requestId);
  const record: RequestRecord = {
    id: requestId,
    method: request.method,
    path: url.pathname,
    status: null,
    idempotencyKey: request.headers.get('Idempotency-Key'),
    stripeVersion: request.headers.get('Stripe-Version'),
    contentType: request.headers.get('Content-Type'),
    params: null,
    receivedAt: now().toISOString(),
  };
  state.requests.push(record);
  let response: Response;
  try {
    response = await handleApi(request, url, { requestId, state, now, record });
  } catch {
    response = v1Error(
      500,
      { type: 'api_error', message: 'An unknown error occurred in the emulator.' },
      { requestId, livemode: false },
    );
  }
  record.status = response.type === 'error' ? 0 : response.status;
  return finish(request, response, requestId);
}

function finish(request: Request, response: Response, requestId: string): Response {
  if (response.type === 'error') return response;
  const withHeaders = withCors(request, response);
  withHeaders.headers.set('Request-Id', requestId);
  return withHeaders;
}

function notFound(api: ApiVersion, method: string, pathname: string, requestId: string): Response {
  const message = `Unrecognized request URL (${method}: ${pathname}).`;
  if (api === 'v2') return v2Error(404, { code: 'not_found', message });
  return v1Error(404, { message }, { requestId, livemode: false });
}

type Shared = Pick<RouteContext, 'requestId' | 'state' | 'now' | 'record'>;

async function handleApi(request: Request, url: URL, shared: Shared): Promise<Response> {
  const matched = matchRoute(ROUTES, request.method, url.pathname);
  const api = apiVersionOf(url.pathname);
  if (matched === null) return notFound(api, request.method, url.pathname, shared.requestId);
  const context: RouteContext = { ...shared, request, url, pathParams: matched.pathParams };
  const prepared = await matched.route.handler(context);
  if (prepared instanceof Response) return prepared;

  const errorContext: ErrorContext = { requestId: shared.requestId, livemode: prepared.apiKey.livemode };
  const idempotencyKey = request.method === 'POST' ? request.headers.get('Idempotency-Key') : null;
  if (idempotencyKey === null)
    return runWithFaults(context, api, errorContext, () => Promise.resolve(prepared.execute()));
  return runIdempotent(context, api, errorContext, prepared, idempotencyKey);
}
