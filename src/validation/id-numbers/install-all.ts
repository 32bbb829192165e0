import { BUSINESS_ID_CHECKS } from './business-id-checks';
import { BUSINESS_ID_TABLE } from './business-id-table';
import { installBusinessIdTable, installIdChecks, installPersonIdTable } from './id-type-tables';
import { PERSON_ID_CHECKS } from './person-id-checks';
import { PERSON_ID_TABLE } from './person-id-table';

/** Both id tables and their checks in place at once, for the headless entry and the unit tests (the elements load them on demand). */
export function installIdNumberTables(): void {
  installPersonIdTable(PERSON_ID_TABLE);
  installBusinessIdTable(BUSINESS_ID_TABLE);
  installIdChecks('person', PERSON_ID_CHECKS);
  installIdChecks('business', BUSINESS_ID_CHECKS);
}
