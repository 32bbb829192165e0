// Where the forms send their requests: the local emulator unless the visitor brings a real test key.

/** Accepted by the emulator, never by Stripe. */
export const emulatorPublishableKey = 'pk_test_emulator0000demo';

export interface Endpoints {
  target: 'emulator' | 'stripe';
  publishableKey: string;
  apiBase: string;
  filesBase: string;
  /** Why the entered key was not used, for the visitor. */
  notice?: string;
}

const testKeyPattern = /^pk_test_[A-Za-z0-9]{8,}$/;

export function chooseEndpoints(enteredKey: string, emulatorUrl: string): Endpoints {
  const key = enteredKey.trim();
  const emulator: Endpoints = {
    target: 'emulator',
    publishableKey: emulatorPublishableKey,
    apiBase: emulatorUrl,
    filesBase: emulatorUrl,
  };
  if (key === '' || key.startsWith('pk_test_emulator')) return emulator;
  if (key.startsWith('sk_') || key.startsWith('rk_')) {
    return { ...emulator, notice: 'That is a secret key. Never put it in a web page; roll it in your Dashboard.' };
  }
  if (key.startsWith('pk_live_')) {
    return { ...emulator, notice: 'The demo only uses test mode keys (pk_test_…).' };
  }
  if (!testKeyPattern.test(key)) {
    return { ...emulator, notice: 'This does not look like a publishable test key (pk_test_…).' };
  }
  return {
    target: 'stripe',
    publishableKey: key,
    apiBase: 'https://api.stripe.com',
    filesBase: 'https://files.stripe.com',
  };
}

/**
 * Browser tests run their own emulator per worker and pass it as `?emulator=`; only loopback
 * addresses are taken, so a link cannot point the page at someone else's server.
 */
export function emulatorUrlFrom(search: string, fallback: string): string {
  const requested = new URLSearchParams(search).get('emulator');
  if (!requested) return fallback;
  try {
    const url = new URL(requested);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback ? url.origin : fallback;
  } catch {
    return fallback;
  }
}
