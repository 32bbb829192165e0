import type { AddressPart } from './address';

/** How a country writes an address: the order of its parts and what they are called there. */
export interface AddressLayout {
  /** Parts in the order people write them; parts not listed are not asked for. */
  readonly order: readonly AddressPart[];
  readonly postalCodeLabel: 'postal_code' | 'zip_code' | 'postcode' | 'pin_code' | 'eircode';
  readonly stateLabel: 'state' | 'province' | 'state_or_territory' | 'county' | 'prefecture' | 'region' | 'emirate';
  readonly cityLabel: 'city' | 'town_or_city' | 'city_or_ward' | 'suburb_or_city' | 'district';
}

/** Most of Europe: no state, the postal code before the city. */
const DEFAULT: AddressLayout = {
  order: ['line1', 'line2', 'postal_code', 'city', 'country'],
  postalCodeLabel: 'postal_code',
  stateLabel: 'region',
  cityLabel: 'city',
};

const CITY_STATE_ZIP: readonly AddressPart[] = ['line1', 'line2', 'city', 'state', 'postal_code', 'country'];

const LAYOUTS: Readonly<Record<string, Partial<AddressLayout>>> = {
  US: { order: CITY_STATE_ZIP, postalCodeLabel: 'zip_code', stateLabel: 'state' },
  CA: { order: CITY_STATE_ZIP, stateLabel: 'province' },
  AU: { order: CITY_STATE_ZIP, stateLabel: 'state_or_territory', cityLabel: 'suburb_or_city' },
  IT: { order: ['line1', 'line2', 'postal_code', 'city', 'state', 'country'], stateLabel: 'province' },
  ES: { order: ['line1', 'line2', 'postal_code', 'city', 'state', 'country'], stateLabel: 'province' },
  TH: { order: ['line1', 'line2', 'city', 'state', 'postal_code', 'country'], stateLabel: 'province' },
  GB: {
    order: ['line1', 'line2', 'city', 'postal_code', 'country'],
    postalCodeLabel: 'postcode',
    cityLabel: 'town_or_city',
  },
  IE: {
    order: ['line1', 'line2', 'city', 'state', 'postal_code', 'country'],
    postalCodeLabel: 'eircode',
    stateLabel: 'county',
  },
  IN: { order: CITY_STATE_ZIP, postalCodeLabel: 'pin_code', stateLabel: 'state' },
  MX: { order: CITY_STATE_ZIP, stateLabel: 'state' },
  BR: { order: CITY_STATE_ZIP, stateLabel: 'state' },
  MY: { order: ['line1', 'line2', 'postal_code', 'city', 'state', 'country'], stateLabel: 'state' },
  HK: { order: ['line1', 'line2', 'city', 'country'], cityLabel: 'district' },
  AE: { order: ['line1', 'line2', 'city', 'state', 'country'], stateLabel: 'emirate' },
  SG: { order: ['line1', 'line2', 'postal_code', 'country'] },
  // Japanese addresses run from the largest unit to the smallest: 〒, 都道府県, 市区町村, 町域, 番地, 建物.
  JP: {
    order: ['postal_code', 'state', 'city', 'town', 'line1', 'line2', 'country'],
    stateLabel: 'prefecture',
    cityLabel: 'city_or_ward',
  },
};

export function addressLayout(country: string): AddressLayout {
  return { ...DEFAULT, ...LAYOUTS[country.toUpperCase()] };
}
