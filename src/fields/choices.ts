import { FIELD_LABELS } from '../i18n/field-labels';
import { idTypeName } from '../i18n/id-type-names';
import type { Locale } from '../i18n/locale';
import { idTypeRules } from '../validation/id-numbers/id-type-tables';
import { hasRegionList, prefectures, regionsFor } from '../validation/regions/lookup';
import { accountSchema } from './account-schema';
import { currencyLabel, REVENUE_CURRENCIES } from './currencies';
import type { BusinessType, Field } from './types';

/** One choice of a select, labelled in the page's language. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  /** Set when the label is in another language than the page (prefecture names in kana). */
  readonly lang?: string;
}

/** `prefer_not_to_answer` → `Prefer not to answer`, for choices the catalogue does not name. */
const readable = (option: string): string => {
  const words = option.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function optionText(base: string, option: string, locale: Locale): string {
  const options: Readonly<Partial<Record<string, string>>> = FIELD_LABELS[locale].options;
  // The catalogue names some choices by the parameter's last segment (`ownership_exemption_reason`).
  const lastSegment = base.slice(base.lastIndexOf('.') + 1);
  return options[`${base}.${option}`] ?? options[`${lastSegment}.${option}`] ?? readable(option);
}

/** The catalogue prefix of a field's choices: `legal_gender`, `additional_names.purpose`. */
function optionBase(field: Field): string {
  const list = field.list?.key.split('.').slice(1).join('.');
  return list ? `${list}.${field.spec.key}` : field.spec.key;
}

export const isIdTypeField = (field: Field): boolean =>
  field.list !== undefined && field.list.key.endsWith('id_numbers') && field.spec.key === 'type';

/** The choices of a `select` field in an API version. */
export function selectChoices(
  field: Field,
  locale: Locale,
  version: 'v1' | 'v2',
  country: string,
  businessType: BusinessType | null = null,
): Choice[] {
  if (isIdTypeField(field)) {
    // A business's numbers (`us_ein`, `jp_cn`) are other types than a person's (`us_ssn`, `jp_inc`).
    const business = field.group === 'company';
    // Empty until the kind's table is loaded; the form loads it for the id numbers it shows.
    return Object.entries(idTypeRules(business ? 'business' : 'person'))
      .filter(([, rule]) => rule.country === country)
      .map(([type, rule]) => ({
        value: type,
        label: idTypeName(type, business ? 'business' : 'person', locale) ?? rule.label,
      }));
  }
  const schema = accountSchema();
  if (field.group === 'company' && field.spec.key === 'structure' && businessType !== null && schema !== null) {
    return schema.structuresFor(businessType, version, country).map((structure) => ({
      value: structure,
      label: schema.structureLabel(structure, locale) ?? readable(structure),
    }));
  }
  if (field.spec.key.endsWith('amount.currency')) {
    return REVENUE_CURRENCIES.map((code) => ({ value: code, label: currencyLabel(code, locale) }));
  }
  const options = (version === 'v2' ? field.spec.optionsV2 : undefined) ?? field.spec.options ?? [];
  return options.map((option) => ({ value: option, label: optionText(optionBase(field), option, locale) }));
}

/**
 * The choices of a state picker: regions by code for Latin addresses where Stripe checks them, and
 * prefectures by name for Japanese Kanji and Kana addresses. `null` means free text; a list still
 * loading (`loadRegions`) has no choices yet.
 */
export function regionChoices(field: Field, country: string, locale: Locale): Choice[] | null {
  const script = field.spec.script ?? 'latin';
  if (script === 'kanji') return prefectures().map((p) => ({ value: p.kanji, label: p.kanji, lang: 'ja' }));
  if (script === 'kana') return prefectures().map((p) => ({ value: p.kana, label: p.kana, lang: 'ja' }));
  const regions = regionsFor(country);
  if (regions === null) return hasRegionList(country) ? [] : null;
  return regions.map((region) => ({ value: region.code, label: region.name[locale] }));
}
