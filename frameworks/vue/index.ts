/**
 * `token-forms/vue`: registers both elements and types them in Vue 3 templates (`vue-tsc`, Volar):
 * attributes and properties as props (generated from the Custom Elements Manifest into
 * `../element-props.ts`), `@token-created` & co. typed with their event class, and a template ref as the
 * element. Vue must also be told they are custom elements (`isCustomElement`, see the README). The shape
 * follows Vue's guide for typing custom elements.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  AccountTokenFormElement,
  PersonTokenFormElement,
  ReadyEvent,
  SubmitStartEvent,
  TokenCreatedEvent,
  TokenErrorEvent,
  ValidityChangeEvent,
} from 'token-forms/components';
import type { AccountTokenFormElementProps, PersonTokenFormElementProps } from '../element-props';

export * from 'token-forms/components';

/** The events both elements fire, by name. */
export interface TokenFormEvents {
  'token-created': TokenCreatedEvent;
  'token-error': TokenErrorEvent;
  ready: ReadyEvent;
  'validity-change': ValidityChangeEvent;
  'submit-start': SubmitStartEvent;
}

/** A custom element as a Vue component type: its props, its events, and the element as its instance. */
export type DefineTokenFormElement<Element extends HTMLElement, Own> = new () => Element & {
  /** @deprecated For template type-checking only; not a property of the element. */
  $props: HTMLAttributes & Omit<Own, `on${string}`> & PublicProps;
  /** @deprecated For template type-checking only; not a property of the element. */
  $emit: EmitFn<{ [Name in keyof TokenFormEvents]: (event: TokenFormEvents[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'person-token-form': DefineTokenFormElement<PersonTokenFormElement, PersonTokenFormElementProps>;
    'account-token-form': DefineTokenFormElement<AccountTokenFormElement, AccountTokenFormElementProps>;
  }
}
