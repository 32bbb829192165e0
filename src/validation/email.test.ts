import { describe, expect, it } from 'vitest';
import { validateEmail } from './email';

describe('validateEmail', () => {
  it.each([
    'taro@example.com',
    'taro.yamada+stripe@example.co.jp',
    "o'brien@example.ie",
    'a@b.io',
    'user_name-1@sub-domain.example.org',
  ])('accepts %s', (value) => {
    expect(validateEmail(value)).toBeNull();
  });

  it.each([
    { value: 'taro', reason: 'no @' },
    { value: 'taro@localhost', reason: 'no dot in the domain' },
    { value: '@example.com', reason: 'empty local part' },
    { value: 'taro@', reason: 'empty domain' },
    { value: 'taro@@example.com', reason: 'two @' },
    { value: 'taro yamada@example.com', reason: 'a space' },
    { value: 'taro@-example.com', reason: 'a label starting with a hyphen' },
    { value: 'taro@example..com', reason: 'an empty label' },
    { value: 'taro@example.com.', reason: 'a trailing dot' },
    { value: '山田@example.jp', reason: 'non-ASCII local part, as the HTML spec' },
    { value: `${'a'.repeat(250)}@example.com`, reason: 'longer than 254 characters' },
  ])('refuses $value: $reason', ({ value }) => {
    expect(validateEmail(value)).toEqual({ code: 'invalid_email' });
  });
});
