/* global process */
// The Custom Elements Manifest is generated from the elements' JSDoc: the one source of their reference.
export default {
  globs: ['components/*.ts', 'components/shared/token-form-element.ts', 'components/shared/events.ts'],
  // A test writes a fresh manifest elsewhere to compare it with the committed one.
  outdir: process.env.TOKEN_FORMS_MANIFEST_DIR ?? '.',
  litelement: true,
};
