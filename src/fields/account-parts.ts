// The account chunk: everything only an account form shows or checks, installed together.
import { accountPlan } from '../requirements/account-plan';
import { BUSINESS_ID_TABLE } from '../validation/id-numbers/business-id-table';
import { installBusinessIdTable } from '../validation/id-numbers/id-type-tables';
import { accountFields } from './account';
import { installAccountSchema, type AccountSchema } from './account-schema';
import { companyFields, companyLists } from './company';
import { structureLabel, structuresFor } from './company-structures';

const ACCOUNT_SCHEMA: AccountSchema = {
  accountFields,
  companyFields,
  companyLists,
  accountPlan,
  structuresFor,
  structureLabel,
};

/** Installs the account schema, the business id table and the account labels; returns the schema. */
export function installAccountParts(): AccountSchema {
  installBusinessIdTable(BUSINESS_ID_TABLE);
  installAccountSchema(ACCOUNT_SCHEMA);
  return ACCOUNT_SCHEMA;
}
