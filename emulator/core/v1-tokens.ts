// POST /v1/tokens (account and person tokens, form-encoded) and GET /v1/tokens/{id}.
import { parse } from 'qs';
import { keyFromAuthorization, redactKey } from './api-keys';
import { authenticate, refuseTokenKey } from './auth';
import { describeFileProblem, findFileReferenceProblems } from './file-references';
import { newId } from './ids';
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import { jsonResponse, v1Error, type ErrorContext } from './responses';
import { retrieveV1 } from './retrieve-v1';
import type { PreparedCall, RouteContext } from './routes';
import { checkAgainstSchema } from './schema-walker';
import { tokenSchemas } from './schema-types';
import type { StoredToken } from './state';
import { bracketPath, v1ErrorForIssue } from './validation-errors';

export const EMULATOR_CLIENT_IP = '127.0.0.1';

const TOP_LEVEL_PARAMS = new Set(['key', 'expand', 'account', 'person']);

/** Form bodies decoded the way Stripe reads them: deep brackets, indexed arrays. */
export function decodeFormBody(text: string): JsonObject {
  const decoded: unknown = parse(text, { depth: 32, arrayLimit: 1000, parameterLimit: 10_000 });
  return isJsonObject(decoded) ? decoded : {};
}

function withoutKey(body: JsonObject): JsonObject {
  const { key: _key, ...rest } = body;
  return rest;
}

function redactedBody(body: JsonObject): JsonObject {
  return typeof body.key === 'string' ? { ...body, key: redactKey(body.key) } : body;
}

export async function createV1Token(context: RouteContext): Promise<PreparedCall | Response> {
  const body = decodeFormBody(await context.request.text());
  context.record.params = redactedBody(body);
  const bodyKey = typeof body.key === 'string' ? body.key : null;
  const apiKey = authenticate(keyFromAuthorization(context.request.headers.get('Authorization')) ?? bodyKey);
  if (apiKey instanceof Response) return apiKey;
  const errorContext: ErrorContext = { requestId: context.requestId, livemode: apiKey.livemode };

  const unknown = Object.keys(body).find((name) => !TOP_LEVEL_PARAMS.has(name));
  if (unknown !== undefined) {
    return v1Error(
      400,
      {
        code: 'parameter_unknown',
        param: unknown,
        message: `Received unknown parameter: ${unknown}. This emulator creates account and person tokens only (account[...] or person[...]).`,
      },
      errorContext,
    );
  }
  const hasAccount = body.account !== undefined;
  const hasPerson = body.person !== undefined;
  if (hasAccount && hasPerson) {
    return v1Error(
      400,
      {
        code: 'parameters_exclusive',
        param: 'person',
        message: 'You may only specify one of these parameters: account, person.',
      },
      errorContext,
    );
  }
  if (!hasAccount && !hasPerson) {
    return v1Error(
      400,
      { code: 'parameter_missing', message: 'You must supply either account or person to create a token.' },
      errorContext,
    );
  }
  if (
    body.expand !== undefined &&
    !(Array.isArray(body.expand) && body.expand.every((item) => typeof item === 'string'))
  ) {
    return v1Error(
      400,
      { code: 'parameter_invalid_array', param: 'expand', message: 'Invalid array (for expand)' },
      errorContext,
    );
  }
  const refusal = refuseTokenKey(apiKey, 'v1', context);
  if (refusal !== null) return refusal;

  const root = hasAccount ? 'account' : 'person';
  return {
    apiKey,
    params: withoutKey(body),
    execute: () => executeV1Token(context, root, body[root], apiKey.livemode, errorContext),
  };
}

function executeV1Token(
  context: RouteContext,
  root: 'account' | 'person',
  input: JsonValue | undefined,
  livemode: boolean,
  errorContext: ErrorContext,
): Response {
  const schema = root === 'account' ? tokenSchemas.v1Account : tokenSchemas.v1Person;
  const { value, issues } = checkAgainstSchema(input, schema, 'form');
  const firstIssue = issues[0];
  if (firstIssue !== undefined) return v1Error(400, v1ErrorForIssue(firstIssue, root), errorContext);

  const fileProblem = findFileReferenceProblems(value, context.state.files, livemode)[0];
  if (fileProblem !== undefined) {
    const param = bracketPath(root, fileProblem.path);
    const code = fileProblem.reason === 'missing' ? 'resource_missing' : 'parameter_invalid_file_purpose';
    return v1Error(400, { code, param, message: describeFileProblem(fileProblem) }, errorContext);
  }

  const created = Math.floor(context.now().getTime() / 1000);
  const id = root === 'account' ? newId.v1AccountToken() : newId.v1PersonToken();
  const body: JsonObject = {
    id,
    object: 'token',
    type: root,
    client_ip: EMULATOR_CLIENT_IP,
    created,
    livemode,
    redaction: null,
    used: false,
  };
  const token: StoredToken = {
    id,
    object: 'token',
    kind: root === 'account' ? 'v1_account' : 'v1_person',
    livemode,
    created,
    params: value ?? {},
    body,
  };
  context.state.tokens.set(id, token);
  return jsonResponse(200, body);
}

export function retrieveV1Token(context: RouteContext): PreparedCall | Response {
  return retrieveV1(
    context,
    (id, apiKey) => {
      const token = context.state.tokens.get(id);
      const visible = token !== undefined && token.kind.startsWith('v1_') && token.livemode === apiKey.livemode;
      return visible ? token.body : undefined;
    },
    { param: 'token', noun: 'token' },
  );
}
