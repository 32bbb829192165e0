// Builders for the requests the tests send, so each test reads as the HTTP call it makes.
import { expect } from 'vitest';
import type { Emulator } from '../core/emulator';

export const ORIGIN = 'http://127.0.0.1:12111';
export const TEST_KEY = 'pk_test_emulator0000demo';
export const LIVE_KEY = 'pk_live_emulator0000demo';
export const STRIPE_VERSION = '2026-10-28.endive';

export function formBody(pairs: readonly (readonly [string, string])[]): string {
  return new URLSearchParams(pairs.map(([name, value]) => [name, value])).toString();
}

/** The smallest valid v1 person token body. */
export const V1_PERSON_BODY = formBody([
  ['key', TEST_KEY],
  ['person[first_name]', 'Jane'],
]);

export function v1TokenRequest(body: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/v1/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

export interface V2Options {
  key?: string | null;
  stripeVersion?: string | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function v2Request(path: string, body: unknown, options: V2Options = {}): Request {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers };
  const key = options.key === undefined ? TEST_KEY : options.key;
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  const version = options.stripeVersion === undefined ? STRIPE_VERSION : options.stripeVersion;
  if (version !== null) headers['Stripe-Version'] = version;
  const init: RequestInit = { method: 'POST', headers, body: JSON.stringify(body) };
  if (options.signal !== undefined) init.signal = options.signal;
  return new Request(`${ORIGIN}${path}`, init);
}

export function getRequest(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, { headers });
}

export const FILE_BYTES = {
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  pdf: new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'),
  text: new TextEncoder().encode('just some text'),
};

export interface UploadOptions {
  purpose?: string | null;
  bytes?: Uint8Array;
  type?: string;
  filename?: string;
  key?: string;
  headers?: Record<string, string>;
}

export function uploadRequest(options: UploadOptions = {}): Request {
  const form = new FormData();
  const purpose = options.purpose === undefined ? 'identity_document' : options.purpose;
  if (purpose !== null) form.append('purpose', purpose);
  const bytes = options.bytes ?? FILE_BYTES.jpeg;
  form.append(
    'file',
    new Blob([new Uint8Array(bytes)], { type: options.type ?? 'image/jpeg' }),
    options.filename ?? 'passport.jpg',
  );
  return new Request(`${ORIGIN}/v1/files`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${options.key ?? TEST_KEY}`, ...options.headers },
    body: form,
  });
}

export async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error(`Expected a JSON object, got ${JSON.stringify(body)}`);
  return body as Record<string, unknown>;
}

/** The `error` object of a Stripe error body. */
export async function errorOf(response: Response): Promise<Record<string, unknown>> {
  const body = await jsonOf(response);
  const error = body.error;
  if (typeof error !== 'object' || error === null) throw new Error(`No error in ${JSON.stringify(body)}`);
  return error as Record<string, unknown>;
}

export async function uploadFile(emulator: Emulator, options: UploadOptions = {}): Promise<string> {
  const response = await emulator.handle(uploadRequest(options));
  const body = await jsonOf(response);
  if (response.status !== 200 || typeof body.id !== 'string') throw new Error(`Upload failed: ${JSON.stringify(body)}`);
  return body.id;
}

export async function admin(emulator: Emulator, method: string, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = JSON.stringify(body);
  return emulator.handle(new Request(`${ORIGIN}/__emulator${path}`, init));
}

export async function adminList(emulator: Emulator, path: string): Promise<Record<string, unknown>[]> {
  const body = await jsonOf(await admin(emulator, 'GET', path));
  return body.data as Record<string, unknown>[];
}

/** Asymmetric matchers typed as `unknown` rather than `any`, for use inside expected objects. */
export const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern) as unknown;
export const anyNumber = (): unknown => expect.any(Number) as unknown;
