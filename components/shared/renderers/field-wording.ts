import type { Field } from '../../../src/fields/types';
import type { Locale } from '../../../src/i18n/locale';

/**
 * Wording the label catalogue does not have yet: names that tell two like fields apart (two
 * currencies in one section) and hints for values whose form is not obvious.
 */
const LABELS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    'annual_revenue.amount.currency': 'Annual revenue currency',
    'monthly_estimated_revenue.amount.currency': 'Monthly revenue currency',
  },
  ja: {
    // The catalogue's 事業形態 is also the business type's name; a company's legal form is its 組織形態.
    structure: '組織形態',
    'annual_revenue.amount.currency': '年間売上高の通貨',
    'monthly_estimated_revenue.amount.currency': '月間売上見込みの通貨',
  },
};

const MINOR_UNITS = {
  en: 'In the currency’s smallest unit: cents for dollars and euros, yen for yen.',
  ja: '通貨の最小単位で入力してください（ドル・ユーロはセント、円は円）。',
} as const;

const HINTS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    'annual_revenue.amount.value': MINOR_UNITS.en,
    'monthly_estimated_revenue.amount.value': MINOR_UNITS.en,
    'annual_revenue.fiscal_year_end': 'The last day of the last fiscal year, as YYYY-MM-DD.',
  },
  ja: {
    'annual_revenue.amount.value': MINOR_UNITS.ja,
    'monthly_estimated_revenue.amount.value': MINOR_UNITS.ja,
    'annual_revenue.fiscal_year_end': '前事業年度の最終日を YYYY-MM-DD の形式で入力してください。',
  },
};

/** A company field's own label where the catalogue's would be ambiguous. */
export function labelOverride(field: Field, locale: Locale): string | undefined {
  return field.group === 'company' ? LABELS[locale][field.spec.key] : undefined;
}

export function fieldHint(field: Field, locale: Locale): string | undefined {
  return field.group === 'company' ? HINTS[locale][field.spec.key] : undefined;
}
