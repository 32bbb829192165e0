import type { FormModel } from '../../src/form/form-model';
import { fieldLabel } from '../../src/i18n/field-labels';
import type { FormWords } from '../../src/i18n/form-words';
import type { Locale } from '../../src/i18n/locale';

/**
 * The status line: the model's status, except once the form changed after its token was made while a
 * number sent with it was cleared: then it names what must be entered again for a new token.
 */
export function statusToShow(
  model: FormModel,
  text: FormWords,
  locale: Locale,
): { readonly kind: string; readonly text: string } {
  const { status } = model;
  const again = model.toEnterAgain;
  if (status.kind !== 'idle' || again.length === 0) return status;
  return { kind: 'idle', text: text.statusEnterAgain(again.map((field) => fieldLabel(field, locale, model.country))) };
}
