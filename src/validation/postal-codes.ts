import type { ValidationContext, ValidationIssue } from './issues';
import { normalizePostalCode } from './postal-code-normalize';
import { isUkPostcode } from './uk-postcodes';

interface PostalCodeRule {
  /** Matched against the normalised value (NFKC, upper case, one ASCII hyphen, single spaces). */
  pattern: RegExp;
  /** Shown in messages as the expected shape. */
  example: string;
  /** Codes of the right shape that are never issued (ranges no post office uses), on the normalised value. */
  unissued?: RegExp;
  /** Whether a code of the right shape exists, where that takes more than a pattern (UK postcode areas). */
  issued?: (normalised: string) => boolean;
}

const digits = (count: number, example: string, unissued?: RegExp): PostalCodeRule => ({
  pattern: new RegExp(`^\\d{${count}}$`),
  example,
  ...(unissued ? { unissued } : {}),
});

/** No code starts with 0 (Austria, Belgium, Switzerland, Hungary, …: the first digit is a region 1–9). */
const NO_LEADING_ZERO = /^0/;
/** No code starts with 00 (Germany's lowest is 01067, Mexico's 01000, Brazil's 01000-000). */
const NO_DOUBLE_ZERO = /^00/;

/** Countries where an address has no postal code: any value entered is a mistake. */
export const COUNTRIES_WITHOUT_POSTAL_CODE: ReadonlySet<string> = new Set(['AE', 'HK', 'MO']);

/**
 * Postal code shapes for the countries Stripe Connect accounts can be in, with the ranges no post office
 * issues (all zeros everywhere; the UK's postcode areas; Canada's letters). Whether one code exists is
 * Stripe's call (for Japan it also checks `town` against it).
 */
export const POSTAL_CODE_RULES: Readonly<Record<string, PostalCodeRule>> = {
  AT: digits(4, '1010', NO_LEADING_ZERO),
  // Australia Post uses 0200–0299 (ACT), 0800–0999 (NT) and 1000–9999.
  AU: digits(4, '2000', /^0[013-7]/),
  BE: digits(4, '1000', NO_LEADING_ZERO),
  BG: digits(4, '1000', NO_LEADING_ZERO),
  BR: { pattern: /^\d{5}-?\d{3}$/, example: '01310-100', unissued: NO_DOUBLE_ZERO },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, example: 'K1A 0B1' },
  CH: digits(4, '8001', NO_LEADING_ZERO),
  CY: digits(4, '1010', NO_LEADING_ZERO),
  CZ: { pattern: /^\d{3} ?\d{2}$/, example: '110 00' },
  DE: digits(5, '10115', NO_DOUBLE_ZERO),
  DK: { pattern: /^(?:DK-?)?\d{4}$/, example: '1050' },
  EE: digits(5, '10111'),
  ES: { pattern: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28001' },
  FI: digits(5, '00100'),
  // Départements 01–95 and the overseas 97–98; 00, 96 and 99 are not used.
  FR: digits(5, '75001', /^(?:00|96|99)/),
  GB: { pattern: /^(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/, example: 'SW1A 1AA', issued: isUkPostcode },
  GI: { pattern: /^GX11 ?1AA$/, example: 'GX11 1AA' },
  GR: { pattern: /^\d{3} ?\d{2}$/, example: '105 57' },
  HR: digits(5, '10000'),
  HU: digits(4, '1051', NO_LEADING_ZERO),
  IE: { pattern: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/, example: 'D02 X285' },
  IN: { pattern: /^[1-9]\d{2} ?\d{3}$/, example: '110001' },
  ID: digits(5, '10110'),
  // The lowest CAP is 00010.
  IT: digits(5, '00118', /^0000/),
  // The lowest Japanese code is 001-0000 (Sapporo).
  JP: { pattern: /^\d{3}-?\d{4}$/, example: '100-0001', unissued: /^000/ },
  LI: { pattern: /^94(?:8[5-9]|9[0-8])$/, example: '9490' },
  LT: { pattern: /^(?:LT-?)?\d{5}$/, example: 'LT-01100' },
  LU: { pattern: /^(?:L-?)?\d{4}$/, example: '1111', unissued: /^(?:L-?)?0/ },
  LV: { pattern: /^(?:LV-?)?\d{4}$/, example: 'LV-1050' },
  MT: { pattern: /^[A-Z]{3} ?\d{2,4}$/, example: 'VLT 1117' },
  MX: digits(5, '06000', NO_DOUBLE_ZERO),
  MY: digits(5, '50000'),
  NL: { pattern: /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/, example: '1012 JS' },
  NO: digits(4, '0150'),
  NZ: digits(4, '6011'),
  PH: digits(4, '1000'),
  PL: { pattern: /^\d{2}-?\d{3}$/, example: '00-001' },
  PT: { pattern: /^\d{4}-?\d{3}$/, example: '1000-001' },
  RO: digits(6, '010011'),
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '111 22' },
  SG: digits(6, '018956'),
  SI: { pattern: /^(?:SI-?)?\d{4}$/, example: '1000', unissued: /^(?:SI-?)?0/ },
  SK: { pattern: /^\d{3} ?\d{2}$/, example: '811 01' },
  TH: digits(5, '10200'),
  // ZIP codes 00000–00499 are not assigned (the lowest, 00501, is the IRS in Holtsville).
  US: { pattern: /^\d{5}(?:-\d{4})?$/, example: '94103', unissued: /^00[0-4]/ },
};

export { normalizePostalCode };

/** A code of only zeros (`00000`, `LT-00000`) is issued nowhere. */
const ALL_ZEROS = /^[A-Z]*[0\s-]+$/;

function isIssued(rule: PostalCodeRule, normalised: string): boolean {
  if (ALL_ZEROS.test(normalised)) return false;
  if (rule.unissued?.test(normalised)) return false;
  return rule.issued ? rule.issued(normalised) : true;
}

/** Checks the shape for the address country; unknown countries are left to Stripe. */
export function validatePostalCode(value: string, context: ValidationContext): ValidationIssue | null {
  const country = context.country?.toUpperCase();
  if (country === undefined) return null;
  if (COUNTRIES_WITHOUT_POSTAL_CODE.has(country)) return { code: 'postal_code_not_used', country };
  const rule = POSTAL_CODE_RULES[country];
  if (!rule) return null;
  const normalised = normalizePostalCode(value);
  if (rule.pattern.test(normalised) && isIssued(rule, normalised)) return null;
  return { code: 'invalid_postal_code', country, example: rule.example };
}
