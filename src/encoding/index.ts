export { encodeFormBody } from './form-body';
export { encodeJsonBody } from './json-body';
export { toDecimalText } from './decimal-text';
