// The Japanese words of problems: loaded with the English ones by a Japanese form, after its first render;
// the headless entry installs them with itself.
import { installIssueMessages } from './format-issue';
import { JA_MESSAGES } from './messages/ja';
import { installRequirementErrors } from './requirement-errors';
import { REQUIREMENT_ERRORS_JA } from './requirement-errors.ja';

/** Puts the Japanese issue messages and requirement errors in place of their English stand-ins. */
export function installJapaneseProblemWords(): void {
  installIssueMessages('ja', JA_MESSAGES);
  installRequirementErrors('ja', REQUIREMENT_ERRORS_JA);
}
