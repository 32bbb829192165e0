import type { DocumentLabelKey } from './label-keys';
import type { FieldSpec, FilePurpose } from './types';

/**
 * Document upload fields. The file purpose follows the parameter, as the official parameter
 * descriptions state (a test checks each purpose against them).
 */

/** The v1 parameter a file id takes its length limit from where v1 has no parameter of its own. */
const FILE_ID_CONCEPT = 'verification.document.front';

function frontBack(key: DocumentLabelKey, v1: string | undefined, v2: string, purpose: FilePurpose): FieldSpec[] {
  const sides = (['front', 'back'] as const).map((side): FieldSpec => ({
    key: `${key}.${side}`,
    ...(v1 !== undefined ? { v1: `${v1}.${side}` } : { v1Concept: `verification.document.${side}` }),
    v2: `${v2}.front_back.${side}`,
    input: 'file',
    purpose,
    section: 'documents',
    label: `document.${side}`,
    document: key,
  }));
  // v2 documents name their kind; it is written once a side has a file.
  const type: FieldSpec = {
    key: `${key}.type`,
    v2: `${v2}.type`,
    input: 'select',
    source: 'derived',
    constant: 'front_back',
    section: 'documents',
    label: 'document.front',
    document: key,
  };
  return [...sides, type];
}

function fileList(
  key: DocumentLabelKey,
  v1: string | undefined,
  v2: string,
  extra: Partial<FieldSpec> = {},
): FieldSpec[] {
  return [
    {
      key: `${key}.files`,
      ...(v1 !== undefined ? { v1: `${v1}.files` } : {}),
      v2: `${v2}.files`,
      // Also for the lists an account's individual or a v1 company lacks.
      v1Concept: FILE_ID_CONCEPT,
      input: 'file',
      encoding: 'string-list',
      multiple: true,
      purpose: 'account_requirement',
      section: 'documents',
      label: 'document.files',
      document: key,
      ...extra,
    },
    {
      key: `${key}.type`,
      v2: `${v2}.type`,
      input: 'select',
      source: 'derived',
      constant: 'files',
      section: 'documents',
      label: 'document.files',
      document: key,
      ...extra,
    },
  ];
}

/** Identity documents of a person (person tokens, an account's individual). */
function personDocuments(): FieldSpec[] {
  return [
    ...frontBack(
      'verification.document',
      'verification.document',
      'documents.primary_verification',
      'identity_document',
    ),
    ...frontBack(
      'verification.additional_document',
      'verification.additional_document',
      'documents.secondary_verification',
      'identity_document',
    ),
    // v1 has these lists on person tokens only; v2 on persons and individuals alike.
    ...fileList('documents.passport', 'documents.passport', 'documents.passport', { personTokenOnly: 'v1' }),
    ...fileList('documents.visa', 'documents.visa', 'documents.visa', { personTokenOnly: 'v1' }),
    ...fileList(
      'documents.company_authorization',
      'documents.company_authorization',
      'documents.company_authorization',
      {
        personTokenOnly: 'v1',
      },
    ),
  ];
}

/** v2 business document lists, by parameter name. */
export const BUSINESS_DOCUMENT_LISTS = [
  'bank_account_ownership_verification',
  'company_license',
  'company_memorandum_of_association',
  'company_ministerial_decree',
  'company_registration_verification',
  'company_tax_id_verification',
  'proof_of_address',
  'proof_of_registration',
  'proof_of_ultimate_beneficial_ownership',
] as const;

/** Documents of a business (v1 `company`, v2 `identity.business_details`). */
function companyDocuments(): FieldSpec[] {
  return [
    // v1 verifies a company with an `additional_verification` file; v2 with an identity document.
    ...(['front', 'back'] as const).map((side): FieldSpec => ({
      key: `verification.document.${side}`,
      v1: `verification.document.${side}`,
      input: 'file',
      purpose: 'additional_verification',
      section: 'documents',
      label: `document.${side}`,
      document: 'verification.document',
    })),
    ...frontBack('documents.primary_verification', undefined, 'documents.primary_verification', 'identity_document'),
    ...BUSINESS_DOCUMENT_LISTS.flatMap((name) => fileList(`documents.${name}`, undefined, `documents.${name}`)),
    // Who signed a proof: the id of a person already on the account, which only the platform knows.
    ...(['proof_of_registration', 'proof_of_ultimate_beneficial_ownership'] as const).map((name): FieldSpec => ({
      key: `documents.${name}.signer.person`,
      v2: `documents.${name}.signer.person`,
      input: 'text',
      source: 'host',
      section: 'documents',
      label: `company.documents.${name}.signer.person`,
    })),
  ];
}

export function documentFields(owner: 'person' | 'company'): FieldSpec[] {
  return owner === 'person' ? personDocuments() : companyDocuments();
}
