// Test ports differ from `npm start` (12111 / 5173) so a running demo does not clash with the browser tests.
// A second checkout on the same machine picks its own with TOKEN_FORMS_E2E_EMULATOR_PORT / _DEMO_PORT.
const portFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 && value < 65536 ? value : fallback;
};

export const e2eEmulatorPort = portFromEnv('TOKEN_FORMS_E2E_EMULATOR_PORT', 12112);
export const e2eDemoPort = portFromEnv('TOKEN_FORMS_E2E_DEMO_PORT', 5174);
export const e2eDemoUrl = `http://127.0.0.1:${e2eDemoPort}/`;
