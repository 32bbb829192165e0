/**
 * `token-forms/react-jsx`: registers both elements and types them in React 19's JSX, where custom
 * elements take properties and `on<event>` listeners natively. Attributes and properties are props
 * (`publishable-key` or `publishableKey`), events are `ontoken-created` & co. typed with their event
 * class, and `ref` is the element class. The element props come from the Custom Elements Manifest
 * (`../element-props.ts`, generated).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AccountTokenFormElement, PersonTokenFormElement } from 'token-forms/components';
import type { AccountTokenFormElementProps, PersonTokenFormElementProps } from '../element-props';

export * from 'token-forms/components';

/** The element's own props, then React's for any HTML element (`className`, `style`, `ref`, `key`, …). */
export type ElementJsxProps<Element extends HTMLElement, Own> = Own &
  Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Own>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace, augmented
  namespace JSX {
    interface IntrinsicElements {
      'person-token-form': ElementJsxProps<PersonTokenFormElement, PersonTokenFormElementProps>;
      'account-token-form': ElementJsxProps<AccountTokenFormElement, AccountTokenFormElementProps>;
    }
  }
}
