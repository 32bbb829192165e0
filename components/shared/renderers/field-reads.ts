import { fillsFromPostalCode } from '../../../src/form/postal-fill-on-demand';
import type { InputKind } from '../../../src/fields/types';
import type { PlannedField } from '../../../src/requirements/field-plan';
import { controlId } from './dom-ids';
import type { FieldRenderContext } from './render-context';
import { renderProbe } from './render-probe';

/** Inputs whose choices or hints come from tables that may arrive after a render: regions, id types, postal rules. */
const TABLE_READERS: ReadonlySet<InputKind> = new Set<InputKind>(['region', 'select', 'id-number', 'postal-code']);

/**
 * Everything one field's template reads, as a list `guard` compares item by item: while none of it
 * changed (a keystroke in another field), the field's template is not evaluated again. A renderer that
 * starts reading something new from its context must add it here, or its field would not follow it.
 */
export function fieldReads(context: FieldRenderContext, { field, required }: PlannedField, country: string): unknown[] {
  const id = field.id;
  const reads: unknown[] = [
    ...formWideReads(context),
    field,
    required,
    country,
    context.value(id),
    context.problemText(id),
    context.problemIsHint(id),
    context.noteText(id),
    context.suggestedValue(id),
  ];
  switch (field.spec.input) {
    case 'tel':
      reads.push(context.phoneCountry(field), context.longLists);
      break;
    case 'id-number':
      // A sensitive number shows its digits only while its input has focus.
      reads.push(context.idType(field), context.focusedId === controlId(id));
      break;
    case 'country': {
      const picker = context.picker(field);
      reads.push(picker, picker.open, picker.query, picker.active);
      break;
    }
    default:
      break;
  }
  // Choices and id types come from tables that may arrive after a render (id types, each country's regions).
  if (TABLE_READERS.has(field.spec.input)) reads.push(context.partsArrived);
  if (fillsFromPostalCode(field)) reads.push(context.postalTownChoices(field));
  return reads;
}

/** What every field reads from the form as a whole: its settings and the data that loads on demand. */
function formWideReads(context: FieldRenderContext): unknown[] {
  return [
    context.locale,
    context.text,
    context.version,
    context.country,
    context.disabled,
    context.businessType,
    context.termsUrl,
    context.countryNames,
    context.callingCodes,
    context.publishableKey,
    context.filesBase,
    context.idempotencyHeader,
  ];
}

/** Tells a test's probe, if one listens, that a field's template is being evaluated. */
export function noteFieldRendered(fieldId: string): void {
  renderProbe.fieldRendered?.(fieldId);
}
