import type { TokenResult } from '../src/client/results';
import { accountSchema, loadAccountSchema } from '../src/fields/account-schema';
import { BUSINESS_TYPES } from '../src/fields/business-types';
import type { FormShape } from '../src/fields/mount';
import type { ApiVersion, BusinessType } from '../src/fields/types';
import type { FieldValue } from '../src/params/values';
import type { FieldPlan } from '../src/requirements/field-plan';
import { parseRequirements } from '../src/form/config';
import { loadTokenClient } from './shared/after-first-render';
import { TokenFormElement, type TokenRequestOptions } from './shared/token-form-element';

/** The business type control's field id: its value chooses which details the form asks for. */
const BUSINESS_TYPE_ID = 'account.business_type';

const asBusinessType = (value: unknown): BusinessType | null =>
  typeof value === 'string' && (BUSINESS_TYPES as readonly string[]).includes(value) ? (value as BusinessType) : null;

// Events, parts, custom properties and states are documented on TokenFormElement; here only what this form
// words differently or has alone.
/**
 * Collects what Stripe needs to know about a connected account — the business type, the company or
 * the individual behind it, declarations and the acceptance of the terms — and turns it into an
 * account token in the browser. The page receives the token id only.
 *
 * @summary A Stripe Connect account form that returns an account token id.
 *
 * @csspart label - A field's label; a declaration's label is the full statement.
 * @csspart select - What a select shows (the business type, a structure, an id type): its choice in full.
 * @csspart link - The link to the host's terms of service.
 * @cssproperty --token-form-color-accent - Submit button, links, focus ring, highlighted option.
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
    return asBusinessType(this.businessType) ?? asBusinessType(this.model.value(BUSINESS_TYPE_ID));
  }

  protected formShape(version: ApiVersion): FormShape {
    const businessType = this.#businessType;
    return businessType ? { token: 'account', version, businessType } : { token: 'account', version };
  }

  /** The account and company fields, their checks and labels: one chunk, loaded at connect. */
  protected override formParts(): Promise<unknown> | null {
    return accountSchema() === null ? loadAccountSchema() : null;
  }

  protected override formPartsReady(): boolean {
    return accountSchema() !== null;
  }

  protected override adjustPlan(plan: FieldPlan): FieldPlan {
    const schema = accountSchema();
    if (schema === null) return plan;
    return schema.accountPlan(plan, {
      businessType: this.#businessType,
      version: this.apiVersion === 'v2' ? 'v2' : 'v1',
      hasRequirements: parseRequirements(this.requirements) !== undefined,
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

  protected async requestToken(body: Record<string, unknown>, options: TokenRequestOptions): Promise<TokenResult> {
    // Here by the time a submission sends: the submission itself comes with the same chunk.
    const { createAccountToken } = await loadTokenClient();
    // The body is built from the field schema, which a coverage test holds to the official request types.
    if (options.apiVersion === 'v1') {
      return createAccountToken(body.account ?? {}, { ...options.client, apiVersion: 'v1' });
    }
    return createAccountToken(body, { ...options.client, apiVersion: 'v2' });
  }
}
