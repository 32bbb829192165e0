import type { ValidationIssue } from './issues';

/** RFC 5321 limit on a forward path; also keeps the pattern below cheap on hostile input. */
const MAX_EMAIL_LENGTH = 254;
// Without the `u` flag, `i` folds ASCII letters only, so `[a-z]` still means just A–Z and a–z.
const LOCAL_PART = "[\\w.!#$%&'*+/=?^`{|}~-]+";
const DOMAIN_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/**
 * The HTML standard's "valid e-mail address", with one change: the domain needs at least one dot, since
 * a bare host (`user@localhost`) cannot receive Stripe's mail.
 */
const EMAIL = new RegExp(`^${LOCAL_PART}@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`, 'i');

export function validateEmail(value: string): ValidationIssue | null {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value) ? null : { code: 'invalid_email' };
}
