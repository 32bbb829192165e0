import { keyFromAuthorization } from './api-keys';
import type { ApiKey } from './api-keys';
import { authenticate } from './auth';
import type { JsonObject } from './json';
import { jsonResponse, v1Error } from './responses';
import type { PreparedCall, RouteContext } from './routes';

/**
 * `GET /v1/{resource}/{id}`: the stored body of an object the key may see (same mode), else Stripe's
 * 404 `resource_missing` naming the parameter.
 */
export function retrieveV1(
  context: RouteContext,
  find: (id: string, apiKey: ApiKey) => JsonObject | undefined,
  missing: { readonly param: string; readonly noun: string },
): PreparedCall | Response {
  const apiKey = authenticate(keyFromAuthorization(context.request.headers.get('Authorization')));
  if (apiKey instanceof Response) return apiKey;
  const id = context.pathParams.id ?? '';
  return {
    apiKey,
    params: {},
    execute: () => {
      const body = find(id, apiKey);
      if (body !== undefined) return jsonResponse(200, body);
      return v1Error(
        404,
        { code: 'resource_missing', param: missing.param, message: `No such ${missing.noun}: '${id}'` },
        { requestId: context.requestId, livemode: apiKey.livemode },
      );
    },
  };
}
