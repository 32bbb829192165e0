/**
 * token-forms' headless API: everything the elements use, without the DOM. Drive a whole form
 * (`FormModel`, `submitForm`), or use its parts: create tokens and upload files from the browser with a
 * publishable key, build request bodies from form values, check values, and map Stripe's errors back
 * to fields.
 */
import { installAccountParts } from './fields/account-parts';
import { installJapanese } from './i18n/japanese';
import { installJapaneseProblemWords } from './i18n/problem-words.ja';
import { installIdNumberTables } from './validation/id-numbers/install-all';
import { installAllRegions } from './validation/regions/install-all';

// The headless API speaks both languages and knows every table from the start (the elements load
// Japanese, the account schema, the id tables and each country's regions only when a form needs them).
installJapanese();
installJapaneseProblemWords();
installAccountParts();
installIdNumberTables();
installAllRegions();

export * from './client/index';
export * from './form/index';
export { mountFields, listsFor, type FormShape, type GroupId } from './fields/mount';
export { addressLayout, type AddressLayout } from './fields/address-layout';
export { addressIdOf, countryFieldIdOf, countryOf, prerequisitesOf, siblingId } from './fields/relations';
export { regionChoices, selectChoices, type Choice } from './fields/choices';
export { v1IdTypesFor } from './fields/v1-id-types';
export { accountPlan, type AccountPlanOptions } from './requirements/account-plan';
export { checkField, CHECK_RULES, settledValue, type CheckContext, type CheckRule } from './fields/checks';
export type {
  AddressMembership,
  AddressPart,
  ApiVersion,
  BusinessType,
  Field,
  FieldSpec,
  FilePurpose as FieldFilePurpose,
  InputKind,
  Script,
  SectionId,
  TokenKind,
} from './fields/types';
export { buildRequestBody, type BuildContext } from './params/build-body';
export { fieldForParam, paramToDottedPath } from './params/error-field';
export { hasValue, type FieldValue, type FormValues } from './params/values';
export { normalizeForRequest } from './params/normalize-values';
export {
  planFields,
  type FieldPlan,
  type PlanInput,
  type PlannedField,
  type RequirementErrors,
} from './requirements/field-plan';
export {
  readRequirements,
  type Requirement,
  type RequirementsInput,
  type V1RequirementsObject,
  type V2RequirementEntry,
  type V2RequirementsObject,
} from './requirements/requirement-input';
export { requirementErrorMessage, requirementErrorsMessage } from './i18n/requirement-errors';
export * from './validation/index';
export * from './i18n/index';
export { fieldLabel, labelKeyOf, optionLabel, sectionTitle, FIELD_LABELS } from './i18n/field-labels';
export type { LabelKey } from './fields/label-keys';
export {
  japanesePostalDigits,
  lookupJapanesePostalCode,
  JAPAN_POSTAL_DATA_DATE,
  type JapanesePostalAddress,
  type JapanesePostalLookup,
  type KanjiAndKana,
} from './postal/japan-postal-code';
