import { anyOf, compactId, digits, matches, type IdCheck } from './id-check';
import type { IdTypeRule } from './id-type-rule';
import { kazakhstanIin } from './hand-written-checks';
import { stdnumCheck } from './stdnum-check';

const load = {
  atBusinessId: () => import('stdnum/lib/esm/at/businessid'),
  atTin: () => import('stdnum/lib/esm/at/tin'),
  atUid: () => import('stdnum/lib/esm/at/uid'),
  beVat: () => import('stdnum/lib/esm/be/vat'),
  bgVat: () => import('stdnum/lib/esm/bg/vat'),
  caBn: () => import('stdnum/lib/esm/ca/bn'),
  cyVat: () => import('stdnum/lib/esm/cy/vat'),
  dkCvr: () => import('stdnum/lib/esm/dk/cvr'),
  grVat: () => import('stdnum/lib/esm/gr/vat'),
  hrOib: () => import('stdnum/lib/esm/hr/oib'),
  huAnum: () => import('stdnum/lib/esm/hu/anum'),
  ieVat: () => import('stdnum/lib/esm/ie/vat'),
  lvPvn: () => import('stdnum/lib/esm/lv/pvn'),
  plNip: () => import('stdnum/lib/esm/pl/nip'),
  roCui: () => import('stdnum/lib/esm/ro/cui'),
  siDdv: () => import('stdnum/lib/esm/si/ddv'),
  thTin: () => import('stdnum/lib/esm/th/tin'),
};

