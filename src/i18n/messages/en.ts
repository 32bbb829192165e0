import type { IdKind, TextKind } from '../../validation/issues';
import { idTypeRule } from '../../validation/id-numbers/id-type-tables';
import { inSentence, requiredMessage } from './en-subject';
import { idNumberShape } from './id-number-shapes';
import type { IssueMessages } from './issue-messages';
import type { IssueSubject } from './issue-subject';

const idLabel = (issue: { idType: string; idKind: IdKind }): string =>
  idTypeRule(issue.idType, issue.idKind)?.label ?? 'number';

/** How a number of fixed length is written, if its type has one: "the last 4 digits of the Social Security number, like 1234". */
function idNumberHowTo(issue: { idType: string; idKind: IdKind }): string | null {
  const shape = idNumberShape(issue.idType);
  if (shape === undefined) return null;
  if (shape.lastDigitsOf !== undefined) {
    const whole = idLabel({ idType: shape.lastDigitsOf, idKind: issue.idKind });
    return `Enter the last ${shape.digits} digits of the ${whole}, like ${shape.example}.`;
  }
  return `Enter all ${shape.digits} digits of the ${idLabel(issue)}, like ${shape.example}.`;
}

/** "the company name" for a field, "this" otherwise: what a sentence about the value calls it. */
const theValue = (subject: IssueSubject | undefined): string =>
  subject === undefined ? 'this' : `the ${inSentence(subject)}`;

/** An example in the script a Japanese field asks for, by what the field holds. */
function japaneseExample(subject: IssueSubject | undefined, script: 'kanji' | 'kana'): string {
  const key = subject?.key ?? '';
  if (key.startsWith('company.')) return script === 'kanji' ? '株式会社ロケット' : 'カブシキガイシャロケット';
  if (key.startsWith('address.')) return script === 'kanji' ? '千代田区' : 'チヨダク';
  return script === 'kanji' ? '山田' : 'ヤマダ';
}

/** A number as people in the country write it, for the phone message. */
const phoneExample = (country: string): string =>
  country === 'JP' ? '03-1234-5678' : country === 'US' || country === 'CA' ? '(541) 754-3010' : '+44 20 7946 0018';

/** `12.25` for two decimal places, `12.5` for one. */
const decimalExample = (places: number): string => (places <= 0 ? '12' : `12.${'5'.padStart(places, '2')}`);

/** What a text field holds, as messages name it. */
const TEXT_NOUN: Readonly<Record<TextKind, string>> = {
  name: 'name',
  organization: 'company name',
  address: 'address line',
  text: 'text',
};

const quoted = (characters: readonly string[]): string => characters.map((character) => `“${character}”`).join(', ');

