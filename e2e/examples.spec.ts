// The examples as an integrator builds them: each is copied into a fresh project with the packed package
// installed, type-checked (tsc / vue-tsc, no skipLibCheck), built with Vite and served as static files;
// in Chromium its forms create person tokens against the emulator.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  exampleDependencies,
  exampleProject,
  packedTarball,
  repositoryPackage,
  repositoryRoot,
} from '../scripts/packed-package';
import { expect, test } from './support/fixtures';
import { serveStatic } from './support/static-server';

const run = promisify(execFile);
const bin = (name: string): string => join(repositoryRoot, 'node_modules', '.bin', name);

const examples = [
  { name: 'react', typecheck: 'tsc', forms: ['jsx', 'wrapper'] },
  { name: 'vue', typecheck: 'vue-tsc', forms: ['vue'] },
] as const;

let tarball = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Packed once per change of the sources; Vitest's package test usually did it already.
  test.setTimeout(300_000);
  tarball = await packedTarball();
});

test('the examples declare the versions the repository tests them with', () => {
  const tested = { ...repositoryPackage.dependencies, ...repositoryPackage.devDependencies };
  for (const { name } of examples) {
    for (const [dependency, version] of Object.entries(exampleDependencies(name))) {
      expect(`${dependency}@${version}`, `examples/${name}`).toBe(`${dependency}@${tested[dependency]}`);
    }
  }
});

for (const example of examples) {
  test(`examples/${example.name} type-checks, builds on the packed package and gets person tokens`, async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    test.setTimeout(240_000);
    const project = await exampleProject(tarball, example.name);
    const server = await (async () => {
      await run(bin(example.typecheck), ['-p', 'tsconfig.json'], { cwd: project.root, timeout: 120_000 });
      await run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: project.root, timeout: 120_000 });
      return serveStatic(join(project.root, 'dist'), '/');
    })().catch((error: unknown) => {
      project.remove();
      throw error;
    });
    try {
      await page.goto(`${server.url}?${new URLSearchParams({ 'api-base': emulator.url }).toString()}`);
      for (const form of example.forms) {
        const section =
          form === 'vue'
            ? page.locator('main')
            : page.locator('section').filter({ has: page.locator(`output[data-form="${form}"]`) });
        const element = section.locator('person-token-form');
        const japanese = form === 'wrapper';
        // The JSX and Vue forms were given a first name through the `prefill` property.
        const firstName = element.getByLabel(japanese ? '名（ローマ字）' : 'First name');
        if (japanese) await firstName.fill('Hanako');
        else await expect(firstName).toHaveValue('Hanako');
        await element.getByLabel(japanese ? '姓（ローマ字）' : 'Last name').fill('Yamada');
        await element.getByRole('button', { name: japanese ? '送信' : 'Submit' }).click();
        const output = section.locator('output');
        await expect(output).toHaveText(/^cpt_/);
        const token = await emulator.token((await output.textContent()) ?? '');
        expect(token.params, form).toMatchObject({ first_name: 'Hanako', last_name: 'Yamada' });
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await server.close();
      project.remove();
    }
  });
}
