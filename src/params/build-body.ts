import type { ApiVersion, Field } from '../fields/types';
import { setPath } from './set-path';
import { hasValue, type FieldValue, type FormValues } from './values';

/** What the browser and the host page add to what the person typed. */
export interface BuildContext {
  readonly version: ApiVersion;
  /** Submission time, for v1 attestation dates. */
  readonly now: Date;
  readonly userAgent: string;
  /** Host-supplied values by field id (`person.metadata`, a document signer's person id). */
  readonly hostValues?: Readonly<Record<string, unknown>>;
}

const parentOf = (name: string): string => name.slice(0, Math.max(0, name.lastIndexOf('.')));

function listOf(value: FieldValue): string[] {
  const items: readonly string[] = typeof value === 'string' ? [value] : typeof value === 'boolean' ? [] : value;
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** A person's value as the request wants it, or `undefined` to leave the parameter out. */
function encodeUserValue(field: Field, value: FieldValue | undefined, version: ApiVersion): unknown {
  if (!hasValue(value) || value === undefined) return undefined;
  switch (field.spec.encoding ?? 'string') {
    case 'boolean':
      return value === true;
    case 'integer': {
      const digits = String(value).trim();
      return /^\d+$/.test(digits) ? Number(digits) : undefined;
    }
    case 'decimal': {
      const text = String(value)
        .trim()
        .replace(/^(\d+)\.?$/, '$1');
      if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
      return version === 'v1' ? Number(text) : text;
    }
    case 'string-list':
      return listOf(value);
    default:
      return typeof value === 'string' ? value.trim() : undefined;
  }
}

function encodeBrowserValue(field: Field, context: BuildContext): unknown {
  switch (field.spec.encoding) {
    case 'unix-time':
      return Math.floor(context.now.getTime() / 1000);
    case 'user-agent':
      return context.userAgent;
    default:
      return true;
  }
}

/**
 * The request body for a form's fields and values: v1 as `{account: …}` / `{person: …}`, v2 as is.
 * Empty fields are left out. Browser values (attestation date and user agent) are added only when
 * their attestation is given; derived values follow from what else is present.
 */
export function buildRequestBody(
  fields: readonly Field[],
  values: FormValues,
  context: BuildContext,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const written = new Set<string>();
  const idOf = (field: Field, key: string): string => field.id.slice(0, field.id.length - field.spec.key.length) + key;
  const write = (field: Field, value: unknown): void => {
    if (value === undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    setPath(body, field.name, value);
    written.add(field.name);
  };

  for (const field of fields) {
    const source = field.spec.source ?? 'user';
    if (source === 'user' && field.controlOnly !== true)
      write(field, encodeUserValue(field, values[field.id], context.version));
    if (source === 'host') write(field, context.hostValues?.[field.id]);
    if (
      source === 'browser' &&
      field.spec.attestedBy !== undefined &&
      values[idOf(field, field.spec.attestedBy)] === true
    ) {
      write(field, encodeBrowserValue(field, context));
    }
    if (source === 'derived' && field.spec.derivedFrom !== undefined) {
      write(field, encodeUserValue(field, values[idOf(field, field.spec.derivedFrom)], context.version));
    }
  }
  // Constants (a document's `type`, a Japanese address's country) once a sibling is present.
  for (const field of fields) {
    if (field.spec.source !== 'derived' || field.spec.constant === undefined) continue;
    const parent = parentOf(field.name);
    const siblingWritten = [...written].some((name) => name !== field.name && name.startsWith(`${parent}.`));
    if (siblingWritten) write(field, field.spec.constant);
  }
  return body;
}
