import type { LabelKey } from '../../fields/label-keys';
import type { IssueSubject } from './issue-subject';

/** Labels that read differently inside a sentence than above a field. */
const IN_A_SENTENCE: Partial<Record<LabelKey, string>> = {
  email: 'email address',
  ssn_last_4: 'last 4 digits of the Social Security number',
  'address.line1': 'first line of the address',
  'address.eircode': 'Eircode',
  'company.name': 'legal business name',
};

/** A label as it reads inside a sentence: "First name" → "first name"; "ID type" and "ZIP code" keep their capitals. */
export function inSentence(subject: IssueSubject): string {
  const own = subject.key === undefined ? undefined : IN_A_SENTENCE[subject.key];
  if (own !== undefined) return own;
  const { label } = subject;
  return /^[A-Z][a-z]/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "a state", "an ID type", "an Eircode". */
export function withArticle(phrase: string): string {
  return `${/^(?:[aeio]|u(?![sn])|(?:SSN|NRIC|RFC|MCC|NIF|NIE|NI)\b)/iu.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** What to do with an empty field, named: "Enter the first name.", "Choose a state." */
export function requiredMessage(subject: IssueSubject): string {
  const name = inSentence(subject);
  switch (subject.action) {
    case 'enter':
      return `Enter the ${name}.`;
    case 'choose':
      return `Choose ${withArticle(name)}.`;
    case 'choose-several':
      return `Choose at least one option for “${subject.label}”.`;
    case 'tick':
      return `Check the box for “${subject.label}” to continue.`;
    case 'confirm':
      if (subject.key === 'terms.accepted') return 'Accept the terms of service to continue.';
      return 'Check the box to confirm this statement, then continue.';
    case 'upload':
      return `Choose a file for “${subject.label}” to upload.`;
  }
}
