// Every other entry in `exports` has types of its own (an entry without would be TS7016 here).
import type * as React from 'react';
import { AccountTokenForm, PersonTokenForm, type PersonTokenFormProps } from 'token-forms/react';
import type { PersonTokenFormElement, TokenCreatedEvent } from 'token-forms/react-jsx';
import type { DefineTokenFormElement, TokenFormEvents } from 'token-forms/vue';

const props: PersonTokenFormProps = {
  publishableKey: 'pk_test_x',
  prefill: { 'person.first_name': 'Hanako' },
  onTokenCreated: (event) => void event.detail.token.id,
};
const elements: [React.ComponentType<PersonTokenFormProps>, typeof AccountTokenForm] = [
  PersonTokenForm,
  AccountTokenForm,
];
const tag: React.JSX.IntrinsicElements['person-token-form'] = {
  'publishable-key': 'pk_test_x',
  'ontoken-created': (event) => void event.detail.token.id,
  ref: (element: PersonTokenFormElement | null) => void element?.submit(),
};
const wrongTag: React.JSX.IntrinsicElements['account-token-form'] = {
  // @ts-expect-error `minimum-age` is a number
  'minimum-age': 'eighteen',
  // @ts-expect-error the handler receives a `TokenErrorEvent`
  'ontoken-error': (event: TokenCreatedEvent) => void event,
};
type VuePersonForm = DefineTokenFormElement<PersonTokenFormElement, object>;
const created: keyof TokenFormEvents = 'token-created';

export { created, elements, props, tag, wrongTag, type VuePersonForm };
