/**
 * The field schema's vocabulary. A field is data: where it goes in each API version's request, how it
 * is entered, how its value is encoded, how it is checked and which label and hint it carries.
 * Rendering, validation, serialisation and error mapping all read the same definitions.
 */

import type { DocumentLabelKey, LabelKey } from './label-keys';

export type ApiVersion = 'v1' | 'v2';
export type TokenKind = 'account' | 'person';
export type BusinessType = 'individual' | 'company' | 'non_profit' | 'government_entity';
export type FilePurpose = 'identity_document' | 'additional_verification' | 'account_requirement';

/** How the user enters a value. Components pick a control from this. */
export type InputKind =
  | 'text'
  | 'email'
  | 'tel'
  | 'country'
  | 'region'
  | 'postal-code'
  | 'select'
  | 'checkbox'
  | 'date'
  | 'percent'
  | 'integer'
  | 'id-number'
  | 'file'
  | 'attestation';

/** How a value is written into the request body. */
export type Encoding =
  | 'string'
  /** Whole number; form values are parsed. */
  | 'integer'
  | 'boolean'
  /** v1 takes a number, v2 a decimal string (`"25.5"`). */
  | 'decimal'
  /** The list of strings at the path (`nationalities`, `full_name_aliases`, `documents.*.files`). */
  | 'string-list'
  /** Unix seconds, filled in by the browser when the linked attestation is given. */
  | 'unix-time'
  /** The browser's user agent, filled in when the linked attestation is given. */
  | 'user-agent';

/** Who supplies a value. Only `user` values are typed into the form. */
export type ValueSource =
  /** Typed or chosen by the person filling in the form. */
  | 'user'
  /** Given by the host page through a property (`metadata`, a person id), never typed. */
  | 'host'
  /** Known to the browser at submission (attestation date, user agent). */
  | 'browser'
  /** Follows from other values (a document's `type` once a file is attached, an address's country). */
  | 'derived';

/** The script a value is written in: Japanese fields take Kana or Kanji, every other field Latin text. */
export type Script = 'latin' | 'kana' | 'kanji';

/** The parts of an address, in Stripe's names. `town` is the Japanese 町域 (and v2's general town). */
export type AddressPart = 'line1' | 'line2' | 'city' | 'town' | 'state' | 'postal_code' | 'country';

/** Which address a field is part of, and which part it is. */
export interface AddressMembership {
  /** The address's key in its group (`address`, `address_kana`, `registered_address`); `''` in a list item. */
  readonly key: string;
  readonly part: AddressPart;
}

/** Scripts a Japanese field accepts. */
export type ScriptRule = 'kana-name' | 'kana-address' | 'kanji-name' | 'kanji-address';

/** Names of the checks the validation layer runs on a field (see `src/validation`). */
export type CheckName =
  | 'email'
  | 'phone'
  | 'postal-code'
  /** Japan Post's data knows the code (Kanji address); its town is one of the code's (Kanji and Kana). */
  | 'japan-postal-code'
  | 'japan-town'
  | 'region'
  | 'date-of-birth'
  | 'registration-date'
  | 'percent-ownership'
  | 'person-id-number'
  | 'business-id-number'
  | 'country'
  | ScriptRule
  | TextRule;

/** What a free-text field may contain (see `src/validation/text.ts`): a person's name, an organisation's, an address line, or any text. */
export type TextRule = 'person-name' | 'organization-name' | 'address-line' | 'free-text';

export type SectionId =
  | 'entity'
  | 'name'
  | 'script-names'
  | 'additional-names'
  | 'contact'
  | 'date-of-birth'
  | 'address'
  | 'address-kana'
  | 'address-kanji'
  | 'registered-address'
  | 'additional-addresses'
  | 'nationality'
  | 'id-numbers'
  | 'gender-and-exposure'
  | 'relationship'
  | 'terms'
  | 'demographics'
  | 'documents'
  | 'company'
  | 'company-address'
  | 'company-address-kana'
  | 'company-address-kanji'
  | 'company-other-addresses'
  | 'company-tax'
  | 'company-revenue'
  | 'declarations'
  | 'metadata';

