import { BUSINESS_TYPES } from './business-types';
import type { FieldSpec } from './types';

/**
 * An account token's own parameters: v1 inside `account[...]`, v2 at the body's root. Declarations are
 * shown as statements the user attests to; v1 records them with the date and user agent the browser
 * knows (Stripe records the IP itself), v2 with `attested: true`.
 */

function declaration(name: 'ownership' | 'directorship' | 'representative'): FieldSpec[] {
  const key = `${name}_declaration` as const;
  const label = `${key}.accepted` as const;
  return [
    {
      key: `${key}.accepted`,
      label,
      v2: `identity.attestations.${key}.attested`,
      input: 'attestation',
      encoding: 'boolean',
      section: 'declarations',
    },
    {
      key: `${key}.date`,
      label,
      v1: `company.${key}.date`,
      input: 'attestation',
      encoding: 'unix-time',
      source: 'browser',
      attestedBy: `${key}.accepted`,
      section: 'declarations',
    },
    {
      key: `${key}.user_agent`,
      label,
      v1: `company.${key}.user_agent`,
      input: 'attestation',
      encoding: 'user-agent',
      source: 'browser',
      attestedBy: `${key}.accepted`,
      section: 'declarations',
    },
  ];
}

function personsProvided(role: 'directors' | 'executives' | 'owners'): FieldSpec {
  return {
    key: `persons_provided.${role}`,
    label: `persons_provided.${role}`,
    v1: `company.${role}_provided`,
    v2: `identity.attestations.persons_provided.${role}`,
    input: 'checkbox',
    encoding: 'boolean',
    section: 'declarations',
  };
}

export { BUSINESS_TYPES };

export const accountFields: readonly FieldSpec[] = [
  {
    key: 'business_type',
    label: 'business_type',
    v1: 'business_type',
    v2: 'identity.entity_type',
    input: 'select',
    options: BUSINESS_TYPES,
    section: 'entity',
  },
  {
    key: 'display_name',
    label: 'display_name',
    v2: 'display_name',
    // No v1 token parameter has this meaning; v1 accounts' `business_profile.name` takes 5000.
    maxLength: 5000,
    input: 'text',
    section: 'entity',
    autocomplete: 'organization',
    checks: ['free-text'],
  },
  {
    key: 'contact_email',
    label: 'contact_email',
    v2: 'contact_email',
    input: 'email',
    inputMode: 'email',
    section: 'contact',
    autocomplete: 'email',
    checks: ['email'],
  },
  {
    key: 'contact_phone',
    label: 'contact_phone',
    v2: 'contact_phone',
    input: 'tel',
    inputMode: 'tel',
    section: 'contact',
    autocomplete: 'tel',
    checks: ['phone'],
  },
  personsProvided('directors'),
  personsProvided('executives'),
  personsProvided('owners'),
  {
    key: 'persons_provided.ownership_exemption_reason',
    label: 'persons_provided.ownership_exemption_reason',
    v1: 'company.ownership_exemption_reason',
    v2: 'identity.attestations.persons_provided.ownership_exemption_reason',
    input: 'select',
    options: ['qualified_entity_exceeds_ownership_threshold', 'qualifies_as_financial_institution'],
    section: 'declarations',
  },
  ...declaration('ownership'),
  {
    // v1's companion flag to the ownership declaration: the statement was shown and signed.
    key: 'ownership_declaration.shown_and_signed',
    label: 'ownership_declaration.accepted',
    v1: 'company.ownership_declaration_shown_and_signed',
    input: 'attestation',
    encoding: 'boolean',
    source: 'browser',
    attestedBy: 'ownership_declaration.accepted',
    section: 'declarations',
  },
  ...declaration('directorship'),
  ...declaration('representative'),
  {
    key: 'terms.accepted',
    label: 'terms.accepted',
    v1: 'tos_shown_and_accepted',
    v2: 'identity.attestations.terms_of_service.account.shown_and_accepted',
    input: 'attestation',
    encoding: 'boolean',
    section: 'terms',
  },
];
