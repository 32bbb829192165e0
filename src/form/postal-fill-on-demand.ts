// The fill of a Japanese address from its postal code (and the lookup's code with it) loads only for a
// form with a Japanese postal code: when the browser is idle after such a form renders, or at the first
// edit of that code. Until then nothing has been filled, so there is nothing to choose, pick or forget.
import type { Field } from '../fields/types';
import { onDemandModule } from '../lazy/on-demand';
import type { FormState } from './form-state';
import type * as PostalFillModuleNamespace from './postal-fill';
import type { PostalFill, PostalTownChoice } from './postal-fill';

type PostalFillModule = typeof PostalFillModuleNamespace;

// A failed download is fetched again by the next call, fresh where the browser kept the failure.
const postalFillChunk = onDemandModule((): Promise<PostalFillModule> => import('./postal-fill'), 'PostalFill');

/** The fill's code, once; a failed download is asked for again by the next call. */
export function loadPostalFill(): Promise<PostalFillModule> {
  return postalFillChunk.load();
}

/** Whether a field is a Kanji address's postal code, the one the form fills an address from. */
export function fillsFromPostalCode(field: Field): boolean {
  return field.spec.script === 'kanji' && field.spec.address?.part === 'postal_code';
}

/** A `PostalFill` made when its code arrives; the same calls, answered as by one that has filled nothing yet. */
export class PostalFillOnDemand {
  #fill: PostalFill | null = null;

  constructor(private readonly make: (module: PostalFillModule) => PostalFill) {}

  choices(postalCodeId: string): PostalTownChoice | null {
    return this.#fill?.choices(postalCodeId) ?? null;
  }

  async postalCodeEdited(field: Field, value: string, state: FormState): Promise<void> {
    const fill = this.#fill ?? (await this.#load().catch(() => null));
    // The person kept typing while the code loaded: the edit of the newer code looks it up.
    if (fill !== null && state.value(field.id) === value) await fill.postalCodeEdited(field, value);
  }

  pick(field: Field, index: number): void {
    this.#fill?.pick(field, index);
  }

  personEdited(id: string): void {
    this.#fill?.personEdited(id);
  }

  reset(): void {
    this.#fill?.reset();
  }

  async #load(): Promise<PostalFill> {
    const module = await loadPostalFill();
    this.#fill ??= this.make(module);
    return this.#fill;
  }
}
