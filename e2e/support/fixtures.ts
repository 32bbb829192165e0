// Shared Playwright fixtures: an emulator of its own per worker, console error capture, and the demo page.
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { emulatorAdmin } from './emulator-admin';
import { startEmulatorProcess } from './emulator-process';
import { buildScriptTagBundle } from './static-site';
import type { EmulatorAdmin } from './emulator-admin';

export { expect };
export { expectNoAxeViolations } from './accessibility';
export type {
  EmulatorAdmin,
  Fault,
  FaultRule,
  RecordedPreflight,
  RecordedRequest,
  StoredToken,
} from './emulator-admin';

interface TestFixtures {
  /** This worker's emulator, reset before each test. */
  emulator: EmulatorAdmin;
  /** Console errors and uncaught exceptions of the page, collected from its first load. */
  consoleErrors: string[];
  /** Opens the demo page wired to this worker's emulator. */
  openDemo: (query?: Record<string, string>) => Promise<Page>;
}

interface WorkerFixtures {
  /**
   * `strict` (default): preflights allow only the headers Stripe is known to accept from a browser, so
   * a test passes only if the default transport needs nothing more. `lenient`: every header Stripe's
   * SDKs send, for tests of the opt-in headers (`test.use({ emulatorCors: 'lenient' })`).
   */
  emulatorCors: 'strict' | 'lenient';
  workerEmulatorUrl: string;
  /** A folder with `token-forms.js` and its chunks as `vite build` makes them; built once per worker, when asked for. */
  scriptTagBundle: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // Each worker owns an emulator, so faults and resets in one test never reach another worker's test.
  emulatorCors: ['strict', { scope: 'worker', option: true }],
  workerEmulatorUrl: [
    async ({ emulatorCors }, use) => {
      const emulator = await startEmulatorProcess({ strictCors: emulatorCors === 'strict' });
      await use(emulator.url);
      await emulator.stop();
    },
    { scope: 'worker' },
  ],

  scriptTagBundle: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const bundle = await buildScriptTagBundle();
      await use(bundle.directory);
      bundle.dispose();
    },
    { scope: 'worker', timeout: 240_000 },
  ],

  emulator: async ({ workerEmulatorUrl }, use) => {
    const admin = emulatorAdmin(workerEmulatorUrl);
    await admin.reset();
    await use(admin);
  },

  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
    await use(errors);
  },

  // Depends on consoleErrors so that listening starts before the page loads.
  openDemo: async ({ page, emulator, consoleErrors }, use) => {
    void consoleErrors;
    await use(async (query = {}) => {
      const search = new URLSearchParams({ emulator: emulator.url, ...query });
      await page.goto(`/?${search.toString()}`);
      return page;
    });
  },
});
