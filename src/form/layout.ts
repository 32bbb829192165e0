import { addressLayout } from '../fields/address-layout';
import { addressIdOf } from '../fields/relations';
import type { Script, SectionId } from '../fields/types';
import type { Locale } from '../i18n/locale';
import type { FormValues } from '../params/values';
import type { PlannedField } from '../requirements/field-plan';
import { KeptPerObject } from './kept-values';

/** One address (home, registered, Kana, Kanji…): its parts in the order its country writes them. */
export interface AddressBlockView {
  /** Field id of the address without its part (`person.address`). */
  readonly id: string;
  readonly country: string;
  readonly script: Script;
  readonly fields: readonly PlannedField[];
}

export type SectionView =
  | {
      readonly kind: 'fields';
      readonly id: SectionId;
      readonly fields: readonly PlannedField[];
      /** A date among other fields (a company's registration date), shown as its own group at the end. */
      readonly date?: readonly PlannedField[];
    }
  | { readonly kind: 'date'; readonly id: SectionId; readonly fields: readonly PlannedField[] }
  | { readonly kind: 'address'; readonly id: SectionId; readonly blocks: readonly AddressBlockView[] };

/** Dates are written year first in Japanese, month first in the US, day first elsewhere. */
function datePartOrder(locale: Locale, country: string): readonly string[] {
  if (locale === 'ja') return ['year', 'month', 'day'];
  if (country === 'US') return ['month', 'day', 'year'];
  return ['day', 'month', 'year'];
}

function addressBlocks(fields: readonly PlannedField[], values: FormValues, formCountry: string): AddressBlockView[] {
  const blocks = new Map<string, PlannedField[]>();
  for (const planned of fields) {
    const blockId = addressIdOf(planned.field) ?? planned.field.id;
    blocks.set(blockId, [...(blocks.get(blockId) ?? []), planned]);
  }
  return [...blocks].map(([id, members]) => {
    const script = members[0]?.field.spec.script ?? 'latin';
    const chosen = values[`${id}.country`];
    const country = script === 'latin' ? (typeof chosen === 'string' && chosen !== '' ? chosen : formCountry) : 'JP';
    const order = addressLayout(country).order;
    const rank = (planned: PlannedField): number => {
      const part = planned.field.spec.address?.part;
      if (part === undefined) return 100;
      if (part === 'country') return 99;
      const index = order.indexOf(part);
      return index === -1 ? 98 : index;
    };
    return { id, country, script, fields: [...members].sort((a, b) => rank(a) - rank(b)) };
  });
}

const SIGNED_LAST: readonly SectionId[] = ['declarations', 'terms'];
/** A business's sections in reading order; its repeatable lists (v2 id numbers) are defined after the rest. */
const COMPANY_ORDER: readonly SectionId[] = [
  'company',
  'company-address',
  'company-address-kanji',
  'company-address-kana',
  'company-other-addresses',
  'company-tax',
  'company-revenue',
];

/** Where a field's section goes: as defined, except business sections in order and what is signed last. */
function sectionRank(section: SectionId): number {
  const signed = SIGNED_LAST.indexOf(section);
  if (signed !== -1) return 200 + signed;
  const company = COMPANY_ORDER.indexOf(section);
  return company === -1 ? 0 : 100 + company;
}

const isAddressSection = (fields: readonly PlannedField[]): boolean =>
  fields.every((planned) => planned.field.spec.address !== undefined || planned.field.spec.key.endsWith('purpose'));

/** A name's two parts, by spec key: shown side by side as one, never split across rows. */
const NAME_PAIRS: readonly { readonly surname: string; readonly given: string }[] = [
  { surname: 'surname', given: 'given_name' },
  { surname: 'surname_kanji', given: 'given_name_kanji' },
  { surname: 'surname_kana', given: 'given_name_kana' },
];

const sameItem = (a: PlannedField, b: PlannedField): boolean =>
  a.field.group === b.field.group &&
  a.field.list?.key === b.field.list?.key &&
  a.field.list?.index === b.field.list?.index;

/** The two as a name pair, surname first; `undefined` when they are not one name's parts. */
function namePair(a: PlannedField, b: PlannedField): readonly [PlannedField, PlannedField] | undefined {
  if (!sameItem(a, b)) return undefined;
  for (const { surname, given } of NAME_PAIRS) {
    if (a.field.spec.key === surname && b.field.spec.key === given) return [a, b];
    if (a.field.spec.key === given && b.field.spec.key === surname) return [b, a];
  }
  return undefined;
}

