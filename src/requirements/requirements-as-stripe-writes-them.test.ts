import { describe, expect, it } from 'vitest';
import { officialLeaves } from '../contract/official-params';
import { NOT_SUPPLIED_BY_THE_BROWSER } from '../fields/browser-excluded';
import { mountFields } from '../fields/mount';
import type { Field } from '../fields/types';
import { planFields, type PlanInput } from './field-plan';
import { readRequirements } from './requirement-input';

const shown = (input: PlanInput): Record<string, boolean> =>
  Object.fromEntries(planFields(input).fields.map(({ field, required }) => [field.id, required]));

describe('requirement inputs', () => {
  it('reads a list, a text of names or JSON, a v1 requirements object and v2 entries', () => {
    expect(readRequirements('individual.dob.day, individual.email\nindividual.phone')?.map((r) => r.path)).toEqual([
      'individual.dob.day',
      'individual.email',
      'individual.phone',
    ]);
    expect(readRequirements('["company.name"]')?.map((r) => r.path)).toEqual(['company.name']);
    expect(
      readRequirements({
        currently_due: ['individual.dob.day'],
        past_due: ['individual.email'],
        eventually_due: ['individual.id_number', 'individual.email'],
        errors: [
          { requirement: 'individual.verification.document', code: 'verification_document_expired', reason: '…' },
        ],
      }),
    ).toEqual([
      { path: 'individual.email', required: true, errors: [] },
      { path: 'individual.dob.day', required: true, errors: [] },
      { path: 'individual.verification.document', required: true, errors: ['verification_document_expired'] },
      { path: 'individual.id_number', required: false, errors: [] },
    ]);
    expect(
      readRequirements({
        entries: [
          { description: 'identity.individual.given_name', minimum_deadline: { status: 'currently_due' }, errors: [] },
          { description: 'identity.individual.address', minimum_deadline: { status: 'eventually_due' } },
          {
            description: 'given_name',
            reference: { type: 'person', resource: 'person_1ABC' },
            errors: [{ code: 'verification_failed_name_match', description: '…' }],
          },
          { description: 'identity.individual.email', awaiting_action_from: 'stripe' },
        ],
      }),
    ).toEqual([
      { path: 'identity.individual.given_name', required: true, errors: [] },
      { path: 'identity.individual.address', required: false, errors: [] },
      { path: 'person_1ABC.given_name', required: true, errors: ['verification_failed_name_match'] },
    ]);
  });

  it('asks for the default set when the requirements name nothing', () => {
    expect(readRequirements({ currently_due: [], eventually_due: [] })).toBeUndefined();
    expect(readRequirements('')).toBeUndefined();
  });
});

describe('requirements in v2 spelling', () => {
  it('are read on v2 and v1 forms alike', () => {
    const requirements = [
      'identity.individual.given_name',
      'identity.individual.date_of_birth.day',
      'identity.individual.id_numbers.us_ssn_last_4',
      'identity.attestations.terms_of_service.account',
    ];
    const v1 = shown({
      shape: { token: 'account', version: 'v1', businessType: 'individual' },
      country: 'US',
      requirements,
    });
    expect(v1).toMatchObject({
      'individual.given_name': true,
      'individual.dob.day': true,
      'individual.dob.month': true,
      'individual.dob.year': true,
      'individual.ssn_last_4': true,
      'account.terms.accepted': true,
    });
    const v2 = planFields({
      shape: { token: 'account', version: 'v2', businessType: 'individual' },
      country: 'US',
      requirements,
    });
    expect(v2.fields.map(({ field }) => field.id)).toEqual(
      expect.arrayContaining([
        'individual.id_numbers.0.type',
        'individual.id_numbers.0.value',
        'account.terms.accepted',
      ]),
    );
    // The type the requirement names is chosen for the person.
    expect(v2.defaults).toEqual({ 'individual.id_numbers.0.type': 'us_ssn_last_4' });
  });

  it('reach a business and its revenue, which only v2 carries', () => {
    const plan = shown({
      shape: { token: 'account', version: 'v2', businessType: 'company' },
      country: 'US',
      requirements: ['identity.business_details.registered_name', 'identity.business_details.annual_revenue'],
    });
    expect(plan).toMatchObject({
      'company.name': true,
      'company.annual_revenue.amount.value': true,
      'company.annual_revenue.amount.currency': true,
      'company.annual_revenue.fiscal_year_end': true,
    });
  });

  it('are asked for later, not now, when they are only eventually due', () => {
    const plan = shown({
      shape: { token: 'account', version: 'v2', businessType: 'individual' },
      country: 'US',
      requirements: {
        entries: [{ description: 'identity.individual.email', minimum_deadline: { status: 'eventually_due' } }],
      },
    });
    expect(plan['individual.email']).toBe(false);
  });
});

