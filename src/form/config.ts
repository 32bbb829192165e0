import { KeyError } from '../client/errors';
import { parsePublishableKey } from '../client/publishable-key';
import type { FormWords } from '../i18n/form-words';
import { readRequirements, type RequirementsInput } from '../requirements/requirement-input';

/** The requirement paths a `requirements` value names (a list, a JSON text, a v1 or v2 requirements object). */
export function parseRequirements(value: RequirementsInput | null | undefined): string[] | undefined {
  return readRequirements(value)?.map((requirement) => requirement.path);
}

/** A problem with how the element is set up, as a code and a message in the active language. */
export interface ConfigurationProblem {
  readonly code: string;
  readonly message: string;
}

/** Why the key cannot be used, if it cannot. Secret and restricted keys are never sent anywhere. */
export function keyProblem(key: string | null | undefined, text: FormWords): ConfigurationProblem | null {
  if (key === null || key === undefined || key.trim() === '') return { code: 'missing_key', message: text.missingKey };
  try {
    parsePublishableKey(key.trim());
    return null;
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    const messages = {
      secret_key: text.secretKey,
      restricted_key: text.restrictedKey,
      malformed_key: text.malformedKey,
    };
    return { code: error.code, message: messages[error.code] };
  }
}

/** Whether a key is a test or a live publishable key; `null` when it is neither. */
export function keyModeOf(key: string | null | undefined): 'test' | 'live' | null {
  try {
    return key ? parsePublishableKey(key.trim()).mode : null;
  } catch (error) {
    if (error instanceof KeyError) return null;
    throw error;
  }
}

export const ACCOUNT_ID = /^acct_[A-Za-z0-9]+$/;

/** A link the host gave, made absolute, if it is a web address (never `javascript:` or `data:`). */
export function safeLinkUrl(value: string | null | undefined, base: string): string | null {
  if (!value || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
