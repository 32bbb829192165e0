import type { IssueCode, IssueOf } from '../../validation/issues';
import type { IssueSubject } from './issue-subject';

/**
 * One message per issue code: a catalogue missing a code, or typing a parameter wrong, fails to compile.
 * A message names its field when it is given one, and speaks of "this field" when it is not (headless use).
 */
export type IssueMessages = { [C in IssueCode]: (issue: IssueOf<C>, subject?: IssueSubject) => string };