/** Every `identity.business_details.id_numbers[].type` a v2 account token accepts, with its check. */
export const BUSINESS_ID_TYPES = {
  ae_crn: { country: 'AE', label: 'Commercial registration number', check: matches(/^[A-Z0-9]{1,20}$/) },
  ae_vat: { country: 'AE', label: 'Tax Registration Number (TRN)', check: matches(/^100\d{12}$/) },
  ao_nif: { country: 'AO', label: 'NIF', check: stdnumCheck(() => import('stdnum/lib/esm/ao/nif')) },
  ar_cuit: { country: 'AR', label: 'CUIT', check: stdnumCheck(() => import('stdnum/lib/esm/ar/cuit')) },
  at_fn: { country: 'AT', label: 'Firmenbuchnummer', check: stdnumCheck(load.atBusinessId) },
  at_stn: { country: 'AT', label: 'Steuernummer', check: stdnumCheck(load.atTin) },
  at_vat: { country: 'AT', label: 'UID (VAT number)', check: stdnumCheck(load.atUid) },
  au_abn: { country: 'AU', label: 'ABN', check: stdnumCheck(() => import('stdnum/lib/esm/au/abn')) },
  au_acn: { country: 'AU', label: 'ACN', check: stdnumCheck(() => import('stdnum/lib/esm/au/acn')) },
  au_in: { country: 'AU', label: 'Incorporation number', check: matches(/^[A-Z0-9]{1,15}$/) },
  az_tin: {
    country: 'AZ',
    label: 'Tax Identification Number',
    check: stdnumCheck(() => import('stdnum/lib/esm/az/tin')),
  },
  bd_etin: { country: 'BD', label: 'e-TIN', check: digits(12) },
  be_cbe: { country: 'BE', label: 'Enterprise number (KBO/BCE)', check: stdnumCheck(load.beVat) },
  be_vat: { country: 'BE', label: 'VAT number', check: stdnumCheck(load.beVat) },
  bg_uic: { country: 'BG', label: 'UIC (ЕИК)', check: stdnumCheck(load.bgVat) },
  bg_vat: { country: 'BG', label: 'VAT number', check: stdnumCheck(load.bgVat) },
  br_cnpj: { country: 'BR', label: 'CNPJ', check: stdnumCheck(() => import('stdnum/lib/esm/br/cnpj')) },
  ca_cn: { country: 'CA', label: 'Corporation number', check: matches(/^[A-Z0-9]{1,10}$/) },
  ca_crarr: { country: 'CA', label: 'Registered charity number', check: canadianCharityNumber() },
  ca_gst_hst: { country: 'CA', label: 'GST/HST number', check: stdnumCheck(() => import('stdnum/lib/esm/ca/gst')) },
  ca_neq: { country: 'CA', label: 'Québec enterprise number (NEQ)', check: digits(10) },
  ca_rid: { country: 'CA', label: 'Registry ID', check: matches(/^[A-Z0-9]{1,15}$/) },
  ch_chid: { country: 'CH', label: 'CH-ID', check: matches(/^CH\d{11}$/) },
  ch_uid: { country: 'CH', label: 'UID', check: stdnumCheck(() => import('stdnum/lib/esm/ch/uid')) },
  cr_cpj: { country: 'CR', label: 'Cédula jurídica', check: stdnumCheck(() => import('stdnum/lib/esm/cr/cpj')) },
  cr_nite: { country: 'CR', label: 'NITE', check: digits(10) },
  cy_he: { country: 'CY', label: 'Company registration number (HE)', check: matches(/^(?:HE)?\d{1,6}$/) },
  cy_tic: { country: 'CY', label: 'Tax Identification Code (TIC)', check: stdnumCheck(load.cyVat) },
  cy_vat: { country: 'CY', label: 'VAT number', check: stdnumCheck(load.cyVat) },
  cz_ico: { country: 'CZ', label: 'IČO', check: stdnumCheck(() => import('stdnum/lib/esm/cz/ico')) },
  cz_vat: { country: 'CZ', label: 'DIČ (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/cz/dic')) },
  de_hrn: {
    country: 'DE',
    label: 'Handelsregisternummer',
    check: matches(/^(?:HRA|HRB|GNR|PR|VR)?\d{1,6}[A-Z]{0,2}$/),
  },
  de_stn: { country: 'DE', label: 'Steuernummer', check: stdnumCheck(() => import('stdnum/lib/esm/de/stnr')) },
  de_vat: { country: 'DE', label: 'USt-IdNr. (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/de/vat')) },
  dk_cvr: { country: 'DK', label: 'CVR number', check: stdnumCheck(load.dkCvr) },
  dk_vat: { country: 'DK', label: 'VAT number', check: stdnumCheck(load.dkCvr) },
  do_rcn: { country: 'DO', label: 'RNC', check: stdnumCheck(() => import('stdnum/lib/esm/do/rnc')) },
  ee_rk: { country: 'EE', label: 'Registrikood', check: stdnumCheck(() => import('stdnum/lib/esm/ee/registrikood')) },
  ee_vat: { country: 'EE', label: 'KMKR (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/ee/kmkr')) },
  es_cif: { country: 'ES', label: 'CIF / NIF', check: stdnumCheck(() => import('stdnum/lib/esm/es/nif')) },
  es_vat: { country: 'ES', label: 'VAT number', check: stdnumCheck(() => import('stdnum/lib/esm/es/nif')) },
  fi_vat: { country: 'FI', label: 'ALV (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/fi/alv')) },
  fi_yt: { country: 'FI', label: 'Y-tunnus', check: stdnumCheck(() => import('stdnum/lib/esm/fi/ytunnus')) },
  fr_rna: { country: 'FR', label: 'RNA number', check: matches(/^W\d{9}$/) },
  fr_siren: { country: 'FR', label: 'SIREN', check: stdnumCheck(() => import('stdnum/lib/esm/fr/siren')) },
  fr_vat: { country: 'FR', label: 'TVA (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/fr/tva')) },
  gb_crn: { country: 'GB', label: 'Company registration number', check: matches(/^(?:\d{8}|[A-Z]{2}\d{6}|R\d{7})$/) },
  gb_vat: {
    country: 'GB',
    label: 'VAT registration number',
    check: stdnumCheck(() => import('stdnum/lib/esm/gb/vat')),
  },
  gi_crn: { country: 'GI', label: 'Company registration number', check: matches(/^\d{1,6}$/) },
  gr_afm: { country: 'GR', label: 'ΑΦΜ (AFM)', check: stdnumCheck(load.grVat) },
  gr_gemi: { country: 'GR', label: 'ΓΕΜΗ (GEMI) number', check: matches(/^\d{9,12}$/) },
  gr_vat: { country: 'GR', label: 'VAT number', check: stdnumCheck(load.grVat) },
  gt_nit: { country: 'GT', label: 'NIT', check: stdnumCheck(() => import('stdnum/lib/esm/gt/nit')) },
  hk_br: { country: 'HK', label: 'Business Registration number', check: digits(8) },
  hk_cr: { country: 'HK', label: 'Company Registration number', check: matches(/^\d{7,8}$/) },
  hr_mbs: { country: 'HR', label: 'MBS', check: matches(/^\d{8,9}$/) },
  hr_oib: { country: 'HR', label: 'OIB', check: stdnumCheck(load.hrOib) },
  hr_vat: { country: 'HR', label: 'VAT number', check: stdnumCheck(load.hrOib) },
  hu_cjs: { country: 'HU', label: 'Cégjegyzékszám', check: matches(/^\d{10}$/) },
  // An adószám is the 8-digit ANUM core plus a VAT code digit and a 2-digit county code.
  hu_tin: { country: 'HU', label: 'Adószám', check: anyOf(hungarianTaxNumber(), stdnumCheck(load.huAnum)) },
  hu_vat: { country: 'HU', label: 'VAT number', check: stdnumCheck(load.huAnum) },
  ie_crn: { country: 'IE', label: 'Company registration number', check: matches(/^\d{1,6}$/) },
  ie_trn: { country: 'IE', label: 'Tax reference number', check: stdnumCheck(load.ieVat) },
  ie_vat: { country: 'IE', label: 'VAT number', check: stdnumCheck(load.ieVat) },
  it_rea: { country: 'IT', label: 'REA number', check: matches(/^[A-Z]{2}\d{1,7}$/) },
  it_vat: { country: 'IT', label: 'Partita IVA', check: stdnumCheck(() => import('stdnum/lib/esm/it/iva')) },
  jp_cn: {
    country: 'JP',
    label: 'Corporate Number (法人番号)',
    check: stdnumCheck(() => import('stdnum/lib/esm/jp/cn')),
  },
  kz_bin: { country: 'KZ', label: 'BIN', check: kazakhstanIin },
  li_uid: { country: 'LI', label: 'UID', check: matches(/^(?:FL|CHE)?\d{9,11}$/) },
  lt_ccrn: { country: 'LT', label: 'Company code (juridinio asmens kodas)', check: digits(9) },
  lt_vat: { country: 'LT', label: 'PVM (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/lt/pvm')) },
  lu_nif: { country: 'LU', label: 'Matricule (NIF)', check: matches(/^\d{11,13}$/) },
  lu_rcs: { country: 'LU', label: 'RCS number', check: matches(/^[A-K]\d{1,6}$/) },
  lu_vat: { country: 'LU', label: 'TVA (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/lu/tva')) },
  lv_urn: { country: 'LV', label: 'Registration number', check: stdnumCheck(load.lvPvn) },
  lv_vat: { country: 'LV', label: 'PVN (VAT number)', check: stdnumCheck(load.lvPvn) },
  mt_crn: { country: 'MT', label: 'Company registration number', check: matches(/^[A-Z]\d{1,6}$/) },
  mt_tin: { country: 'MT', label: 'Tax Identification Number', check: matches(/^(?:\d{7}[MGAPLHBZ]|\d{9})$/) },
  mt_vat: { country: 'MT', label: 'VAT number', check: stdnumCheck(() => import('stdnum/lib/esm/mt/vat')) },
  mx_rfc: {
    country: 'MX',
    label: 'RFC',
    check: stdnumCheck(() => import('stdnum/lib/esm/mx/rfc')),
    checksumIsWarning: true,
  },
  my_brn: { country: 'MY', label: 'SSM registration number', check: digits(12) },
  my_coid: { country: 'MY', label: 'Company number (old format)', check: matches(/^\d{1,7}[A-Z]$/) },
  my_itn: { country: 'MY', label: 'Income tax number', check: matches(/^[A-Z]{1,2}\d{9,11}$/) },
  // A letter, then 2 + 4 + 8 digits.
  my_sst: { country: 'MY', label: 'SST registration number', check: matches(/^[A-Z]\d{14}$/) },
  mz_nuit: { country: 'MZ', label: 'NUIT', check: stdnumCheck(() => import('stdnum/lib/esm/mz/nuit')) },
  nl_kvk: { country: 'NL', label: 'KvK number', check: digits(8) },
  nl_rsin: { country: 'NL', label: 'RSIN', check: stdnumCheck(() => import('stdnum/lib/esm/nl/bsn')) },
  nl_vat: { country: 'NL', label: 'BTW (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/nl/btw')) },
  no_orgnr: {
    country: 'NO',
    label: 'Organisasjonsnummer',
    check: stdnumCheck(() => import('stdnum/lib/esm/no/orgnr')),
  },
  nz_bn: { country: 'NZ', label: 'NZBN', check: stdnumCheck(() => import('stdnum/lib/esm/gen/ean')) },
  nz_ird: { country: 'NZ', label: 'IRD number', check: stdnumCheck(() => import('stdnum/lib/esm/nz/ird')) },
  pe_ruc: { country: 'PE', label: 'RUC', check: stdnumCheck(() => import('stdnum/lib/esm/pe/ruc')) },
  pk_ntn: { country: 'PK', label: 'NTN', check: stdnumCheck(() => import('stdnum/lib/esm/pk/ntn')) },
  pl_nip: { country: 'PL', label: 'NIP', check: stdnumCheck(load.plNip) },
  pl_regon: { country: 'PL', label: 'REGON', check: stdnumCheck(() => import('stdnum/lib/esm/pl/regon')) },
  pl_vat: { country: 'PL', label: 'VAT number', check: stdnumCheck(load.plNip) },
  pt_vat: { country: 'PT', label: 'NIPC / NIF', check: stdnumCheck(() => import('stdnum/lib/esm/pt/nif')) },
  ro_cui: { country: 'RO', label: 'CUI', check: stdnumCheck(load.roCui) },
  // J, F or C, then county (1–2 digits), serial (1–6) and year (4).
  ro_orc: { country: 'RO', label: 'ONRC number', check: matches(/^[JFC]\d{6,12}$/) },
  ro_vat: { country: 'RO', label: 'VAT number', check: stdnumCheck(load.roCui) },
  sa_crn: { country: 'SA', label: 'Commercial registration number', check: digits(10) },
  sa_tin: { country: 'SA', label: 'ZATCA TIN', check: matches(/^(?:\d{10}|3\d{13}3)$/) },
  se_orgnr: {
    country: 'SE',
    label: 'Organisationsnummer',
    check: stdnumCheck(() => import('stdnum/lib/esm/se/orgnr')),
  },
  se_vat: {
    country: 'SE',
    label: 'Momsregistreringsnummer (VAT)',
    check: stdnumCheck(() => import('stdnum/lib/esm/se/vat')),
  },
  sg_uen: { country: 'SG', label: 'UEN', check: stdnumCheck(() => import('stdnum/lib/esm/sg/uen')) },
  si_msp: { country: 'SI', label: 'Matična številka', check: matches(/^(?:\d{7}|\d{10})$/) },
  si_tin: { country: 'SI', label: 'Davčna številka', check: stdnumCheck(load.siDdv) },
  si_vat: { country: 'SI', label: 'VAT number', check: stdnumCheck(load.siDdv) },
  sk_dic: { country: 'SK', label: 'DIČ', check: digits(10) },
  sk_ico: { country: 'SK', label: 'IČO', check: digits(8) },
  sk_vat: { country: 'SK', label: 'IČ DPH (VAT number)', check: stdnumCheck(() => import('stdnum/lib/esm/sk/dph')) },
  th_crn: { country: 'TH', label: 'Company registration number', check: stdnumCheck(load.thTin) },
  th_prn: { country: 'TH', label: 'Partnership registration number', check: stdnumCheck(load.thTin) },
  th_tin: { country: 'TH', label: 'Tax ID', check: stdnumCheck(load.thTin) },
  us_ein: { country: 'US', label: 'EIN', check: stdnumCheck(() => import('stdnum/lib/esm/us/ein')) },
} as const satisfies Record<string, IdTypeRule>;

export type BusinessIdType = keyof typeof BUSINESS_ID_TYPES;

/** The full 11-digit adószám: the ANUM core (checked by stdnum), a VAT code 1–5, a county code. */
function hungarianTaxNumber(): IdCheck {
  const core = stdnumCheck(load.huAnum);
  return (value) => {
    const compact = compactId(value);
    if (!/^\d{8}[1-5]\d{2}$/.test(compact)) return 'format';
    return core(compact.slice(0, 8));
  };
}

/** A charity's CRA number: the 9-digit business number (checked by stdnum), `RR` and a 4-digit account. */
function canadianCharityNumber(): IdCheck {
  const businessNumber = stdnumCheck(load.caBn);
  return (value) => {
    const match = /^(\d{9})RR\d{4}$/.exec(compactId(value));
    return match?.[1] === undefined ? 'format' : businessNumber(match[1]);
  };
}
