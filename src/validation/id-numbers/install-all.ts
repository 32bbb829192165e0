import { BUSINESS_ID_TABLE } from './business-id-table';
import { installBusinessIdTable, installPersonIdTable } from './id-type-tables';
import { PERSON_ID_TABLE } from './person-id-table';

/** Both id tables in place at once, for the headless entry and the unit tests (the elements load them on demand). */
export function installIdNumberTables(): void {
  installPersonIdTable(PERSON_ID_TABLE);
  installBusinessIdTable(BUSINESS_ID_TABLE);
}
