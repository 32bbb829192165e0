import { describe, expect, it } from 'vitest';
import { createEmulator } from '../core/emulator';
import { emulatorBaseUrl, toEmulatorRequest } from './route';

const scope = 'https://example.github.io/token-forms/';

describe('the in-browser emulator', () => {
  it('answers requests under <scope>emulator/ with the emulator routes, on the page origin', () => {
    expect(emulatorBaseUrl(scope)).toBe('https://example.github.io/token-forms/emulator');
    const request = toEmulatorRequest(
      new Request('https://example.github.io/token-forms/emulator/v1/tokens?expand[]=x', { method: 'POST' }),
      scope,
    );
    expect(request?.url).toBe('https://example.github.io/v1/tokens?expand[]=x');
    expect(request?.method).toBe('POST');
  });

  it("leaves the page's own files, other paths and Stripe's API to the network", () => {
    for (const url of [
      'https://example.github.io/token-forms/',
      'https://example.github.io/token-forms/assets/index.js',
      'https://example.github.io/token-forms/emulator-worker.js',
      'https://example.github.io/token-forms/emulators/v1/tokens',
      'https://example.github.io/v1/tokens',
      'https://api.stripe.com/v1/tokens',
    ]) {
      expect(toEmulatorRequest(new Request(url), scope), url).toBeNull();
    }
  });

  it('creates a v1 person token from what the page posts, body and headers kept', async () => {
    const emulator = createEmulator();
    const body = new URLSearchParams({ key: 'pk_test_emulator0000demo', 'person[first_name]': 'Hanako' });
    const posted = new Request(`${emulatorBaseUrl(scope)}/v1/tokens`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': 'demo-1' },
    });
    const request = toEmulatorRequest(posted, scope);
    if (!request) throw new Error('not routed to the emulator');
    const response = await emulator.handle(request);
    expect(response.status).toBe(200);
    const token = (await response.json()) as { id: string };
    expect(token.id).toMatch(/^cpt_/);
    const stored = await emulator.handle(new Request(`https://example.github.io/__emulator/tokens/${token.id}`));
    expect(await stored.json()).toMatchObject({ params: { first_name: 'Hanako' } });
  });
});
