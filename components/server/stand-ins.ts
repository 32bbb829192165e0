/**
 * What `token-forms/components` is in Node when a tool resolves the `browser` export condition there:
 * Lit's browser build needs a DOM to load, so the elements cannot. Nothing is defined; the classes only
 * stand in so that server code importing them (server rendering, a React wrapper) loads. In plain Node,
 * Lit's own server build runs the real entry.
 */
export {
  ReadyEvent,
  SubmitStartEvent,
  TokenCreatedEvent,
  TokenErrorEvent,
  ValidityChangeEvent,
} from '../shared/events';

export abstract class TokenFormElement {}
export class PersonTokenFormElement extends TokenFormElement {}
export class AccountTokenFormElement extends TokenFormElement {}
