// The Japanese catalogues a form needs to first render, in one module: the elements load it only for a
// Japanese form, the headless entry installs it with itself. The words of problems come after
// (`problem-words.ja.ts`).
import { installFieldLabels } from './field-labels';
import { FIELD_LABELS_JA } from './field-labels.ja';
import { installFormMessages } from './form-messages';
import { FORM_MESSAGES_JA } from './form-messages.ja';
import { markLanguageInstalled } from './language-loading';

/** Puts the Japanese labels and the form's words in place of their English stand-ins. */
export function installJapanese(): void {
  installFieldLabels('ja', FIELD_LABELS_JA);
  installFormMessages('ja', FORM_MESSAGES_JA);
  markLanguageInstalled('ja');
}
