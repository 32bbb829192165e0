import type { BusinessIdType } from './business-id-types';

/** Which v1 `account.company` parameter a business number travels in. */
export type V1BusinessIdField = 'tax_id' | 'vat_id' | 'registration_number';

type CountryNumbers = Readonly<Partial<Record<V1BusinessIdField, readonly BusinessIdType[]>>>;

/**
 * For v1 account tokens, the v2 business id types whose format fits each `company` number by country.
 * v1 names no type, so the form checks the value as one of these (the first by default; the person
 * picks when there are several). Stripe's own words guide the choice: `tax_id` is "an Employer ID
 * Number in the U.S., a Business Number in Canada, or a Company Number in the UK"; `registration_number`
 * is the number given at registration "if distinct from the identification number used for filing
 * taxes"; `vat_id` is the VAT number. Countries not listed are sent unchecked.
 */
export const V1_BUSINESS_ID_NUMBERS: Readonly<Record<string, CountryNumbers>> = {
  AE: { tax_id: ['ae_vat'], vat_id: ['ae_vat'], registration_number: ['ae_crn'] },
  AO: { tax_id: ['ao_nif'] },
  AR: { tax_id: ['ar_cuit'] },
  AT: { tax_id: ['at_stn'], vat_id: ['at_vat'], registration_number: ['at_fn'] },
  AU: { tax_id: ['au_abn'], registration_number: ['au_acn', 'au_in'] },
  AZ: { tax_id: ['az_tin'] },
  BD: { tax_id: ['bd_etin'] },
  BE: { tax_id: ['be_cbe'], vat_id: ['be_vat'], registration_number: ['be_cbe'] },
  BG: { tax_id: ['bg_uic'], vat_id: ['bg_vat'], registration_number: ['bg_uic'] },
  BR: { tax_id: ['br_cnpj'] },
  CA: { tax_id: ['ca_cn'], vat_id: ['ca_gst_hst'], registration_number: ['ca_cn', 'ca_neq', 'ca_rid', 'ca_crarr'] },
  CH: { tax_id: ['ch_uid'], vat_id: ['ch_uid'], registration_number: ['ch_chid'] },
  CR: { tax_id: ['cr_cpj', 'cr_nite'] },
  CY: { tax_id: ['cy_tic'], vat_id: ['cy_vat'], registration_number: ['cy_he'] },
  CZ: { tax_id: ['cz_ico'], vat_id: ['cz_vat'], registration_number: ['cz_ico'] },
  DE: { tax_id: ['de_stn'], vat_id: ['de_vat'], registration_number: ['de_hrn'] },
  DK: { tax_id: ['dk_cvr'], vat_id: ['dk_vat'], registration_number: ['dk_cvr'] },
  DO: { tax_id: ['do_rcn'] },
  EE: { tax_id: ['ee_rk'], vat_id: ['ee_vat'], registration_number: ['ee_rk'] },
  ES: { tax_id: ['es_cif'], vat_id: ['es_vat'] },
  FI: { tax_id: ['fi_yt'], vat_id: ['fi_vat'], registration_number: ['fi_yt'] },
  FR: { tax_id: ['fr_siren'], vat_id: ['fr_vat'], registration_number: ['fr_siren', 'fr_rna'] },
  GB: { tax_id: ['gb_crn'], vat_id: ['gb_vat'], registration_number: ['gb_crn'] },
  GI: { tax_id: ['gi_crn'], registration_number: ['gi_crn'] },
  GR: { tax_id: ['gr_afm'], vat_id: ['gr_vat'], registration_number: ['gr_gemi'] },
  GT: { tax_id: ['gt_nit'] },
  HK: { tax_id: ['hk_br'], registration_number: ['hk_cr'] },
  HR: { tax_id: ['hr_oib'], vat_id: ['hr_vat'], registration_number: ['hr_mbs'] },
  HU: { tax_id: ['hu_tin'], vat_id: ['hu_vat'], registration_number: ['hu_cjs'] },
  IE: { tax_id: ['ie_trn'], vat_id: ['ie_vat'], registration_number: ['ie_crn'] },
  IT: { tax_id: ['it_vat'], vat_id: ['it_vat'], registration_number: ['it_rea'] },
  JP: { tax_id: ['jp_cn'], registration_number: ['jp_cn'] },
  KZ: { tax_id: ['kz_bin'] },
  LI: { tax_id: ['li_uid'], vat_id: ['li_uid'] },
  LT: { tax_id: ['lt_ccrn'], vat_id: ['lt_vat'], registration_number: ['lt_ccrn'] },
  LU: { tax_id: ['lu_nif'], vat_id: ['lu_vat'], registration_number: ['lu_rcs'] },
  LV: { tax_id: ['lv_urn'], vat_id: ['lv_vat'], registration_number: ['lv_urn'] },
  MT: { tax_id: ['mt_tin'], vat_id: ['mt_vat'], registration_number: ['mt_crn'] },
  MX: { tax_id: ['mx_rfc'] },
  MY: { tax_id: ['my_itn'], vat_id: ['my_sst'], registration_number: ['my_brn', 'my_coid'] },
  MZ: { tax_id: ['mz_nuit'] },
  NL: { tax_id: ['nl_rsin', 'nl_kvk'], vat_id: ['nl_vat'], registration_number: ['nl_kvk'] },
  NO: { tax_id: ['no_orgnr'], registration_number: ['no_orgnr'] },
  NZ: { tax_id: ['nz_ird'], registration_number: ['nz_bn'] },
  PE: { tax_id: ['pe_ruc'] },
  PK: { tax_id: ['pk_ntn'] },
  PL: { tax_id: ['pl_nip'], vat_id: ['pl_vat'], registration_number: ['pl_regon'] },
  PT: { tax_id: ['pt_vat'], vat_id: ['pt_vat'] },
  RO: { tax_id: ['ro_cui'], vat_id: ['ro_vat'], registration_number: ['ro_orc'] },
  SA: { tax_id: ['sa_tin'], registration_number: ['sa_crn'] },
  SE: { tax_id: ['se_orgnr'], vat_id: ['se_vat'], registration_number: ['se_orgnr'] },
  SG: { tax_id: ['sg_uen'], registration_number: ['sg_uen'] },
  SI: { tax_id: ['si_tin'], vat_id: ['si_vat'], registration_number: ['si_msp'] },
  SK: { tax_id: ['sk_dic'], vat_id: ['sk_vat'], registration_number: ['sk_ico'] },
  TH: { tax_id: ['th_tin'], registration_number: ['th_crn', 'th_prn'] },
  US: { tax_id: ['us_ein'] },
};

/** The business id types that fit a v1 company number in a country, e.g. `('US', 'tax_id')` → `['us_ein']`. */
export function v1BusinessIdTypes(country: string, field: V1BusinessIdField): readonly BusinessIdType[] {
  const numbers = V1_BUSINESS_ID_NUMBERS[country.toUpperCase()];
  return numbers?.[field] ?? [];
}

export { isV1BusinessIdField } from './id-type-tables';
