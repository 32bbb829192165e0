import type { AddressPart } from '../fields/address';
import { addressLayout } from '../fields/address-layout';
import type { Field, SectionId } from '../fields/types';
import { FIELD_LABELS_EN } from './field-labels.en';
import { FIELD_LABELS_JA } from './field-labels.ja';
import type { FieldLabelCatalogue, LabelKey, OptionLabelKey } from './field-labels.types';

export type { FieldLabelCatalogue, LabelKey, OptionLabelKey } from './field-labels.types';

export const FIELD_LABELS: Readonly<Record<'en' | 'ja', FieldLabelCatalogue>> = {
  en: FIELD_LABELS_EN,
  ja: FIELD_LABELS_JA,
};

const ADDRESS_PART = /(?:^|\.)(line1|line2|city|town|state|postal_code|country)$/;
const DOCUMENT = /^(verification\.(?:additional_)?document|documents\.[a-z_]+)\.(front|back|files)$/;

/** The catalogue key of a field's label: address and date parts share labels; companies name their own. */
export function labelKeyOf(field: Field, country: string): LabelKey {
  const { key } = field.spec;
  const listKey = field.list?.key.split('.').slice(1).join('.');
  const address = ADDRESS_PART.exec(key);
  if (address && field.spec.input !== 'file') {
    const part = address[1] as AddressPart;
    const layout = addressLayout(country);
    if (part === 'postal_code') return `address.${layout.postalCodeLabel}`;
    if (part === 'state') return `address.${layout.stateLabel}`;
    if (part === 'city') return `address.${layout.cityLabel}`;
    return `address.${part}`;
  }
  if (listKey === 'additional_addresses' && key === 'purpose') return 'additional_addresses.purpose';
  if (field.spec.datePart) return `date.${field.spec.datePart}`;
  const document = DOCUMENT.exec(key);
  if (document) return `document.${document[2] as 'front' | 'back' | 'files'}`;
  if (listKey !== undefined) return `${listKey}.${key}` as LabelKey;
  if (field.group === 'company') return `company.${key}` as LabelKey;
  return key as LabelKey;
}

/** A document's name (`documents.passport`), for the legend of its upload field. */
export function documentKeyOf(field: Field): string | undefined {
  return DOCUMENT.exec(field.spec.key)?.[1];
}

export function fieldLabel(field: Field, locale: 'en' | 'ja', country: string): string {
  return FIELD_LABELS[locale].fields[labelKeyOf(field, country)];
}

/** A hint for a field whose value has a form people may not guess, if it has one. */
export function fieldHint(field: Field, locale: 'en' | 'ja', country: string): string | undefined {
  const hints: Readonly<Record<string, string>> = FIELD_LABELS[locale].hints;
  return hints[labelKeyOf(field, country)];
}

export function sectionTitle(section: SectionId, locale: 'en' | 'ja'): string {
  return FIELD_LABELS[locale].sections[section];
}

export function optionLabel(option: OptionLabelKey, locale: 'en' | 'ja'): string {
  return FIELD_LABELS[locale].options[option];
}
