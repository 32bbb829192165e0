// The admin API under /__emulator/: fault injection, what was received, what tokens carry, and reset.
import { describeFault, parseFault } from './faults';
import { newId } from './ids';
import type { JsonObject } from './json';
import { jsonResponse } from './responses';
import { clearState, type EmulatorState, type RequestRecord, type StoredFile, type StoredToken } from './state';

export const ADMIN_PREFIX = '/__emulator';

function adminError(status: number, message: string): Response {
  return jsonResponse(status, { error: { type: 'invalid_request_error', message } });
}

export function describeToken(token: StoredToken): JsonObject {
  const description: JsonObject = { id: token.id, object: token.object, kind: token.kind };
  if (token.account !== undefined) description.account = token.account;
  description.livemode = token.livemode;
  description.created = token.created;
  description.params = token.params;
  return description;
}

/** Metadata only: the emulator never hands the bytes back. */
export function describeFile(file: StoredFile): JsonObject {
  const created = file.body.created ?? null;
  return {
    id: file.id,
    object: 'file',
    purpose: file.purpose,
    filename: file.filename,
    mimeType: file.mimeType,
    size: file.size,
    type: file.type,
    livemode: file.livemode,
    created,
  };
}

function describeRequest(record: RequestRecord): JsonObject {
  return { ...record };
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    return undefined;
  }
}

export async function handleAdmin(request: Request, pathname: string, state: EmulatorState): Promise<Response> {
  const route = `${request.method} ${pathname.slice(ADMIN_PREFIX.length).replace(/(?<!\/)\/+$/, '')}`;
  const [, collection, id] = /^\w+ \/(tokens|files)\/([^/]+)$/.exec(route) ?? [];
  if (request.method === 'GET' && collection !== undefined && id !== undefined) {
    const found =
      collection === 'tokens' ? state.tokens.get(decodeURIComponent(id)) : state.files.get(decodeURIComponent(id));
    if (found === undefined) return adminError(404, `No such ${collection === 'tokens' ? 'token' : 'file'}: '${id}'`);
    return jsonResponse(200, 'kind' in found ? describeToken(found) : describeFile(found));
  }
  switch (route) {
    case 'POST /faults': {
      const fault = parseFault(await readJson(request), newId.fault());
      if (typeof fault === 'string') return adminError(400, fault);
      state.faults.push(fault);
      return jsonResponse(201, describeFault(fault));
    }
    case 'GET /faults':
      return jsonResponse(200, { data: state.faults.map(describeFault) });
    case 'DELETE /faults': {
      const deleted = state.faults.length;
      state.faults.length = 0;
      return jsonResponse(200, { deleted });
    }
    case 'POST /reset':
      clearState(state);
      return jsonResponse(200, { reset: true });
    case 'GET /requests':
      return jsonResponse(200, { data: state.requests.map(describeRequest) });
    case 'GET /preflights':
      return jsonResponse(200, { data: state.preflights.map((record) => ({ ...record })) });
    case 'GET /tokens':
      return jsonResponse(200, { data: [...state.tokens.values()].map(describeToken) });
    case 'GET /files':
      return jsonResponse(200, { data: [...state.files.values()].map(describeFile) });
    default:
      return adminError(404, `Unknown admin route: ${request.method} ${pathname}`);
  }
}
