/**
 * What a platform may pass as `requirements`: a list of paths (v1 `individual.dob.day` or v2
 * `identity.individual.date_of_birth.day`), a v1 `Account.requirements` (or `future_requirements`)
 * object, or a v2 account's `requirements` with `entries[]` — read into one list of requirements, each
 * with whether it must be given now and the errors Stripe reported on it.
 */

/** A v1 `Account.requirements` or `future_requirements` object, as the API returns it. */
export interface V1RequirementsObject {
  readonly currently_due?: readonly string[] | null;
  readonly past_due?: readonly string[] | null;
  readonly eventually_due?: readonly string[] | null;
  readonly pending_verification?: readonly string[] | null;
  readonly errors?: readonly { readonly requirement: string; readonly code: string; readonly reason?: string }[] | null;
}

/** One entry of a v2 account's `requirements.entries[]`. */
export interface V2RequirementEntry {
  readonly description: string;
  readonly awaiting_action_from?: string;
  readonly errors?: readonly { readonly code: string; readonly description?: string }[] | null;
  readonly minimum_deadline?: { readonly status?: string } | null;
  readonly reference?: {
    readonly type?: string;
    readonly resource?: string;
    readonly inquiry?: string;
  } | null;
  readonly impact?: unknown;
}

/** A v2 account's `requirements` (or `future_requirements`). */
export interface V2RequirementsObject {
  readonly entries: readonly V2RequirementEntry[];
}

export type RequirementsInput = string | readonly string[] | V1RequirementsObject | V2RequirementsObject;

/** One thing Stripe asks for. */
export interface Requirement {
  /** As Stripe writes it; a v2 entry about a person is prefixed with the person's id (`person_1ABC.given_name`). */
  readonly path: string;
  /** `false` for what is asked for but not yet due (`eventually_due`). */
  readonly required: boolean;
  /** Codes of the errors Stripe reported (`verification_document_expired`). */
  readonly errors: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isV2 = (value: unknown): value is V2RequirementsObject => isRecord(value) && Array.isArray(value.entries);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];

/** Requirement paths as a JSON text, or names separated by spaces, commas or new lines. */
function pathsFromText(text: string): string[] | Record<string, unknown> {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return strings(parsed);
      if (isRecord(parsed)) return parsed;
    } catch {
      // Not JSON after all: read it as a list of names.
    }
  }
  return trimmed.split(/[\s,]+/).filter((item) => item !== '' && item !== '[' && item !== ']');
}

function fromV1(object: V1RequirementsObject | Record<string, unknown>): Requirement[] {
  const errors = new Map<string, string[]>();
  for (const error of Array.isArray(object.errors) ? object.errors : []) {
    if (!isRecord(error) || typeof error.requirement !== 'string' || typeof error.code !== 'string') continue;
    errors.set(error.requirement, [...(errors.get(error.requirement) ?? []), error.code]);
  }
  const due = [...strings(object.past_due), ...strings(object.currently_due)];
  const later = strings(object.eventually_due).filter((path) => !due.includes(path));
  // A requirement Stripe reported an error on is due, whichever list it is in.
  const errored = [...errors.keys()].filter((path) => !due.includes(path) && !later.includes(path));
  return [
    ...[...due, ...errored].map((path) => ({ path, required: true, errors: errors.get(path) ?? [] })),
    ...later.map((path) => ({ path, required: errors.has(path), errors: errors.get(path) ?? [] })),
  ];
}

function fromV2(object: V2RequirementsObject): Requirement[] {
  return object.entries.flatMap((entry): Requirement[] => {
    if (!isRecord(entry) || typeof entry.description !== 'string') return [];
    // Stripe is verifying it: nothing for the person to do.
    if (entry.awaiting_action_from === 'stripe') return [];
    const reference = entry.reference;
    const person = reference?.type === 'person' && typeof reference.resource === 'string' ? reference.resource : null;
    const description = entry.description;
    return [
      {
        path: person ? `${person}.${description.replace(/^identity\.individual\./, '')}` : description,
        required: entry.minimum_deadline?.status !== 'eventually_due',
        errors: (Array.isArray(entry.errors) ? entry.errors : []).flatMap((error) =>
          isRecord(error) && typeof error.code === 'string' ? [error.code] : [],
        ),
      },
    ];
  });
}

const dedupe = (requirements: readonly Requirement[]): Requirement[] => {
  const byPath = new Map<string, Requirement>();
  for (const requirement of requirements) {
    const known = byPath.get(requirement.path);
    byPath.set(
      requirement.path,
      known
        ? {
            path: requirement.path,
            required: known.required || requirement.required,
            errors: [...new Set([...known.errors, ...requirement.errors])],
          }
        : requirement,
    );
  }
  return [...byPath.values()];
};

/**
 * The requirements in whatever form the platform passed them; `undefined` when they name nothing (the
 * form then asks for the country's default set).
 */
export function readRequirements(input: RequirementsInput | null | undefined): Requirement[] | undefined {
  if (input === null || input === undefined) return undefined;
  const value = typeof input === 'string' ? pathsFromText(input) : input;
  let read: Requirement[];
  if (Array.isArray(value)) {
    read = strings(value).map((path) => ({ path: path.trim(), required: true, errors: [] }));
  } else if (isV2(value)) {
    read = fromV2(value);
  } else if (isRecord(value)) {
    read = fromV1(value);
  } else {
    read = [];
  }
  const requirements = dedupe(read);
  // Naming nothing (a new account's empty lists) asks for the country's default set.
  return requirements.length > 0 ? requirements : undefined;
}
