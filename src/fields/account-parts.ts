// The account chunk: everything only an account form shows or checks, installed together.
import { ACCOUNT_LABELS_EN } from '../i18n/field-labels.account.en';
import { ACCOUNT_LABELS_JA } from '../i18n/field-labels.account.ja';
import { installAccountLabels } from '../i18n/field-labels';
import { accountPlan } from '../requirements/account-plan';
import { BUSINESS_ID_TABLE } from '../validation/id-numbers/business-id-table';
import { installBusinessIdTable } from '../validation/id-numbers/id-type-tables';
import { accountFields } from './account';
import { installAccountSchema, type AccountSchema } from './account-schema';
import { companyFields, companyLists } from './company';
import { structureLabel, structuresFor } from './company-structures';
import { V1_ACCOUNT_MAX_LENGTHS } from './data/v1-max-lengths.account';

const ACCOUNT_SCHEMA: AccountSchema = {
  accountFields,
  companyFields,
  companyLists,
  v1MaxLengths: V1_ACCOUNT_MAX_LENGTHS,
  accountPlan,
  structuresFor,
  structureLabel,
};

/** Installs the account schema, the business id table and the account labels; returns the schema. */
export function installAccountParts(): AccountSchema {
  installBusinessIdTable(BUSINESS_ID_TABLE);
  installAccountLabels('en', ACCOUNT_LABELS_EN);
  installAccountLabels('ja', ACCOUNT_LABELS_JA);
  installAccountSchema(ACCOUNT_SCHEMA);
  return ACCOUNT_SCHEMA;
}
