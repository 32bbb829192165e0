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
