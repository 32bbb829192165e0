// POST /v2/core/account_tokens, POST /v2/core/accounts/{account}/person_tokens and their GET routes.
import { keyFromAuthorization } from './api-keys';
import { authenticate, refuseTokenKey } from './auth';
import { describeFileProblem, findFileReferenceProblems } from './file-references';
import { newId } from './ids';
import { isJsonObject, type JsonObject } from './json';
import { jsonResponse, v2Error, type V2InvalidField } from './responses';
import type { PreparedCall, RouteContext } from './routes';
import { checkAgainstSchema } from './schema-walker';
import { tokenSchemas } from './schema-types';
import type { StoredToken } from './state';
import { dottedPath, v2FieldForIssue, v2InvalidFieldsMessage } from './validation-errors';

/** The lifetime in Stripe's reference example (created 14:00:00, expires 14:10:00). */
export const V2_TOKEN_LIFETIME_MS = 10 * 60 * 1000;

const ACCOUNT_ID = /^acct_[A-Za-z0-9]+$/;

type V2TokenKind = 'account' | 'person';

const OBJECT_BY_KIND: Record<V2TokenKind, string> = {
  account: 'v2.core.account_token',
  person: 'v2.core.account_person_token',
};

/** Key, then Stripe-Version: every v2 request needs both. */
function authenticateV2(context: RouteContext): ReturnType<typeof authenticate> {
  const apiKey = authenticate(keyFromAuthorization(context.request.headers.get('Authorization')));
  if (apiKey instanceof Response) return apiKey;
  if ((context.request.headers.get('Stripe-Version') ?? '').trim() === '') {
    return v2Error(400, {
      code: 'stripe_version_required',
      message: 'v2 API requests must carry a Stripe-Version header, for example `Stripe-Version: 2026-10-28.endive`.',
    });
  }
  return apiKey;
}

function accountNotFound(account: string): Response {
  return v2Error(404, { code: 'not_found', message: `No such account: '${account}'` });
}

async function readJsonBody(request: Request): Promise<JsonObject | null> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return isJsonObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function createV2Token(kind: V2TokenKind) {
  return async (context: RouteContext): Promise<PreparedCall | Response> => {
    const apiKey = authenticateV2(context);
    if (apiKey instanceof Response) return apiKey;
    const account = context.pathParams.account;
    if (kind === 'person' && (account === undefined || !ACCOUNT_ID.test(account)))
      return accountNotFound(account ?? '');
    const body = await readJsonBody(context.request);
    if (body === null)
      return v2Error(400, { code: 'invalid_json', message: 'The request body must be a JSON object.' });
    context.record.params = body;
    const refusal = refuseTokenKey(apiKey, 'v2', context);
    if (refusal !== null) return refusal;
    return {
      apiKey,
      params: body,
      execute: () => executeV2Token(context, kind, body, apiKey.livemode, account),
    };
  };
}

function invalidFields(fields: V2InvalidField[]): Response {
  return v2Error(400, { code: 'invalid_fields', message: v2InvalidFieldsMessage(fields), invalidFields: fields });
}

function executeV2Token(
  context: RouteContext,
  kind: V2TokenKind,
  body: JsonObject,
  livemode: boolean,
  account: string | undefined,
): Response {
  const schema = kind === 'account' ? tokenSchemas.v2Account : tokenSchemas.v2Person;
  const { value, issues } = checkAgainstSchema(body, schema, 'json');
  if (issues.length > 0) return invalidFields(issues.map(v2FieldForIssue));

  const fileProblems = findFileReferenceProblems(value, context.state.files, livemode);
  if (fileProblems.length > 0) {
    return invalidFields(
      fileProblems.map((problem) => ({
        path: dottedPath(problem.path),
        code: 'invalid_value',
        message: describeFileProblem(problem),
      })),
    );
  }

  const createdAt = context.now();
  const id = kind === 'account' ? newId.v2AccountToken() : newId.v2PersonToken();
  const object = OBJECT_BY_KIND[kind];
  const created = createdAt.toISOString();
  const response: JsonObject = {
    id,
    object,
    created,
    expires_at: new Date(createdAt.getTime() + V2_TOKEN_LIFETIME_MS).toISOString(),
    livemode,
    used: false,
  };
  const token: StoredToken = {
    id,
    object,
    kind: kind === 'account' ? 'v2_account' : 'v2_person',
    livemode,
    created,
    params: value ?? {},
    body: response,
  };
  if (account !== undefined) token.account = account;
  context.state.tokens.set(id, token);
  return jsonResponse(200, response);
}

export function retrieveV2Token(kind: V2TokenKind) {
  return (context: RouteContext): PreparedCall | Response => {
    const apiKey = authenticateV2(context);
    if (apiKey instanceof Response) return apiKey;
    const id = context.pathParams.id ?? '';
    const account = context.pathParams.account;
    return {
      apiKey,
      params: {},
      execute: () => {
        const token = context.state.tokens.get(id);
        const matches =
          token !== undefined &&
          token.kind === `v2_${kind}` &&
          token.livemode === apiKey.livemode &&
          token.account === account;
        if (!matches) return v2Error(404, { code: 'not_found', message: `No such ${kind} token: '${id}'` });
        return jsonResponse(200, token.body);
      },
    };
  };
}
