import type { TokenResult } from '../src/client/results';
import type { FormShape } from '../src/fields/mount';
import type { ApiVersion } from '../src/fields/types';
import { ACCOUNT_ID, type ConfigurationProblem } from '../src/form/config';
import { loadTokenClient } from './shared/after-first-render';
import { TokenFormElement, type TokenRequestOptions } from './shared/token-form-element';

/**
 * Collects what Stripe needs to know about a person (a representative, owner, director…) and turns it
 * into a person token in the browser. The page receives the token id only.
 *
 * @summary A Stripe Connect person form that returns a person token id.
 */
export class PersonTokenFormElement extends TokenFormElement {
  static override defaultName = 'person_token';
  static override properties = {
    ...TokenFormElement.properties,
    person: {},
  };

  /**
   * The person this form collects for (`person_1ABC`): requirements Stripe addresses to this person by
   * id (v1 `person_1ABC.dob.day`, v2 entries whose reference is the person) are asked for; those for
   * other persons are not.
   */
  declare person: string | null;

  constructor() {
    super();
    this.person = null;
  }

  protected override personId(): string | null {
    const person = this.person?.trim();
    return person ? person : null;
  }

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

  protected async requestToken(body: Record<string, unknown>, options: TokenRequestOptions): Promise<TokenResult> {
    // Here by the time a submission sends: the submission itself comes with the same chunk.
    const { createPersonToken } = await loadTokenClient();
    // The body is built from the field schema, which a coverage test holds to the official request types.
    if (options.apiVersion === 'v1') {
      return createPersonToken(body.person ?? {}, { ...options.client, apiVersion: 'v1' });
    }
    return createPersonToken(body, { ...options.client, apiVersion: 'v2', account: this.account ?? '' });
  }
}
