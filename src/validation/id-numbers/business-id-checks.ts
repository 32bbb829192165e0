import { anyOf, compactId, digits, matches, type IdCheck } from './id-check';
import type { BusinessIdType } from './business-id-types';
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

/** How each business id type is checked; loaded with the first check of a number, not with the type picker. */
export const BUSINESS_ID_CHECKS = {
  ae_crn: matches(/^[A-Z0-9]{1,20}$/),
  ae_vat: matches(/^100\d{12}$/),
  ao_nif: stdnumCheck(() => import('stdnum/lib/esm/ao/nif')),
  ar_cuit: stdnumCheck(() => import('stdnum/lib/esm/ar/cuit')),
  at_fn: stdnumCheck(load.atBusinessId),
  at_stn: stdnumCheck(load.atTin),
  at_vat: stdnumCheck(load.atUid),
  au_abn: stdnumCheck(() => import('stdnum/lib/esm/au/abn')),
  au_acn: stdnumCheck(() => import('stdnum/lib/esm/au/acn')),
  au_in: matches(/^[A-Z0-9]{1,15}$/),
  az_tin: stdnumCheck(() => import('stdnum/lib/esm/az/tin')),
  bd_etin: digits(12),
  be_cbe: stdnumCheck(load.beVat),
  be_vat: stdnumCheck(load.beVat),
  bg_uic: stdnumCheck(load.bgVat),
  bg_vat: stdnumCheck(load.bgVat),
  br_cnpj: stdnumCheck(() => import('stdnum/lib/esm/br/cnpj')),
  ca_cn: matches(/^[A-Z0-9]{1,10}$/),
  ca_crarr: canadianCharityNumber(),
  ca_gst_hst: stdnumCheck(() => import('stdnum/lib/esm/ca/gst')),
  ca_neq: digits(10),
  ca_rid: matches(/^[A-Z0-9]{1,15}$/),
  ch_chid: matches(/^CH\d{11}$/),
  ch_uid: stdnumCheck(() => import('stdnum/lib/esm/ch/uid')),
  cr_cpj: stdnumCheck(() => import('stdnum/lib/esm/cr/cpj')),
  cr_nite: digits(10),
  cy_he: matches(/^(?:HE)?\d{1,6}$/),
  cy_tic: stdnumCheck(load.cyVat),
  cy_vat: stdnumCheck(load.cyVat),
  cz_ico: stdnumCheck(() => import('stdnum/lib/esm/cz/ico')),
  cz_vat: stdnumCheck(() => import('stdnum/lib/esm/cz/dic')),
  de_hrn: matches(/^(?:HRA|HRB|GNR|PR|VR)?\d{1,6}[A-Z]{0,2}$/),
  de_stn: stdnumCheck(() => import('stdnum/lib/esm/de/stnr')),
  de_vat: stdnumCheck(() => import('stdnum/lib/esm/de/vat')),
  dk_cvr: stdnumCheck(load.dkCvr),
  dk_vat: stdnumCheck(load.dkCvr),
  do_rcn: stdnumCheck(() => import('stdnum/lib/esm/do/rnc')),
  ee_rk: stdnumCheck(() => import('stdnum/lib/esm/ee/registrikood')),
  ee_vat: stdnumCheck(() => import('stdnum/lib/esm/ee/kmkr')),
  es_cif: stdnumCheck(() => import('stdnum/lib/esm/es/nif')),
  es_vat: stdnumCheck(() => import('stdnum/lib/esm/es/nif')),
  fi_vat: stdnumCheck(() => import('stdnum/lib/esm/fi/alv')),
  fi_yt: stdnumCheck(() => import('stdnum/lib/esm/fi/ytunnus')),
  fr_rna: matches(/^W\d{9}$/),
  fr_siren: stdnumCheck(() => import('stdnum/lib/esm/fr/siren')),
  fr_vat: stdnumCheck(() => import('stdnum/lib/esm/fr/tva')),
  gb_crn: matches(/^(?:\d{8}|[A-Z]{2}\d{6}|R\d{7})$/),
  gb_vat: stdnumCheck(() => import('stdnum/lib/esm/gb/vat')),
  gi_crn: matches(/^\d{1,6}$/),
  gr_afm: stdnumCheck(load.grVat),
  gr_gemi: matches(/^\d{9,12}$/),
  gr_vat: stdnumCheck(load.grVat),
  gt_nit: stdnumCheck(() => import('stdnum/lib/esm/gt/nit')),
  hk_br: digits(8),
  hk_cr: matches(/^\d{7,8}$/),
  hr_mbs: matches(/^\d{8,9}$/),
  hr_oib: stdnumCheck(load.hrOib),
  hr_vat: stdnumCheck(load.hrOib),
  hu_cjs: matches(/^\d{10}$/),
  // An adószám is the 8-digit ANUM core plus a VAT code digit and a 2-digit county code.
  hu_tin: anyOf(hungarianTaxNumber(), stdnumCheck(load.huAnum)),
  hu_vat: stdnumCheck(load.huAnum),
  ie_crn: matches(/^\d{1,6}$/),
  ie_trn: stdnumCheck(load.ieVat),
  ie_vat: stdnumCheck(load.ieVat),
  it_rea: matches(/^[A-Z]{2}\d{1,7}$/),
  it_vat: stdnumCheck(() => import('stdnum/lib/esm/it/iva')),
  jp_cn: stdnumCheck(() => import('stdnum/lib/esm/jp/cn')),
  kz_bin: kazakhstanIin,
  li_uid: matches(/^(?:FL|CHE)?\d{9,11}$/),
  lt_ccrn: digits(9),
  lt_vat: stdnumCheck(() => import('stdnum/lib/esm/lt/pvm')),
  lu_nif: matches(/^\d{11,13}$/),
  lu_rcs: matches(/^[A-K]\d{1,6}$/),
  lu_vat: stdnumCheck(() => import('stdnum/lib/esm/lu/tva')),
  lv_urn: stdnumCheck(load.lvPvn),
  lv_vat: stdnumCheck(load.lvPvn),
  mt_crn: matches(/^[A-Z]\d{1,6}$/),
  mt_tin: matches(/^(?:\d{7}[MGAPLHBZ]|\d{9})$/),
  mt_vat: stdnumCheck(() => import('stdnum/lib/esm/mt/vat')),
  mx_rfc: stdnumCheck(() => import('stdnum/lib/esm/mx/rfc')),
  my_brn: digits(12),
  my_coid: matches(/^\d{1,7}[A-Z]$/),
  my_itn: matches(/^[A-Z]{1,2}\d{9,11}$/),
  // A letter, then 2 + 4 + 8 digits.
  my_sst: matches(/^[A-Z]\d{14}$/),
  mz_nuit: stdnumCheck(() => import('stdnum/lib/esm/mz/nuit')),
  nl_kvk: digits(8),
  nl_rsin: stdnumCheck(() => import('stdnum/lib/esm/nl/bsn')),
  nl_vat: stdnumCheck(() => import('stdnum/lib/esm/nl/btw')),
  no_orgnr: stdnumCheck(() => import('stdnum/lib/esm/no/orgnr')),
  nz_bn: stdnumCheck(() => import('stdnum/lib/esm/gen/ean')),
  nz_ird: stdnumCheck(() => import('stdnum/lib/esm/nz/ird')),
  pe_ruc: stdnumCheck(() => import('stdnum/lib/esm/pe/ruc')),
  pk_ntn: stdnumCheck(() => import('stdnum/lib/esm/pk/ntn')),
  pl_nip: stdnumCheck(load.plNip),
  pl_regon: stdnumCheck(() => import('stdnum/lib/esm/pl/regon')),
  pl_vat: stdnumCheck(load.plNip),
  pt_vat: stdnumCheck(() => import('stdnum/lib/esm/pt/nif')),
  ro_cui: stdnumCheck(load.roCui),
  // J, F or C, then county (1–2 digits), serial (1–6) and year (4).
  ro_orc: matches(/^[JFC]\d{6,12}$/),
  ro_vat: stdnumCheck(load.roCui),
  sa_crn: digits(10),
  sa_tin: matches(/^(?:\d{10}|3\d{13}3)$/),
  se_orgnr: stdnumCheck(() => import('stdnum/lib/esm/se/orgnr')),
  se_vat: stdnumCheck(() => import('stdnum/lib/esm/se/vat')),
  sg_uen: stdnumCheck(() => import('stdnum/lib/esm/sg/uen')),
  si_msp: matches(/^(?:\d{7}|\d{10})$/),
  si_tin: stdnumCheck(load.siDdv),
  si_vat: stdnumCheck(load.siDdv),
  sk_dic: digits(10),
  sk_ico: digits(8),
  sk_vat: stdnumCheck(() => import('stdnum/lib/esm/sk/dph')),
  th_crn: stdnumCheck(load.thTin),
  th_prn: stdnumCheck(load.thTin),
  th_tin: stdnumCheck(load.thTin),
  us_ein: stdnumCheck(() => import('stdnum/lib/esm/us/ein')),
} as const satisfies Record<BusinessIdType, IdCheck>;

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
