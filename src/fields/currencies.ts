/**
 * Currencies a business states its revenue in (v2 `annual_revenue`, `monthly_estimated_revenue`), as
 * the lower-case ISO 4217 codes Stripe uses. The country's own currency is chosen until the person
 * picks another.
 */
const EURO_COUNTRIES = [
  'AT',
  'BE',
  'CY',
  'DE',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PT',
  'SI',
  'SK',
];

const NATIONAL: Readonly<Record<string, string>> = {
  AE: 'aed',
  AU: 'aud',
  BG: 'bgn',
  BR: 'brl',
  CA: 'cad',
  CH: 'chf',
  CZ: 'czk',
  DK: 'dkk',
  GB: 'gbp',
  HK: 'hkd',
  HU: 'huf',
  IN: 'inr',
  JP: 'jpy',
  LI: 'chf',
  MX: 'mxn',
  MY: 'myr',
  NO: 'nok',
  NZ: 'nzd',
  PL: 'pln',
  RO: 'ron',
  SE: 'sek',
  SG: 'sgd',
  TH: 'thb',
  US: 'usd',
};

export function currencyOfCountry(country: string): string {
  const upper = country.toUpperCase();
  return EURO_COUNTRIES.includes(upper) ? 'eur' : (NATIONAL[upper] ?? 'usd');
}

/** Every currency offered: the national ones and the euro, by code. */
export const REVENUE_CURRENCIES: readonly string[] = [...new Set([...Object.values(NATIONAL), 'eur'])].sort();

/** `usd` → `USD – US Dollar` in the page's language, where the browser knows the name. */
export function currencyLabel(code: string, locale: 'en' | 'ja'): string {
  const upper = code.toUpperCase();
  try {
    const name = new Intl.DisplayNames([locale], { type: 'currency' }).of(upper);
    return name && name !== upper ? `${upper} – ${name}` : upper;
  } catch {
    return upper;
  }
}
