// The person id table as one chunk: every type's name and country, and the v1 options by country.
import type { PersonIdTable } from './id-type-tables';
import { PERSON_ID_TYPES } from './person-id-types';
import { V1_ID_NUMBER_OPTIONS } from './v1-id-numbers';

export const PERSON_ID_TABLE: PersonIdTable = { rules: PERSON_ID_TYPES, v1Options: V1_ID_NUMBER_OPTIONS };
