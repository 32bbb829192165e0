// `npm test`: typecheck, lint, unit tests, browser tests — every step runs, output streams through,
// and the last line is `tests: N passed, M failed` counted from the Vitest and Playwright JSON reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface TestCounts {
  passed: number;
  failed: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * Vitest's `json` reporter (Jest-compatible totals). A test file that fails before any test runs (an import
 * error) has no failed test in the totals; it counts as one failure so the line never hides it.
 */
export function countVitestReport(report: unknown): TestCounts {
  if (!isRecord(report)) throw new Error('The Vitest report is not a JSON object');
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  const filesFailedWithoutTests = files.filter(
    (file) =>
      isRecord(file) &&
      file.status === 'failed' &&
      !(
        Array.isArray(file.assertionResults) &&
        file.assertionResults.some((test) => isRecord(test) && test.status === 'failed')
      ),
  ).length;
  return { passed: count(report.numPassedTests), failed: count(report.numFailedTests) + filesFailedWithoutTests };
}

/**
 * Playwright's `json` reporter: a flaky test passed on retry, an unexpected one failed. Errors outside any
 * test (a spec that does not load, a web server that does not start) count as failures too.
 */
export function countPlaywrightReport(report: unknown): TestCounts {
  if (!isRecord(report) || !isRecord(report.stats)) throw new Error('The Playwright report has no stats');
  const { expected, flaky, unexpected } = report.stats;
  const errorsOutsideTests = Array.isArray(report.errors) ? report.errors.length : 0;
  return { passed: count(expected) + count(flaky), failed: count(unexpected) + errorsOutsideTests };
}

export function totalsLine(counts: readonly TestCounts[]): string {
  const passed = counts.reduce((sum, next) => sum + next.passed, 0);
  const failed = counts.reduce((sum, next) => sum + next.failed, 0);
  return `tests: ${passed} passed, ${failed} failed`;
}

interface Step {
  name: string;
  commands: { command: string; args: string[] }[];
  /** The commands depend on each other (no Playwright without a browser); otherwise all of them run. */
  chained?: boolean;
}

interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
}

const root = resolve(import.meta.dirname, '..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
}

async function runStep(step: Step, env: NodeJS.ProcessEnv): Promise<StepResult> {
  const started = performance.now();
  console.log(`\n▶ ${step.name}`);
  let ok = true;
  for (const { command, args } of step.commands) {
    ok = (await runCommand(command, args, env)) && ok;
    if (!ok && step.chained) break;
  }
  return { name: step.name, ok, seconds: (performance.now() - started) / 1000 };
}

function readCounts(path: string, counter: (report: unknown) => TestCounts, label: string): TestCounts | null {
  if (!existsSync(path)) {
    console.log(`${label}: no report was written (the run did not get that far)`);
    return null;
  }
  try {
    return counter(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    console.log(`${label}: unreadable report (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

async function main(): Promise<number> {
  const reports = mkdtempSync(join(tmpdir(), 'token-forms-tests-'));
  const vitestReport = join(reports, 'vitest.json');
  const playwrightReport = join(reports, 'playwright.json');
  const env = {
    ...process.env,
    TOKEN_FORMS_PLAYWRIGHT_JSON: playwrightReport,
    FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
  };

  const steps: Step[] = [
    { name: 'typecheck', commands: [{ command: bin('tsc'), args: ['-p', 'tsconfig.json'] }] },
    {
      name: 'lint',
      commands: [
        { command: bin('eslint'), args: ['.', '--max-warnings', '0'] },
        { command: bin('prettier'), args: ['--check', '.'] },
      ],
    },
    {
      name: 'unit tests (Vitest)',
      commands: [
        {
          command: bin('vitest'),
          args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
        },
      ],
    },
    {
      name: 'browser tests (Playwright)',
      chained: true,
      commands: [
        { command: process.execPath, args: [join(root, 'scripts', 'ensure-browser.mjs')] },
        { command: bin('playwright'), args: ['test'] },
      ],
    },
  ];

  const results: StepResult[] = [];
  for (const step of steps) results.push(await runStep(step, env));

  console.log('\nSummary');
  for (const result of results) {
    console.log(`  ${result.ok ? '✓' : '✗'} ${result.name} (${result.seconds.toFixed(1)} s)`);
  }
  const counts = [
    readCounts(vitestReport, countVitestReport, 'Vitest'),
    readCounts(playwrightReport, countPlaywrightReport, 'Playwright'),
  ].filter((entry): entry is TestCounts => entry !== null);
  rmSync(reports, { recursive: true, force: true });

  console.log(totalsLine(counts));
  return results.every((result) => result.ok) ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
