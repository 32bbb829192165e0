import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let child: ChildProcessWithoutNullStreams | undefined;

function start(env: Record<string, string>): ChildProcessWithoutNullStreams {
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return child;
}

function output(server: ChildProcessWithoutNullStreams, until: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const read = (chunk: Buffer): void => {
      text += chunk.toString();
      if (until.test(text)) resolve(text);
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', () => (until.test(text) ? resolve(text) : reject(new Error(`exited early:\n${text}`))));
  });
}

function exitCode(server: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) resolve(server.exitCode);
    else server.on('exit', (code) => resolve(code));
  });
}

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

describe('npm start', () => {
  it('serves the demo wired to a running emulator, prints one line with the URL, and Ctrl-C stops both', async () => {
    const server = start({ TOKEN_FORMS_EMULATOR_PORT: '0', TOKEN_FORMS_DEMO_PORT: '0' });
    const text = await output(server, /Token forms demo: open \S+/);
    const match = /Token forms demo: open (\S+) +\(local Stripe emulator at (\S+);/.exec(text);
    expect(match, text).not.toBeNull();
    const [, demoUrl = '', emulatorUrl = ''] = match ?? [];

    const page = await fetch(demoUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<person-token-form>');
    // The page's module gets the emulator that was actually started, not the default port.
    const main = await (await fetch(new URL('/demo/main.ts', demoUrl))).text();
    expect(main).toContain(emulatorUrl);
    const emulator = await fetch(new URL('/__emulator/tokens', emulatorUrl));
    expect(emulator.status).toBe(200);

    server.kill('SIGINT');
    await exitCode(server);
    await expect(fetch(demoUrl)).rejects.toThrow();
    await expect(fetch(new URL('/__emulator/tokens', emulatorUrl))).rejects.toThrow();
  }, 30_000);

  it('refuses a port that is not a number, saying which variable is wrong', async () => {
    const server = start({ TOKEN_FORMS_EMULATOR_PORT: 'twelve', TOKEN_FORMS_DEMO_PORT: '0' });
    const text = await output(server, /TOKEN_FORMS_EMULATOR_PORT/);
    expect(text).toContain('must be a port number');
    expect(await exitCode(server)).toBe(1);
  }, 30_000);
});
