import { describe, expect, it } from 'vitest';
import { checkDateOfBirth, checkRegistrationDate, validateDateOfBirth, validateRegistrationDate } from './dates';

const today = new Date(2026, 10, 22); // 22 November 2026, local time

describe('checkDateOfBirth', () => {
  it.each([
    { parts: { year: 1985, month: 4, day: 10 }, why: 'an adult' },
    { parts: { year: '1985', month: '04', day: '10' }, why: 'string parts with leading zeros' },
    { parts: { year: '１９８５', month: '４', day: '１０' }, why: 'full-width digits' },
    { parts: { year: 2013, month: 11, day: 22 }, why: 'turns 13 today' },
    { parts: { year: 1900, month: 1, day: 1 }, why: 'the earliest date accepted' },
    { parts: { year: 2000, month: 2, day: 29 }, why: 'a leap day in a leap year' },
  ])('accepts $why', ({ parts }) => {
    expect(checkDateOfBirth(parts, { today })).toBeNull();
  });

  it.each([
    { parts: { year: 1985, month: 2, day: 30 }, expected: { code: 'invalid_date' }, reason: '30 February' },
    {
      parts: { year: 2001, month: 2, day: 29 },
      expected: { code: 'invalid_date' },
      reason: '29 February in a common year',
    },
    { parts: { year: 1985, month: 13, day: 1 }, expected: { code: 'invalid_date' }, reason: 'month 13' },
    { parts: { year: 1985, month: 4, day: 31 }, expected: { code: 'invalid_date' }, reason: '31 April' },
    { parts: { year: 1985, month: 0, day: 10 }, expected: { code: 'invalid_date' }, reason: 'month 0' },
    { parts: { year: '85', month: 4, day: 10 }, expected: { code: 'invalid_date' }, reason: 'two-digit year' },
    { parts: { year: 'abcd', month: 4, day: 10 }, expected: { code: 'invalid_date' }, reason: 'letters' },
    { parts: { year: 1985.5, month: 4, day: 10 }, expected: { code: 'invalid_date' }, reason: 'a fraction' },
    {
      parts: { year: 1899, month: 12, day: 31 },
      expected: { code: 'date_too_early', min: '1900-01-01' },
      reason: 'before 1900',
    },
    { parts: { year: 2026, month: 11, day: 23 }, expected: { code: 'date_in_future' }, reason: 'tomorrow' },
    {
      parts: { year: 2013, month: 11, day: 23 },
      expected: { code: 'too_young', minimumAge: 13 },
      reason: 'turns 13 tomorrow',
    },
    {
      parts: { year: 2020, month: 1, day: 1 },
      expected: { code: 'too_young', minimumAge: 13 },
      reason: 'six years old',
    },
  ])('refuses $reason', ({ parts, expected }) => {
    expect(checkDateOfBirth(parts, { today })).toEqual(expected);
  });

  it('applies the minimum age the host sets', () => {
    const seventeen = { year: 2009, month: 1, day: 1 };
    expect(checkDateOfBirth(seventeen, { today, minimumAge: 18 })).toEqual({ code: 'too_young', minimumAge: 18 });
    expect(checkDateOfBirth(seventeen, { today, minimumAge: 13 })).toBeNull();
  });

  it('lets someone born on 29 February come of age on 1 March in a common year', () => {
    const leapling = { year: 2008, month: 2, day: 29 };
    expect(checkDateOfBirth(leapling, { today: new Date(2026, 1, 28), minimumAge: 18 })?.code).toBe('too_young');
    expect(checkDateOfBirth(leapling, { today: new Date(2026, 2, 1), minimumAge: 18 })).toBeNull();
  });
});

describe('checkRegistrationDate', () => {
  it.each([
    { parts: { year: 1800, month: 1, day: 1 }, why: 'the earliest date accepted' },
    { parts: { year: 2026, month: 11, day: 22 }, why: 'registered today' },
  ])('accepts $why', ({ parts }) => {
    expect(checkRegistrationDate(parts, { today })).toBeNull();
  });
  it.each([
    {
      parts: { year: 1799, month: 12, day: 31 },
      expected: { code: 'date_too_early', min: '1800-01-01' },
      reason: 'before 1800',
    },
    { parts: { year: 2027, month: 1, day: 1 }, expected: { code: 'date_in_future' }, reason: 'next year' },
    { parts: { year: 2026, month: 2, day: 29 }, expected: { code: 'invalid_date' }, reason: 'no 29 February in 2026' },
  ])('refuses $reason', ({ parts, expected }) => {
    expect(checkRegistrationDate(parts, { today })).toEqual(expected);
  });
});

describe('date validators on YYYY-MM-DD values', () => {
  it.each([
    { value: '1985-04-10', expected: null },
    { value: '1985-4-10', expected: { code: 'invalid_date' } },
    { value: '10/04/1985', expected: { code: 'invalid_date' } },
    { value: '2030-01-01', expected: { code: 'date_in_future' } },
  ])('date of birth $value', ({ value, expected }) => {
    expect(validateDateOfBirth(value, { today })).toEqual(expected);
  });
  it('registration date', () => {
    expect(validateRegistrationDate('1850-06-01', { today })).toBeNull();
    expect(validateRegistrationDate('1750-06-01', { today })).toEqual({ code: 'date_too_early', min: '1800-01-01' });
  });
});