describe('who a requirement is for', () => {
  const person = { shape: { token: 'person', version: 'v1' }, country: 'US' } as const;

  it('asks a person form only for its own person’s requirements', () => {
    const requirements = ['person_1ABC.dob.day', 'person_2XYZ.email'];
    expect(Object.keys(shown({ ...person, requirements, person: 'person_1ABC' }))).toEqual([
      'person.dob.day',
      'person.dob.month',
      'person.dob.year',
    ]);
    const plan = planFields({ ...person, requirements, person: 'person_1ABC' });
    expect(plan.elsewhere).toEqual(['person_2XYZ.email']);
    expect(plan.unsupported).toEqual([]);
    // A form that does not say whose it is takes no one's by id.
    expect(planFields({ ...person, requirements }).fields).toEqual([]);
  });

  it('makes a person asked for by role hold that role', () => {
    const plan = planFields({ ...person, requirements: ['owners.first_name', 'directors.last_name'] });
    expect(plan.fixed).toEqual({ 'person.relationship.owner': true, 'person.relationship.director': true });
  });

  it('never shows company requirements on a person or an individual', () => {
    expect(planFields({ ...person, requirements: ['company.tax_id'] }).elsewhere).toEqual(['company.tax_id']);
    const individual = planFields({
      shape: { token: 'account', version: 'v1', businessType: 'individual' },
      country: 'US',
      requirements: ['company.tax_id', 'identity.business_details.registered_name', 'individual.email'],
    });
    expect(individual.fields.map(({ field }) => field.id)).toEqual(['individual.email']);
    expect(individual.elsewhere).toEqual(['company.tax_id', 'identity.business_details.registered_name']);
  });

  it('lists what no token can carry apart from what another form collects', () => {
    const plan = planFields({
      shape: { token: 'account', version: 'v1', businessType: 'company' },
      country: 'US',
      requirements: ['external_account', 'business_profile.url', 'representative.first_name', 'company.name'],
    });
    expect(plan.unsupported).toEqual(['external_account', 'business_profile.url']);
    expect(plan.elsewhere).toEqual(['representative.first_name']);
  });
});

describe("Stripe's errors on requirements", () => {
  it('are placed at the first field each requirement asks for', () => {
    const plan = planFields({
      shape: { token: 'account', version: 'v1', businessType: 'individual' },
      country: 'US',
      requirements: {
        currently_due: ['individual.address.postal_code', 'individual.verification.document'],
        errors: [
          { requirement: 'individual.address.postal_code', code: 'invalid_address_postal_code', reason: '…' },
          { requirement: 'individual.verification.document', code: 'verification_document_expired', reason: '…' },
        ],
      },
    });
    expect(plan.requirementErrors).toEqual([
      {
        fieldId: 'individual.address.postal_code',
        requirement: 'individual.address.postal_code',
        codes: ['invalid_address_postal_code'],
      },
      {
        fieldId: 'individual.verification.document.front',
        requirement: 'individual.verification.document',
        codes: ['verification_document_expired'],
      },
    ]);
  });
});

/** A field's parameter in the official leaf notation: list items and string lists as `[]`. */
function leafPath(field: Field): string {
  const path = field.name.replace(/\.\d+(?=\.|$)/g, '[]');
  return field.spec.encoding === 'string-list' ? `${path}[]` : path;
}

const notSuppliedByTheBrowser = (path: string): boolean =>
  Object.keys(NOT_SUPPLIED_BY_THE_BROWSER).some((name) => path === name || path.endsWith(`.${name}`));

describe.each([
  ['account', 'individual'],
  ['account', 'company'],
  ['person', undefined],
] as const)('every parameter of the official v2 %s token, asked for as a v2 requirement', (token, businessType) => {
  it('gets a control for at least 95 % of what a person can supply', () => {
    const shape = businessType ? { token, version: 'v2' as const, businessType } : { token, version: 'v2' as const };
    // What the person supplies: not what the host page, the browser or the form itself writes (a Kana
    // address's country, the date an attestation was given).
    const supplied = new Map(
      mountFields(shape).map((field) => [leafPath(field), (field.spec.source ?? 'user') === 'user']),
    );
    const wanted = officialLeaves('v2', token)
      .map((leaf) => leaf.path)
      .filter((path) => !notSuppliedByTheBrowser(path) && supplied.get(path) !== false)
      .filter(
        (path) =>
          !businessType ||
          !path.startsWith(businessType === 'company' ? 'identity.individual' : 'identity.business_details'),
      );
    // Stripe describes a requirement by its parameter path, without list markers.
    const requirements = wanted.map((path) => path.replaceAll('[]', ''));
    const plan = planFields({ shape, country: 'US', requirements });
    const controls = new Set(plan.fields.map(({ field }) => leafPath(field)));
    const covered = wanted.filter((path) => controls.has(path));
    const missing = wanted.filter((path) => !controls.has(path));
    expect(covered.length / wanted.length, `missing: ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
