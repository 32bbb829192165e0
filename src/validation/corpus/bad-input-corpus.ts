/**
 * Values a new user really types (or pastes) into otherwise valid forms, run through the field checks by
 * `bad-input-corpus.test.ts`. Each bad value must be stopped at its field; each valid edge value must
 * pass; each near-miss email must get a suggestion without being refused. Field ids are those of the
 * forms in `CORPUS_FORMS` (a v1 and a v2 person form, a v1 and a v2 company account form).
 */
import type { FormValues } from '../../params/values';

export interface CorpusEntry {
  /** The field id the value is typed into (`person.given_name`, `company.address.postal_code`). */
  readonly field: string;
  readonly value: string;
  /** Why the value is bad, or why a valid edge value must pass. */
  readonly why: string;
  /** Other values of the form the check reads (an address country, a v2 id type). */
  readonly with?: FormValues;
  /** The v1 id type picked beside an id number field. */
  readonly idType?: string;
  /** The publishable key's mode; unknown when absent. */
  readonly keyMode?: 'test' | 'live';
}

const entry = (
  field: string,
  value: string,
  why: string,
  extra: Omit<CorpusEntry, 'field' | 'value' | 'why'> = {},
) => ({
  field,
  value,
  why,
  ...extra,
});

// ——— Text that is not text, in every kind of free-text field ———

/** Invisible or broken characters inside otherwise good text. `%` stands for the field's good value. */
const HIDDEN_PAYLOADS: ReadonlyArray<readonly [string, string]> = [
  ['%\u0000', 'a NUL at the end'],
  ['%\u0007', 'a BEL (C0 control)'],
  ['\u001b[31m%', 'an ANSI escape sequence'],
  ['%\u007f', 'DEL'],
  ['%\u0085', 'NEL, a C1 control'],
  ['\u202e%', 'a right-to-left override (U+202E)'],
  ['\u202a%\u202c', 'a left-to-right embedding and its pop'],
  ['\u2066%\u2069', 'a left-to-right isolate'],
  ['\u2067%', 'a right-to-left isolate (U+2067)'],
  ['%\ud800', 'a lone high surrogate'],
  ['\udc00%', 'a lone low surrogate'],
  ['%\u200b', 'a zero-width space'],
  ['%\t%', 'a tab pasted from a spreadsheet'],
  ['%\u2028%', 'a line separator between two copies'],
  ['%\ufeff%', 'a byte-order mark pasted between two copies'],
  ['%\ue000', 'a private-use character'],
];

/** Values with nothing visible in them (JS `trim()` keeps these, so they are not "empty"). */
const BLANK_PAYLOADS: ReadonlyArray<readonly [string, string]> = [
  ['\u200b', 'only a zero-width space'],
  ['\u200b\u200c\u200d', 'only zero-width characters'],
  ['\u3164', 'only a Hangul filler, used to fake a blank value'],
];

/** One good value per free-text field, to carry the payloads. */
const TEXT_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['person.given_name', 'Jenny'],
  ['person.surname', 'Rosen'],
  ['person.maiden_name', 'Smith'],
  ['person.given_name_kanji', '花子'],
  ['person.surname_kana', 'ヤマダ'],
  ['person.address.line1', '1 Market St'],
  ['person.address.city', 'San Francisco'],
  ['person.address_kanji.town', '千代田'],
  ['person.relationship.title', 'CEO'],
  ['person.additional_names.0.full_name', 'Jenny Rosen'],
  ['company.name', 'Rocket Rides'],
  ['company.name_kana', 'ロケット'],
  ['company.address.line2', 'Suite 400'],
  ['account.display_name', 'Rocket Rides'],
  ['person.us_cfpb_data.self_identified_gender', 'Nonbinary'],
];

const hiddenEntries: CorpusEntry[] = TEXT_FIELDS.flatMap(([field, good]) => [
  ...HIDDEN_PAYLOADS.map(([payload, why]) => entry(field, payload.replaceAll('%', good), why)),
  ...BLANK_PAYLOADS.map(([payload, why]) => entry(field, payload, why)),
]);

