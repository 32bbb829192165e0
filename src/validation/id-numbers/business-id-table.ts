// The business id table as one chunk: every type's name and country, and the v1 company numbers by country.
import { BUSINESS_ID_TYPES } from './business-id-types';
import type { BusinessIdTable } from './id-type-tables';
import { V1_BUSINESS_ID_NUMBERS } from './v1-business-id-numbers';

export const BUSINESS_ID_TABLE: BusinessIdTable = { rules: BUSINESS_ID_TYPES, v1Numbers: V1_BUSINESS_ID_NUMBERS };
