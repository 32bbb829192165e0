import type { ValidationIssue } from './issues';

/** RFC 5321 limit on a forward path; also keeps the pattern below cheap on hostile input. */
const MAX_EMAIL_LENGTH = 254;
const LOCAL_PART = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+";
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/**
 * The HTML standard's "valid e-mail address", with one change: the domain needs at least one dot, since
 * a bare host (`user@localhost`) cannot receive Stripe's mail.
 */
const EMAIL = new RegExp(`^${LOCAL_PART}@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`);

export function validateEmail(value: string): ValidationIssue | null {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value) ? null : { code: 'invalid_email' };
}
