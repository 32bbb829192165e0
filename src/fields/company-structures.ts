import type { ApiVersion, BusinessType } from './types';

/**
 * Which `company.structure` (v1) / `identity.business_details.structure` (v2) values fit a business
 * type, after Stripe's "business structure" guide: companies choose among corporations, partnerships
 * and LLCs, non-profits among non-profit forms, government entities among government forms. Some
 * structures exist only in one country's law (US LLCs by member count, the UAE's free zones).
 * Individuals have no company, so no structure.
 */

interface StructureRule {
  readonly types: readonly BusinessType[];
  /** Countries where the structure exists; absent means everywhere. */
  readonly countries?: readonly string[];
  /** Only in v2 requests. */
  readonly v2Only?: true;
  readonly label: { readonly en: string; readonly ja: string };
}

const COMPANY: readonly BusinessType[] = ['company'];
const NON_PROFIT: readonly BusinessType[] = ['non_profit'];
const GOVERNMENT: readonly BusinessType[] = ['government_entity'];
const UAE = ['AE'];
const US = ['US'];

export const COMPANY_STRUCTURES = {
  private_company: { types: COMPANY, label: { en: 'Private company', ja: '非公開会社' } },
  public_company: { types: COMPANY, label: { en: 'Public company', ja: '公開会社' } },
  private_corporation: { types: COMPANY, label: { en: 'Private corporation', ja: '非公開株式会社' } },
  public_corporation: { types: COMPANY, label: { en: 'Public corporation', ja: '公開株式会社' } },
  public_listed_corporation: {
    types: COMPANY,
    v2Only: true,
    label: { en: 'Publicly listed corporation', ja: '上場会社' },
  },
  llc: { types: COMPANY, countries: UAE, label: { en: 'Limited liability company (LLC)', ja: '有限責任会社' } },
  single_member_llc: { types: COMPANY, countries: US, label: { en: 'Single-member LLC', ja: '一人有限責任会社' } },
  multi_member_llc: { types: COMPANY, countries: US, label: { en: 'Multi-member LLC', ja: '複数社員の有限責任会社' } },
  sole_proprietorship: { types: COMPANY, label: { en: 'Sole proprietorship', ja: '個人事業' } },
  sole_establishment: { types: COMPANY, countries: UAE, label: { en: 'Sole establishment', ja: '個人事業所' } },
  free_zone_llc: { types: COMPANY, countries: UAE, label: { en: 'Free zone LLC', ja: 'フリーゾーン有限責任会社' } },
  free_zone_establishment: {
    types: COMPANY,
    countries: UAE,
    label: { en: 'Free zone establishment', ja: 'フリーゾーン事業所' },
  },
  private_partnership: { types: COMPANY, label: { en: 'Private partnership', ja: '非公開パートナーシップ' } },
  public_partnership: { types: COMPANY, label: { en: 'Public partnership', ja: '公開パートナーシップ' } },
  limited_liability_partnership: {
    types: COMPANY,
    label: { en: 'Limited liability partnership (LLP)', ja: '有限責任事業組合' },
  },
  incorporated_partnership: { types: COMPANY, label: { en: 'Incorporated partnership', ja: '法人格のある組合' } },
  unincorporated_partnership: {
    types: COMPANY,
    label: { en: 'Unincorporated partnership', ja: '法人格のない組合' },
  },
  cooperative: { types: COMPANY, v2Only: true, label: { en: 'Cooperative', ja: '協同組合' } },
  trust: { types: COMPANY, v2Only: true, label: { en: 'Trust', ja: '信託' } },
  unincorporated_association: {
    types: [...COMPANY, ...NON_PROFIT],
    label: { en: 'Unincorporated association', ja: '権利能力なき社団' },
  },
  incorporated_association: {
    types: NON_PROFIT,
    v2Only: true,
    label: { en: 'Incorporated association', ja: '法人格のある社団' },
  },
  incorporated_non_profit: { types: NON_PROFIT, label: { en: 'Incorporated non-profit', ja: '非営利法人' } },
  unincorporated_non_profit: {
    types: NON_PROFIT,
    label: { en: 'Unincorporated non-profit', ja: '法人格のない非営利団体' },
  },
  registered_charity: { types: NON_PROFIT, label: { en: 'Registered charity', ja: '登録慈善団体' } },
  governmental_unit: { types: GOVERNMENT, label: { en: 'Governmental unit', ja: '政府機関' } },
  government_instrumentality: {
    types: GOVERNMENT,
    label: { en: 'Government instrumentality', ja: '政府系機関' },
  },
  tax_exempt_government_instrumentality: {
    types: GOVERNMENT,
    label: { en: 'Tax-exempt government instrumentality', ja: '非課税の政府系機関' },
  },
} as const satisfies Record<string, StructureRule>;

export type CompanyStructure = keyof typeof COMPANY_STRUCTURES;

const rules = COMPANY_STRUCTURES as Readonly<Record<CompanyStructure, StructureRule>>;

/** Every structure an API version accepts, whatever the business type. */
export function structuresIn(version: ApiVersion): CompanyStructure[] {
  return (Object.keys(rules) as CompanyStructure[]).filter((structure) => version === 'v2' || !rules[structure].v2Only);
}

/** The structures a business of this type and country can choose in an API version, in display order. */
export function structuresFor(businessType: BusinessType, version: ApiVersion, country: string): CompanyStructure[] {
  const upper = country.toUpperCase();
  return (Object.keys(rules) as CompanyStructure[]).filter((structure) => {
    const rule = rules[structure];
    if (!rule.types.includes(businessType)) return false;
    if (rule.v2Only && version !== 'v2') return false;
    return !rule.countries || rule.countries.includes(upper);
  });
}

export function structureLabel(structure: string, locale: 'en' | 'ja'): string | undefined {
  return Object.hasOwn(rules, structure) ? rules[structure as CompanyStructure].label[locale] : undefined;
}