/** Visible characters no name has. */
const nameEntries: CorpusEntry[] = [
  ['Jenny 😀', 'an emoji'],
  ['Jenny 👍🏽', 'an emoji with a skin tone'],
  ['🇯🇵', 'a flag, nothing else'],
  ['<script>alert(1)</script>', 'markup'],
  ['Jenny>', 'a stray >'],
  ['{{name}}', 'a template placeholder left unfilled'],
  ['${firstName}', 'a template placeholder'],
  ['Jenny2', 'a digit'],
  ['R0sen', 'a zero for an O'],
  ['@jenny', 'a handle'],
  ['jenny_rosen', 'an underscore'],
  ['Jenny!', 'an exclamation mark'],
  ['Jenny Rosen$', 'a dollar sign'],
  ['Jenny = Rosen', 'an equals sign'],
  ['-', 'a dash typed for "no surname": no letter'],
  ["'", 'an apostrophe alone'],
  ['1️⃣', 'a keycap emoji'],
  ['Jenny♥', 'a heart symbol'],
].flatMap(([value = '', why = '']) => [entry('person.given_name', value, why), entry('person.surname', value, why)]);

const scriptNameEntries: CorpusEntry[] = [
  entry('person.given_name_kanji', '花子😀', 'an emoji in a Kanji name'),
  entry('person.surname_kanji', '山田<', 'markup in a Kanji name'),
  entry('person.surname_kanji', '山田1', 'a digit in a Kanji name'),
  entry('person.given_name_kana', 'ハナコ😀', 'an emoji in a Kana name'),
  entry('person.given_name_kana', 'ハナコ{', 'a brace in a Kana name'),
  entry('person.surname_kana', 'Yamada', 'Latin letters in a Kana name'),
];

const addressEntries: CorpusEntry[] = [
  ['<b>1 Market St</b>', 'markup'],
  ['{street}', 'a template placeholder'],
  ['1 Market St 🏠', 'an emoji'],
  ['jenny@example.com', 'an email address in the address line'],
  ['1 Market St | Apt 4', 'a pipe'],
  ['1 Market St \\ 4', 'a backslash'],
  ['1 Market St ~', 'a tilde'],
  ['$100 Main St', 'a dollar sign'],
  ['1 Market St ^', 'a caret'],
  ['#', 'a hash alone: no letter or digit'],
].map(([value = '', why = '']) => entry('person.address.line1', value, why));

const cityEntries: CorpusEntry[] = [
  entry('person.address.city', 'San Francisco 🌉', 'an emoji in a city'),
  entry('person.address.city', '<city>', 'markup in a city'),
  entry('person.address_kanji.city', '千代田区😀', 'an emoji in a Kanji city'),
  entry('person.address_kana.town', 'チヨダ<', 'markup in a Kana town'),
  entry('company.address.city', '{{city}}', 'a template placeholder'),
];

const organizationEntries: CorpusEntry[] = [
  ['Rocket 🚀 Rides', 'an emoji'],
  ['<Rocket Rides>', 'markup'],
  ['{company}', 'a template placeholder'],
  ['Rocket | Rides', 'a pipe'],
  ['Rocket Rides $', 'a dollar sign'],
  ['Rocket Rides ~', 'a tilde'],
  ['Rocket = Rides', 'an equals sign'],
  ['...', 'dots alone: no letter or digit'],
].map(([value = '', why = '']) => entry('company.name', value, why));

// ——— Emails a mail server refuses ———

