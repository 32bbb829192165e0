import { idTypeRule } from '../validation/id-numbers/id-type-tables';
import type { IdKind } from '../validation/issues';
import type { Locale } from './locale';

/** Japanese names of the numbers people in Japan know by name; others keep their own (English) name. */
export const JA_ID_TYPE_NAMES: Readonly<Record<string, string>> = {
  jp_inc: '個人番号（マイナンバー）',
  jp_cn: '法人番号',
  us_ssn: '社会保障番号（SSN）',
  us_ssn_last_4: '社会保障番号（SSN）の下4桁',
  us_itin: '個人納税者番号（ITIN）',
  us_itin_last_4: '個人納税者番号（ITIN）の下4桁',
  us_ein: '雇用者番号（EIN）',
};

/** What an id type is called in a language (`jp_inc` → `個人番号（マイナンバー）` in Japanese). */
export function idTypeName(idType: string, kind: IdKind, locale: Locale): string | undefined {
  if (locale === 'ja' && JA_ID_TYPE_NAMES[idType] !== undefined) return JA_ID_TYPE_NAMES[idType];
  return idTypeRule(idType, kind)?.label;
}
