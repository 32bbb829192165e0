/**
 * token-forms' headless API: everything the elements use, without the DOM. Create tokens and upload
 * files from the browser with a publishable key, build request bodies from form values, check values,
 * and map Stripe's errors back to fields.
 */
export * from './client/index';
export { mountFields, listsFor, type FormShape, type GroupId } from './fields/mount';
export { addressLayout, type AddressLayout } from './fields/address-layout';
export { checkField, CHECK_RULES, settledValue, type CheckContext, type CheckRule } from './fields/checks';
export type {
  ApiVersion,
  BusinessType,
  Field,
  FieldSpec,
  FilePurpose as FieldFilePurpose,
  InputKind,
  SectionId,
  TokenKind,
} from './fields/types';
export { buildRequestBody, type BuildContext } from './params/build-body';
export { fieldForParam, paramToDottedPath } from './params/error-field';
export { hasValue, type FieldValue, type FormValues } from './params/values';
export { normalizeForRequest } from './params/normalize-values';
export { planFields, type FieldPlan, type PlanInput, type PlannedField } from './requirements/field-plan';
export * from './validation/index';
export * from './i18n/index';
export { fieldLabel, optionLabel, sectionTitle, FIELD_LABELS } from './i18n/field-labels';