const emailEntries: CorpusEntry[] = [
  ['.jenny@example.com', 'a leading dot in the local part'],
  ['jenny.@example.com', 'a trailing dot in the local part'],
  ['jen..ny@example.com', 'two dots in a row in the local part'],
  ['jenny@example.c', 'a one-letter top-level domain'],
  ['jenny@example.co.j', 'a one-letter top-level domain after a second level'],
  ['hanako@ezweb.ne.j', 'a one-letter top-level domain (a typo of ezweb.ne.jp, which is suggested)'],
  ['jenny@example.1', 'a numeric top-level domain'],
  ['jenny@127.0.0.1', 'an IP address, whose last label is numeric'],
  ['jenny@example.c0m', 'a digit in the top-level domain'],
  ['jenny@-example.com', 'a domain label starting with a hyphen'],
  ['jenny@example-.com', 'a domain label ending with a hyphen'],
  ['jenny@mail.-example.com', 'an inner label starting with a hyphen'],
  [`${'a'.repeat(65)}@example.com`, 'a local part over 64 characters'],
  [`jenny@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`, 'over 254 characters'],
  ['jenny@example', 'no top-level domain'],
  ['jenny@@example.com', 'two @'],
  ['jenny@exa mple.com', 'a space in the domain'],
  ['jenny rosen@example.com', 'a space in the local part'],
  ['jenny@example.com\u0000', 'a NUL after the address'],
  ['jenny@exam\u200bple.com', 'a zero-width space in the domain'],
  ['jenny@example..com', 'an empty domain label'],
  ['jenny@.example.com', 'a domain starting with a dot'],
  ['"jenny"@example.com', 'a quoted local part'],
  ['jenny@[127.0.0.1]', 'an address literal'],
  ['jenny@example_domain.com', 'an underscore in the domain'],
  ['<jenny@example.com>', 'angle brackets around the address'],
  ['Jenny <jenny@example.com>', 'a display name'],
  ['mailto:jenny@example.com', 'a mailto: link'],
  ['jenny@example.com,', 'a trailing comma'],
  ['山田@example.jp', 'a non-ASCII local part'],
  ['jenny@xn--.com', 'a punycode label ending in a hyphen'],
].map(([value = '', why = '']) => entry('person.email', value, why));

// ——— US numbers ———

const ssn = (value: string, why: string, keyMode?: 'test' | 'live'): CorpusEntry =>
  entry('person.id_number', value, why, { idType: 'us_ssn', ...(keyMode ? { keyMode } : {}) });
const itin = (value: string, why: string): CorpusEntry => entry('person.id_number', value, why, { idType: 'us_itin' });
const ein = (value: string, why: string): CorpusEntry => entry('company.tax_id', value, why, { idType: 'us_ein' });

const usNumberEntries: CorpusEntry[] = [
  ssn('666-12-3456', 'SSN area 666 is never assigned'),
  ssn('000-12-3456', 'SSN area 000'),
  ssn('900-12-3456', 'SSN area 900–999 (ITINs)'),
  ssn('999-12-3456', 'SSN area 999'),
  ssn('950-70-1234', 'an ITIN typed as an SSN'),
  ssn('123-00-4567', 'SSN group 00'),
  ssn('123-45-0000', 'SSN serial 0000'),
  ssn('000-00-0000', 'Stripe’s test SSN with a live key', 'live'),
  ssn('111-11-1111', 'Stripe’s test trigger SSN with a live key', 'live'),
  ssn('078-05-1120', 'the Woolworth wallet SSN, voided'),
  ssn('219-09-9999', 'the SSA’s own advertising SSN'),
  ssn('123-45-678', 'eight digits'),
  entry('person.ssn_last_4', '0000', 'last four 0000 with a live key', { idType: 'us_ssn_last_4', keyMode: 'live' }),
  itin('912-49-1234', 'ITIN group 49'),
  itin('912-66-1234', 'ITIN group 66'),
  itin('912-69-1234', 'ITIN group 69'),
  itin('912-89-1234', 'ITIN group 89'),
  itin('912-93-1234', 'ITIN group 93'),
  itin('912-00-1234', 'ITIN group 00'),
  itin('812-70-1234', 'an ITIN not starting with 9'),
  ...['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97'].map(
    (prefix) => ein(`${prefix}-1234567`, `EIN prefix ${prefix} is not assigned to any IRS campus`),
  ),
];

// ——— Postcodes ———

const postcode = (country: string, value: string, why: string): CorpusEntry =>
  entry('person.address.postal_code', value, why, { with: { 'person.address.country': country } });

