import { ReadyEvent, ValidityChangeEvent } from '../events';

/**
 * Tells the platform and the page what the form's checks found: the element's validity (so a host
 * form blocks on it, anchored at the first problem), `validity-change` when it turns, `ready` once.
 * A form not yet checked (its checks still on the way) is reported as not valid to the page but does
 * not block its host form: that submission goes on to create the token, which waits for the checks and
 * then submits the host form with the button that was pressed, or shows the problems.
 */
export class ValidityReporter {
  #reportedValid: boolean | undefined;
  #ready = false;

  constructor(
    private readonly element: HTMLElement & { readonly updateComplete: Promise<boolean> },
    private readonly internals: ElementInternals,
  ) {}

  /** `blocking`: whether a form found not valid blocks its host form (not while its checks are on the way). */
  report(valid: boolean, blocking: boolean, invalidMessage: string, anchor: HTMLElement | null): void {
    if (valid || !blocking) this.internals.setValidity({});
    else this.internals.setValidity({ customError: true }, invalidMessage, anchor ?? undefined);
    if (this.#reportedValid !== valid) {
      this.#reportedValid = valid;
      this.element.dispatchEvent(new ValidityChangeEvent({ valid }));
    }
    if (!this.#ready) {
      this.#ready = true;
      void this.element.updateComplete.then(() => this.element.dispatchEvent(new ReadyEvent()));
    }
  }
}

/** Custom states for host styling (`:state(pending)`). */
export function setCustomStates(states: CustomStateSet, on: Readonly<Record<string, boolean>>): void {
  for (const [name, active] of Object.entries(on)) {
    try {
      if (active) states.add(name);
      else states.delete(name);
    } catch {
      // Browsers that only accept the older `--name` form: the state is a styling aid, not a requirement.
    }
  }
}