/**
 * One parameter of a field group, with its path relative to where the group is mounted. A path that is
 * `undefined` in a version means the parameter does not exist there.
 */
export interface FieldSpec {
  /** Stable within its group, independent of API version (`given_name`, `address.line1`). */
  readonly key: string;
  readonly v1?: string;
  readonly v2?: string;
  readonly input: InputKind;
  readonly encoding?: Encoding;
  readonly source?: ValueSource;
  readonly section: SectionId;
  /** The catalogue key of the field's label (an address part's may follow its country's layout). */
  readonly label: LabelKey;
  /** The script the value is written in; absent means Latin. */
  readonly script?: Exclude<Script, 'latin'>;
  /** For the parts of an address (its country included): which address and which part. */
  readonly address?: AddressMembership;
  /** For document uploads: which document the file belongs to (`verification.document`). */
  readonly document?: DocumentLabelKey;
  /** HTML `autocomplete` token(s) for the control. */
  readonly autocomplete?: string;
  /** HTML `inputmode` for numeric-only fields. */
  readonly inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'text';
  readonly checks?: readonly CheckName[];
  /** Choices for `select` inputs, per version when they differ. */
  readonly options?: readonly string[];
  readonly optionsV2?: readonly string[];
  /** Countries the field applies to; absent means every country. */
  readonly countries?: readonly string[];
  /** Sensitive values are masked while not focused and cleared once a token exists. */
  readonly sensitive?: boolean;
  /** File purpose, for `file` inputs. */
  readonly purpose?: FilePurpose;
  /** Whether a `file` input takes several files (`files[]` lists). */
  readonly multiple?: boolean;
  /** For browser-supplied values: the attestation field (by key) whose acceptance triggers them. */
  readonly attestedBy?: string;
  /** For derived values: the constant written when any sibling under the same parent has a value. */
  readonly constant?: string;
  /** For derived values: the key of the field (same group) whose value this one repeats. */
  readonly derivedFrom?: string;
  /** For the three parts of a date (`dob.day`, `dob.month`, `dob.year`). */
  readonly datePart?: 'day' | 'month' | 'year';
  /** Parameters that exist on person tokens only, not under an account's `individual` (in every version, or v1 only). */
  readonly personTokenOnly?: true | 'v1';
  /**
   * For a parameter v1 tokens lack: the v1 parameter of the same meaning (relative to the group, like
   * `v1`; list items as `[]`), whose length limit it takes, since v2's spec is not public.
   */
  readonly v1Concept?: string;
  /** A length limit of its own, only for a text parameter no v1 parameter shares a meaning with. */
  readonly maxLength?: number;
}

/** A repeatable list of field groups (`id_numbers[]`, `additional_addresses[]`). */
export interface ListSpec {
  /** Also the catalogue prefix of its items' labels (`id_numbers` → `id_numbers.value`). */
  readonly key: string;
  readonly v1?: string;
  readonly v2?: string;
  readonly max: number;
  readonly section: SectionId;
  readonly fields: readonly FieldSpec[];
}

/** A field placed in a concrete request: its full parameter path and the name its input carries. */
export interface Field {
  /** Stable id across versions: the group mount plus the spec key, list items by index. */
  readonly id: string;
  /** The dotted path in the request body of the selected API version; the input's `name`. */
  readonly name: string;
  readonly spec: FieldSpec;
  /** The group the field belongs to (`person`, `individual`, `company`, `account`, `representative`). */
  readonly group: string;
  /**
   * An attestation input with no parameter of its own in this version (v1 records acceptance as a date
   * and user agent): it carries the name of the first value it triggers, and writes nothing itself.
   */
  readonly controlOnly?: true;
  /** List membership, for fields inside a `ListSpec`. */
  readonly list?: { readonly key: string; readonly index: number };
  /**
   * The most characters (Unicode code points, as Stripe counts them) the value, or each item of a list,
   * may have: Stripe's limit for the v1 parameter of the same meaning (`src/fields/data/v1-max-lengths.ts`).
   * Absent where Stripe sets none (its check bounds an email or phone number) or the value is not text.
   */
  readonly maxLength?: number;
}
