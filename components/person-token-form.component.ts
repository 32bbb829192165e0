import { createPersonToken } from '../src/client/tokens';
import type { TokenResult } from '../src/client/results';
import type { FormShape } from '../src/fields/mount';
import type { ApiVersion } from '../src/fields/types';
import { ACCOUNT_ID, type ConfigurationProblem } from './shared/form-config';
import { TokenFormElement, type TokenRequestOptions } from './shared/token-form-element';

/**
 * Collects what Stripe needs to know about a person (a representative, owner, director…) and turns it
 * into a person token in the browser. The page receives the token id only.
 *
 * @summary A Stripe Connect person form that returns a person token id.
 *
 * @fires token-created - `{ token: { id, object, livemode, created, expires_at?, used } }` once Stripe made the token.
 * @fires token-error - `{ error: { type, code?, message, param?, fieldName?, status?, requestId?, retryable } }` when it did not.
 * @fires ready - The form rendered its fields and checked its prefilled values.
 * @fires validity-change - `{ valid }` whenever the form turns valid or invalid.
 * @fires submit-start - A request is about to be sent.
 *
 * @csspart form - The inner form.
 * @csspart section - A group of fields (`fieldset`).
 * @csspart legend - A group's title.
 * @csspart field - One field: label, hint, control, error.
 * @csspart label - A field's label.
 * @csspart input - A text input, the country combobox's input.
 * @csspart select - A select.
 * @csspart checkbox - A checkbox.
 * @csspart hint - Help text under a label.
 * @csspart error - A field's error message.
 * @csspart suggestion - The "use katakana" button of a Kana field.
 * @csspart listbox - The country list.
 * @csspart option - A country in the list.
 * @csspart banner - A configuration or Stripe error above the fields.
 * @csspart retry - The retry button in an error banner.
 * @csspart list-button - "Add another" and "Remove" buttons of repeatable lists (id numbers, addresses, names).
 * @csspart submit - The submit button (absent inside a host form, whose own button submits).
 * @csspart status - The polite live region with the submission status.
 *
 * @cssproperty --token-form-font - Font family.
 * @cssproperty --token-form-color-text - Text colour.
 * @cssproperty --token-form-color-muted - Hints and "optional" marks.
 * @cssproperty --token-form-color-background - Background of the form.
 * @cssproperty --token-form-color-input-background - Background of inputs and the country list.
 * @cssproperty --token-form-color-border - Input borders.
 * @cssproperty --token-form-color-accent - Submit button, focus ring, highlighted option.
 * @cssproperty --token-form-color-accent-text - Text on the accent colour.
 * @cssproperty --token-form-color-error - Error text and invalid borders.
 * @cssproperty --token-form-color-success - Success status.
 * @cssproperty --token-form-focus-ring - Box shadow added to the focus outline.
 * @cssproperty --token-form-radius - Corner radius.
 * @cssproperty --token-form-spacing - Space between fields.
 * @cssproperty --token-form-control-height - Minimum height of inputs.
 *
 * @cssstate user-invalid - Some problem is shown.
 * @cssstate pending - A request is in flight.
 * @cssstate success - The form holds a token for its current data.
 */
export class PersonTokenFormElement extends TokenFormElement {
  static override defaultName = 'person_token';

  protected formShape(version: ApiVersion): FormShape {
    return { token: 'person', version };
  }

  protected hostValues(): Record<string, unknown> {
    return this.metadata ? { 'person.metadata': this.metadata } : {};
  }

  protected override extraConfigurationProblem(): ConfigurationProblem | null {
    if (this.apiVersion !== 'v2' || ACCOUNT_ID.test(this.account ?? '')) return null;
    return { code: 'missing_account', message: this.localization.text.missingAccount };
  }

  protected requestToken(body: Record<string, unknown>, options: TokenRequestOptions): Promise<TokenResult> {
    // The body is built from the field schema, which a coverage test holds to the official request types.
    if (options.apiVersion === 'v1') {
      return createPersonToken(body.person ?? {}, { ...options.client, apiVersion: 'v1' });
    }
    return createPersonToken(body, { ...options.client, apiVersion: 'v2', account: this.account ?? '' });
  }
}
