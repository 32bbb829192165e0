import type { AccountLabelCatalogue } from './field-labels.types';

// The words only an account form shows, in English: loaded with its chunk, merged into the catalogue.
export const ACCOUNT_LABELS_EN = {
  hints: {
    'company.annual_revenue.amount.value': 'In the currency’s smallest unit: cents for dollars and euros, yen for yen.',
    'company.monthly_estimated_revenue.amount.value':
      'In the currency’s smallest unit: cents for dollars and euros, yen for yen.',
    'company.annual_revenue.fiscal_year_end': 'The last day of the last fiscal year, as YYYY-MM-DD.',
  },
  fields: {
    'company.name': 'Legal business name',
    'company.name_kanji': 'Legal business name (Kanji)',
    'company.name_kana': 'Legal business name (Katakana)',
    'company.structure': 'Business structure',
    'company.phone': 'Business phone number',
    'company.tax_id': 'Tax ID',
    'company.tax_id_registrar': 'Tax ID registrar',
    'company.vat_id': 'VAT number',
    'company.registration_number': 'Registration number',
    'company.export_license_id': 'Export license ID',
    'company.export_purpose_code': 'Export purpose code',
    'company.annual_revenue.amount.value': 'Annual revenue',
    'company.annual_revenue.amount.currency': 'Annual revenue currency',
    'company.annual_revenue.fiscal_year_end': 'Fiscal year end',
    'company.monthly_estimated_revenue.amount.value': 'Estimated monthly revenue',
    'company.monthly_estimated_revenue.amount.currency': 'Monthly revenue currency',
    'company.estimated_worker_count': 'Number of workers',
    'company.documents.proof_of_registration.signer.person': 'Signer',
    'company.documents.proof_of_ultimate_beneficial_ownership.signer.person': 'Signer',
    business_type: 'Business type',
    display_name: 'Display name',
    contact_email: 'Contact email',
    contact_phone: 'Contact phone number',
    'persons_provided.directors': 'All directors have been provided',
    'persons_provided.executives': 'All executives have been provided',
    'persons_provided.owners': 'All owners have been provided',
    'persons_provided.ownership_exemption_reason': 'Reason the business need not list owners',
    'ownership_declaration.accepted': 'I confirm the ownership information',
    'directorship_declaration.accepted': 'I confirm the director information',
    'representative_declaration.accepted': 'I confirm I am an authorized representative',
  },
  sections: {
    entity: 'Account',
    company: 'Business details',
    'company-address': 'Business address',
    'company-address-kana': 'Business address (Katakana)',
    'company-address-kanji': 'Business address (Kanji)',
    'company-other-addresses': 'Other business addresses',
    'company-tax': 'Registration and tax',
    'company-revenue': 'Revenue and size',
    declarations: 'Declarations',
  },
  options: {
    'business_type.individual': 'Individual or sole proprietor',
    'business_type.company': 'Company',
    'business_type.non_profit': 'Non-profit organization',
    'business_type.government_entity': 'Government entity',
    'ownership_exemption_reason.qualified_entity_exceeds_ownership_threshold':
      'A qualified entity owns more than the ownership threshold',
    'ownership_exemption_reason.qualifies_as_financial_institution': 'The business is a financial institution',
  },
  statements: {
    ownership_declaration: 'I confirm that the information about the owners of this business is complete and correct.',
    directorship_declaration:
      'I confirm that the information about the directors of this business is complete and correct.',
    representative_declaration:
      'I confirm that I am authorized to act for this business and that the information I gave is correct.',
  },
} as const satisfies AccountLabelCatalogue;
