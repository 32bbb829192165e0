// The committed country names are what the generator makes from the installed i18n-iso-countries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryNameFiles } from '../../../scripts/generate-country-names';

describe('generated country names', () => {
  it('are fresh: run `npx tsx scripts/generate-country-names.ts` after updating i18n-iso-countries', () => {
    for (const [path, contents] of countryNameFiles()) expect(readFileSync(path, 'utf8'), path).toBe(contents);
  });
});
