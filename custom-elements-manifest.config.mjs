/* global process */
import { inheritedInBaseOrder } from './scripts/manifest-inherited-order.mjs';

// The Custom Elements Manifest is generated from the elements' JSDoc: the one source of their reference.
// What both elements share is documented on their base class, TokenFormElement; each element adds its own.
export default {
  globs: ['components/*.ts', 'components/shared/token-form-element.ts', 'components/shared/events.ts'],
  // A test writes a fresh manifest elsewhere to compare it with the committed one; only the committed one
  // is the package's, so only its path goes into package.json.
  outdir: process.env.TOKEN_FORMS_MANIFEST_DIR ?? '.',
  packagejson: process.env.TOKEN_FORMS_MANIFEST_DIR === undefined,
  litelement: true,
  // The account form's terms link sits in the label of its terms checkbox.
  plugins: [inheritedInBaseOrder({ placedAfter: { cssParts: { link: 'checkbox' } } })],
};
