import { importChunk, onDemand, type OnDemand } from '../../lazy/on-demand';
import type { ValidationContext, ValidationIssue } from '../issues';
import { normalizeKana } from '../normalize';
import type { Prefecture, Region } from './region';

// Each country's list is a chunk of its own, loaded for the countries a form shows (the headless entry
// installs all of them up front): a US form never downloads the prefectures.
const LOADERS: Readonly<Record<string, (retrying: boolean) => Promise<readonly Region[]>>> = {
  AU: async (retrying) => (await importChunk(() => import('./au'), retrying, 'AU_STATES')).AU_STATES,
  CA: async (retrying) => (await importChunk(() => import('./ca'), retrying, 'CA_PROVINCES')).CA_PROVINCES,
  JP: async (retrying) => (await importChunk(() => import('./jp'), retrying, 'JP_PREFECTURES')).JP_PREFECTURES,
  US: async (retrying) => (await importChunk(() => import('./us'), retrying, 'US_STATES')).US_STATES,
};

const installed = new Map<string, readonly Region[]>();
// A failed download (flaky network) is fetched again by the next call.
const loading = new Map<string, OnDemand<readonly Region[]>>();

/** Puts a country's list in place, for synchronous use. */
export function installRegions(country: string, regions: readonly Region[]): void {
  installed.set(country.toUpperCase(), regions);
}

/** Whether Stripe checks `state` against a list in this country (US, CA, AU, JP), loaded or not. */
export function hasRegionList(country: string): boolean {
  return Object.hasOwn(LOADERS, country.toUpperCase());
}

/** Whether the country's list is needed and not here yet. */
export function regionsPending(country: string): boolean {
  return hasRegionList(country) && !installed.has(country.toUpperCase());
}

/** Loads a country's list once (`null` where `state` is free text); a failed load is tried again next time. */
export function loadRegions(country: string): Promise<readonly Region[] | null> {
  const code = country.toUpperCase();
  const here = installed.get(code);
  if (here !== undefined) return Promise.resolve(here);
  const load = LOADERS[code];
  if (load === undefined) return Promise.resolve(null);
  let started = loading.get(code);
  if (started === undefined) {
    started = onDemand(async (retrying) => {
      const regions = await load(retrying);
      installRegions(code, regions);
      return regions;
    });
    loading.set(code, started);
  }
  return started.load();
}

/** The list to offer in a `state` picker, or `null` where the field is free text or the list is not loaded yet. */
export function regionsFor(country: string): readonly Region[] | null {
  return installed.get(country.toUpperCase()) ?? null;
}

/** Japan's prefectures, once loaded (`loadRegions('JP')`); empty before. */
export function prefectures(): readonly Prefecture[] {
  return (regionsFor('JP') ?? []) as readonly Prefecture[];
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

/** Where Stripe checks `state` (US, CA, AU, JP), the value must name one of the country's regions (once its list is loaded). */
export function validateRegion(value: string, context: ValidationContext): ValidationIssue | null {
  const country = context.country?.toUpperCase();
  if (country === undefined || regionsFor(country) === null) return null;
  return findRegion(country, value) ? null : { code: 'invalid_region', country };
}
