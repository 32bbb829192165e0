// The shape shared by every API route: a handler checks the key and reads the body, and hands back the
// work to do, so that the pipeline can put idempotency and faults around exactly that work.
import type { ApiKey } from './api-keys';
import type { JsonValue } from './json';
import type { EmulatorState, RequestRecord } from './state';

export type ApiVersion = 'v1' | 'v2';

export interface RouteContext {
  request: Request;
  url: URL;
  requestId: string;
  now: () => Date;
  state: EmulatorState;
  /** The log entry of this request; handlers fill in the decoded parameters. */
  record: RequestRecord;
  pathParams: Record<string, string>;
}

export interface PreparedCall {
  apiKey: ApiKey;
  /** The decoded body without the key: what idempotency compares. */
  params: JsonValue;
  execute(): Response | Promise<Response>;
}

export type RouteHandler = (context: RouteContext) => PreparedCall | Response | Promise<PreparedCall | Response>;

export interface Route {
  method: 'GET' | 'POST';
  /** Named groups become `pathParams`. */
  pattern: RegExp;
  api: ApiVersion;
  handler: RouteHandler;
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  pathname: string,
): { route: Route; pathParams: Record<string, string> } | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathname);
    if (match !== null) return { route, pathParams: { ...match.groups } };
  }
  return null;
}

export function apiVersionOf(pathname: string): ApiVersion {
  return pathname.startsWith('/v2/') ? 'v2' : 'v1';
}
