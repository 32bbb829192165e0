import type { SectionId } from '../fields/types';

import type { DocumentLabelKey, HintKey, LabelKey, OptionLabelKey } from '../fields/label-keys';

export type { DocumentLabelKey, HintKey, LabelKey, OptionLabelKey } from '../fields/label-keys';

export interface FieldLabelCatalogue {
  readonly hints: Readonly<Record<HintKey, string>>;
  readonly fields: Readonly<Record<LabelKey, string>>;
  readonly sections: Readonly<Record<SectionId, string>>;
  readonly options: Readonly<Record<OptionLabelKey, string>>;
  readonly documents: Readonly<Record<DocumentLabelKey, string>>;
  /** The statements a person attests to, shown beside the attestation checkbox. */
  readonly statements: Readonly<
    Record<'terms' | 'ownership_declaration' | 'directorship_declaration' | 'representative_declaration', string>
  >;
}

/** Field labels only an account form shows: its own, the company's and the declarations. */
type AccountFieldKey = Extract<
  LabelKey,
  | `company.${string}`
  | 'business_type'
  | 'display_name'
  | 'contact_email'
  | 'contact_phone'
  | `persons_provided.${string}`
  | `${'ownership' | 'directorship' | 'representative'}_declaration.accepted`
>;
type AccountSectionId = Extract<SectionId, 'entity' | `company${string}` | 'declarations'>;
type AccountOptionKey = Extract<OptionLabelKey, `business_type.${string}` | `ownership_exemption_reason.${string}`>;
type AccountStatement = 'ownership_declaration' | 'directorship_declaration' | 'representative_declaration';
type Statement = keyof FieldLabelCatalogue['statements'];

/** The words only an account form needs; they come with its chunk. */
export interface AccountLabelCatalogue {
  readonly hints: Readonly<Record<HintKey, string>>;
  readonly fields: Readonly<Record<AccountFieldKey, string>>;
  readonly sections: Readonly<Record<AccountSectionId, string>>;
  readonly options: Readonly<Record<AccountOptionKey, string>>;
  readonly statements: Readonly<Record<AccountStatement, string>>;
}

/** The words a person form needs: the whole catalogue but the account form's own. */
export interface PersonLabelCatalogue {
  readonly fields: Readonly<Record<Exclude<LabelKey, AccountFieldKey>, string>>;
  readonly sections: Readonly<Record<Exclude<SectionId, AccountSectionId>, string>>;
  readonly options: Readonly<Record<Exclude<OptionLabelKey, AccountOptionKey>, string>>;
  readonly documents: Readonly<Record<DocumentLabelKey, string>>;
  readonly statements: Readonly<Record<Exclude<Statement, AccountStatement>, string>>;
}
