/**
 * The events both form elements fire. One class each, all `bubbles` and `composed` so a host page can
 * listen on any ancestor. No detail ever carries a value the person typed.
 */

/** What the host gets of a token: enough to pass the id on and know when it expires. */
export interface TokenSummary {
  readonly id: string;
  readonly object: string;
  readonly livemode: boolean;
  readonly created: number | string;
  readonly expires_at?: number | string;
  readonly used: boolean;
}

export interface TokenErrorSummary {
  readonly type: string;
  readonly code?: string;
  /**
   * For developers, in English, written from the type, code and parameter: never Stripe's own message,
   * which may quote what was typed (that one is shown to the person at the field).
   */
  readonly message: string;
  /** Stripe's parameter (bracket form) or v2 path, when the error names one. */
  readonly param?: string;
  /** The `name` of the input the error was shown at. */
  readonly fieldName?: string;
  readonly status?: number;
  readonly requestId?: string;
  readonly retryable: boolean;
}

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
