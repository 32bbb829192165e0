import type { IssueCode, IssueOf } from '../../validation/issues';

/** One message per issue code: a catalogue missing a code, or typing a parameter wrong, fails to compile. */
export type IssueMessages = { [C in IssueCode]: (issue: IssueOf<C>) => string };