const postcodeEntries: CorpusEntry[] = [
  postcode('GB', 'QA1 1AA', 'Q starts no UK postcode area'),
  postcode('GB', 'VX1 1AA', 'VX is no postcode area'),
  postcode('GB', 'XX1 1AA', 'XX is no postcode area'),
  postcode('GB', 'ZZ1 1AA', 'ZZ is no postcode area'),
  postcode('GB', 'AA1 1AA', 'AA is no postcode area'),
  postcode('GB', 'BZ1 1AA', 'BZ is no postcode area'),
  postcode('GB', 'JJ1 1AA', 'JJ is no postcode area'),
  postcode('GB', 'SW1A 1AC', 'C is never an inward letter'),
  postcode('GB', 'SW1A 1IA', 'I is never an inward letter'),
  postcode('GB', 'KT1 1AV', 'V is never an inward letter'),
  postcode('GB', 'SW1A 1AM', 'M is never an inward letter'),
  postcode('GB', 'B1A 1AA', 'B has no lettered districts'),
  postcode('GB', 'M1A 1AA', 'M has no lettered districts'),
  postcode('GB', 'LL1A 1AA', 'LL has no lettered districts'),
  postcode('GB', 'W11A 1AA', 'a lettered district has one digit'),
  postcode('GB', 'SW1A', 'the outward code alone'),
  postcode('CA', 'D1A 1A1', 'D starts no Canadian postal code'),
  postcode('CA', 'F1A 1A1', 'F starts no Canadian postal code'),
  postcode('CA', 'I1A 1A1', 'I is never used'),
  postcode('CA', 'O1A 1A1', 'O is never used'),
  postcode('CA', 'Q1A 1A1', 'Q is never used'),
  postcode('CA', 'U1A 1A1', 'U is never used'),
  postcode('CA', 'W1A 1A1', 'W starts no Canadian postal code'),
  postcode('CA', 'Z1A 1A1', 'Z starts no Canadian postal code'),
  postcode('CA', 'K1D 1A1', 'D is never used in any position'),
  postcode('CA', 'K1A 1O1', 'O is never used in any position'),
  postcode('US', '00000', 'no ZIP code is all zeros'),
  postcode('US', '00123', 'ZIP codes below 00501 are not assigned'),
  postcode('US', '00499', 'ZIP codes below 00501 are not assigned'),
  postcode('US', '94103-123', 'a three-digit ZIP+4 part'),
  postcode('DE', '00123', 'no German PLZ starts with 00'),
  postcode('DE', '00000', 'all zeros'),
  postcode('FR', '00100', 'no French département 00'),
  postcode('FR', '96100', 'no French département 96'),
  postcode('FR', '99000', 'no French département 99'),
  postcode('JP', '000-0000', 'all zeros'),
  postcode('JP', '000-1234', 'no Japanese code starts with 000'),
  postcode('AU', '0100', 'Australia Post issues no 01xx'),
  postcode('AU', '0500', 'Australia Post issues no 05xx'),
  postcode('AT', '0100', 'Austrian codes start with 1–9'),
  postcode('CH', '0999', 'Swiss codes start with 1–9'),
  postcode('BE', '0123', 'Belgian codes start with 1–9'),
  postcode('BR', '00000-000', 'all zeros'),
  postcode('BR', '00123-456', 'no CEP starts with 00'),
  postcode('MX', '00100', 'no Mexican code starts with 00'),
  postcode('IT', '00001', 'the lowest CAP is 00010'),
  postcode('NO', '0000', 'all zeros'),
  postcode('SE', '000 00', 'all zeros'),
  postcode('FI', '00000', 'all zeros'),
  postcode('SG', '000000', 'all zeros'),
];

// ——— v2 id numbers whose checksum passes but national rules refuse ———

const v2Id = (idType: string, value: string, why: string): CorpusEntry =>
  entry('person.id_numbers.0.value', value, why, { with: { 'person.id_numbers.0.type': idType } });
const v2BusinessId = (idType: string, value: string, why: string): CorpusEntry =>
  entry('company.id_numbers.0.value', value, why, { with: { 'company.id_numbers.0.type': idType } });

