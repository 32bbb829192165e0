import type { StripeFile, Token } from './results';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isTimestamp = (value: unknown): value is number | string =>
  typeof value === 'number' || typeof value === 'string';

/** Picks the token fields from a success body; `undefined` if it is not a token. */
export function readToken(body: unknown): Token | undefined {
  if (!isObject(body)) return undefined;
  const { id, object, livemode, created, expires_at: expiresAt, used, type } = body;
  if (typeof id !== 'string' || typeof object !== 'string' || typeof livemode !== 'boolean' || !isTimestamp(created)) {
    return undefined;
  }
  const token: Token = { id, object, livemode, created, used: used === true };
  if (isTimestamp(expiresAt)) token.expires_at = expiresAt;
  if (typeof type === 'string') token.type = type;
  return token;
}

/** Picks the file fields from a success body; `undefined` if it is not a file. */
export function readStripeFile(body: unknown): StripeFile | undefined {
  if (!isObject(body) || typeof body.id !== 'string' || body.object !== 'file') return undefined;
  const file: StripeFile = {
    id: body.id,
    object: 'file',
    purpose: typeof body.purpose === 'string' ? body.purpose : '',
    size: typeof body.size === 'number' ? body.size : 0,
  };
  if (typeof body.type === 'string') file.type = body.type;
  if (typeof body.filename === 'string' || body.filename === null) file.filename = body.filename;
  if (typeof body.created === 'number') file.created = body.created;
  if (typeof body.url === 'string' || body.url === null) file.url = body.url;
  return file;
}
