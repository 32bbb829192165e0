/** What a person has entered, by field id (version-independent, so switching API version keeps it). */
export type FieldValue = string | boolean | readonly string[];
export type FormValues = Readonly<Record<string, FieldValue | undefined>>;

/** Whether a value counts as entered. */
export function hasValue(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() !== '';
  return value.some((item) => item.trim() !== '');
}
