import type { RequirementErrorWords } from './requirement-errors.types';

/** Stripe's requirement errors in English: by code, by family of codes, then in general. */
export const REQUIREMENT_ERRORS_EN: RequirementErrorWords = {
  byCode: {
    verification_document_expired: 'This document has expired. Upload a document that is still valid.',
    verification_document_not_readable:
      'This document could not be read. Upload a sharp, well-lit photo or scan of the whole document.',
    verification_document_failed_greyscale: 'This document is in black and white. Upload a colour photo or scan.',
    verification_document_failed_copy: 'This looks like a copy. Upload a photo of the original document.',
    verification_document_missing_back: 'The back of the document is missing. Upload both sides.',
    verification_document_missing_front: 'The front of the document is missing. Upload both sides.',
    verification_document_incomplete: 'Part of the document is cut off. Upload a photo that shows all four corners.',
    verification_document_too_large: 'This file is too large. Upload a file under 10 MB.',
    verification_document_type_not_supported:
      'This kind of document is not accepted. Upload a passport, driving licence or national ID card.',
    verification_document_name_mismatch:
      'The name on the document does not match the name you gave. Check your name, or upload a document in that name.',
    verification_document_dob_mismatch:
      'The date of birth on the document does not match the one you gave. Check your date of birth.',
    verification_document_address_mismatch:
      'The address on the document does not match the address you gave. Check the address, or upload a matching document.',
    verification_document_id_number_mismatch:
      'The number on the document does not match the ID number you gave. Check the number.',
    verification_failed_address_match:
      'Stripe could not confirm this address. Check it, or upload a document that shows it.',
    verification_failed_residential_address:
      'This address could not be confirmed as a home address. Enter where you live.',
    verification_failed_id_number_match:
      'This ID number does not match the name and date of birth you gave. Check all three.',
    verification_failed_name_match: 'Stripe could not confirm this name. Enter it exactly as it appears on your ID.',
    verification_failed_keyed_identity:
      'Stripe could not confirm who you are from these details. Check your name, date of birth and ID number.',
    verification_failed_tax_id_match:
      'This tax ID does not match the registered name. Check the number and the legal name.',
    verification_failed_tax_id_not_issued: 'This tax ID was not found. Check the number.',
    invalid_address_city_state_postal_code: 'The city, state and postal code do not belong together. Check all three.',
    invalid_address_postal_code: 'This postal code does not fit the address. Check it.',
    unresolvable_postal_code: 'This postal code was not found. Check it.',
    invalid_street_address: 'This street address was not found. Check the street and number.',
    invalid_address_private_mailbox: 'A private mailbox cannot be used. Enter a street address.',
    invalid_address_cmra_address: 'A mail-forwarding address cannot be used. Enter a street address.',
    invalid_dob_age_under_18: 'The person must be at least 18. Check the date of birth.',
    invalid_dob_age_over_maximum: 'This date of birth is too far in the past. Check the year.',
    invalid_tax_id: 'This tax ID is not valid. Check the number.',
    invalid_tax_id_format: 'This tax ID is not in the right format. Check the number.',
    invalid_company_name_denylisted: 'This business name cannot be used. Enter the registered legal name.',
    invalid_tos_acceptance: 'The terms were not accepted correctly. Accept them again.',
  },
  byPrefix: [
    [
      'verification_document_',
      'Stripe could not accept this document. Upload a clear photo or scan of a valid document.',
    ],
    ['verification_selfie_', 'The photo of you could not be matched to your document. Take a new one.'],
    ['invalid_address_', 'Stripe could not use this address. Check it and enter a street address.'],
    [
      'verification_failed_',
      'Stripe could not confirm this information. Check it, or upload a document that shows it.',
    ],
    ['invalid_dob_', 'Check the date of birth.'],
  ],
  general: 'Stripe could not accept this information. Check it and correct it.',
};
