import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { e2eDemoPort, e2eDemoUrl, e2eEmulatorPort } from './e2e/support/ports';

// Debian's Chromium where it exists (CI images, servers); Playwright's own download on developer laptops.
// scripts/ensure-browser.mjs makes sure one of the two is there and honours the same variable.
const systemChromium = process.env.TOKEN_FORMS_SYSTEM_CHROMIUM ?? '/usr/bin/chromium';
const useSystemChromium = existsSync(systemChromium);

// Quiet, reproducible runs: nothing in the browser may reach the network on its own.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: ci,
  retries: 0,
  // The machine running the tests is often small and shared.
  workers: 2,
  timeout: 30_000,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.TOKEN_FORMS_PLAYWRIGHT_JSON ?? 'test-results/playwright.json' }],
  ],
  use: {
    baseURL: e2eDemoUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          args: chromiumArgs,
          ...(useSystemChromium ? { executablePath: systemChromium } : {}),
        },
      },
    },
  ],
  // The same start script as `npm start`, on test ports.
  webServer: {
    command: 'node --import tsx scripts/start.ts',
    url: e2eDemoUrl,
    env: {
      TOKEN_FORMS_EMULATOR_PORT: String(e2eEmulatorPort),
      TOKEN_FORMS_DEMO_PORT: String(e2eDemoPort),
      TOKEN_FORMS_EMULATOR_STRICT_CORS: '1',
    },
    // Never a server this run did not start: whatever already listens on the port (a developer's
    // `npm start`, another checkout's tests) fails the run instead of being tested by mistake.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
