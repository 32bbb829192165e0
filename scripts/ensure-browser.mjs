#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: Debian's package first, Playwright's download otherwise.
// Plain Node with no dependencies, so it can run before anything else is known to work.
//
// Environment (the defaults suit real machines; tests point them at fake files):
//   TOKEN_FORMS_SYSTEM_CHROMIUM      path of the system Chromium (default /usr/bin/chromium)
//   TOKEN_FORMS_PLAYWRIGHT_CHROMIUM  path of Playwright's Chromium (default: asked from playwright-core)
//   TOKEN_FORMS_APT_GET              path of apt-get (default: looked up on PATH)
//   TOKEN_FORMS_IS_ROOT              "1" or "0" to override the user id check
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const packages = ['chromium', 'fonts-noto-cjk'];

function isExecutable(path) {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function playwrightChromiumPath() {
  if (process.env.TOKEN_FORMS_PLAYWRIGHT_CHROMIUM !== undefined) return process.env.TOKEN_FORMS_PLAYWRIGHT_CHROMIUM;
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return '';
  }
}

function findAptGet() {
  if (process.env.TOKEN_FORMS_APT_GET !== undefined) return process.env.TOKEN_FORMS_APT_GET;
  const directories = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return directories.map((directory) => join(directory, 'apt-get')).find(isExecutable) ?? '';
}

function isRoot() {
  const override = process.env.TOKEN_FORMS_IS_ROOT;
  if (override === '1' || override === '0') return override === '1';
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(command, args) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

async function main() {
  const systemChromium = process.env.TOKEN_FORMS_SYSTEM_CHROMIUM ?? '/usr/bin/chromium';
  if (isExecutable(systemChromium)) {
    console.log(`ensure-browser: using ${systemChromium}`);
    return 0;
  }
  const bundledChromium = await playwrightChromiumPath();
  if (isExecutable(bundledChromium)) {
    console.log(`ensure-browser: using Playwright's Chromium at ${bundledChromium}`);
    return 0;
  }

  const aptGet = findAptGet();
  if (isRoot() && isExecutable(aptGet)) {
    if (!run(aptGet, ['update']) || !run(aptGet, ['install', '-y', ...packages])) {
      console.error('ensure-browser: apt-get failed; see its output above.');
      return 1;
    }
    if (isExecutable(systemChromium)) {
      console.log(`ensure-browser: installed ${systemChromium}`);
      return 0;
    }
    console.error(`ensure-browser: apt-get finished but ${systemChromium} is still missing.`);
    return 1;
  }

  console.error(
    [
      'ensure-browser: no Chromium found for the browser tests.',
      'Install one, then run the tests again:',
      `  sudo apt-get install -y ${packages.join(' ')}   (Debian/Ubuntu)`,
      '  npx playwright install chromium                    (anywhere else)',
    ].join('\n'),
  );
  return 1;
}

process.exitCode = await main();
