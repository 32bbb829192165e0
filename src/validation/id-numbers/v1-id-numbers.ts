import type { PersonIdType } from './person-id-types';

/** Which v1 parameter a number travels in. */
export type V1IdNumberField = 'id_number' | 'id_number_secondary' | 'ssn_last_4';

export interface V1IdNumberOption {
  /** The v2 type with the same format, used to check the value. */
  idType: PersonIdType;
  field: V1IdNumberField;
}

/**
 * For v1 tokens (`individual.id_number`, `person.id_number`, …): the numbers that fit each field by
 * country. v1 has no type parameter, so the form asks for one of these and checks it as that type.
 * The first `id_number` option is the default. Labels come from `PERSON_ID_TYPES`.
 */
export const V1_ID_NUMBER_OPTIONS: Readonly<Record<string, readonly V1IdNumberOption[]>> = {
  AE: [{ idType: 'ae_eid', field: 'id_number' }],
  AR: [
    { idType: 'ar_cuil', field: 'id_number' },
    { idType: 'ar_dni', field: 'id_number' },
  ],
  AT: [{ idType: 'at_stn', field: 'id_number' }],
  BE: [{ idType: 'be_nrn', field: 'id_number' }],
  BG: [{ idType: 'bg_ucn', field: 'id_number' }],
  BR: [{ idType: 'br_cpf', field: 'id_number' }],
  CA: [{ idType: 'ca_sin', field: 'id_number' }],
  CH: [{ idType: 'ch_oasi', field: 'id_number' }],
  CL: [{ idType: 'cl_rut', field: 'id_number' }],
  CO: [{ idType: 'co_nuip', field: 'id_number' }],
  CR: [
    { idType: 'cr_ci', field: 'id_number' },
    { idType: 'cr_dimex', field: 'id_number' },
  ],
  CY: [{ idType: 'cy_tic', field: 'id_number' }],
  CZ: [{ idType: 'cz_rc', field: 'id_number' }],
  DE: [{ idType: 'de_stn', field: 'id_number' }],
  DK: [{ idType: 'dk_cpr', field: 'id_number' }],
  DO: [{ idType: 'do_cie', field: 'id_number' }],
  EC: [{ idType: 'ec_ci', field: 'id_number' }],
  EE: [{ idType: 'ee_ik', field: 'id_number' }],
  ES: [{ idType: 'es_nif', field: 'id_number' }],
  FI: [{ idType: 'fi_hetu', field: 'id_number' }],
  FR: [{ idType: 'fr_nir', field: 'id_number' }],
  GB: [{ idType: 'gb_nino', field: 'id_number' }],
  GR: [{ idType: 'gr_afm', field: 'id_number' }],
  GT: [{ idType: 'gt_nit', field: 'id_number' }],
  HK: [{ idType: 'hk_id', field: 'id_number' }],
  HR: [{ idType: 'hr_oib', field: 'id_number' }],
  HU: [{ idType: 'hu_ad', field: 'id_number' }],
  ID: [{ idType: 'id_nik', field: 'id_number' }],
  IE: [{ idType: 'ie_ppsn', field: 'id_number' }],
  IS: [{ idType: 'is_kt', field: 'id_number' }],
  IT: [{ idType: 'it_cf', field: 'id_number' }],
  JP: [{ idType: 'jp_inc', field: 'id_number' }],
  KE: [{ idType: 'ke_pin', field: 'id_number' }],
  KZ: [{ idType: 'kz_iin', field: 'id_number' }],
  LI: [{ idType: 'li_peid', field: 'id_number' }],
  LT: [{ idType: 'lt_ak', field: 'id_number' }],
  LU: [{ idType: 'lu_nif', field: 'id_number' }],
  LV: [{ idType: 'lv_pk', field: 'id_number' }],
  MX: [{ idType: 'mx_rfc', field: 'id_number' }],
  MY: [{ idType: 'my_nric', field: 'id_number' }],
  NG: [{ idType: 'ng_nin', field: 'id_number' }],
  NL: [{ idType: 'nl_bsn', field: 'id_number' }],
  NO: [{ idType: 'no_nin', field: 'id_number' }],
  NZ: [{ idType: 'nz_ird', field: 'id_number' }],
  PE: [{ idType: 'pe_dni', field: 'id_number' }],
  PK: [
    { idType: 'pk_cnic', field: 'id_number' },
    { idType: 'pk_snic', field: 'id_number' },
  ],
  PL: [{ idType: 'pl_pesel', field: 'id_number' }],
  PT: [{ idType: 'pt_nif', field: 'id_number' }],
  RO: [{ idType: 'ro_cnp', field: 'id_number' }],
  SA: [{ idType: 'sa_tin', field: 'id_number' }],
  SE: [{ idType: 'se_pin', field: 'id_number' }],
  SG: [
    { idType: 'sg_nric', field: 'id_number' },
    { idType: 'sg_fin', field: 'id_number' },
  ],
  SK: [{ idType: 'sk_dic', field: 'id_number' }],
  // Thai persons give the citizen ID as id_number and the laser code on the card's back as the secondary.
  TH: [
    { idType: 'th_pin', field: 'id_number' },
    { idType: 'th_lc', field: 'id_number_secondary' },
  ],
  TR: [{ idType: 'tr_tin', field: 'id_number' }],
  US: [
    { idType: 'us_ssn', field: 'id_number' },
    { idType: 'us_itin', field: 'id_number' },
    { idType: 'us_ssn_last_4', field: 'ssn_last_4' },
  ],
  UY: [{ idType: 'uy_dni', field: 'id_number' }],
  ZA: [{ idType: 'za_id', field: 'id_number' }],
};

/** The options for one country and field, e.g. `v1IdNumberOptions('US', 'id_number')` → SSN, ITIN. */
export function v1IdNumberOptions(country: string, field: V1IdNumberField = 'id_number'): readonly V1IdNumberOption[] {
  return (V1_ID_NUMBER_OPTIONS[country.toUpperCase()] ?? []).filter((option) => option.field === field);
}
