import { AccountTokenFormElement } from './account-token-form.component';

export { AccountTokenFormElement };

if (!customElements.get('account-token-form')) customElements.define('account-token-form', AccountTokenFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'account-token-form': AccountTokenFormElement;
  }
}
