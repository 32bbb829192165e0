// Registers <person-token-form> (and, once it exists, <account-token-form>). The script-tag build starts here.
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
