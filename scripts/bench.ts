/**
 * `npm run bench`: the figures speed and size targets are judged by. Prints, for the core, how long
 * planning, building and encoding a request takes, and, for the script-tag build in `dist/` (run
 * `npm run build` first), the gzip size of what a page loads up front and of each lazy chunk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { encodeFormBody, encodeJsonBody } from '../src/encoding/index';
// The core as the headless entry has it: every table installed (the elements load them on demand).
import { installAccountParts } from '../src/fields/account-parts';
import { installIdNumberTables } from '../src/validation/id-numbers/install-all';
import { installAllRegions } from '../src/validation/regions/install-all';
import { buildRequestBody } from '../src/params/build-body';
import { JOURNEYS } from '../src/params/fixtures/journeys';
import { planFields } from '../src/requirements/field-plan';
import { upFrontFiles } from './up-front-files';

installAccountParts();
installIdNumberTables();
installAllRegions();

function measure(label: string, iterations: number, run: () => void): void {
  for (let warm = 0; warm < Math.min(200, iterations); warm += 1) run();
  const started = performance.now();
  for (let i = 0; i < iterations; i += 1) run();
  const perCallUs = ((performance.now() - started) * 1000) / iterations;
  console.log(`${label.padEnd(58)} ${perCallUs.toFixed(1).padStart(9)} µs/op`);
}

console.log('Core (Node, one core)');
const now = new Date();
for (const journey of JOURNEYS) {
  const country = journey.title.includes('Japanese') ? 'JP' : 'US';
  measure(`plan + build + encode: ${journey.title.slice(0, 40)}`, 2000, () => {
    const plan = planFields({ shape: journey.shape, country });
    const body = buildRequestBody(plan.allFields, journey.values, {
      version: journey.shape.version,
      now,
      userAgent: 'bench',
    });
    if (journey.shape.version === 'v1') encodeFormBody(body);
    else encodeJsonBody(body);
  });
}

// What 1,000 plans keep alive, read after a full collection each time: the garbage that making them
// left behind (and the runs above) would otherwise count as theirs.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
collectGarbage();
const heapBefore = process.memoryUsage().heapUsed;
const plans = Array.from({ length: 1000 }, () =>
  planFields({ shape: { token: 'person', version: 'v1' }, country: 'JP' }),
);
collectGarbage();
const heapPerPlanKb = (process.memoryUsage().heapUsed - heapBefore) / plans.length / 1024;
console.log(`${'heap per person-form field plan'.padEnd(58)} ${heapPerPlanKb.toFixed(1).padStart(9)} KB`);

const dist = 'dist';
const entry = join(dist, 'token-forms.js');
if (!existsSync(entry)) {
  console.log('\nNo dist/token-forms.js: run `npm run build` for the bundle figures.');
} else {
  console.log('\nScript-tag build (gzip)');
  const gzipKb = (code: string | Buffer): number => gzipSync(code).length / 1024;
  const upFront = upFrontFiles(dist);
  for (const [path, code] of upFront) {
    console.log(`${`up front: dist/${path}`.slice(0, 58).padEnd(58)} ${gzipKb(code).toFixed(1).padStart(9)} KB`);
  }
  const chunkDir = join(dist, 'token-forms');
  if (existsSync(chunkDir)) {
    const chunks = readdirSync(chunkDir)
      .filter((name) => name.endsWith('.js') && !upFront.has(`token-forms/${name}`))
      .map((name) => ({ name, kb: gzipKb(readFileSync(join(chunkDir, name))) }))
      .sort((a, b) => b.kb - a.kb);
    for (const chunk of chunks.slice(0, 12)) {
      console.log(`${`lazy: ${chunk.name}`.slice(0, 58).padEnd(58)} ${chunk.kb.toFixed(1).padStart(9)} KB`);
    }
    if (chunks.length > 12) console.log(`… and ${chunks.length - 12} smaller lazy chunks`);
  }
}
