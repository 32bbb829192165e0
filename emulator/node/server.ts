// `npm run emulator`: the local Stripe emulator on TOKEN_FORMS_EMULATOR_PORT (default 12111), loopback only;
// TOKEN_FORMS_EMULATOR_STRICT_CORS=1 allows only the request headers Stripe is known to accept from a browser.
import { listenEmulator } from './listen';
import { strictCorsFromEnv } from './strict-cors-env';

const DEFAULT_PORT = 12111;

function portFromEnvironment(): number {
  const text = process.env.TOKEN_FORMS_EMULATOR_PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`TOKEN_FORMS_EMULATOR_PORT must be a port number, not "${text}".`);
  return port;
}

const strictCors = strictCorsFromEnv(process.env, false);
const running = await listenEmulator({ port: portFromEnvironment(), strictCors });
console.log(`Stripe emulator listening on ${running.url}${strictCors ? ' (strict CORS)' : ''}`);

function stop(): void {
  void running.close().finally(() => process.exit(0));
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
