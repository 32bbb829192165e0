import type { TextKind, ValidationIssue } from './issues';

/**
 * What a free-text value may contain, by the kind of field it is in. The schema says which kind each
 * field is (checks `person-name`, `organization-name`, `address-line`, `free-text`); this file is the
 * one place the rules live. README → "What the fields accept" summarises them.
 *
 * Every kind refuses text that is not text: control characters (C0, DEL, C1), bidirectional overrides
 * and isolates, other invisible format characters (zero-width space, word joiner, BOM, soft hyphen),
 * line and paragraph separators, private-use characters, noncharacters and lone surrogates. Every kind
 * needs something visible: a value of only spaces and zero-width characters is refused. The kinds then
 * differ in the visible characters they allow, judged on the NFKC form so that full-width input
 * (Japanese keyboards type ＡＢＣ, １２３ and （）) counts as its ASCII twin:
 *
 * - names of people: letters and combining marks of any script, spaces, apostrophes, hyphens, periods
 *   and middle dots (・ ·); no digits, emoji or symbols;
 * - names of organisations: as names, plus digits and the punctuation registered names use
 *   (`& , ( ) / + ! ? : ; @ # * " %`);
 * - address lines, cities and towns: as names, plus digits and `# / , & ° ( ) :` and the minus sign
 *   Japanese IMEs type in block numbers (１−２−３);
 * - other free text (titles, descriptions): any visible character.
 */

/** Invisible characters that carry no text: Cc (C0, DEL, C1), Cf but ZWNJ/ZWJ, Zl, Zp, Co, surrogates. */
const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Co}\p{Cs}\uFDD0-\uFDEF\uFFFE\uFFFF]|(?![\u200C\u200D])\p{Cf}/u;
/** Characters that show nothing: joiners and the Hangul and Braille fillers often used to fake a blank value. */
const BLANK_CHARACTERS: ReadonlySet<string> = new Set([
  '\u200C',
  '\u200D',
  '\u115F',
  '\u1160',
  '\u3164',
  '\uFFA0',
  '\u2800',
]);
const SPACE = /\p{Zs}/u;
const isBlank = (value: string): boolean =>
  [...value].every((character) => SPACE.test(character) || BLANK_CHARACTERS.has(character));

// Character classes shared by the kinds, for `u`-mode regular expressions.
const LETTERS_AND_MARKS = '\\p{L}\\p{M}';
const SPACES = '\\p{Zs}';
/** ' ’ ‘ ` ʼ and the Hebrew geresh and gershayim. */
const APOSTROPHES = "'\\u2018\\u2019\\u0060\\u05F3\\u05F4";
/** Every dash (ASCII hyphen, ‐ ‑ – —, the kana double hyphen ゠, the wave dash 〜) and the minus sign. */
const HYPHENS = '\\p{Pd}\\u2212';
/** Period, middle dots (Catalan l·l, katakana ・) and joiners Persian and Indic names need. */
const NAME_MARKS = '.\\u00B7\\u30FB\\u200C\\u200D';
const DIGITS = '\\p{Nd}';

const NAME_CHARACTER = new RegExp(`[${LETTERS_AND_MARKS}${SPACES}${APOSTROPHES}${HYPHENS}${NAME_MARKS}]`, 'u');
const ORGANIZATION_CHARACTER = new RegExp(
  `[${LETTERS_AND_MARKS}${SPACES}${APOSTROPHES}${HYPHENS}${NAME_MARKS}${DIGITS}&,()/+!?:;@#*"%\\u201C\\u201D]`,
  'u',
);
/** `⁄` (U+2044) is what NFKC makes of ½ in "12½ High Street". */
const ADDRESS_CHARACTER = new RegExp(
  `[${LETTERS_AND_MARKS}${SPACES}${APOSTROPHES}${HYPHENS}${NAME_MARKS}${DIGITS}#/,&\\u00B0():\\u2044]`,
  'u',
);

/** The visible characters each kind allows; free text allows any. */
const ALLOWED: Readonly<Record<TextKind, RegExp | null>> = {
  name: NAME_CHARACTER,
  organization: ORGANIZATION_CHARACTER,
  address: ADDRESS_CHARACTER,
  text: null,
};

/** What a value of the kind must contain at least one of: a letter in a name, a letter or digit elsewhere. */
const CONTENT: Readonly<Record<TextKind, RegExp>> = {
  name: /\p{L}/u,
  organization: /[\p{L}\p{N}]/u,
  address: /[\p{L}\p{N}]/u,
  text: /\P{Zs}/u,
};

/** Emoji parts that are marks to Unicode: the emoji presentation selector and the keycap (1️⃣). */
const EMOJI_MARKS = /[\uFE0F\u20E3]/u;

/** At most this many refused characters are named in a message. */
const MAX_NAMED_CHARACTERS = 3;

/** The distinct characters of `value` (by code point) that `allowed` refuses, in order of appearance. */
function refusedCharacters(value: string, allowed: RegExp): string[] {
  const refused: string[] = [];
  for (const character of value) {
    const refusedHere = !allowed.test(character) || EMOJI_MARKS.test(character);
    if (refusedHere && !refused.includes(character)) refused.push(character);
    if (refused.length === MAX_NAMED_CHARACTERS) break;
  }
  return refused;
}

/**
 * The first problem with a free-text value of `kind`, or `null`. Values come trimmed; names, addresses
 * and organisations are judged in NFKC, so full-width letters, digits and brackets are accepted.
 */
export function validateText(value: string, kind: TextKind): ValidationIssue | null {
  if (HIDDEN.test(value)) return { code: 'text_hidden_characters', kind };
  if (isBlank(value)) return { code: 'text_blank', kind };
  const allowed = ALLOWED[kind];
  const folded = value.normalize('NFKC');
  if (allowed) {
    const characters = refusedCharacters(folded, allowed);
    if (characters.length > 0) return { code: 'text_characters', kind, characters };
  }
  return CONTENT[kind].test(folded) ? null : { code: 'text_blank', kind };
}

export const validatePersonName = (value: string): ValidationIssue | null => validateText(value, 'name');
export const validateOrganizationName = (value: string): ValidationIssue | null => validateText(value, 'organization');
export const validateAddressLine = (value: string): ValidationIssue | null => validateText(value, 'address');
export const validateFreeText = (value: string): ValidationIssue | null => validateText(value, 'text');
