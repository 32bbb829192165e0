/**
 * Why a number failed, independent of which library checked it. `not_issued`: well formed, but national
 * rules never issue it (an SSN in area 666, a CPF of one repeated digit).
 */
export type IdFailure = 'format' | 'length' | 'checksum' | 'date' | 'not_issued';

/** Checks one id number; `null` when it is well formed. May load its rules on first use. */
export type IdCheck = (value: string) => IdFailure | null | Promise<IdFailure | null>;

/** Upper case, NFKC (full-width → ASCII), without the spaces, dots, hyphens and slashes people type. */
export function compactId(value: string): string {
  return value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.\-/\u2010-\u2015\u2212\u30fc]/g, '');
}

/** A format-only check for numbers with no public checksum: `pattern` is tested on the compact value. */
export function matches(pattern: RegExp): IdCheck {
  return (value) => (pattern.test(compactId(value)) ? null : 'format');
}

/** Exactly `length` digits, after removing separators. */
export function digits(length: number): IdCheck {
  return (value) => {
    const compact = compactId(value);
    if (!/^\d+$/.test(compact)) return 'format';
    return compact.length === length ? null : 'length';
  };
}

/** Accepts a value when any of the checks does; otherwise reports the first check's failure. */
export function anyOf(...checks: IdCheck[]): IdCheck {
  return async (value) => {
    let first: IdFailure | null = null;
    for (const check of checks) {
      const failure = await check(value);
      if (failure === null) return null;
      first ??= failure;
    }
    return first;
  };
}

/** Runs the checks in order and reports the first failure: national ranges first, then the checksum. */
export function allOf(...checks: IdCheck[]): IdCheck {
  return async (value) => {
    for (const check of checks) {
      const failure = await check(value);
      if (failure !== null) return failure;
    }
    return null;
  };
}

/** The Luhn (mod 10) check over a digit string, check digit last. */
export function passesLuhn(digitString: string): boolean {
  let sum = 0;
  for (let index = 0; index < digitString.length; index += 1) {
    const digit = Number(digitString[digitString.length - 1 - index]);
    const weighted = index % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}
