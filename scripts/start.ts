// `npm start`: the local Stripe emulator plus the demo page on Vite's dev server. No network, no Stripe account.
import { createServer } from 'vite';
import { listenEmulator } from '../emulator/node/listen';
import { strictCorsFromEnv } from '../emulator/node/strict-cors-env';

const host = '127.0.0.1';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return port;
}

async function start(): Promise<void> {
  const emulatorPort = portFromEnv('TOKEN_FORMS_EMULATOR_PORT', 12111);
  const demoPort = portFromEnv('TOKEN_FORMS_DEMO_PORT', 5173);

  // Strict unless TOKEN_FORMS_EMULATOR_STRICT_CORS=0: the demo then works only with what works with Stripe.
  const emulator = await listenEmulator({ port: emulatorPort, host, strictCors: strictCorsFromEnv(process.env, true) });
  // vite.config.ts reads this, so the page talks to the emulator that was actually started.
  process.env.VITE_TOKEN_FORMS_EMULATOR_URL = emulator.url;

  const vite = await createServer({
    configFile: 'vite.config.ts',
    mode: 'development',
    server: { host, port: demoPort, strictPort: true, open: false },
    clearScreen: false,
  }).catch(async (error: unknown) => {
    await emulator.close();
    throw error;
  });
  await vite.listen();

  const demoUrl = vite.resolvedUrls?.local[0] ?? `http://${host}:${demoPort}/`;
  console.log(`\nToken forms demo: open ${demoUrl}  (local Stripe emulator at ${emulator.url}; Ctrl-C stops both)\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([vite.close(), emulator.close()]).then(() => {
      process.exit(signal === 'SIGINT' ? 130 : 0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const inUse = typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Could not start: ${message}. Stop the other process or choose other ports with TOKEN_FORMS_EMULATOR_PORT / TOKEN_FORMS_DEMO_PORT.`
      : `Could not start: ${message}`,
  );
  process.exit(1);
});
