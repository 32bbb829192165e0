import { COMMON_EMAIL_DOMAINS } from './email-domains';

const KNOWN = new Set(COMMON_EMAIL_DOMAINS);

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), so that
 * `hotmial` is one step from `hotmail`. Stops early once every path exceeds `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(distance);
      rowBest = Math.min(rowBest, distance);
    }
    if (rowBest > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Endings of real domains people use with a mail brand: `outlook.de` or `yahoo.es` is that brand's
 * own country domain, not a typo of `outlook.jp` or `yahoo.fr`.
 */
const REAL_ENDINGS = new Set(
  (
    'com net org jp co.jp ne.jp or.jp de fr es it nl be ch at se no dk fi ie pl pt gr cz hu ro bg hr sk si ' +
    'uk co.uk ca us mx br ar cl co com.br com.mx com.ar au com.au nz co.nz in co.in sg com.sg hk com.hk ' +
    'tw com.tw kr co.kr cn com.cn ru ua tr co.za za ae my com.my ph th co.th id co.id vn io me'
  ).split(' '),
);

/** `outlook.de` → `['outlook', 'de']`. */
function splitBrand(domain: string): [string, string] {
  const dot = domain.indexOf('.');
  return [domain.slice(0, dot), domain.slice(dot + 1)];
}

/** How far a domain may be from a common one and still be taken for a typo of it. */
const maxDistance = (domain: string): number => (domain.length <= 7 ? 1 : 2);

/**
 * The address with its domain corrected when the domain is a near miss of a common one
 * (`jenny@gmial.com` → `jenny@gmail.com`); `null` when the domain is common, or near none.
 */
export function suggestEmail(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  const domain = address.slice(at + 1).toLowerCase();
  if (KNOWN.has(domain)) return null;
  const [brand, ending] = splitBrand(domain);
  const brandIsCommon = COMMON_EMAIL_DOMAINS.some((candidate) => splitBrand(candidate)[0] === brand);
  if (brandIsCommon && REAL_ENDINGS.has(ending)) return null;
  const limit = maxDistance(domain);
  let best: { domain: string; distance: number } | null = null;
  for (const candidate of COMMON_EMAIL_DOMAINS) {
    const distance = editDistance(domain, candidate, limit);
    if (distance <= limit && (best === null || distance < best.distance)) best = { domain: candidate, distance };
  }
  return best ? `${address.slice(0, at)}@${best.domain}` : null;
}
