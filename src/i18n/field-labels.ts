import { addressLayout } from '../fields/address-layout';
import type { Field, SectionId } from '../fields/types';
import { FIELD_LABELS_EN } from './field-labels.en';
import type {
  AccountLabelCatalogue,
  DocumentLabelKey,
  FieldLabelCatalogue,
  LabelKey,
  OptionLabelKey,
  PersonLabelCatalogue,
} from './field-labels.types';
import type { Locale } from './locale';

export type { FieldLabelCatalogue, LabelKey, OptionLabelKey } from './field-labels.types';

// English starts with a person form's words; the account chunk adds its own (`installAccountLabels`)
// before an account form first renders, so no account label is ever read before it is here.
const personEnglish: PersonLabelCatalogue = FIELD_LABELS_EN;
const english = { ...personEnglish, hints: {} } as FieldLabelCatalogue;

// Japanese until installed (`src/i18n/japanese.ts`) reads as English: the elements render only once it is.
const labels: Record<Locale, FieldLabelCatalogue> = { en: english, ja: english };

/** Every field's label, hint, section title and option name, by language. */
export const FIELD_LABELS: Readonly<Record<Locale, FieldLabelCatalogue>> = labels;

export function installFieldLabels(locale: Locale, catalogue: FieldLabelCatalogue): void {
  labels[locale] = catalogue;
}

/** Adds an account form's own English words to the catalogue (Japanese still English reads them too). */
export function installAccountLabels(account: AccountLabelCatalogue): void {
  const merged: FieldLabelCatalogue = {
    hints: account.hints,
    fields: { ...personEnglish.fields, ...account.fields },
    sections: { ...personEnglish.sections, ...account.sections },
    options: { ...personEnglish.options, ...account.options },
    documents: personEnglish.documents,
    statements: { ...personEnglish.statements, ...account.statements },
  };
  if (labels.ja === labels.en) labels.ja = merged;
  labels.en = merged;
}

/** The catalogue key of a field's label: the schema's, with address parts named as the address's country names them. */
export function labelKeyOf(field: Field, country: string): LabelKey {
  const part = field.spec.address?.part;
  if (part === undefined) return field.spec.label;
  const layout = addressLayout(country);
  if (part === 'postal_code') return `address.${layout.postalCodeLabel}`;
  if (part === 'state') return `address.${layout.stateLabel}`;
  if (part === 'city') return `address.${layout.cityLabel}`;
  return field.spec.label;
}

/** A document's name (`documents.passport`), for the legend of its upload field. */
export const documentKeyOf = (field: Field): DocumentLabelKey | undefined => field.spec.document;

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

/** A document upload's name: the document and, for one side of it, the side (`ID document (front)`). */
export function documentFieldLabel(field: Field, locale: 'en' | 'ja', sideLabel: string): string {
  const key = documentKeyOf(field);
  const name = key ? FIELD_LABELS[locale].documents[key] : sideLabel;
  if (field.spec.multiple || !key) return name;
  return locale === 'ja' ? `${name}（${sideLabel}）` : `${name} (${sideLabel.toLowerCase()})`;
}
