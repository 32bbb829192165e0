import type { LabelKey } from '../../fields/label-keys';
import type { Field } from '../../fields/types';

/** How a person gives a field its value, which is the verb its messages use. */
export type SubjectAction = 'enter' | 'choose' | 'choose-several' | 'tick' | 'confirm' | 'upload';

/**
 * The field a message is about, so the message can name it and say what to do ("Choose a state",
 * 「都道府県を選択してください」). Without one a message speaks of "this field".
 */
export interface IssueSubject {
  /** The field's label as the person sees it, in the message's language. */
  readonly label: string;
  readonly action: SubjectAction;
  /** The label's catalogue key, for the few fields with wording of their own (the terms). */
  readonly key?: LabelKey;
}

/** The verb for a field, from its input kind; a region is chosen when its country has a list of them. */
export function subjectAction(field: Field, regionHasChoices: boolean): SubjectAction {
  switch (field.spec.input) {
    case 'select':
      return field.spec.encoding === 'string-list' ? 'choose-several' : 'choose';
    case 'country':
      return 'choose';
    case 'region':
      return regionHasChoices ? 'choose' : 'enter';
    case 'checkbox':
      return 'tick';
    case 'attestation':
      return 'confirm';
    case 'file':
      return 'upload';
    default:
      return 'enter';
  }
}
