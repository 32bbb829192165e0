/**
 * `token-forms/react`: both elements as React components, for React 18 (which sets attributes only and
 * cannot listen to custom events) and React 19 alike. Props become element properties (`prefill`,
 * `metadata`, `requirements` as objects), `onTokenCreated` & co. listen to the elements' events, and a
 * `ref` is the element itself. Importing this registers both elements.
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import {
  AccountTokenFormElement,
  PersonTokenFormElement,
  ReadyEvent,
  SubmitStartEvent,
  TokenCreatedEvent,
  TokenErrorEvent,
  ValidityChangeEvent,
} from 'token-forms/components';

/** The elements' events as React props, each typed with its event class. */
const events = {
  onTokenCreated: TokenCreatedEvent.eventName as EventName<TokenCreatedEvent>,
  onTokenError: TokenErrorEvent.eventName as EventName<TokenErrorEvent>,
  onReady: ReadyEvent.eventName as EventName<ReadyEvent>,
  onValidityChange: ValidityChangeEvent.eventName as EventName<ValidityChangeEvent>,
  onSubmitStart: SubmitStartEvent.eventName as EventName<SubmitStartEvent>,
};

export const PersonTokenForm = createComponent({
  react: React,
  tagName: 'person-token-form',
  elementClass: PersonTokenFormElement,
  events,
  displayName: 'PersonTokenForm',
});

export const AccountTokenForm = createComponent({
  react: React,
  tagName: 'account-token-form',
  elementClass: AccountTokenFormElement,
  events,
  displayName: 'AccountTokenForm',
});

export type PersonTokenFormProps = React.ComponentProps<typeof PersonTokenForm>;
export type AccountTokenFormProps = React.ComponentProps<typeof AccountTokenForm>;
