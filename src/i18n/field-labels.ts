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

// Each language starts with a person form's words; the account chunk adds an account form's own
// (`installAccountLabels`) before an account form first renders, so no account label is read before
// it is here. Japanese until installed (`src/i18n/japanese.ts`) reads as English: the elements render only once it is.
const personLabels: Partial<Record<Locale, PersonLabelCatalogue>> = { en: FIELD_LABELS_EN };
const accountLabels: Partial<Record<Locale, AccountLabelCatalogue>> = {};

function catalogueOf(locale: Locale): FieldLabelCatalogue {
  const own = personLabels[locale];
  const person = own ?? FIELD_LABELS_EN;
  // A language whose person words are missing reads all of them in English, never a mix.
  const account = own ? (accountLabels[locale] ?? accountLabels.en) : accountLabels.en;
  if (account === undefined) return { ...person, hints: {} } as FieldLabelCatalogue;
  return {
    hints: account.hints,
    fields: { ...person.fields, ...account.fields },
    sections: { ...person.sections, ...account.sections },
    options: { ...person.options, ...account.options },
    documents: person.documents,
    statements: { ...person.statements, ...account.statements },
  };
}

const labels: Record<Locale, FieldLabelCatalogue> = { en: catalogueOf('en'), ja: catalogueOf('ja') };

/** Every field's label, hint, section title and option name, by language. */
export const FIELD_LABELS: Readonly<Record<Locale, FieldLabelCatalogue>> = labels;

function composeCatalogues(): void {
  labels.en = catalogueOf('en');
  labels.ja = catalogueOf('ja');
}

/** A language's words for a person form's fields. */
export function installFieldLabels(locale: Locale, catalogue: PersonLabelCatalogue): void {
  personLabels[locale] = catalogue;
  composeCatalogues();
}

/** A language's words for an account form's own fields (with the account chunk). */
export function installAccountLabels(locale: Locale, catalogue: AccountLabelCatalogue): void {
  accountLabels[locale] = catalogue;
  composeCatalogues();
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
