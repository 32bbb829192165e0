/**
 * Checks `stdnum` does not have. Each cites the rule it implements; where no public checksum exists only
 * the shape is checked and Stripe has the final word.
 */
import { compactId, passesLuhn, type IdCheck } from './id-check';

/** Singapore NRIC (S, T) and FIN (F, G, M): weighted sum of the 7 digits, letter table per series. */
const SG_WEIGHTS = [2, 7, 6, 5, 4, 3, 2] as const;
const SG_OFFSET: Readonly<Record<string, number>> = { S: 0, T: 4, F: 0, G: 4, M: 3 };
const SG_LETTERS: Readonly<Record<string, string>> = {
  S: 'JZIHGFEDCBA',
  T: 'JZIHGFEDCBA',
  F: 'XWUTRQPNMLK',
  G: 'XWUTRQPNMLK',
  M: 'XWUTRQPNJLK',
};

function singaporeCheck(series: string): IdCheck {
  return (value) => {
    const compact = compactId(value);
    if (compact.length !== 9) return 'length';
    const match = /^([A-Z])(\d{7})([A-Z])$/.exec(compact);
    const [, prefix = '', body = '', letter] = match ?? [];
    if (!match || !series.includes(prefix)) return 'format';
    const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (SG_WEIGHTS[index] ?? 0), 0);
    const expected = SG_LETTERS[prefix]?.[(sum + (SG_OFFSET[prefix] ?? 0)) % 11];
    return expected === letter ? null : 'checksum';
  };
}

export const singaporeNric = singaporeCheck('ST');
export const singaporeFin = singaporeCheck('FGM');

/**
 * Japan's Individual Number (マイナンバー, 個人番号): 12 digits, the last a mod-11 check digit over the
 * first 11 with weights 2–7, 2–6 from the right (個人番号の指定に関する省令 第五条).
 */
export const japanIndividualNumber: IdCheck = (value) => {
  const compact = compactId(value);
  if (!/^\d+$/.test(compact)) return 'format';
  if (compact.length !== 12) return 'length';
  let sum = 0;
  for (let n = 1; n <= 11; n += 1) {
    const digit = Number(compact[11 - n]);
    sum += digit * (n <= 6 ? n + 1 : n - 5);
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return Number(compact[11]) === check ? null : 'checksum';
};

/** UAE Emirates ID: 15 digits, `784` first, Luhn check digit last. */
export const emiratesId: IdCheck = (value) => {
  const compact = compactId(value);
  if (!/^\d+$/.test(compact)) return 'format';
  if (compact.length !== 15) return 'length';
  if (!compact.startsWith('784')) return 'format';
  return passesLuhn(compact) ? null : 'checksum';
};

/**
 * US ITIN: 9 digits, starting with 9, group digits 50–65, 70–88, 90–92 or 94–99 (IRS Publication 1915).
 */
export const usItin: IdCheck = (value) => {
  const compact = compactId(value);
  if (!/^\d+$/.test(compact)) return 'format';
  if (compact.length !== 9) return 'length';
  const group = Number(compact.slice(3, 5));
  const validGroup =
    (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
  return compact.startsWith('9') && validGroup ? null : 'format';
};

/**
 * The ranges the Social Security Administration never assigns: area 000, 666 and 900–999 (900–999 are
 * ITINs), group 00 and serial 0000. `stdnum` then checks its list of numbers that were published.
 */
export const usSsnRanges: IdCheck = (value) => {
  const compact = compactId(value);
  if (!/^\d{9}$/.test(compact)) return null;
  const area = compact.slice(0, 3);
  const unassignedArea = area === '000' || area === '666' || area.startsWith('9');
  return unassignedArea || compact.slice(3, 5) === '00' || compact.slice(5) === '0000' ? 'not_issued' : null;
};

/** The last four digits of an SSN or ITIN. */
export const lastFourDigits: IdCheck = (value) => {
  const compact = compactId(value);
  if (!/^\d+$/.test(compact)) return 'format';
  // No real SSN ends in 0000, but it is Stripe's test value: `validate-id-number` refuses it in live mode.
  return compact.length === 4 ? null : 'length';
};

/**
 * Hungarian tax identification number (adóazonosító jel): 10 digits starting with 8; the tenth is
 * Σ(digit × position) over the first nine, mod 11 (a remainder of 10 is never issued).
 */
export const hungarianTaxId: IdCheck = (value) => {
  const compact = compactId(value);
  if (!/^\d+$/.test(compact)) return 'format';
  if (compact.length !== 10) return 'length';
  if (!compact.startsWith('8')) return 'format';
  const sum = [...compact.slice(0, 9)].reduce((total, digit, index) => total + Number(digit) * (index + 1), 0);
  return sum % 11 === Number(compact[9]) ? null : 'checksum';
};

/**
 * Kazakhstan IIN / BIN: 12 digits; the check digit is a weighted mod 11 with weights 1–11, retried with
 * 3–11, 1, 2 when the first pass gives 10 (a second 10 means the number is never issued).
 */
export const kazakhstanIin: IdCheck = (value) => {
  const compact = compactId(value);
  if (!/^\d+$/.test(compact)) return 'format';
  if (compact.length !== 12) return 'length';
  const body = [...compact.slice(0, 11)].map(Number);
  const weighted = (weights: readonly number[]): number =>
    body.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0) % 11;
  let check = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return check !== 10 && check === Number(compact[11]) ? null : 'checksum';
};

/**
 * Luxembourg national identification number (matricule): 13 digits, birth date `YYYYMMDD` first. The
 * two check digits (Luhn and Verhoeff) are not checked here; the date is.
 */
export const luxembourgMatricule: IdCheck = (value) => {
  const compact = compactId(value);
  if (!/^\d+$/.test(compact)) return 'format';
  if (compact.length !== 13) return 'length';
  const year = Number(compact.slice(0, 4));
  const month = Number(compact.slice(4, 6));
  const day = Number(compact.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : 'date';
};
