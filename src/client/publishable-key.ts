import { KeyError } from './errors';

export type KeyMode = 'test' | 'live';

const PUBLISHABLE_KEY = /^pk_(test|live)_[A-Za-z0-9]{8,}$/;

/**
 * Checks that a key is a publishable key and tells its mode. Secret (`sk_`) and restricted (`rk_`) keys
 * are refused with a `KeyError`: in a browser they would be readable by anyone.
 */
export function parsePublishableKey(key: string): { mode: KeyMode } {
  if (/^sk_/.test(key)) {
    throw new KeyError(
      'secret_key',
      'A secret key (sk_…) was given. Secret keys must never be used in a browser: anyone can read them there. ' +
        'Use your publishable key (pk_test_… or pk_live_…) and roll the exposed secret key in the Dashboard.',
    );
  }
  if (/^rk_/.test(key)) {
    throw new KeyError(
      'restricted_key',
      'A restricted key (rk_…) was given. Restricted keys are secret and must never be used in a browser. ' +
        'Use your publishable key (pk_test_… or pk_live_…).',
    );
  }
  const match = PUBLISHABLE_KEY.exec(key);
  if (!match) {
    throw new KeyError(
      'malformed_key',
      'The publishable key is not valid: expected pk_test_… or pk_live_… followed by letters and digits.',
    );
  }
  return { mode: match[1] === 'live' ? 'live' : 'test' };
}
