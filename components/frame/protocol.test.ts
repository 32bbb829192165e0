import { describe, expect, it } from 'vitest';
import { usedColorScheme } from './appearance';
import { acceptConnect, frameOrigin, parseAllowedOrigins, parseFrameMessage, parseHostMessage } from './protocol';
import { framePagePolicy } from '../../frame/policy';

const allowed = parseAllowedOrigins('https://platform.example https://www.platform.example/');
const connect = { protocol: 'token-forms/frame@1', type: 'connect', tag: 'person-token-form' };
const fromParent = { data: connect, origin: 'https://platform.example', fromParent: true, portCount: 1 };

describe('the frame page allow-list', () => {
  it('keeps exact origins and drops paths, wildcards and other schemes', () => {
    expect([
      ...parseAllowedOrigins(
        'https://a.example, http://127.0.0.1:5173 https://*.b.example https://c.example/path javascript:x ftp://d.example',
      ),
    ]).toEqual(['https://a.example', 'http://127.0.0.1:5173']);
    expect(parseAllowedOrigins('').size).toBe(0);
    expect(parseAllowedOrigins(null).size).toBe(0);
  });
});

describe('the handshake, frame side', () => {
  it('accepts a connect from its parent on an allowed origin with one port', () => {
    expect(acceptConnect(fromParent, allowed)).toEqual(connect);
    expect(acceptConnect({ ...fromParent, origin: 'https://www.platform.example' }, allowed)?.tag).toBe(
      'person-token-form',
    );
  });

  it('ignores another origin, another window, no port or two, and anything malformed', () => {
    expect(acceptConnect({ ...fromParent, origin: 'https://evil.example' }, allowed)).toBeNull();
    expect(acceptConnect({ ...fromParent, origin: 'https://platform.example.evil.example' }, allowed)).toBeNull();
    expect(acceptConnect({ ...fromParent, fromParent: false }, allowed)).toBeNull();
    expect(acceptConnect({ ...fromParent, portCount: 0 }, allowed)).toBeNull();
    expect(acceptConnect({ ...fromParent, portCount: 2 }, allowed)).toBeNull();
    expect(acceptConnect({ ...fromParent, data: { ...connect, protocol: 'other' } }, allowed)).toBeNull();
    expect(acceptConnect({ ...fromParent, data: { ...connect, tag: 'script' } }, allowed)).toBeNull();
    expect(acceptConnect({ ...fromParent, data: 'connect' }, allowed)).toBeNull();
    expect(acceptConnect(fromParent, new Set())).toBeNull();
  });
});

describe('frame-url', () => {
  it('gives the origin the port is posted to, for absolute and relative http(s) URLs only', () => {
    expect(frameOrigin('https://forms.platform.example/frame/index.html', 'https://platform.example/')).toBe(
      'https://forms.platform.example',
    );
    expect(frameOrigin('/frame/', 'https://platform.example/onboarding')).toBe('https://platform.example');
    expect(frameOrigin('javascript:alert(1)', 'https://platform.example/')).toBeNull();
    expect(frameOrigin('data:text/html,x', 'https://platform.example/')).toBeNull();
    expect(frameOrigin(null, 'https://platform.example/')).toBeNull();
  });
});

describe('messages on the port', () => {
  it('rebuilds a token summary from its known fields only', () => {
    const token = {
      id: 'cpt_1',
      object: 'token',
      livemode: false,
      created: 1,
      used: false,
      person: { first_name: 'X' },
    };
    expect(parseFrameMessage({ type: 'token-created', token })).toEqual({
      type: 'token-created',
      token: { id: 'cpt_1', object: 'token', livemode: false, created: 1, used: false },
    });
    expect(parseFrameMessage({ type: 'token-created', token: { id: 1 } })).toBeNull();
  });

  it('ignores unknown types and malformed values on both sides', () => {
    expect(parseFrameMessage({ type: 'eval', code: 'x' })).toBeNull();
    expect(parseFrameMessage({ type: 'size', height: -1 })).toBeNull();
    expect(parseFrameMessage({ type: 'submitted', id: 'a', token: null })).toBeNull();
    expect(parseFrameMessage(null)).toBeNull();
    expect(parseHostMessage({ type: 'configure', configuration: { properties: [] } })).toBeNull();
    expect(parseHostMessage({ type: 'submit', id: -1 })).toBeNull();
    expect(parseHostMessage({ type: 'navigate' })).toBeNull();
  });

  it('keeps only string appearance entries', () => {
    const message = parseHostMessage({
      type: 'configure',
      configuration: {
        properties: {},
        disabled: true,
        inHostForm: false,
        pageLanguage: 'ja',
        appearance: { color: 'red', x: 1 },
      },
    });
    expect(message).toEqual({
      type: 'configure',
      configuration: {
        properties: {},
        disabled: true,
        inHostForm: false,
        pageLanguage: 'ja',
        appearance: { color: 'red' },
      },
    });
  });
});

describe('appearance', () => {
  it('resolves the colour scheme the way light-dark() does on the host element', () => {
    expect(usedColorScheme('normal', 'light dark', true)).toBe('dark');
    expect(usedColorScheme('normal', 'light dark', false)).toBe('light');
    expect(usedColorScheme('normal', '', true)).toBe('light');
    expect(usedColorScheme('dark', 'light dark', false)).toBe('dark');
    expect(usedColorScheme('light', 'light dark', true)).toBe('light');
  });
});

describe('the frame page policy', () => {
  it('allows no inline script, requires Trusted Types and connects only to Stripe', () => {
    const policy = framePagePolicy({
      frameAncestors: null,
      connect: ['https://api.stripe.com', 'https://files.stripe.com'],
    });
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain('connect-src https://api.stripe.com https://files.stripe.com;');
    expect(policy).not.toContain('frame-ancestors');
    expect(framePagePolicy({ frameAncestors: [], connect: [] })).toContain("frame-ancestors 'none'");
  });
});
