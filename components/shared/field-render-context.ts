import type { ApiVersion, BusinessType } from '../../src/fields/types';
import type { FormModel } from '../../src/form/form-model';
import { regionChoices } from '../../src/fields/choices';
import { loadFieldChecks } from '../../src/fields/checks-on-demand';
import { countryOf } from '../../src/fields/relations';
import type { Field } from '../../src/fields/types';
import { documentFieldLabel, fieldLabel } from '../../src/i18n/field-labels';
import type { IssueSubject, MessageOverrides } from '../../src/i18n/format-issue';
import { subjectAction } from '../../src/i18n/messages/issue-subject';
import type { FormWords } from '../../src/i18n/form-words';
import type { Locale } from '../../src/i18n/locale';
import { isBlocking } from '../../src/validation/issues';
import type { ProblemWords } from './after-first-render';
import type { CountryPickerState } from './renderers/country-picker-state';
import type { FieldRenderContext } from './renderers/render-context';

/** What an element contributes to its renderers besides the model: its settings and its UI state. */
export interface RenderContextSource {
  readonly model: FormModel;
  readonly version: ApiVersion;
  readonly locale: Locale;
  readonly text: FormWords;
  readonly countryNames: Readonly<Record<string, string>> | null;
  readonly disabled: boolean;
  readonly businessType: BusinessType | null;
  readonly termsUrl: string | null;
  readonly messages: MessageOverrides | null;
  /** The words of problems in the form's language, or `null` while they load. */
  readonly words: ProblemWords | null;
  /** A problem is shown before its words are here: load them, and render again once they are. */
  wordsNeeded(): void;
  readonly publishableKey: string;
  readonly filesBase: string | null;
  /** Whether uploads send an `Idempotency-Key` header (the form's `idempotency-header`). */
  readonly idempotencyHeader: boolean;
  /** The id of the control that has focus (id numbers show their value only then). */
  readonly focusedId: string | null;
  setFocused(id: string | null): void;
  /** Whether long option lists are rendered in full (after first render, once idle, or on first use). */
  readonly longLists: boolean;
  showLongLists(): void;
  /** The open/closed state of a country combobox, by field id. */
  picker(fieldId: string): CountryPickerState;
  /** Moves focus to the first input of a list item once it is rendered. */
  focusListItem(listId: string, index: number): void;
  /** Runs a change that may move what follows once a pointer press in progress has ended (see `PressController`). */
  afterPress(change: () => void): void;
}

/** The field a message is about, as the person sees it: its label (an address part's, as its country names it) and its verb. */
function issueSubject(model: FormModel, field: Field, locale: Locale): IssueSubject {
  // Kanji and Kana addresses are Japanese whatever the form's country.
  const country = field.spec.script === undefined ? countryOf(field, model.state.values, model.country) : 'JP';
  const hasChoices = field.spec.input === 'region' && regionChoices(field, country, locale) !== null;
  const label = fieldLabel(field, locale, country);
  // An upload is named as its upload control is: the document, then the side.
  const named = field.spec.input === 'file' ? documentFieldLabel(field, locale, label) : label;
  return { label: named, action: subjectAction(field, hasChoices), key: field.spec.label };
}

/** The renderers' view of a form: values and problems from the model, edits back to it. */
export function createFieldRenderContext(source: RenderContextSource): FieldRenderContext {
  const { model, locale } = source;
  let fieldsById: ReadonlyMap<string, Field> | null = null;
  const subjectOf = (id: string): IssueSubject | undefined => {
    fieldsById ??= new Map(model.shownFields.map(({ field }) => [field.id, field]));
    const field = fieldsById.get(id);
    return field === undefined ? undefined : issueSubject(model, field, locale);
  };
  return {
    locale,
    text: source.text,
    version: source.version,
    country: model.country,
    disabled: source.disabled,
    businessType: source.businessType,
    termsUrl: source.termsUrl,
    countryNames: source.countryNames,
    value: (id) => model.value(id),
    problemText: (id) => {
      const problem = model.state.shownProblem(id);
      if (!problem) return null;
      if (problem.serverMessage !== undefined) return problem.serverMessage;
      // Empty because it was sent and cleared: say so, rather than only that it is needed.
      if (problem.issue?.code === 'required' && model.wasClearedAfterSending(id))
        return source.text.enterAgainAfterSending;
      if (!problem.issue && !problem.requirementErrors) return null;
      // The field is invalid now; its message's text follows as soon as the words arrive.
      const { words } = source;
      if (words === null) {
        source.wordsNeeded();
        return '';
      }
      if (problem.issue) return words.formatIssue(problem.issue, locale, source.messages ?? undefined, subjectOf(id));
      return problem.requirementErrors ? words.requirementErrorsMessage(problem.requirementErrors, locale) : null;
    },
    noteText: (id) => (model.token !== null && model.wasClearedAfterSending(id) ? source.text.sentAndCleared : null),
    problemIsHint: (id) => {
      const issue = model.state.shownProblem(id)?.issue;
      return issue !== undefined && !isBlocking(issue);
    },
    suggestedValue: (id) => {
      const issue = model.state.shownProblem(id)?.issue;
      const offers = issue?.code === 'email_domain_typo' || issue?.code === 'email_domain_ending';
      return offers ? (issue.suggestion ?? null) : null;
    },
    label: (field, country) => fieldLabel(field, locale, country),
    edit: (field, value, typing) => model.edit(field, value, typing),
    // Leaving a field may show its problem: not while the press that moved focus away is still going on.
    leave: (field) => {
      // A field left before the checks arrived asks for them at once; its mark shows once they land.
      loadFieldChecks().catch(() => undefined);
      source.afterPress(() => model.state.touch(field.id));
    },
    postalTownChoices: (field) => model.postalTownChoices(field),
    pickPostalTown: (field, index) => model.pickPostalTown(field, index),
    composing: (field, composing) => model.state.setComposing(field.id, composing),
    focusedId: source.focusedId,
    setFocused: (id) => source.setFocused(id),
    longLists: source.longLists,
    showLongLists: () => source.showLongLists(),
    idType: (field) => model.idTypeOf(field),
    setIdType: (field, idType) => model.setIdType(field, idType),
    list: (listId) => {
      const { count, max } = model.list(listId);
      return {
        count,
        max,
        add: () => source.focusListItem(listId, model.addListItem(listId)),
        remove: (index) => {
          model.removeListItem(listId, index);
          source.focusListItem(listId, Math.min(index, count - 2));
        },
      };
    },
    partsArrived: model.partsArrived,
    callingCodes: model.callingCodes,
    phoneCountry: (field) => model.phoneCountryOf(field),
    setPhoneCountry: (field, country) => model.setPhoneCountry(field, country),
    publishableKey: source.publishableKey,
    filesBase: source.filesBase,
    idempotencyHeader: source.idempotencyHeader,
    documentChanged: (field, event) => model.documentChanged(field, event.status, event.value),
    picker: (field) => source.picker(field.id),
  };
}