export const EN_MESSAGES: IssueMessages = {
  required: (_issue, subject) => (subject === undefined ? 'Fill in this field.' : requiredMessage(subject)),
  invalid_country: () => 'Choose a country from the list.',
  document_uploading: () => 'Wait for this document to finish uploading.',
  document_failed: () => 'This document didn’t upload. Try again, or choose another file.',
  invalid_email: () => 'Enter an email address like name@example.com.',
  email_local_part: (issue) =>
    issue.problem === 'dots'
      ? 'The part before @ can’t start or end with a dot or have two dots in a row, like jenny.rosen@example.com.'
      : 'The part before @ can have at most 64 characters.',
  email_domain_ending: (issue) =>
    issue.suggestion === undefined
      ? 'Check the end of the email address: after the last dot come letters, like .com or .jp.'
      : `Check the end of the email address. Did you mean ${issue.suggestion}?`,
  email_domain_typo: (issue) => `Did you mean ${issue.suggestion}? If the address is right, you can continue.`,
  invalid_phone: (issue) =>
    issue.country === undefined
      ? 'Enter a valid phone number starting with + and the country code, like +1 541 754 3010.'
      : `Enter a valid phone number, like ${phoneExample(issue.country)}. For a number from another country, start with + and the country code.`,
  phone_characters: () =>
    'Enter only the phone number: digits, spaces, hyphens or brackets, with + before a country code, like +1 541 754 3010.',
  phone_extension: () => 'Enter the number without an extension: an extension can’t be saved with it.',
  invalid_date: () => 'Enter a real date, with the day, month and year as numbers, like 27, 3 and 1990.',
  date_in_future: () => 'Enter a date that’s today or earlier: this one is in the future.',
  date_too_early: (issue) => `Enter a date on or after ${issue.min}.`,
  too_young: (issue) => `The person must be at least ${issue.minimumAge} years old. Check the date of birth.`,
  invalid_number: () => 'Enter a number, like 25 or 12.5.',
  number_out_of_range: (issue) => `Enter a number from ${issue.min} to ${issue.max}.`,
  too_many_decimals: (issue) =>
    `Use no more than ${issue.maxDecimals} decimal ${issue.maxDecimals === 1 ? 'place' : 'places'}, like ${decimalExample(issue.maxDecimals)}.`,
  invalid_postal_code: (issue) => `Enter a postal code like ${issue.example}.`,
  postal_code_not_found: () => 'This postal code was not found. Check it or enter the address.',
  town_not_in_postal_code: (issue) =>
    issue.towns.length === 0
      ? `Postal code ${issue.postalCode} has no town of this name. Check the postal code or the town.`
      : `Postal code ${issue.postalCode} has no town of this name: it has ${issue.towns.join(', ')}` +
        `${issue.more ? ' and others' : ''}. Check the postal code or the town.`,
  postal_code_not_used: () => 'Addresses in this country have no postal code. Leave this field empty.',
  invalid_region: (issue) =>
    issue.country === 'JP' ? 'Choose a prefecture from the list.' : 'Choose a state or province from the list.',
  id_number_format: (issue) =>
    idNumberHowTo(issue) ??
    `This ${idLabel(issue)} isn’t in the right format. Enter it as it’s printed on the card or letter it’s from.`,
  id_number_length: (issue) =>
    idNumberHowTo(issue) ??
    `This ${idLabel(issue)} is too short or too long. Check that you entered all of it, and nothing more.`,
  id_number_checksum: (issue) =>
    issue.severity === 'warning'
      ? `Check this ${idLabel(issue)}: its check digit doesn’t match. If it is correct, you can continue.`
      : `This ${idLabel(issue)} isn’t valid. Check it for typos.`,
  id_number_date: (issue) => `The date in this ${idLabel(issue)} isn’t a real date. Check it for typos.`,
  id_number_not_issued: (issue) => `No ${idLabel(issue)} is issued with these digits. Check it for typos.`,
  kana_only: (issue, subject) => {
    const example = japaneseExample(subject, 'kana');
    switch (issue.hint) {
      case 'convert_to_katakana':
        return `Write ${theValue(subject)} in full-width katakana, like ${example}.`;
      case 'write_reading_in_katakana':
        return `Write the reading in katakana, not Latin letters, like ${example}.`;
      case 'remove_symbols':
        return `Use katakana only, without other symbols, like ${example}.`;
    }
  },
  kana_needs_katakana: (_issue, subject) =>
    `Include the reading in katakana, like ${japaneseExample(subject, 'kana')}.`,
  kanji_needs_japanese: (_issue, subject) =>
    `Write ${theValue(subject)} in Japanese (kanji or kana), like ${japaneseExample(subject, 'kanji')}.`,
  too_long: (issue) => `At most ${issue.maxLength} characters: this has ${issue.length}. Shorten it.`,
  text_hidden_characters: (issue) =>
    `This ${TEXT_NOUN[issue.kind]} contains a hidden character (a control or formatting character, often ` +
    `copied in with the text). Delete it and type the ${TEXT_NOUN[issue.kind]} again.`,
  text_blank: (issue) => {
    switch (issue.kind) {
      case 'name':
        return 'Enter the name in letters, like Jenny Rosen.';
      case 'organization':
        return 'Enter the company name in letters or digits, like Rocket Rides Ltd.';
      case 'address':
        return 'Enter this part of the address in letters or digits, like 1 Market St.';
      case 'text':
        return 'Enter some text: spaces or invisible characters alone don’t count.';
    }
  },
  text_characters: (issue) => {
    const characters = quoted(issue.characters);
    switch (issue.kind) {
      case 'name':
        return (
          `A name can’t contain ${characters}. Use letters, with spaces, hyphens, apostrophes or periods ` +
          'where the name has them, like O’Brien or Jean-Luc.'
        );
      case 'organization':
        return `A company name can’t contain ${characters}. Use letters, digits, spaces and punctuation such as & . , - ( ).`;
      case 'address':
        return `An address can’t contain ${characters}. Use letters, digits, spaces and # / , . - & ° where the address has them.`;
      case 'text':
        return `This text can’t contain ${characters}. Delete them and try again.`;
    }
  },
};