const idNumberEntries: CorpusEntry[] = [
  v2Id('br_cpf', '111.111.111-11', 'a CPF of one repeated digit passes its check digits'),
  v2Id('br_cpf', '000.000.000-00', 'a CPF of zeros'),
  v2Id('br_cpf', '999.999.999-99', 'a CPF of nines'),
  v2Id('br_cpf', '22222222222', 'a CPF of twos, unformatted'),
  v2Id('jp_inc', '000000000000', 'a My Number of zeros passes the mod-11 check'),
  v2Id('jp_inc', '１１１１１１１１１１１１', 'a full-width My Number of ones'),
  v2Id('es_nif', '00000000T', 'a DNI of zeros passes its check letter'),
  v2Id('cl_rut', '11.111.111-1', 'a RUT of ones passes mod 11'),
  v2Id('us_ssn', '666-12-3456', 'SSN area 666 in a v2 list'),
  v2Id('us_ssn', '123-45-0000', 'SSN serial 0000 in a v2 list'),
  v2BusinessId('br_cnpj', '00.000.000/0000-00', 'a CNPJ of zeros passes its check digits'),
  v2BusinessId('us_ein', '07-1234567', 'EIN prefix 07 in a v2 list'),
];

// ——— Phones with anything after (or around) the number ———

const phone = (value: string, why: string): CorpusEntry => entry('person.phone', value, why);

const phoneEntries: CorpusEntry[] = [
  phone('+1 541 754 3010\u0000', 'a NUL after the number'),
  phone('+1 541 754 3010 abc', 'letters after the number'),
  phone('+1 541 754 3010x', 'a trailing x'),
  phone('541-754-3010 ext 12', 'an extension'),
  phone('+1 541 754 3010 #12', 'an extension after #'),
  phone('03-1234-5678 内線123', 'a Japanese extension'),
  phone('+1 800 FLOWERS', 'a vanity number in letters'),
  phone('+1 541 754 3010;', 'a trailing semicolon'),
  phone('tel:+15417543010', 'a tel: link'),
  phone('+1 541 754 3010\u202e', 'a right-to-left override after the number'),
  phone('+1 541 754 3010 📞', 'an emoji after the number'),
  phone('+1 (541) 754-3010 call me', 'words after the number'),
  phone('phone: +1 541 754 3010', 'a label before the number'),
  phone('+1 541 754 3010,', 'a trailing comma'),
  phone('+1 541 754 3010*', 'a trailing asterisk'),
  phone('++1 541 754 3010', 'a doubled +'),
  phone('+1 541 754 3O1O', 'letters O for zeros'),
  phone('+1-541-754\t3010', 'a tab inside the number'),
  phone('+44 20 7946 0018 (home)', 'a note in brackets'),
  phone('12', 'too short'),
];

/** Every value the checks must stop at its field. */
export const BAD_VALUES: readonly CorpusEntry[] = [
  ...hiddenEntries,
  ...nameEntries,
  ...scriptNameEntries,
  ...addressEntries,
  ...cityEntries,
  ...organizationEntries,
  ...emailEntries,
  ...usNumberEntries,
  ...postcodeEntries,
  ...idNumberEntries,
  ...phoneEntries,
];

/** Near misses of common mail domains: a suggestion at the field, never a refusal. */
export const EMAIL_TYPOS: readonly (CorpusEntry & { readonly suggestion: string })[] = [
  ['jenny@gmial.com', 'jenny@gmail.com'],
  ['jenny@gmail.con', 'jenny@gmail.com'],
  ['jenny@gmai.com', 'jenny@gmail.com'],
  ['hanako@yaho.co.jp', 'hanako@yahoo.co.jp'],
  ['jenny@hotmial.com', 'jenny@hotmail.com'],
  ['hanako@docomo.ne.jpp', 'hanako@docomo.ne.jp'],
  ['hanako@softbnak.ne.jp', 'hanako@softbank.ne.jp'],
  ['jenny@outlok.com', 'jenny@outlook.com'],
  ['jenny@icoud.com', 'jenny@icloud.com'],
].map(([value = '', suggestion = '']) => ({
  ...entry('person.email', value, `a typo of ${suggestion.slice(suggestion.indexOf('@') + 1)}`),
  suggestion,
}));

