import { KeyError } from '../client/errors';
import { parsePublishableKey } from '../client/publishable-key';
import type { FormMessages } from '../i18n/form-messages';

/** `requirements` as a JSON array, or names separated by spaces, commas or new lines. */
export function parseRequirements(value: string | readonly string[] | null | undefined): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item !== '');
  const text = (value as string).trim();
  if (text === '') return undefined;
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed))
        return parsed.filter((item): item is string => typeof item === 'string' && item !== '');
    } catch {
      // Not JSON after all: read it as a list of names.
    }
  }
  return text.split(/[\s,]+/).filter((item) => item !== '' && item !== '[' && item !== ']');
}

/** A problem with how the element is set up, as a code and a message in the active language. */
export interface ConfigurationProblem {
  readonly code: string;
  readonly message: string;
}

/** Why the key cannot be used, if it cannot. Secret and restricted keys are never sent anywhere. */
export function keyProblem(key: string | null | undefined, text: FormMessages): ConfigurationProblem | null {
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
