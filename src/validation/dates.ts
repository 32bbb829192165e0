import type { ValidationContext, ValidationIssue } from './issues';
import { normalizeDigits } from './normalize';

/** A calendar date as the form holds it: three separate inputs, or numbers from a date picker. */
export interface DateParts {
  year: string | number;
  month: string | number;
  day: string | number;
}

/**
 * Stripe refuses account representatives younger than 13, so that is the floor when the host sets no
 * `minimumAge`; hosts whose platforms require adults pass 18.
 */
export const DEFAULT_MINIMUM_AGE = 13;
export const EARLIEST_BIRTH_DATE = '1900-01-01';
export const EARLIEST_REGISTRATION_DATE = '1800-01-01';

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function toInteger(part: string | number): number | null {
  const text = normalizeDigits(String(part)).trim();
  return /^\d{1,4}$/.test(text) ? Number(text) : null;
}

/** The parts as a real calendar date (no 31 April, 29 February only in leap years), or `null`. */
export function toCalendarDate(parts: DateParts): CalendarDate | null {
  const year = toInteger(parts.year);
  const month = toInteger(parts.month);
  const day = toInteger(parts.day);
  if (year === null || month === null || day === null || year < 1000) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** `YYYY-MM-DD` as produced by `<input type="date">`. */
export function parseIsoDate(value: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(normalizeDigits(value));
  return match ? { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' } : null;
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Today in the user's local calendar: a date of birth is a local date, not an instant. */
function localDay(today: Date): CalendarDate {
  return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
}

function checkPastDate(
  parts: DateParts,
  earliest: string,
  today: Date,
): { date: CalendarDate; issue: null } | { date: null; issue: ValidationIssue } {
  const date = toCalendarDate(parts);
  if (!date) return { date: null, issue: { code: 'invalid_date' } };
  const min = toCalendarDate(parseIsoDate(earliest) ?? { year: 0, month: 0, day: 0 });
  if (min && compare(date, min) < 0) return { date: null, issue: { code: 'date_too_early', min: earliest } };
  if (compare(date, localDay(today)) > 0) return { date: null, issue: { code: 'date_in_future' } };
  return { date, issue: null };
}

/** A real date, not in the future, not before 1900, and at least `minimumAge` years ago (default 13). */
export function checkDateOfBirth(parts: DateParts, context: ValidationContext = {}): ValidationIssue | null {
  const today = context.today ?? new Date();
  const { date, issue } = checkPastDate(parts, EARLIEST_BIRTH_DATE, today);
  if (!date) return issue;
  const minimumAge = context.minimumAge ?? DEFAULT_MINIMUM_AGE;
  // Someone born on 29 February comes of age on 1 March in common years.
  const comesOfAge = { ...date, year: date.year + minimumAge };
  return compare(comesOfAge, localDay(today)) <= 0 ? null : { code: 'too_young', minimumAge };
}

/** A company's registration date: real, not in the future, not before 1800. */
export function checkRegistrationDate(parts: DateParts, context: ValidationContext = {}): ValidationIssue | null {
  return checkPastDate(parts, EARLIEST_REGISTRATION_DATE, context.today ?? new Date()).issue;
}

/** {@link checkDateOfBirth} for a `YYYY-MM-DD` value. */
export function validateDateOfBirth(value: string, context: ValidationContext): ValidationIssue | null {
  const parts = parseIsoDate(value);
  return parts ? checkDateOfBirth(parts, context) : { code: 'invalid_date' };
}

/** {@link checkRegistrationDate} for a `YYYY-MM-DD` value. */
export function validateRegistrationDate(value: string, context: ValidationContext): ValidationIssue | null {
  const parts = parseIsoDate(value);
  return parts ? checkRegistrationDate(parts, context) : { code: 'invalid_date' };
}
