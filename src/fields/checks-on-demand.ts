// The field checks and validators come in their own chunk: an element's form renders without them and
// loads them when the browser is idle after its first render, or at once when a field is left or the
// form is submitted. Checks wait for them; nothing typed is judged (or lost) meanwhile. The headless
// entry imports `checks.ts` itself, which registers them, so there they are here from the start.
import { onDemandModule } from '../lazy/on-demand';
import type * as ChecksModule from './checks';
import type { Field } from './types';

/** What the form model and the renderers call of the checks. */
export type FieldChecks = Pick<typeof ChecksModule, 'checkField' | 'settledValue' | 'sentValue'>;

let loaded: FieldChecks | null = null;
/** Whether anything asked for the checks yet (a later check then joins that load). */
let asked = false;
/** Headless use and unit tests: the first check loads them. Elements hold them until asked. */
let loadOnFirstCheck = true;
const arrived: Array<(checks: FieldChecks) => void> = [];

/** Called by `checks.ts` when its chunk is evaluated. */
export function registerFieldChecks(checks: FieldChecks): void {
  loaded = checks;
  for (const resolve of arrived.splice(0)) resolve(checks);
}

/** The checks if they are here, else `null`. */
export function fieldChecksNow(): FieldChecks | null {
  return loaded;
}

/** The checks' chunk: a failed download is fetched again by the next call, fresh where the browser kept the failure. */
const checksChunk = onDemandModule(() => import('./checks'), 'checkField');

/** Loads the checks, once; a failed download is asked for again by the next call. */
export function loadFieldChecks(): Promise<FieldChecks> {
  if (loaded !== null) return Promise.resolve(loaded);
  asked = true;
  // `checks.ts` registers itself when it runs, whichever URL it came from.
  return checksChunk.load().then(() => loaded ?? Promise.reject(new Error('token-forms: the checks did not register')));
}

/** Elements: the first render goes first; the checks load when idle, a field is left or a submit asks. */
export function loadFieldChecksWhenAsked(): void {
  loadOnFirstCheck = false;
}

/** The checks for a check to run: here, loading, or (in an element, before anything asked) once they arrive. */
export function fieldChecks(): Promise<FieldChecks> {
  if (loaded !== null) return Promise.resolve(loaded);
  if (loadOnFirstCheck || asked) return loadFieldChecks();
  return new Promise((resolve) => arrived.push(resolve));
}

/**
 * Writes a value as Stripe wants it once the person has finished with an input: at once when the checks
 * are here, else once they land, and then only if the value is still the one settled.
 */
export function settleValue(
  field: Field,
  value: string,
  current: () => string,
  write: (settled: string) => void,
): void {
  const apply = (checks: FieldChecks): void => {
    if (current() !== value) return;
    const settled = checks.settledValue(field, value);
    if (settled !== value) write(settled);
  };
  if (loaded !== null) apply(loaded);
  else loadFieldChecks().then(apply, () => undefined);
}
