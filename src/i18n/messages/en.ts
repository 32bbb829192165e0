import type { IdKind, TextKind } from '../../validation/issues';
import { idTypeRule } from '../../validation/id-numbers/validate-id-number';
import type { IssueMessages } from './issue-messages';

const idLabel = (issue: { idType: string; idKind: IdKind }): string =>
  idTypeRule(issue.idType, issue.idKind)?.label ?? 'number';

/** What a text field holds, as messages name it. */
const TEXT_NOUN: Readonly<Record<TextKind, string>> = {
  name: 'name',
  organization: 'company name',
  address: 'address line',
  text: 'text',
};

const quoted = (characters: readonly string[]): string => characters.map((character) => `“${character}”`).join(', ');

export const EN_MESSAGES: IssueMessages = {
  required: () => 'Fill in this field.',
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
      ? 'Enter a valid phone number, starting with + and the country code.'
      : 'Enter a valid phone number. For a number from another country, start with + and the country code.',
  phone_characters: () =>
    'Enter only the phone number: digits, spaces, hyphens or brackets, with + before a country code, like +1 541 754 3010.',
  phone_extension: () => 'Enter the number without an extension: an extension can’t be saved with it.',
  invalid_date: () => 'Enter a real date.',
  date_in_future: () => 'The date can’t be in the future.',
  date_too_early: (issue) => `Enter a date on or after ${issue.min}.`,
  too_young: (issue) => `The person must be at least ${issue.minimumAge} years old.`,
  invalid_number: () => 'Enter a number, like 25 or 12.5.',
  number_out_of_range: (issue) => `Enter a number from ${issue.min} to ${issue.max}.`,
  too_many_decimals: (issue) =>
    `Use no more than ${issue.maxDecimals} decimal ${issue.maxDecimals === 1 ? 'place' : 'places'}.`,
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
  id_number_format: (issue) => `This ${idLabel(issue)} isn’t in the right format.`,
  id_number_length: (issue) => `This ${idLabel(issue)} has too many or too few characters.`,
  id_number_checksum: (issue) =>
    issue.severity === 'warning'
      ? `Check this ${idLabel(issue)}: its check digit doesn’t match. If it is correct, you can continue.`
      : `This ${idLabel(issue)} isn’t valid. Check it for typos.`,
  id_number_date: (issue) => `The date in this ${idLabel(issue)} isn’t a real date.`,
  id_number_not_issued: (issue) => `No ${idLabel(issue)} is issued with these digits. Check it for typos.`,
  kana_only: (issue) => {
    switch (issue.hint) {
      case 'convert_to_katakana':
        return 'Use full-width katakana.';
      case 'write_reading_in_katakana':
        return 'Write the reading in katakana, not Latin letters.';
      case 'remove_symbols':
        return 'Use katakana only, without other symbols.';
    }
  },
  kana_needs_katakana: () => 'Include the reading in katakana.',
  kanji_needs_japanese: () => 'Write this in Japanese (kanji or kana).',
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
        return `This text can’t contain ${characters}.`;
    }
  },
};
