// Runs an emulator in a child process (the same entry as `npm run emulator`), on a free port.
// A separate process keeps the test runner's module loader out of the emulator's way, and a hanging
// request in the emulator can never stall the runner.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface EmulatorProcess {
  url: string;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, '..', '..');

export interface EmulatorProcessOptions {
  /** Preflights allow only what Stripe is known to accept from a browser (TOKEN_FORMS_EMULATOR_STRICT_CORS). */
  strictCors: boolean;
  timeoutMs?: number;
}

export function startEmulatorProcess({
  strictCors,
  timeoutMs = 20_000,
}: EmulatorProcessOptions): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/node/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      TOKEN_FORMS_EMULATOR_PORT: '0',
      TOKEN_FORMS_EMULATOR_STRICT_CORS: strictCors ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The emulator did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The emulator exited (${code ?? 'signal'}) before listening:\n${output}`));
    });
  });
}
