import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the browser tests', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('take their ports from the environment and never reuse a server they did not start', async () => {
    vi.stubEnv('TOKEN_FORMS_E2E_EMULATOR_PORT', '12999');
    vi.stubEnv('TOKEN_FORMS_E2E_DEMO_PORT', '5999');
    const { default: config } = await import('../playwright.config');
    const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
    expect(webServer?.reuseExistingServer).toBe(false);
    expect(webServer?.url).toBe('http://127.0.0.1:5999/');
    expect(webServer?.env).toMatchObject({ TOKEN_FORMS_EMULATOR_PORT: '12999', TOKEN_FORMS_DEMO_PORT: '5999' });
    expect(config.use?.baseURL).toBe('http://127.0.0.1:5999/');
  });
});
