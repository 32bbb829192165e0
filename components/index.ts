// Registers <person-token-form> and <account-token-form>. The script-tag build starts here.
export { AccountTokenFormElement } from './account-token-form';
export { PersonTokenFormElement } from './person-token-form';
export { TokenFormElement } from './shared/token-form-element';
export type { PrefillValues, TokenRequestOptions } from './shared/token-form-element';
export {
  ReadyEvent,
  SubmitStartEvent,
  TokenCreatedEvent,
  TokenErrorEvent,
  ValidityChangeEvent,
  type TokenErrorSummary,
  type TokenSummary,
} from './shared/events';
