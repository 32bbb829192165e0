// The committed per-calling-code phone rules are what the generator makes from the installed libphonenumber-js.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phoneMetadataFiles } from '../../../scripts/generate-phone-metadata';

describe('generated phone metadata', () => {
  it('is fresh: run `npx tsx scripts/generate-phone-metadata.ts` after updating libphonenumber-js', () => {
    const files = phoneMetadataFiles();
    for (const [path, contents] of files) expect(readFileSync(path, 'utf8'), path).toBe(contents);
    const committedPlans = readdirSync('src/validation/phone-metadata/plans').map((name) =>
      join('src/validation/phone-metadata/plans', name),
    );
    expect(committedPlans.sort()).toEqual([...files.keys()].filter((path) => path.includes('/plans/')).sort());
  });
});
