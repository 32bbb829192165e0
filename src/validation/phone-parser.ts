// The one function of libphonenumber-js the product calls. `import('libphonenumber-js/core')` would keep every
// export of the package in the chunk (AsYouType, PhoneNumberMatcher, findNumbers…); a module of our own that
// re-exports only this lets the bundler leave the rest out.
export { parsePhoneNumberFromString } from 'libphonenumber-js/core';
