/**
 * The events both form elements fire. One class each, all `bubbles` and `composed` so a host page can
 * listen on any ancestor. No detail ever carries a value the person typed.
 */

import type { TokenErrorSummary, TokenSummary } from '../../src/form/token-errors';

export type { TokenErrorSummary, TokenSummary } from '../../src/form/token-errors';

const init = { bubbles: true, composed: true } as const;

export class TokenCreatedEvent extends Event {
  static readonly eventName = 'token-created';
  constructor(readonly detail: { readonly token: TokenSummary }) {
    super(TokenCreatedEvent.eventName, init);
  }
}

export class TokenErrorEvent extends Event {
  static readonly eventName = 'token-error';
  constructor(readonly detail: { readonly error: TokenErrorSummary }) {
    super(TokenErrorEvent.eventName, init);
  }
}

export class ReadyEvent extends Event {
  static readonly eventName = 'ready';
  readonly detail = {};
  constructor() {
    super(ReadyEvent.eventName, init);
  }
}

export class ValidityChangeEvent extends Event {
  static readonly eventName = 'validity-change';
  constructor(readonly detail: { readonly valid: boolean }) {
    super(ValidityChangeEvent.eventName, init);
  }
}

export class SubmitStartEvent extends Event {
  static readonly eventName = 'submit-start';
  readonly detail = {};
  constructor() {
    super(SubmitStartEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'token-created': TokenCreatedEvent;
    'token-error': TokenErrorEvent;
    ready: ReadyEvent;
    'validity-change': ValidityChangeEvent;
    'submit-start': SubmitStartEvent;
  }
}
