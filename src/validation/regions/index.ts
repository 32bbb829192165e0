import type { ValidationContext, ValidationIssue } from '../issues';
import { normalizeKana } from '../normalize';
import { AU_STATES } from './au';
import { CA_PROVINCES } from './ca';
import { JP_PREFECTURES } from './jp';
import type { Prefecture, Region } from './region';
import { US_STATES } from './us';

export type { Prefecture, Region } from './region';
export { AU_STATES, CA_PROVINCES, JP_PREFECTURES, US_STATES };

const REGIONS_BY_COUNTRY: Readonly<Record<string, readonly Region[]>> = {
  AU: AU_STATES,
  CA: CA_PROVINCES,
  JP: JP_PREFECTURES,
  US: US_STATES,
};

/** The list to offer in a `state` picker, or `null` where the field is free text. */
export function regionsFor(country: string): readonly Region[] | null {
  return REGIONS_BY_COUNTRY[country.toUpperCase()] ?? null;
}

function isPrefecture(region: Region): region is Prefecture {
  return 'jisCode' in region;
}

function spellings(region: Region): string[] {
  const names = [region.code, region.name.en, region.name.ja];
  // People often leave off a prefecture's 都/道/府/県 (東京, 大阪).
  if (isPrefecture(region)) {
    names.push(region.kana, region.romaji, `JP-${region.jisCode}`, region.name.ja.replace(/[都道府県]$/u, ''));
  }
  return names.map(comparable);
}

function comparable(value: string): string {
  return normalizeKana(value).replace(/\s+/g, ' ').trim().toUpperCase();
}

/** The region a typed or autofilled value names (code, English or Japanese name, kana), if any. */
export function findRegion(country: string, value: string): Region | null {
  const wanted = comparable(value);
  return regionsFor(country)?.find((region) => spellings(region).includes(wanted)) ?? null;
}

/** Where Stripe checks `state` (US, CA, AU, JP), the value must name one of the country's regions. */
export function validateRegion(value: string, context: ValidationContext): ValidationIssue | null {
  const country = context.country?.toUpperCase();
  if (country === undefined || regionsFor(country) === null) return null;
  return findRegion(country, value) ? null : { code: 'invalid_region', country };
}
