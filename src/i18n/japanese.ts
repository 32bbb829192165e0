// The Japanese catalogues a form needs to first render, in one module: the elements load it only for a
// Japanese form, the headless entry installs it with itself. The words of problems come after
// (`problem-words.ja.ts`).
import { installFieldLabels } from './field-labels';
import { FIELD_LABELS_JA } from './field-labels.ja';
import { FORM_WORDS_JA } from './form-messages.ja';
import { installFormWords } from './form-words';
import { markLanguageInstalled } from './language-loading';

/** Puts the Japanese labels and the form's words in place of their English stand-ins. */
export function installJapanese(): void {
  installFieldLabels('ja', FIELD_LABELS_JA);
  installFormWords('ja', FORM_WORDS_JA);
  markLanguageInstalled('ja');
}
