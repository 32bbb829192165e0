import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import type * as PlanLoadersModule from './phone-metadata/plan-loaders';
import { importChunk, onDemand, onDemandModule, type OnDemand } from '../lazy/on-demand';
import { loadCallingCodeTable, type CallingCodeTable } from './calling-code-list';
import type * as PhoneParserModule from './phone-parser';

type PhoneCore = typeof PhoneParserModule;

/**
 * The phone rules a number needs, and no more: libphonenumber-js's `max` metadata (digit patterns, not
 * only lengths, so typos are caught here rather than by Stripe after submit) split per calling code at
 * build time (`scripts/generate-phone-metadata.ts`). A number is judged with the plans of the form's
 * country and of the calling code it is written with, merged into one custom metadata object.
 */
type PlanLoaders = (typeof PlanLoadersModule)['PLAN_LOADERS'];

/** What reading a number takes besides the parser: the countries' calling codes and the plans' loaders. */
interface PhoneTables {
  readonly codes: CallingCodeTable['COUNTRY_CALLING_CODES'];
  readonly loaders: PlanLoaders;
}

// Each part kept once it lands; one that failed to download is fetched again by the next check.
const phoneCore = onDemandModule(() => import('./phone-parser'), 'parsePhoneNumberFromString');
// The picker reads the calling codes at first render; the loaders of the plans wait for a number to check.
const planLoaders = onDemandModule(() => import('./phone-metadata/plan-loaders'), 'PLAN_LOADERS');
const plans = new Map<string, OnDemand<MetadataJson | null>>();
const merged = new Map<string, MetadataJson>();

function loadCore(): Promise<PhoneCore> {
  return phoneCore.load();
}

// Put together once, not at every check of a number; a failed part is fetched again by the next check.
const phoneTables = onDemand<PhoneTables>(async () => {
  const [{ COUNTRY_CALLING_CODES }, { PLAN_LOADERS }] = await Promise.all([loadCallingCodeTable(), planLoaders.load()]);
  return { codes: COUNTRY_CALLING_CODES, loaders: PLAN_LOADERS };
});

function loadPhoneTables(): Promise<PhoneTables> {
  return phoneTables.load();
}

function loadPlan(tables: PhoneTables, code: string): Promise<MetadataJson | null> {
  let plan = plans.get(code);
  if (!plan) {
    const loader = tables.loaders[code];
    plan = onDemand(async (retrying) => (loader ? (await importChunk(loader, retrying, 'default')).default : null));
    plans.set(code, plan);
  }
  return plan.load();
}

/** The calling code a run of digits starts with: calling codes are prefix-free, 1 to 3 digits. */
function leadingCallingCode(tables: PhoneTables, digits: string): string | undefined {
  for (let length = 1; length <= 3; length += 1) {
    const candidate = digits.slice(0, length);
    if (tables.loaders[candidate]) return candidate;
  }
  return undefined;
}

/** A country's international dialling prefix pattern (`011` in the US, `010` in Japan), from its plan. */
function internationalPrefix(plan: MetadataJson | null, country: string): RegExp | null {
  const pattern: unknown = plan?.countries[country as keyof MetadataJson['countries']]?.[1];
  return typeof pattern === 'string' ? new RegExp(`^(?:${pattern})`, 'u') : null;
}

/**
 * The calling codes a number may be read with: its country's, the one after a `+`, and the one after the
 * country's international prefix (`011 44 …` in a US form), as libphonenumber-js itself reads a number.
 */
async function callingCodesOfNumber(
  tables: PhoneTables,
  value: string,
  country: string | undefined,
): Promise<string[]> {
  const folded = value.normalize('NFKC');
  const codes = new Set<string>();
  const countryCode = country === undefined ? undefined : tables.codes[country];
  if (countryCode !== undefined) codes.add(countryCode);
  const plus = folded.indexOf('+');
  if (plus !== -1) {
    const code = leadingCallingCode(tables, folded.slice(plus + 1).replace(/\D/gu, ''));
    if (code !== undefined) codes.add(code);
  } else if (country !== undefined && countryCode !== undefined) {
    const digits = folded.replace(/\D/gu, '');
    const prefix = internationalPrefix(await loadPlan(tables, countryCode), country);
    const afterPrefix = prefix ? digits.replace(prefix, '') : digits;
    const code = afterPrefix === digits ? undefined : leadingCallingCode(tables, afterPrefix);
    if (code !== undefined) codes.add(code);
  }
  return [...codes].sort();
}

function merge(parts: readonly MetadataJson[]): MetadataJson {
  const metadata: MetadataJson = { version: 4, country_calling_codes: {}, countries: {}, nonGeographic: {} };
  for (const part of parts) {
    metadata.version = part.version;
    Object.assign(metadata.country_calling_codes, part.country_calling_codes);
    Object.assign(metadata.countries, part.countries);
    Object.assign(metadata.nonGeographic, part.nonGeographic);
  }
  return metadata;
}

/** `country` as libphonenumber-js names it, when the loaded rules know it (`ZZ` is no default country). */
export function supportedCountry(metadata: MetadataJson, country: string | undefined): CountryCode | undefined {
  return (Object.keys(metadata.countries) as CountryCode[]).find((known) => known === country);
}

/** The parser and the merged rules for judging `value` in a form of `country`. */
export async function phoneRulesFor(
  value: string,
  country: string | undefined,
): Promise<{ readonly core: PhoneCore; readonly metadata: MetadataJson }> {
  const corePromise = loadCore();
  const tables = await loadPhoneTables();
  const codes = await callingCodesOfNumber(tables, value, country);
  const key = codes.join(' ');
  let metadata = merged.get(key);
  if (!metadata) {
    const loaded = await Promise.all(codes.map((code) => loadPlan(tables, code)));
    metadata = merge(loaded.filter((plan): plan is MetadataJson => plan !== null));
    merged.set(key, metadata);
  }
  return { core: await corePromise, metadata };
}

/** Starts loading the parser and a country's plan (e.g. when the browser is idle), so no keystroke waits on it. */
export async function preloadPhoneRules(country?: string): Promise<void> {
  const core = loadCore();
  const tables = await loadPhoneTables();
  const code = country === undefined ? undefined : tables.codes[country];
  await Promise.all([core, code === undefined ? null : loadPlan(tables, code)]);
}
