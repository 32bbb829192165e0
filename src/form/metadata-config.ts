import type { FormWords } from '../i18n/form-words';
import { metadataProblem } from '../validation/metadata';
import type { ConfigurationProblem } from './config';

/**
 * Why the host's `metadata` cannot be sent, if it cannot: Stripe's limits (50 keys, keys of 1 to 40
 * characters without brackets, values up to 500) are checked when the property is set, so the page
 * hears of it before anyone fills in the form.
 */
export function metadataConfigurationProblem(metadata: unknown, text: FormWords): ConfigurationProblem | null {
  if (metadata === null || metadata === undefined) return null;
  const problem = metadataProblem(metadata);
  return problem ? { code: 'invalid_metadata', message: text.invalidMetadata(problem) } : null;
}
