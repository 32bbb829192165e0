import { createAccountToken } from '../src/client/tokens';
import type { TokenResult } from '../src/client/results';
import { BUSINESS_TYPES } from '../src/fields/account';
import type { FormShape } from '../src/fields/mount';
import type { ApiVersion, BusinessType } from '../src/fields/types';
import type { FieldValue } from '../src/params/values';
import type { FieldPlan } from '../src/requirements/field-plan';
import { accountPlan } from './account-token-form.plan';
import { parseRequirements } from './shared/form-config';
import { TokenFormElement, type TokenRequestOptions } from './shared/token-form-element';

/** The business type control's field id: its value chooses which details the form asks for. */
const BUSINESS_TYPE_ID = 'account.business_type';

const asBusinessType = (value: unknown): BusinessType | null =>
  typeof value === 'string' && (BUSINESS_TYPES as readonly string[]).includes(value) ? (value as BusinessType) : null;

/**
 * Collects what Stripe needs to know about a connected account — the business type, the company or
 * the individual behind it, declarations and the acceptance of the terms — and turns it into an
 * account token in the browser. The page receives the token id only.
 *
 * @summary A Stripe Connect account form that returns an account token id.
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
 * @csspart label - A field's label; a declaration's label is the full statement.
 * @csspart input - A text input, the country combobox's input.
 * @csspart select - A select (the business type, a structure, an id type).
 * @csspart checkbox - A checkbox.
 * @csspart link - The link to the host's terms of service.
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
 * @cssproperty --token-form-color-accent - Submit button, links, focus ring, highlighted option.
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
export class AccountTokenFormElement extends TokenFormElement {
  static override defaultName = 'account_token';
  static override properties = {
    ...TokenFormElement.properties,
    businessType: { attribute: 'business-type' },
    termsUrl: { attribute: 'terms-url' },
  };

  /**
   * `individual`, `company`, `non_profit` or `government_entity`: fixes the business type and hides
   * the choice. Absent (or another value), the person chooses in the form.
   */
  declare businessType: string | null;
  /** Where the person reads the terms they accept; opens in a new tab. `http:` and `https:` only. */
  declare termsUrl: string | null;

  constructor() {
    super();
    this.businessType = null;
    this.termsUrl = null;
  }

  /** The business type the form collects for: fixed by the attribute, else the person's choice. */
  get #businessType(): BusinessType | null {
    return asBusinessType(this.businessType) ?? asBusinessType(this.formState.value(BUSINESS_TYPE_ID));
  }

  protected formShape(version: ApiVersion): FormShape {
    const businessType = this.#businessType;
    return businessType ? { token: 'account', version, businessType } : { token: 'account', version };
  }

  protected override adjustPlan(plan: FieldPlan): FieldPlan {
    return accountPlan(plan, {
      businessType: this.#businessType,
      version: this.apiVersion === 'v2' ? 'v2' : 'v1',
      hasRequirements: (parseRequirements(this.requirements) ?? []).length > 0,
    });
  }

  protected override fixedValues(): Readonly<Record<string, FieldValue>> {
    const fixed = asBusinessType(this.businessType);
    return fixed ? { [BUSINESS_TYPE_ID]: fixed } : {};
  }

  protected override termsLink(): string | null {
    return this.termsUrl;
  }

  /** An account token carries metadata only for an individual (`individual.metadata`). */
  protected hostValues(): Record<string, unknown> {
    return this.metadata ? { 'individual.metadata': this.metadata } : {};
  }

  protected requestToken(body: Record<string, unknown>, options: TokenRequestOptions): Promise<TokenResult> {
    // The body is built from the field schema, which a coverage test holds to the official request types.
    if (options.apiVersion === 'v1') {
      return createAccountToken(body.account ?? {}, { ...options.client, apiVersion: 'v1' });
    }
    return createAccountToken(body, { ...options.client, apiVersion: 'v2' });
  }
}
