import { siblingId } from '../fields/relations';
import type { Field } from '../fields/types';
import type { FormValues } from '../params/values';
import {
  japanesePostalDigits,
  lookupJapanesePostalCode,
  type JapanesePostalAddress,
} from '../postal/japan-postal-code';
import type { FormState } from './form-state';
import { fillsFromPostalCode } from './postal-fill-on-demand';

/** The towns a postal code shared by several stands for, for the person to pick one. */
export interface PostalTownChoice {
  /** `452-0961` */
  readonly code: string;
  readonly addresses: readonly JapanesePostalAddress[];
  /** The index of the address picked, if one is. */
  readonly picked: number | null;
}

type Part = 'state' | 'city' | 'town';

/** Where each part of a looked-up address goes, in the Kanji and the Kana address. */
const TARGETS: readonly { readonly key: string; readonly part: Part; readonly script: 'kanji' | 'kana' }[] = [
  { key: 'address_kanji.state', part: 'state', script: 'kanji' },
  { key: 'address_kanji.city', part: 'city', script: 'kanji' },
  { key: 'address_kanji.town', part: 'town', script: 'kanji' },
  { key: 'address_kana.state', part: 'state', script: 'kana' },
  { key: 'address_kana.city', part: 'city', script: 'kana' },
  { key: 'address_kana.town', part: 'town', script: 'kana' },
];

const partOf = (address: JapanesePostalAddress, part: Part, script: 'kanji' | 'kana'): string =>
  (part === 'state' ? address.prefecture : address[part])[script];

/**
 * Fills a Japanese address from its postal code: prefecture, city and town in Kanji and Kana. A value is
 * written only where the field is empty or still holds what an earlier fill wrote, so nothing the
 * person typed is ever replaced; a code several towns share fills what they have in common and waits for
 * the person to pick the town.
 */
export class PostalFill {
  /** What the fill wrote, by field id: such a value may be replaced by the next fill. */
  readonly #written = new Map<string, string>();
  /** The towns to pick from, by the id of the postal code field. */
  readonly #choices = new Map<string, PostalTownChoice>();

  constructor(
    private readonly state: FormState,
    /** Writes a value as an edit (the token is no longer current, the form is checked again). */
    private readonly write: (id: string, value: string) => void,
    /** Whether a field is on the form (only those are filled). */
    private readonly shown: (id: string) => boolean,
    private readonly changed: () => void,
  ) {}

  /** Whether a field is a Kanji address's postal code, the one the form asks for. */
  static fills(field: Field): boolean {
    return fillsFromPostalCode(field);
  }

  choices(postalCodeId: string): PostalTownChoice | null {
    return this.#choices.get(postalCodeId) ?? null;
  }

  /** The postal code changed: once it is seven digits, look it up and fill what is free. */
  async postalCodeEdited(field: Field, value: string): Promise<void> {
    const hadChoices = this.#choices.delete(field.id);
    if (hadChoices) this.changed();
    if (japanesePostalDigits(value) === null) return;
    const found = await lookupJapanesePostalCode(value);
    // The person kept typing: a later lookup answers for the newer code.
    if (this.state.value(field.id) !== value) return;
    if (found.status === 'not_found') {
      // What the fill wrote for an earlier code is not this one's address.
      this.#fill(field, []);
      this.changed();
    }
    if (found.status !== 'found') return;
    const { addresses } = found;
    if (addresses.length > 1) this.#choices.set(field.id, { code: found.code, addresses, picked: null });
    this.#fill(field, addresses);
    this.changed();
  }

  /** The person picked one of the towns a shared code stands for. */
  pick(field: Field, index: number): void {
    const choice = this.#choices.get(field.id);
    const address = choice?.addresses[index];
    if (!choice || !address) return;
    this.#choices.set(field.id, { ...choice, picked: index });
    this.#fill(field, [address], true);
    this.changed();
  }

  /** The person typed or chose a value: it is theirs from now on, whatever it is. */
  personEdited(id: string): void {
    this.#written.delete(id);
  }

  reset(): void {
    this.#written.clear();
    this.#choices.clear();
  }

  /** Writes each part the addresses agree on, where the field is free; `picked` replaces an earlier fill of the town. */
  #fill(field: Field, addresses: readonly JapanesePostalAddress[], picked = false): void {
    const values: FormValues = this.state.values;
    for (const { key, part, script } of TARGETS) {
      const id = siblingId(field, key);
      if (!this.shown(id)) continue;
      const candidates = new Set(addresses.map((address) => partOf(address, part, script)));
      const [value] = candidates;
      if (candidates.size !== 1 || value === undefined || value === '') {
        // Several towns (or none known): what the fill wrote for the previous code no longer holds.
        if (!picked && this.#isFree(id, values)) this.#clear(id, values);
        continue;
      }
      if (this.#isFree(id, values)) {
        this.#written.set(id, value);
        if (values[id] !== value) this.write(id, value);
      }
    }
  }

  #isFree(id: string, values: FormValues): boolean {
    const current = values[id];
    return current === undefined || current === '' || (this.#written.has(id) && current === this.#written.get(id));
  }

  #clear(id: string, values: FormValues): void {
    const current = values[id];
    if (current === undefined || current === '') return;
    this.#written.delete(id);
    this.write(id, '');
  }
}
