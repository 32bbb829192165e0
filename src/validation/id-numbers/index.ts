export { BUSINESS_ID_CHECKS } from './business-id-checks';
export { BUSINESS_ID_TYPES, type BusinessIdType } from './business-id-types';
export { compactId, passesLuhn, type IdCheck, type IdFailure } from './id-check';
export type { IdChecks, IdTypeRule } from './id-type-rule';
export { PERSON_ID_CHECKS } from './person-id-checks';
export { PERSON_ID_TYPES, type PersonIdType } from './person-id-types';
export { idTypeRule, validateBusinessIdNumber, validateIdNumber } from './validate-id-number';
export { V1_ID_NUMBER_OPTIONS, v1IdNumberOptions, type V1IdNumberField, type V1IdNumberOption } from './v1-id-numbers';
