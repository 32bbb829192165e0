import { codePointLength } from './text-length';

/**
 * Stripe's limits on metadata, from its metadata guide (the OpenAPI spec states none): at most 50 keys,
 * keys of 1 to 40 characters without `[` or `]`, values of at most 500 characters. Characters are
 * Unicode code points, as Stripe counts them.
 */
export const METADATA_LIMITS = { maxKeys: 50, maxKeyLength: 40, maxValueLength: 500 } as const;

/** What is wrong with a host's metadata: data, so each language can say it. Values are never quoted. */
export type MetadataProblem =
  | { readonly reason: 'not_an_object' }
  | { readonly reason: 'too_many_keys'; readonly count: number }
  | { readonly reason: 'empty_key' }
  | { readonly reason: 'key_too_long'; readonly key: string }
  | { readonly reason: 'key_with_brackets'; readonly key: string }
  | { readonly reason: 'value_not_text'; readonly key: string }
  | { readonly reason: 'value_too_long'; readonly key: string };

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first way metadata breaks Stripe's limits, or `null`. Values may be text or numbers (the official
 * types' `MetadataParam`), or `null`/`''` to unset a key.
 */
export function metadataProblem(metadata: unknown): MetadataProblem | null {
  if (!isPlainObject(metadata)) return { reason: 'not_an_object' };
  const entries = Object.entries(metadata);
  if (entries.length > METADATA_LIMITS.maxKeys) return { reason: 'too_many_keys', count: entries.length };
  for (const [key, value] of entries) {
    if (key === '') return { reason: 'empty_key' };
    if (codePointLength(key) > METADATA_LIMITS.maxKeyLength) return { reason: 'key_too_long', key };
    if (/[[\]]/.test(key)) return { reason: 'key_with_brackets', key };
    if (value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number') return { reason: 'value_not_text', key };
    if (codePointLength(String(value)) > METADATA_LIMITS.maxValueLength) return { reason: 'value_too_long', key };
  }
  return null;
}
