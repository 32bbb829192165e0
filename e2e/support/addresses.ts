// The journeys' addresses, so that the browser tests type and expect the same data as the unit tests.
import { TOKYO_ADDRESS } from '../../src/params/fixtures/journeys';

export { ADDRESSES, TOKYO_ADDRESS } from '../../src/params/fixtures/journeys';

/** The Tokyo address as a token carries it: each script with the one postal code and the country. */
export const tokyoAddressParams = {
  address_kanji: { ...TOKYO_ADDRESS.kanji, country: 'JP' },
  address_kana: { postal_code: TOKYO_ADDRESS.kanji.postal_code, ...TOKYO_ADDRESS.kana, country: 'JP' },
} as const;
