import { describe, expect, it } from 'vitest';
import { countPlaywrightReport, countVitestReport, totalsLine } from './run-tests';

// Shapes as written by Vitest 4's and Playwright 1.65's `json` reporters (trimmed to what is read).
const vitestPassing = {
  numTotalTests: 9,
  numPassedTests: 8,
  numFailedTests: 1,
  numPendingTests: 0,
  testResults: [
    { name: '/repo/src/a.test.ts', status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
  ],
};
const vitestImportError = {
  numTotalTests: 0,
  numPassedTests: 0,
  numFailedTests: 0,
  testResults: [
    { name: '/repo/src/b.test.ts', status: 'failed', message: "Cannot find module './nope'", assertionResults: [] },
  ],
};

describe('counting test reports', () => {
  it('takes passed and failed tests from the Vitest report', () => {
    expect(countVitestReport(vitestPassing)).toEqual({ passed: 8, failed: 1 });
  });

  it('counts a Vitest file that failed before running any test as a failure', () => {
    expect(countVitestReport(vitestImportError)).toEqual({ passed: 0, failed: 1 });
  });

  it('counts flaky Playwright tests as passed and unexpected ones as failed', () => {
    const report = { stats: { expected: 5, skipped: 2, unexpected: 1, flaky: 1 }, errors: [] };
    expect(countPlaywrightReport(report)).toEqual({ passed: 6, failed: 1 });
  });

  it('counts Playwright errors outside tests as failures', () => {
    const report = { stats: { expected: 0, skipped: 0, unexpected: 0, flaky: 0 }, errors: [{ message: 'webServer' }] };
    expect(countPlaywrightReport(report)).toEqual({ passed: 0, failed: 1 });
  });

  it('refuses a report that is not one', () => {
    expect(() => countPlaywrightReport({ suites: [] })).toThrow();
    expect(() => countVitestReport('not json')).toThrow();
  });

  it('prints the exact final line over both runners', () => {
    expect(
      totalsLine([
        { passed: 8, failed: 1 },
        { passed: 6, failed: 0 },
      ]),
    ).toBe('tests: 14 passed, 1 failed');
    expect(totalsLine([])).toBe('tests: 0 passed, 0 failed');
  });
});
