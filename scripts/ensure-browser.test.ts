import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'ensure-browser.mjs');

let sandbox: string;
let systemChromium: string;
let playwrightChromium: string;
let aptLog: string;

function writeExecutable(path: string, body: string): void {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** A stand-in for apt-get that records its arguments and, on install, "installs" the system Chromium. */
function fakeAptGet(options: { failOn?: 'update' | 'install'; installs?: boolean } = {}): string {
  const path = join(sandbox, 'apt-get');
  const fail = options.failOn ? `[ "$1" = "${options.failOn}" ] && exit 100` : '';
  const install = options.installs === false ? '' : `[ "$1" = "install" ] && cp "$0" "${systemChromium}"`;
  writeExecutable(path, [`echo "$@" >> "${aptLog}"`, fail, install, 'exit 0'].join('\n'));
  return path;
}

function ensureBrowser(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      TOKEN_FORMS_SYSTEM_CHROMIUM: systemChromium,
      TOKEN_FORMS_PLAYWRIGHT_CHROMIUM: playwrightChromium,
      TOKEN_FORMS_APT_GET: '',
      TOKEN_FORMS_IS_ROOT: '0',
      ...env,
    },
  });
  const aptCalls = existsSync(aptLog) ? readFileSync(aptLog, 'utf8').trim().split('\n') : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, aptCalls };
}

beforeEach(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'ensure-browser-'));
  systemChromium = join(sandbox, 'usr-bin-chromium');
  playwrightChromium = join(sandbox, 'ms-playwright-chrome');
  aptLog = join(sandbox, 'apt.log');
});

afterEach(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

describe('ensure-browser', () => {
  it('uses the system Chromium when it exists and installs nothing', () => {
    writeExecutable(systemChromium, 'exit 0');
    const result = ensureBrowser({ TOKEN_FORMS_IS_ROOT: '1', TOKEN_FORMS_APT_GET: fakeAptGet() });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(systemChromium);
    expect(result.aptCalls).toEqual([]);
  });

  it("falls back to Playwright's own Chromium", () => {
    writeExecutable(playwrightChromium, 'exit 0');
    const result = ensureBrowser({ TOKEN_FORMS_IS_ROOT: '1', TOKEN_FORMS_APT_GET: fakeAptGet() });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(playwrightChromium);
    expect(result.aptCalls).toEqual([]);
  });

  it('does not take a file that is not executable for a browser', () => {
    writeFileSync(systemChromium, 'not a program');
    const result = ensureBrowser({});
    expect(result.status).toBe(1);
  });

  it('as root with apt-get, installs chromium and CJK fonts', () => {
    const result = ensureBrowser({ TOKEN_FORMS_IS_ROOT: '1', TOKEN_FORMS_APT_GET: fakeAptGet() });
    expect(result.aptCalls).toEqual(['update', 'install -y chromium fonts-noto-cjk']);
    expect(result.status).toBe(0);
  });

  it('fails when apt-get fails, without trying to install after a failed update', () => {
    const result = ensureBrowser({ TOKEN_FORMS_IS_ROOT: '1', TOKEN_FORMS_APT_GET: fakeAptGet({ failOn: 'update' }) });
    expect(result.status).toBe(1);
    expect(result.aptCalls).toEqual(['update']);
  });

  it('fails when the install leaves no browser behind', () => {
    const result = ensureBrowser({ TOKEN_FORMS_IS_ROOT: '1', TOKEN_FORMS_APT_GET: fakeAptGet({ installs: false }) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('still missing');
  });

  it('without root, installs nothing and prints both commands to run', () => {
    const result = ensureBrowser({ TOKEN_FORMS_IS_ROOT: '0', TOKEN_FORMS_APT_GET: fakeAptGet() });
    expect(result.status).toBe(1);
    expect(result.aptCalls).toEqual([]);
    expect(result.stderr).toContain('sudo apt-get install -y chromium fonts-noto-cjk');
    expect(result.stderr).toContain('npx playwright install chromium');
  });

  it('as root without apt-get, prints both commands to run', () => {
    const result = ensureBrowser({ TOKEN_FORMS_IS_ROOT: '1', TOKEN_FORMS_APT_GET: join(sandbox, 'no-apt-get') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sudo apt-get install -y chromium fonts-noto-cjk');
    expect(result.stderr).toContain('npx playwright install chromium');
  });
});
