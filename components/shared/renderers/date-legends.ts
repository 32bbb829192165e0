import type { Locale } from '../../../src/i18n/locale';
import type { PlannedField } from '../../../src/requirements/field-plan';

/** Names of dates that sit among other fields, by the date's key (`registration_date`). */
const LEGENDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { registration_date: 'Registration date' },
  ja: { registration_date: '設立日' },
};

export function dateLegend(parts: readonly PlannedField[], locale: Locale): string | undefined {
  const key = parts[0]?.field.spec.key ?? '';
  return LEGENDS[locale][key.slice(0, key.lastIndexOf('.'))];
}
