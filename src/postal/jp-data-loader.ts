// The table of the postal chunks' imports (one per three-digit prefix, ~950) is itself large: it loads with
// the first lookup, or when the browser is idle, never with the page.
import { JAPAN_POSTAL_PREFIXES } from './jp-data/prefixes';

/** Whether any Japanese postal code starts with these three digits. */
export const hasPostalChunk = (prefix: string): boolean => JAPAN_POSTAL_PREFIXES.has(prefix);

/** The chunk of one prefix, from the host's own origin next to this module. */
export const importPostalChunk = (prefix: string): Promise<{ default: unknown }> => import(`./jp-data/${prefix}.json`);
