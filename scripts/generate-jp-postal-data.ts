/**
 * Writes the Japanese postal-code chunks into `src/postal/jp-data/` (`npm run generate:postal`); the output
 * is committed, and `scripts/jp-postal-data.test.ts` fails when it no longer matches the installed data.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPostalData, postalDataFiles } from './jp-postal-data';

const outDirectory = fileURLToPath(new URL('../src/postal/jp-data/', import.meta.url));
mkdirSync(outDirectory, { recursive: true });
for (const name of readdirSync(outDirectory)) rmSync(new URL(name, `file://${outDirectory}`));
const data = buildPostalData();

for (const [name, text] of await postalDataFiles(data)) writeFileSync(`${outDirectory}${name}`, text);
console.log(`jp-postal-data: ${data.chunks.size} chunks, data of ${data.date}`);
