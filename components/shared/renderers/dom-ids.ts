/** A stable DOM id for a field's control; its hint, note and error hang off it. */
export const controlId = (fieldId: string): string => `field-${fieldId.replace(/[^\w-]/g, '-')}`;
export const hintId = (fieldId: string): string => `${controlId(fieldId)}-hint`;
export const errorId = (fieldId: string): string => `${controlId(fieldId)}-error`;
export const noteId = (fieldId: string): string => `${controlId(fieldId)}-note`;

/** `aria-describedby` for a control: its hint and, when shown, its note or error. */
export function describedBy(
  fieldId: string,
  options: { hint: boolean; error: boolean; note?: boolean },
): string | undefined {
  const ids = [
    options.hint ? hintId(fieldId) : '',
    options.error ? errorId(fieldId) : options.note ? noteId(fieldId) : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A key press that belongs to an IME (choosing or confirming a conversion). WebKit sends the Enter that
 * confirms a Japanese conversion with `isComposing` false but `keyCode` 229, so both are checked.
 */
export const isImeKeyEvent = (event: KeyboardEvent): boolean => event.isComposing || event.keyCode === 229;
