/** One language's sentences for Stripe's requirement errors. */
export interface RequirementErrorWords {
  readonly byCode: Readonly<Record<string, string>>;
  /** Families of codes, by prefix, most specific first. */
  readonly byPrefix: readonly (readonly [string, string])[];
  /** For a code neither lists. */
  readonly general: string;
}
