import type { ValidationContext, ValidationIssue } from './issues';

interface PostalCodeRule {
  /** Matched against the normalised value (NFKC, upper case, one ASCII hyphen, single spaces). */
  pattern: RegExp;
  /** Shown in messages as the expected shape. */
  example: string;
}

const digits = (count: number, example: string): PostalCodeRule => ({
  pattern: new RegExp(`^\\d{${count}}$`),
  example,
});

/** Countries where an address has no postal code: any value entered is a mistake. */
export const COUNTRIES_WITHOUT_POSTAL_CODE: ReadonlySet<string> = new Set(['AE', 'HK', 'MO']);

/**
 * Postal code shapes for the countries Stripe Connect accounts can be in. Shape only: whether the code
 * exists is Stripe's call (for Japan it also checks `town` against it).
 */
export const POSTAL_CODE_RULES: Readonly<Record<string, PostalCodeRule>> = {
  AT: digits(4, '1010'),
  AU: digits(4, '2000'),
  BE: digits(4, '1000'),
  BG: digits(4, '1000'),
  BR: { pattern: /^\d{5}-?\d{3}$/, example: '01310-100' },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, example: 'K1A 0B1' },
  CH: digits(4, '8001'),
  CY: digits(4, '1010'),
  CZ: { pattern: /^\d{3} ?\d{2}$/, example: '110 00' },
  DE: digits(5, '10115'),
  DK: { pattern: /^(?:DK-?)?\d{4}$/, example: '1050' },
  EE: digits(5, '10111'),
  ES: { pattern: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28001' },
  FI: digits(5, '00100'),
  FR: digits(5, '75001'),
  GB: { pattern: /^(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/, example: 'SW1A 1AA' },
  GI: { pattern: /^GX11 ?1AA$/, example: 'GX11 1AA' },
  GR: { pattern: /^\d{3} ?\d{2}$/, example: '105 57' },
  HR: digits(5, '10000'),
  HU: digits(4, '1051'),
  IE: { pattern: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/, example: 'D02 X285' },
  IN: { pattern: /^[1-9]\d{2} ?\d{3}$/, example: '110001' },
  ID: digits(5, '10110'),
  IT: digits(5, '00118'),
  JP: { pattern: /^\d{3}-?\d{4}$/, example: '100-0001' },
  LI: { pattern: /^94(?:8[5-9]|9[0-8])$/, example: '9490' },
  LT: { pattern: /^(?:LT-?)?\d{5}$/, example: 'LT-01100' },
  LU: { pattern: /^(?:L-?)?\d{4}$/, example: '1111' },
  LV: { pattern: /^(?:LV-?)?\d{4}$/, example: 'LV-1050' },
  MT: { pattern: /^[A-Z]{3} ?\d{2,4}$/, example: 'VLT 1117' },
  MX: digits(5, '06000'),
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
  SI: { pattern: /^(?:SI-?)?\d{4}$/, example: '1000' },
  SK: { pattern: /^\d{3} ?\d{2}$/, example: '811 01' },
  TH: digits(5, '10200'),
  US: { pattern: /^\d{5}(?:-\d{4})?$/, example: '94103' },
};

/** Dashes users type by accident (Japanese IMEs produce ー and −) all mean the ASCII hyphen here. */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d\uff70]/g;

/** NFKC (full-width digits → ASCII), upper case, ASCII hyphens, single inner spaces, trimmed. */
export function normalizePostalCode(value: string): string {
  return value.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim().toUpperCase();
}

/** Checks the shape for the address country; unknown countries are left to Stripe. */
export function validatePostalCode(value: string, context: ValidationContext): ValidationIssue | null {
  const country = context.country?.toUpperCase();
  if (country === undefined) return null;
  if (COUNTRIES_WITHOUT_POSTAL_CODE.has(country)) return { code: 'postal_code_not_used', country };
  const rule = POSTAL_CODE_RULES[country];
  if (!rule || rule.pattern.test(normalizePostalCode(value))) return null;
  return { code: 'invalid_postal_code', country, example: rule.example };
}
