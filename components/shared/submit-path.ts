// The submission and the token client in one chunk, loaded after the first render (`after-first-render.ts`).
export { runSubmission } from './run-submission';
export { createAccountToken, createPersonToken } from '../../src/client/tokens';
