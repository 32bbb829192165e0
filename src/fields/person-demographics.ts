import type { FieldSpec } from './types';

/** The US CFPB demographic questions a v1 person token may carry, with every answer Stripe takes. */

export const ETHNICITY_CHOICES = [
  'cuban',
  'hispanic_or_latino',
  'mexican',
  'not_hispanic_or_latino',
  'other_hispanic_or_latino',
  'prefer_not_to_answer',
  'puerto_rican',
] as const;

export const RACE_CHOICES = [
  'african_american',
  'american_indian_or_alaska_native',
  'asian',
  'asian_indian',
  'black_or_african_american',
  'chinese',
  'ethiopian',
  'filipino',
  'guamanian_or_chamorro',
  'haitian',
  'jamaican',
  'japanese',
  'korean',
  'native_hawaiian',
  'native_hawaiian_or_other_pacific_islander',
  'nigerian',
  'other_asian',
  'other_black_or_african_american',
  'other_pacific_islander',
  'samoan',
  'somali',
  'vietnamese',
  'white',
  'prefer_not_to_answer',
] as const;

/** The optional US CFPB demographic questions (v1 person tokens). */
export const demographics: readonly FieldSpec[] = [
  {
    key: 'us_cfpb_data.ethnicity',
    label: 'us_cfpb_data.ethnicity',
    v1: 'us_cfpb_data.ethnicity_details.ethnicity',
    input: 'select',
    encoding: 'string-list',
    options: ETHNICITY_CHOICES,
    section: 'demographics',
    countries: ['US'],
    personTokenOnly: true,
  },
  {
    key: 'us_cfpb_data.ethnicity_other',
    label: 'us_cfpb_data.ethnicity_other',
    v1: 'us_cfpb_data.ethnicity_details.ethnicity_other',
    input: 'text',
    section: 'demographics',
    countries: ['US'],
    personTokenOnly: true,
  },
  {
    key: 'us_cfpb_data.race',
    label: 'us_cfpb_data.race',
    v1: 'us_cfpb_data.race_details.race',
    input: 'select',
    encoding: 'string-list',
    options: RACE_CHOICES,
    section: 'demographics',
    countries: ['US'],
    personTokenOnly: true,
  },
  {
    key: 'us_cfpb_data.race_other',
    label: 'us_cfpb_data.race_other',
    v1: 'us_cfpb_data.race_details.race_other',
    input: 'text',
    section: 'demographics',
    countries: ['US'],
    personTokenOnly: true,
  },
  {
    key: 'us_cfpb_data.self_identified_gender',
    label: 'us_cfpb_data.self_identified_gender',
    v1: 'us_cfpb_data.self_identified_gender',
    input: 'text',
    section: 'demographics',
    countries: ['US'],
    personTokenOnly: true,
  },
];
