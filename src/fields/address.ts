import type { LabelKey } from './label-keys';
import type { AddressPart, CheckName, FieldSpec, Script, SectionId } from './types';

export type { AddressPart } from './types';

interface AddressMount {
  /** Key prefix inside the group (`address`, `address_kana`, `registered_address`); `''` inside a list item. */
  readonly key: string;
  readonly v1?: string;
  readonly v2?: string;
  /** For an address only v2 has: the v1 address of the same meaning, whose length limits its parts take. */
  readonly v1Concept?: string;
  readonly section: SectionId;
  readonly script?: Script;
  /** Which versions carry `town`: the Japanese script addresses in both, plain addresses only in v2. */
  readonly townIn?: 'v1-and-v2' | 'v2';
  /** `autocomplete` section token, so browsers keep separate addresses apart (`section-registered`). */
  readonly autocompleteSection?: string;
  readonly countries?: readonly string[];
  readonly personTokenOnly?: boolean;
  /** The key of the address whose postal code this one repeats (the Kana address repeats the Kanji one's). */
  readonly postalCodeFrom?: string;
}

const autocompleteByPart: Record<AddressPart, string> = {
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  town: 'address-level3',
  state: 'address-level1',
  postal_code: 'postal-code',
  country: 'country',
};

/** Parts whose label is the generic one until the address's country names it (`address.zip_code`). */
const labelByPart: Record<AddressPart, LabelKey> = {
  line1: 'address.line1',
  line2: 'address.line2',
  city: 'address.city',
  town: 'address.town',
  state: 'address.state',
  postal_code: 'address.postal_code',
  country: 'address.country',
};

/** The checks of one part: a state is a region in any script, the other lines follow the script. */
function partChecks(script: Script, part: AddressPart): CheckName[] {
  switch (part) {
    case 'postal_code':
      // Japan Post's data knows a Kanji address's code (the Kana address repeats it).
      return script === 'kanji' ? ['postal-code', 'japan-postal-code'] : ['postal-code'];
    case 'country':
      return ['country'];
    case 'state':
      return ['region'];
    default: {
      // Every line is an address line first; Japanese lines then follow their script, and a Japanese
      // town is one of its postal code's.
      const town: CheckName[] = part === 'town' && script !== 'latin' ? ['japan-town'] : [];
      return script === 'kana'
        ? ['address-line', 'kana-address', ...town]
        : script === 'kanji'
          ? ['address-line', 'kanji-address', ...town]
          : ['address-line'];
    }
  }
}

/** The fields of one address, for both versions, in Stripe's order of importance. */
const under = (base: string, part: string): string => (base === '' ? part : `${base}.${part}`);

/**
 * The v1 part whose length limit a part without a v1 parameter takes: v1 has a town only in Japanese
 * script addresses.
 */
function partConcept(mount: AddressMount, part: AddressPart): string | undefined {
  if (part === 'town') return 'address_kanji.town';
  return mount.v1Concept === undefined ? undefined : under(mount.v1Concept, part);
}

export function addressFields(mount: AddressMount): FieldSpec[] {
  const script = mount.script ?? 'latin';
  const parts: AddressPart[] = ['line1', 'line2', 'city', 'town', 'state', 'postal_code', 'country'];
  return parts.map((part): FieldSpec => {
    const townOnlyInV2 = part === 'town' && (mount.townIn ?? 'v2') === 'v2';
    const v1 = townOnlyInV2 ? undefined : mount.v1;
    const concept = v1 === undefined ? partConcept(mount, part) : undefined;
    const checks = partChecks(script, part);
    const autocomplete = mount.autocompleteSection
      ? `${mount.autocompleteSection} ${autocompleteByPart[part]}`
      : autocompleteByPart[part];
    const spec: FieldSpec = {
      key: under(mount.key, part),
      ...(v1 !== undefined ? { v1: under(v1, part) } : {}),
      ...(mount.v2 !== undefined ? { v2: under(mount.v2, part) } : {}),
      ...(concept !== undefined ? { v1Concept: concept } : {}),
      input:
        part === 'country' ? 'country' : part === 'state' ? 'region' : part === 'postal_code' ? 'postal-code' : 'text',
      section: mount.section,
      label: labelByPart[part],
      ...(script !== 'latin' ? { script } : {}),
      address: { key: mount.key, part },
      // Script variants share the postal code and country of the main address: no autofill for those.
      ...(script === 'latin' || script === 'kanji' ? { autocomplete } : {}),
      ...(checks.length > 0 ? { checks } : {}),
      ...(mount.countries ? { countries: mount.countries } : {}),
      ...(mount.personTokenOnly ? { personTokenOnly: true } : {}),
      // Japanese script addresses are in Japan; the Kana one repeats the Kanji one's postal code.
      ...(script !== 'latin' && part === 'country' ? { source: 'derived' as const, constant: 'JP' } : {}),
      ...(mount.postalCodeFrom && part === 'postal_code'
        ? { source: 'derived' as const, derivedFrom: under(mount.postalCodeFrom, 'postal_code') }
        : {}),
    };
    return spec;
  });
}

/**
 * The Kanji and Kana variants of a Japanese address (v1 `address_kanji` / `address_kana`, v2
 * `script_addresses.kanji` / `.kana`); the Kana one repeats the Kanji one's postal code.
 */
export function japaneseAddressFields(sections: { readonly kanji: SectionId; readonly kana: SectionId }): FieldSpec[] {
  const japan = ['JP'] as const;
  return [
    ...addressFields({
      key: 'address_kanji',
      v1: 'address_kanji',
      v2: 'script_addresses.kanji',
      section: sections.kanji,
      script: 'kanji',
      townIn: 'v1-and-v2',
      countries: japan,
    }),
    ...addressFields({
      key: 'address_kana',
      v1: 'address_kana',
      v2: 'script_addresses.kana',
      section: sections.kana,
      script: 'kana',
      townIn: 'v1-and-v2',
      countries: japan,
      postalCodeFrom: 'address_kanji',
    }),
  ];
}
