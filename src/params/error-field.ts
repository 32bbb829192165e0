import type { Field } from '../fields/types';

/** `account[individual][dob][day]` → `account.individual.dob.day`; dotted paths pass through. */
export function paramToDottedPath(param: string): string {
  // Matches start only at the start or after `]`, so a `[` that is never closed is scanned once, not once per `[`.
  return param.replace(/(?<=^|\])([^[\]]*)\[([^\]]*)\]/g, '$1.$2').replace(/^\./, '');
}

/** The input a person can fix for a field: browser and derived values point at what produces them. */
function visibleFieldFor(field: Field, fields: readonly Field[]): Field | undefined {
  const source = field.spec.source ?? 'user';
  if (source === 'user') return field;
  const base = field.id.slice(0, field.id.length - field.spec.key.length);
  const ownerKey = field.spec.attestedBy ?? field.spec.derivedFrom;
  if (ownerKey !== undefined) return fields.find((candidate) => candidate.id === base + ownerKey);
  if (source === 'derived') {
    const parent = field.name.slice(0, field.name.lastIndexOf('.') + 1);
    return fields.find(
      (candidate) => (candidate.spec.source ?? 'user') === 'user' && candidate.name.startsWith(parent),
    );
  }
  return undefined;
}

/**
 * The field that caused a Stripe error: the v1 `param` in bracket form, or a v2 `invalid_fields` path.
 * An exact name wins; a parameter above fields (`account[individual][dob]`) points at the first of
 * them; one below a field (`…[full_name_aliases][0]`) at that field.
 */
export function fieldForParam(fields: readonly Field[], param: string): Field | undefined {
  const path = paramToDottedPath(param);
  const exact = fields.filter((field) => field.name === path);
  const candidates =
    exact.length > 0
      ? exact
      : fields
          .filter((field) => field.name.startsWith(`${path}.`))
          .slice(0, 1)
          .concat(
            fields
              .filter((field) => path.startsWith(`${field.name}.`))
              .sort((a, b) => b.name.length - a.name.length)
              .slice(0, 1),
          );
  for (const candidate of candidates) {
    const visible = visibleFieldFor(candidate, fields);
    if (visible) return visible;
  }
  return undefined;
}
