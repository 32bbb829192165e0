import { describe, expect, it } from 'vitest';
import { strictCorsFromEnv } from './strict-cors-env';

describe('TOKEN_FORMS_EMULATOR_STRICT_CORS', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['FALSE', false],
  ])('reads %s as %s', (value, expected) => {
    expect(strictCorsFromEnv({ TOKEN_FORMS_EMULATOR_STRICT_CORS: value }, !expected)).toBe(expected);
  });

  it('keeps the default when unset or empty', () => {
    expect(strictCorsFromEnv({}, true)).toBe(true);
    expect(strictCorsFromEnv({ TOKEN_FORMS_EMULATOR_STRICT_CORS: '' }, false)).toBe(false);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => strictCorsFromEnv({ TOKEN_FORMS_EMULATOR_STRICT_CORS: 'yes please' }, false)).toThrow(
      /TOKEN_FORMS_EMULATOR_STRICT_CORS must be 1 or 0/,
    );
  });
});
