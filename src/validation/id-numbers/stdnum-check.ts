import { onDemandModule } from '../../lazy/on-demand';
import type { IdCheck, IdFailure } from './id-check';

/** The part of a `stdnum` module this code uses. */
export interface StdnumModule {
  validate(value: string): { isValid: boolean; error?: { name: string } | undefined };
}

/** `stdnum` reports failures as error classes; their `name` survives minification. */
const FAILURE_BY_ERROR_NAME: Readonly<Record<string, IdFailure>> = {
  InvalidLength: 'length',
  InvalidChecksum: 'checksum',
  InvalidFormat: 'format',
  InvalidComponent: 'format',
};

/**
 * Full-width characters folded, upper case, without spaces and dots: not every module strips dots
 * (Uruguay writes 1.234.567-2). Hyphens stay: in a Finnish HETU or a Swedish personnummer they carry
 * the century.
 */
function stdnumInput(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[\s.]/g, '');
}

/**
 * Wraps one `stdnum` module, imported on first use so a form only downloads the checks for the id types
 * it shows; one that failed to download is fetched again by the next check. Pass a literal
 * `() => import('stdnum/lib/esm/…')` so bundlers can split it.
 */
export function stdnumCheck(load: () => Promise<StdnumModule>): IdCheck {
  const stdnum = onDemandModule(load, 'validate');
  return async (value) => {
    const module = await stdnum.load();
    try {
      const result = module.validate(stdnumInput(value));
      if (result.isValid) return null;
      return FAILURE_BY_ERROR_NAME[result.error?.name ?? ''] ?? 'format';
    } catch {
      return 'format';
    }
  };
}
