import { createPersonToken } from '../src/client/tokens';
import type { TokenResult } from '../src/client/results';
import type { FormShape } from '../src/fields/mount';
import type { ApiVersion } from '../src/fields/types';
import { ACCOUNT_ID, type ConfigurationProblem } from '../src/form/config';
import { TokenFormElement, type TokenRequestOptions } from './shared/token-form-element';

/**
 * Collects what Stripe needs to know about a person (a representative, owner, director…) and turns it
 * into a person token in the browser. The page receives the token id only.
 *
 * @summary A Stripe Connect person form that returns a person token id.
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
