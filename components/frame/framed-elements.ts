import { AccountTokenFormElement } from '../account-token-form.component';
import { PersonTokenFormElement } from '../person-token-form.component';
import type { TokenSummary } from '../shared/events';
import type { TokenFormElement } from '../shared/token-form-element';
import { HOST_ONLY_PROPERTIES, type FramedStates, type FramedTag } from './protocol';

/** What the frame page reads of the form it hosts, besides its public API. */
export interface FramedForm extends HTMLElement {
  /** Called after every render: states, token and validity may have changed. */
  onRendered: (() => void) | null;
  readonly framedStates: FramedStates;
  readonly framedToken: TokenSummary | null;
  readonly framedValidationMessage: string;
  readonly disabled: boolean;
  submit(): Promise<TokenSummary | null>;
  reset(): void;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

function statesOf(internals: ElementInternals): FramedStates {
  const { states } = internals;
  return { userInvalid: states.has('user-invalid'), pending: states.has('pending'), success: states.has('success') };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin pattern needs `any[]` here
type ElementClass = abstract new (...args: any[]) => TokenFormElement;

/**
 * The same element under the same tag, inside the frame page's own document; it also tells the page
 * when it rendered, and what it holds (states, token, validity message) that the page around it needs.
 */
function framed<Base extends ElementClass>(base: Base) {
  abstract class FramedTokenForm extends base {
    onRendered: (() => void) | null = null;
    // The page around the frame hears validity through messages sent when it turns, not each time the
    // checks run: an unchecked form is reported as blocking, as it was before the checks came on demand.
    protected override readonly letsHostFormThroughUnchecked = false;
    get framedStates(): FramedStates {
      return statesOf(this.internals);
    }
    get framedToken(): TokenSummary | null {
      return this.model.token;
    }
    get framedValidationMessage(): string {
      return this.internals.validationMessage;
    }
    protected override updated(): void {
      super.updated();
      this.onRendered?.();
    }
  }
  return FramedTokenForm;
}

const FramedPersonTokenForm = framed(PersonTokenFormElement);
const FramedAccountTokenForm = framed(AccountTokenFormElement);

const FRAMED_CLASSES: Readonly<Record<FramedTag, CustomElementConstructor>> = {
  'person-token-form': FramedPersonTokenForm,
  'account-token-form': FramedAccountTokenForm,
};

/** The properties the host may set on this element (never its mode, nor `disabled`, sent apart). */
export function configurableProperties(tag: FramedTag): ReadonlySet<string> {
  const properties = (FRAMED_CLASSES[tag] as unknown as { properties: Record<string, unknown> }).properties;
  return new Set(Object.keys(properties).filter((name) => !HOST_ONLY_PROPERTIES.has(name)));
}

/** Registers the framed element for `tag` in this document and makes one. */
export function createFramedForm(tag: FramedTag): FramedForm {
  if (!customElements.get(tag)) customElements.define(tag, FRAMED_CLASSES[tag]);
  return document.createElement(tag) as unknown as FramedForm;
}
