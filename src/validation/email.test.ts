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

describe('validateEmail, rule by rule', () => {
  it.each(['.jenny@example.com', 'jenny.@example.com', 'jen..ny@example.com'])(
    'says %s has a misplaced dot',
    (value) => {
      expect(validateEmail(value)).toEqual({ code: 'email_local_part', problem: 'dots' });
    },
  );

  it('refuses a local part over 64 characters and takes one of 64', () => {
    expect(validateEmail(`${'a'.repeat(65)}@example.com`)).toEqual({ code: 'email_local_part', problem: 'too_long' });
    expect(validateEmail(`${'a'.repeat(64)}@example.com`)).toBeNull();
  });

  it.each(['jenny@example.c', 'jenny@example.1', 'jenny@10.0.0.1', 'jenny@example.c0m'])(
    'refuses the ending of %s',
    (value) => {
      expect(validateEmail(value)).toEqual({ code: 'email_domain_ending' });
    },
  );

  it('takes internationalised domains in their xn-- form', () => {
    expect(validateEmail('user@example.xn--p1ai')).toBeNull();
  });

  it('suggests the common domain a typo is near, as a warning', () => {
    expect(validateEmail('jenny@gmial.com')).toEqual({
      code: 'email_domain_typo',
      suggestion: 'jenny@gmail.com',
      severity: 'warning',
    });
    expect(validateEmail('hanako@yaho.co.jp')).toMatchObject({ suggestion: 'hanako@yahoo.co.jp' });
    expect(validateEmail('hanako@ezweb.ne.j')).toEqual({
      code: 'email_domain_ending',
      suggestion: 'hanako@ezweb.ne.jp',
    });
  });

  it('leaves common domains, and their brands’ other country domains, alone', () => {
    for (const value of ['jenny@gmail.com', 'jenny@mail.com', 'jenny@outlook.de', 'jenny@yahoo.es', 'x@au.com']) {
      expect(validateEmail(value), value).toBeNull();
    }
  });
});