/**
 * A section's fields as they sit on screen: alone, or two that belong together (a name's two parts),
 * the surname first in Japanese as Japanese writes names, else in schema order.
 */
export function fieldGroups(fields: readonly PlannedField[], locale: Locale): (readonly PlannedField[])[] {
  const groups: PlannedField[][] = [];
  for (let at = 0; at < fields.length; at += 1) {
    const current = fields[at];
    const next = fields[at + 1];
    if (current === undefined) continue;
    const pair = next !== undefined ? namePair(current, next) : undefined;
    if (pair && next !== undefined) {
      groups.push(locale === 'ja' ? [...pair] : [current, next]);
      at += 1;
    } else groups.push([current]);
  }
  return groups;
}

/**
 * The planned fields grouped into the sections a person reads, in schema order: plain groups, one date
 * per `fieldset`, and address blocks ordered by country.
 */
export function layoutSections(
  planned: readonly PlannedField[],
  values: FormValues,
  options: { locale: Locale; country: string },
): SectionView[] {
  const bySection = new Map<SectionId, PlannedField[]>();
  const ordered = [...planned].sort((a, b) => sectionRank(a.field.spec.section) - sectionRank(b.field.spec.section));
  for (const entry of ordered) {
    const section = entry.field.spec.section;
    bySection.set(section, [...(bySection.get(section) ?? []), entry]);
  }
  return [...bySection].map(([id, fields]): SectionView => {
    const order = datePartOrder(options.locale, options.country);
    const inDateOrder = (parts: readonly PlannedField[]): PlannedField[] =>
      [...parts].sort(
        (a, b) => order.indexOf(a.field.spec.datePart ?? '') - order.indexOf(b.field.spec.datePart ?? ''),
      );
    const dateParts = fields.filter((entry) => entry.field.spec.datePart !== undefined);
    if (dateParts.length === fields.length) return { kind: 'date', id, fields: inDateOrder(fields) };
    if (isAddressSection(fields))
      return { kind: 'address', id, blocks: addressBlocks(fields, values, options.country) };
    const others = fieldGroups(
      fields.filter((entry) => entry.field.spec.datePart === undefined),
      options.locale,
    ).flat();
    return dateParts.length > 0
      ? { kind: 'fields', id, fields: others, date: inDateOrder(dateParts) }
      : { kind: 'fields', id, fields: others };
  });
}

/** Field ids in the order they appear on screen, for focusing the first problem. */
export function displayOrder(sections: readonly SectionView[]): string[] {
  return sections.flatMap((section) =>
    section.kind === 'address'
      ? section.blocks.flatMap((block) => block.fields.map((entry) => entry.field.id))
      : [...section.fields, ...((section.kind === 'fields' ? section.date : undefined) ?? [])].map(
          (entry) => entry.field.id,
        ),
  );
}

/** Layouts kept per list of fields on show (languages and address countries met so far). */
const KEPT_LAYOUTS = 8;
/** Layouts by the fields on show and what else they read: forms on one page set up alike share them. */
const sharedLayouts = new KeptPerObject<readonly PlannedField[], SectionView[]>(KEPT_LAYOUTS);

/**
 * `layoutSections` that lays the form out again only when something it reads changed: the fields on
 * show (by identity), the language, the form's country or an address's country. A keystroke in any
 * other field gets the previous layout back, the same object; another form with the same fields on
 * show, language and countries gets the same layout too.
 */
export function memoisedLayout(): typeof layoutSections {
  let lastPlanned: readonly PlannedField[] = [];
  let lastKey: string | null = null;
  let lastSections: SectionView[] = [];
  return (planned, values, options) => {
    const countries = Object.keys(values)
      .filter((id) => id.endsWith('.country'))
      .sort()
      .map((id) => `${id}=${String(values[id])}`);
    const key = [options.locale, options.country, ...countries].join('\n');
    const samePlanned = planned.length === lastPlanned.length && planned.every((entry, i) => entry === lastPlanned[i]);
    if (key === lastKey && samePlanned) return lastSections;
    lastPlanned = planned;
    lastKey = key;
    lastSections = sharedLayouts.get(planned, key, () => layoutSections(planned, values, options));
    return lastSections;
  };
}
