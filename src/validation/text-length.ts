import type { ValidationIssue } from './issues';

/** Length in Unicode code points, as Stripe counts it: an emoji or any other surrogate pair counts once. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _codePoint of text) length += 1;
  return length;
}

/** `too_long` when the text (as it will be sent) has more than `maxLength` code points. */
export function validateMaxLength(text: string, maxLength: number): ValidationIssue | null {
  const length = codePointLength(text);
  return length > maxLength ? { code: 'too_long', maxLength, length } : null;
}
