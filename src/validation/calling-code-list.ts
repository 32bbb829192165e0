import { onDemandModule } from '../lazy/on-demand';
import type * as CallingCodeTableModule from './phone-metadata/calling-codes';

/** A country and its international calling code (`JP`, `81`). */
export interface CallingCode {
  readonly country: string;
  readonly code: string;
}

export type CallingCodeTable = typeof CallingCodeTableModule;

// What the calling-code picker needs at first render, apart from the phone rules' code (`phone-rules.ts`),
// which only a check of a number needs. A failed download is fetched again by the next call.
const callingCodeTable = onDemandModule(() => import('./phone-metadata/calling-codes'), 'COUNTRY_CALLING_CODES');

/** Every country's calling code: small, but loaded with the first phone field only. */
export function loadCallingCodeTable(): Promise<CallingCodeTable> {
  return callingCodeTable.load();
}

/** Every country's international calling code (`{ country: 'JP', code: '81' }`), without loading any rules. */
export async function callingCodes(): Promise<readonly CallingCode[]> {
  const { COUNTRY_CALLING_CODES } = await loadCallingCodeTable();
  return Object.entries(COUNTRY_CALLING_CODES).map(([country, code]) => ({ country, code }));
}
