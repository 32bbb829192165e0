import { describe, expect, it } from 'vitest';
import { resolveBaseUrl } from './base-url';
import { ConfigurationError } from './errors';

describe('resolveBaseUrl', () => {
  it('uses the default and trims trailing slashes', () => {
    expect(resolveBaseUrl('apiBase', undefined, 'https://api.stripe.com')).toBe('https://api.stripe.com');
    expect(resolveBaseUrl('apiBase', 'https://proxy.example.com/stripe/', 'x')).toBe(
      'https://proxy.example.com/stripe',
    );
  });

  it.each(['http://localhost:12111', 'http://127.0.0.1:4000', 'http://[::1]:4000'])(
    'allows plain http on loopback: %s',
    (url) => {
      expect(resolveBaseUrl('apiBase', url, 'x')).toBe(url);
    },
  );

  it.each([
    'http://api.stripe.com',
    'http://192.168.1.10',
    'http://localhost.example.com',
    'ftp://localhost',
    'file:///tmp',
  ])('refuses %s as insecure', (url) => {
    expect(() => resolveBaseUrl('apiBase', url, 'x')).toThrow(ConfigurationError);
    expect(() => resolveBaseUrl('apiBase', url, 'x')).toThrow(/https/);
  });

  it.each(['not a url', 'https://user:pw@api.example.com', 'https://api.example.com?x=1'])(
    'refuses %s as invalid',
    (url) => {
      expect(() => resolveBaseUrl('apiBase', url, 'x')).toThrow(expect.objectContaining({ code: 'invalid_base_url' }));
    },
  );
});
