import type { ValidationIssue } from './issues';
import { suggestEmail } from './email-suggestion';

/**
 * Email addresses as a mail server takes them. Hand-written on purpose: the libraries that fit the
 * bundle either answer yes or no (validator.js's `isEmail`, ≈2 KB gzip, which also takes quoted and
 * Unicode local parts by default and bundles its IP-literal check), carry a TLD list and Node's `url`
 * (`@sideway/address`), let a label end in a hyphen (`email-validator`) or attach to `window`
 * (mail-spell-checker forks). Checking rule by rule lets the message say which rule a value broke.
 */

/** RFC 5321 limit on a forward path; also keeps the pattern below cheap on hostile input. */
const MAX_EMAIL_LENGTH = 254;
/** RFC 5321 §4.5.3.1.1: the local part is at most 64 octets (ASCII here, so characters). */
const MAX_LOCAL_PART_LENGTH = 64;
// Without the `u` flag, `i` folds ASCII letters only, so `[a-z]` still means just A–Z and a–z.
const LOCAL_PART = "[\\w.!#$%&'*+/=?^`{|}~-]+";
const DOMAIN_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/**
 * The HTML standard's "valid e-mail address", with one change: the domain needs at least one dot, since
 * a bare host (`user@localhost`) cannot receive Stripe's mail.
 */
const EMAIL = new RegExp(`^${LOCAL_PART}@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`, 'i');
/** A dot-atom (RFC 5322 §3.2.3) has no dot at either end and never two in a row. */
const DOT_ATOM_DOTS = /^\.|\.\.|\.$/;
/** Top-level domains are letters, at least two, or an IDN in its `xn--` form; never digits alone. */
const TOP_LEVEL_DOMAIN = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/i;

/**
 * The first problem with an address, or `null`. A likely typo in a common domain (`gmial.com`) is a
 * non-blocking `email_domain_typo` with the address as it was probably meant.
 */
export function validateEmail(value: string): ValidationIssue | null {
  if (value.length > MAX_EMAIL_LENGTH || !EMAIL.test(value)) return { code: 'invalid_email' };
  const at = value.lastIndexOf('@');
  const localPart = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (localPart.length > MAX_LOCAL_PART_LENGTH) return { code: 'email_local_part', problem: 'too_long' };
  if (DOT_ATOM_DOTS.test(localPart)) return { code: 'email_local_part', problem: 'dots' };
  const suggestion = suggestEmail(value);
  if (!TOP_LEVEL_DOMAIN.test(domain.slice(domain.lastIndexOf('.') + 1))) {
    return suggestion ? { code: 'email_domain_ending', suggestion } : { code: 'email_domain_ending' };
  }
  return suggestion ? { code: 'email_domain_typo', suggestion, severity: 'warning' } : null;
}
