import { describe, expect, it } from 'vitest';
import { requirementErrorMessage, requirementErrorsMessage } from './requirement-errors';

describe('messages for Stripe’s errors on requirements', () => {
  it('say what went wrong and what to do, in English and Japanese', () => {
    expect(requirementErrorMessage('verification_document_expired', 'en')).toBe(
      'This document has expired. Upload a document that is still valid.',
    );
    expect(requirementErrorMessage('verification_failed_address_match', 'ja')).toContain('住所');
    expect(requirementErrorMessage('invalid_address_postal_code', 'en')).toContain('postal code');
  });

  it('fall back by family, then to a general sentence, for codes Stripe adds later', () => {
    expect(requirementErrorMessage('verification_document_something_new', 'en')).toContain('document');
    expect(requirementErrorMessage('invalid_address_something_new', 'ja')).toContain('住所');
    expect(requirementErrorMessage('brand_new_code', 'en')).toBe(
      'Stripe could not accept this information. Check it and correct it.',
    );
  });

  it('say each sentence once when several errors mean the same', () => {
    expect(requirementErrorsMessage(['verification_document_fraudulent', 'verification_document_corrupt'], 'en')).toBe(
      'Stripe could not accept this document. Upload a clear photo or scan of a valid document.',
    );
  });
});
