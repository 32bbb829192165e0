// `npm run emulator`: the local Stripe emulator on TOKEN_FORMS_EMULATOR_PORT (default 12111), loopback only.
import { listenEmulator } from './listen';

const DEFAULT_PORT = 12111;

function portFromEnvironment(): number {
  const text = process.env.TOKEN_FORMS_EMULATOR_PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`TOKEN_FORMS_EMULATOR_PORT must be a port number, not "${text}".`);
  return port;
}

const running = await listenEmulator({ port: portFromEnvironment() });
console.log(`Stripe emulator listening on ${running.url}`);

function stop(): void {
  void running.close().finally(() => process.exit(0));
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
