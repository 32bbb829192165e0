import { ConfigurationError } from './errors';

export const DEFAULT_API_BASE = 'https://api.stripe.com';
export const DEFAULT_FILES_BASE = 'https://files.stripe.com';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a configured base URL and returns it without a trailing slash. Personal data may only travel
 * over https; plain http is allowed on the loopback host alone, for a local emulator.
 */
export function resolveBaseUrl(optionName: string, value: string | undefined, fallback: string): string {
  const raw = value ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError('invalid_base_url', `${optionName} is not a valid URL: ${raw}`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) {
    throw new ConfigurationError(
      'insecure_base_url',
      `${optionName} must use https (plain http is allowed only on localhost, 127.0.0.1 and [::1]): ${raw}`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigurationError(
      'invalid_base_url',
      `${optionName} must not carry credentials, a query or a fragment: ${raw}`,
    );
  }
  return url.href.replace(/(?<!\/)\/+$/, '');
}
