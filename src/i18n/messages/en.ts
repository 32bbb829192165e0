import type { IdKind } from '../../validation/issues';
import { idTypeRule } from '../../validation/id-numbers/validate-id-number';
import type { IssueMessages } from './issue-messages';

const idLabel = (issue: { idType: string; idKind: IdKind }): string =>
  idTypeRule(issue.idType, issue.idKind)?.label ?? 'number';

export const EN_MESSAGES: IssueMessages = {
  required: () => 'Fill in this field.',
  invalid_country: () => 'Choose a country from the list.',
  document_uploading: () => 'Wait for this document to finish uploading.',
  document_failed: () => 'This document didn’t upload. Try again, or choose another file.',
  invalid_email: () => 'Enter an email address like name@example.com.',
  invalid_phone: (issue) =>
    issue.country === undefined
      ? 'Enter a valid phone number, starting with + and the country code.'
      : 'Enter a valid phone number. For a number from another country, start with + and the country code.',
  invalid_date: () => 'Enter a real date.',
  date_in_future: () => 'The date can’t be in the future.',
  date_too_early: (issue) => `Enter a date on or after ${issue.min}.`,
  too_young: (issue) => `The person must be at least ${issue.minimumAge} years old.`,
  invalid_number: () => 'Enter a number, like 25 or 12.5.',
  number_out_of_range: (issue) => `Enter a number from ${issue.min} to ${issue.max}.`,
  too_many_decimals: (issue) =>
    `Use no more than ${issue.maxDecimals} decimal ${issue.maxDecimals === 1 ? 'place' : 'places'}.`,
  invalid_postal_code: (issue) => `Enter a postal code like ${issue.example}.`,
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
};
