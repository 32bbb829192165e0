// The prefixes and the import of a chunk load with the first lookup, or when the browser is idle, never with
// the page. A bundler makes the import a table of ~950 (one per prefix); the builds served as files replace
// it by an import by name (`scripts/postal-data-vite-plugins.ts`), so keep the import written as it is.
import { JAPAN_POSTAL_PREFIXES } from './jp-data/prefixes';

/** Whether any Japanese postal code starts with these three digits. */
export const hasPostalChunk = (prefix: string): boolean => JAPAN_POSTAL_PREFIXES.has(prefix);

/** The chunk of one prefix, from the host's own origin next to this module. */
export const importPostalChunk = (prefix: string): Promise<{ default: unknown }> => import(`./jp-data/${prefix}.json`);
