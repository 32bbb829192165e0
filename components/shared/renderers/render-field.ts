import type { nothing } from 'lit';
import { type TemplateResult } from 'lit';
import type { PlannedField } from '../../../src/requirements/field-plan';
import { renderCheckboxField } from './checkbox-field';
import { renderChoiceGroup } from './choice-group';
import { isIdTypeField, regionChoices, selectChoices } from '../../../src/fields/choices';
import { renderCountryPicker } from './country-picker';
import { renderDocumentField } from './document-field';
import { noteFieldRendered } from './field-reads';
import { renderIdNumberField } from './id-number-field';
import type { FieldRenderContext } from './render-context';
import { renderSelectField } from './select-field';
import { renderTextField } from './text-field';

/**
 * One field, by its input kind. `country` is the country its labels and choices follow (an address's
 * own country, Japan for Kana and Kanji addresses).
 */
export function renderField(
  context: FieldRenderContext,
  { field, required }: PlannedField,
  country: string,
): TemplateResult | typeof nothing {
  noteFieldRendered(field.id);
  const base = context.label(field, country);
  // A second id number or address says which it is, so each input has a name of its own.
  const label = field.list && field.list.index > 0 ? `${base} (${field.list.index + 1})` : base;
  switch (field.spec.input) {
    case 'select':
      if (field.spec.encoding === 'string-list') {
        return renderChoiceGroup(
          context,
          field,
          required,
          label,
          selectChoices(field, context.locale, context.version, country),
        );
      }
      return renderSelectField(
        context,
        field,
        required,
        label,
        selectChoices(
          field,
          context.locale,
          context.version,
          isIdTypeField(field) ? context.country : country,
          context.businessType,
        ),
      );
    case 'region': {
      // Japanese Kanji and Kana addresses always choose among the prefectures.
      const choices = regionChoices(field, country, context.locale);
      return choices
        ? renderSelectField(context, field, required, label, choices)
        : renderTextField(context, field, required, label);
    }
    case 'country':
      return renderCountryPicker(context, field, required, label);
    case 'checkbox':
    case 'attestation':
      return renderCheckboxField(context, field, required, label);
    case 'id-number':
      return renderIdNumberField(context, field, required, label);
    case 'file':
      return renderDocumentField(context, field, required, label);
    default:
      return renderTextField(context, field, required, label);
  }
}
