// The Japanese catalogues in one module: the elements load it only for a Japanese form, the headless entry
// installs it with itself.
import { installFieldLabels } from './field-labels';
import { FIELD_LABELS_JA } from './field-labels.ja';
import { installFormMessages } from './form-messages';
import { FORM_MESSAGES_JA } from './form-messages.ja';
import { installIssueMessages } from './format-issue';
import { markLanguageInstalled } from './language-loading';
import { JA_MESSAGES } from './messages/ja';
import { installRequirementErrors } from './requirement-errors';
import { REQUIREMENT_ERRORS_JA } from './requirement-errors.ja';

/** Puts the Japanese labels, the form's words, the issue messages and the requirement errors in place of their English stand-ins. */
export function installJapanese(): void {
  installFieldLabels('ja', FIELD_LABELS_JA);
  installFormMessages('ja', FORM_MESSAGES_JA);
  installIssueMessages('ja', JA_MESSAGES);
  installRequirementErrors('ja', REQUIREMENT_ERRORS_JA);
  markLanguageInstalled('ja');
}
