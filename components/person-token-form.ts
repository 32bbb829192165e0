import { PersonTokenFormElement } from './person-token-form.component';

export { PersonTokenFormElement };

if (!customElements.get('person-token-form')) customElements.define('person-token-form', PersonTokenFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'person-token-form': PersonTokenFormElement;
  }
}
