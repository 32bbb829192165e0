// A lone UTF-16 surrogate cannot be written as UTF-8 and makes encodeURIComponent throw; it is
// replaced by U+FFFD, as TextEncoder does, so one broken character cannot block a submission.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes text as UTF-8 for `application/x-www-form-urlencoded` (brackets, `&`, `=`, `+` included). */
export function percentEncode(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}