const valid = (
  field: string,
  values: readonly string[],
  why: string,
  extra?: Omit<CorpusEntry, 'field' | 'value' | 'why'>,
) => values.map((value) => entry(field, value, why, extra));

/** Values that look unusual but are right: no check may refuse them. */
export const VALID_EDGE_VALUES: readonly CorpusEntry[] = [
  ...valid(
    'person.given_name',
    ["O'Brien", 'O’Brien', 'José', 'Nguyễn', 'Nguye\u0302\u0303n', '山田', 'Αλέξανδρος', 'محمد', '王伟', '李娜'],
    'names in any script, precomposed or with combining marks',
  ),
  ...valid(
    'person.surname',
    ['Ng', 'Ó Briain', "D'Angelo", 'Jean-Luc', 'St. John', 'María-José', 'Søren', 'Łukasz', 'Dvořák', 'Þór'],
    'short names, apostrophes, hyphens and periods',
  ),
  ...valid(
    'person.given_name',
    ['Иван', '김민준', 'שרה', 'ז׳אק', 'Ngũgĩ', "N'Golo", 'ʻOlelo', 'Gal·la', 'Ştefan', 'Đặng'],
    'Cyrillic, Hangul, Hebrew with a geresh, okina, Catalan middle dot, comma-below letters',
  ),
  ...valid(
    'person.surname',
    ['मोहन', 'ராஜா', 'สมชาย', 'مهدی\u200cزاده', 'Ｒｏｓｅｎ', 'Mac Giolla Phádraig', 'Anne\u00a0Marie'],
    'Indic and Thai marks, a Persian zero-width non-joiner, full-width Latin, a no-break space',
  ),
  ...valid(
    'person.surname_kanji',
    ['𠮷田', '髙橋', '齋藤', '渡邉', '佐々木', 'ジョン・スミス'],
    'rare kanji, 々 and ・',
  ),
  ...valid(
    'person.given_name_kana',
    ['ハナコ', 'はなこ', 'ﾊﾅｺ', 'ハナコ　マリ', 'ジョン・スミス'],
    'hiragana and half-width kana fold to katakana; full-width spaces and ・',
  ),
  ...valid('person.full_name_aliases', ['Jen Rosen'], 'an alias'),
  ...valid(
    'person.address.line1',
    [
      '1 Market St',
      '12½ High Street',
      'Apt #4B',
      'c/o Jenny Rosen',
      'Calle 5 N° 123',
      'Rua Augusta, 3º andar',
      '221B Baker Street',
      'P.O. Box 123',
      'Straße des 17. Juni 135',
      'Rm 4 (rear)',
      "St. John's Wood Rd",
      'Building A & B',
      'Av. Paulista, 1578',
      '3-2-1 Roppongi',
      'Unit 5: Block C',
    ],
    'address lines with digits and # / , . - & ° ½ º ( ) :',
  ),
  ...valid(
    'person.address.city',
    ['Washington, D.C.', "'s-Hertogenbosch", 'Xi’an', 'Saint-Étienne', 'Stratford-upon-Avon', 'Paris Cedex 08'],
    'cities with commas, apostrophes, hyphens and digits',
  ),
  ...valid(
    'person.address_kanji.line1',
    ['1-1', '１−１', '１丁目２番３号'],
    'block numbers, full-width with the minus sign',
  ),
  ...valid(
    'person.address_kanji.line2',
    ['皇居ビル101', 'Ｒｏｐｐｏｎｇｉ Ｈｉｌｌｓ ４Ｆ'],
    'building lines, full-width Latin',
  ),
  ...valid('person.address_kanji.city', ['千代田区', '東京都千代田区'], 'a Kanji city'),
  ...valid('person.address_kana.line2', ['コウキョビル101', 'ｺｳｷｮﾋﾞﾙ101'], 'a Kana building line, half-width too'),
  ...valid(
    'company.name',
    [
      'AT&T Inc.',
      'Procter & Gamble',
      'Yahoo!',
      'E*TRADE',
      '3M',
      '7-Eleven',
      'Toys "R" Us',
      'Société Générale S.A.',
      'Ben & Jerry’s',
      '100% Pure LLC',
      'Rocket Rides GmbH & Co. KG',
      '(株)ロケット',
      '㈱ロケット',
    ],
    'registered names with digits and punctuation, ㈱ in NFKC',
  ),
  ...valid('company.name_kanji', ['株式会社ロケット', 'ロケット株式会社'], 'a Japanese registered name'),
  ...valid('person.relationship.title', ['CEO', 'VP, R&D', 'Co-founder & CTO', '代表取締役'], 'job titles'),
  ...valid('account.display_name', ['Jenny’s Café ☕', 'Rocket <Rides>'], 'free text takes any visible character'),
  ...valid(
    'person.email',
    [
      'jenny.rosen@example.com',
      "o'brien@example.ie",
      'a@b.io',
      'taro.yamada+stripe@example.co.jp',
      'user@xn--80ak6aa92e.com',
      'user@example.xn--p1ai',
      'jenny@outlook.de',
      'jenny@yahoo.es',
      'jenny@mail.com',
      'jenny@gmail.com',
      'hanako@docomo.ne.jp',
      `${'a'.repeat(64)}@example.com`,
      'first_last@sub.example.museum',
    ],
    'valid addresses, common domains and brands’ own country domains get no suggestion',
  ),
  ...valid(
    'person.phone',
    ['+1 541 754 3010', '(541) 754-3010', '+44 20 7946 0018', '+1.541.754.3010', '+1 541/754 3010'],
    'numbers in the ways people write them',
  ),
  ...valid(
    'person.phone',
    ['03-1234-5678', '０９０−１２３４−５６７８', '090ー1234ー5678'],
    'Japanese numbers as IMEs type them',
    {
      with: { 'person.address.country': 'JP' },
    },
  ),
  ...valid('person.id_number', ['536-90-4399'], 'a real SSN shape', { idType: 'us_ssn' }),
  ...valid('person.id_number', ['000-00-0000', '000000000'], 'Stripe’s test SSN in test mode', {
    idType: 'us_ssn',
    keyMode: 'test',
  }),
  ...valid('person.ssn_last_4', ['0000'], 'Stripe’s test last four in test mode', {
    idType: 'us_ssn_last_4',
    keyMode: 'test',
  }),
  ...valid('person.id_number', ['912-70-1234', '999-88-1234', '900-50-1234'], 'ITINs in the IRS ranges', {
    idType: 'us_itin',
  }),
  ...valid('company.tax_id', ['91-1144442', '04-2103594', '12-3456789', '47-1234567'], 'EINs with campus prefixes', {
    idType: 'us_ein',
  }),
  ...[
    ['GB', 'SW1A 1AA'],
    ['GB', 'EC1A 1BB'],
    ['GB', 'W1A 0AX'],
    ['GB', 'M1 1AE'],
    ['GB', 'B33 8TH'],
    ['GB', 'CR2 6XH'],
    ['GB', 'DN55 1PT'],
    ['GB', 'GIR 0AA'],
    ['GB', 'N1C 4AG'],
    ['GB', 'sw1a1aa'],
    ['CA', 'K1A 0B1'],
    ['CA', 'H0H 0H0'],
    ['CA', 'V5K 0A1'],
    ['US', '00501'],
    ['US', '94103-1234'],
    ['JP', '001-0000'],
    ['JP', '１００−０００１'],
    ['DE', '01067'],
    ['FR', '20000'],
    ['FR', '97100'],
    ['AU', '0200'],
    ['AU', '0800'],
    ['IT', '00118'],
    ['BR', '01310-100'],
    ['NO', '0001'],
  ].map(([country = '', value = '']) =>
    entry('person.address.postal_code', value, `a real ${country} postcode at an edge of the rules`, {
      with: { 'person.address.country': country },
    }),
  ),
  v2Id('br_cpf', '390.533.447-05', 'a valid CPF'),
  v2BusinessId('br_cnpj', '16.727.230/0001-97', 'a valid CNPJ'),
];
