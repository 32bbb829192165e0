import type { ApiVersion, BusinessType, Field } from '../../../src/fields/types';
import type { DocumentUploadChangeEvent } from '../../document-upload/events';
import type { FormWords } from '../../../src/i18n/form-words';
import type { Locale } from '../../../src/i18n/locale';
import type { PostalTownChoice } from '../../../src/form/postal-fill';
import type { FieldValue } from '../../../src/params/values';
import type { CountryPickerState } from './country-picker-state';

/** What a field renderer reads from and reports to its form element. */
export interface FieldRenderContext {
  readonly locale: Locale;
  readonly text: FormWords;
  readonly version: ApiVersion;
  /** The form's country (the person's), the default for addresses and id numbers. */
  readonly country: string;
  readonly disabled: boolean;
  /** The business type of an account form (structures follow it); `null` for a person form. */
  readonly businessType: BusinessType | null;
  /** Where the terms of service can be read (`http:` or `https:` only), if the host gave it. */
  readonly termsUrl: string | null;
  /** Country code → name in the active language, once loaded. */
  readonly countryNames: Readonly<Record<string, string>> | null;
  value(id: string): FieldValue | undefined;
  /** The message to show at a field now, or `null`; empty while the words of problems are still loading. */
  problemText(id: string): string | null;
  /** A note to show in a field's message line while it has no problem (a number sent, then cleared), or `null`. */
  noteText(id: string): string | null;
  /** Whether the problem shown at a field is only a hint that does not block (a likely email typo). */
  problemIsHint(id: string): boolean;
  /** The value a shown hint proposes instead (`jenny@gmail.com` for `jenny@gmial.com`), or `null`. */
  suggestedValue(id: string): string | null;
  label(field: Field, country: string): string;
  /**
   * The person typed or chose a value; `typing` false for a value written for them once they finished
   * with the input (its settled form), which must not count as typing again.
   */
  edit(field: Field, value: FieldValue, typing?: boolean): void;
  /** An IME composition started or ended in the field. */
  composing(field: Field, composing: boolean): void;
  /** The towns a Japanese postal code shared by several stands for, or `null`. */
  postalTownChoices(field: Field): PostalTownChoice | null;
  /** The person picked one of them (by index). */
  pickPostalTown(field: Field, index: number): void;
  /** The person left the field. */
  leave(field: Field): void;
  /** The id of the control that has focus (id numbers show their value only then). */
  readonly focusedId: string | null;
  setFocused(id: string | null): void;
  /** The id type chosen for a v1 id number field (v1 has no type parameter). */
  idType(field: Field): string | undefined;
  setIdType(field: Field, idType: string): void;
  picker(field: Field): CountryPickerState;
  /** A repeatable list (`person.id_numbers`): how many items it has, and adding or removing one. */
  list(listId: string): {
    readonly count: number;
    readonly max: number;
    add(): void;
    remove(index: number): void;
  };
  /** Whether long option lists (the calling codes) are rendered in full; until then a picker holds only its choice. */
  readonly longLists: boolean;
  /** The person is about to use a long list: render them in full now. */
  showLongLists(): void;
  /** Grows each time tables the fields read (id types, region lists) arrive after a render. */
  readonly partsArrived: number;
  /** International calling codes for phone fields' code pickers, once loaded. */
  readonly callingCodes: readonly { readonly country: string; readonly code: string }[] | null;
  /** The country a phone field reads its number in: the picked one, else its address country. */
  phoneCountry(field: Field): string;
  setPhoneCountry(field: Field, country: string): void;
  /** For document uploads, which go straight to the Files API. */
  readonly publishableKey: string;
  readonly filesBase: string | null;
  readonly idempotencyHeader: boolean;
  /** A document field's upload changed: its file id(s), and whether it is still running or failed. */
  documentChanged(field: Field, event: DocumentUploadChangeEvent): void;
}
