/** A whole form without the DOM: what the elements render, for integrators who render their own. */
export { FormModel, type FormModelListener, type FormSettings, type ListView, type StatusKind } from './form-model';
export { submitForm, type SubmitContext, type SubmitOutcome } from './submit';
export { FormState } from './form-state';
export type { PostalTownChoice } from './postal-fill';
export { defaultValues, prefilledValues, type PrefillValues } from './defaults';
export { displayOrder, layoutSections, type AddressBlockView, type SectionView } from './layout';
export { keyProblem, parseRequirements, safeLinkUrl, type ConfigurationProblem } from './config';
export {
  describeError,
  mapErrorToFields,
  summarizeError,
  summarizeToken,
  type MappedError,
  type TokenErrorSummary,
  type TokenSummary,
} from './token-errors';
