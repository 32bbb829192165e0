import { describe, expect, it, vi } from 'vitest';
import {
  failedModuleUrl,
  freshModuleUrl,
  importChunk,
  isChunkLoadFailure,
  onDemand,
  onDemandModule,
} from './on-demand';

const CHUNK = 'https://shop.example/assets/submit-path-3f2a.js';
const chromiumFailure = (url: string): TypeError =>
  new TypeError(`Failed to fetch dynamically imported module: ${url}`);

describe('onDemand', () => {
  it('loads once and keeps the part that landed', async () => {
    const load = vi.fn(() => Promise.resolve({ words: 'here' }));
    const part = onDemand(load);
    expect(part.now()).toBeNull();
    const first = await part.load();
    expect(await part.load()).toBe(first);
    expect(part.load()).toBe(part.load());
    expect(part.now()).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failure: the next need loads again, saying it retries', async () => {
    const load = vi
      .fn<(retrying: boolean) => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce('landed');
    const part = onDemand(load);
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.now()).toBeNull();
    await expect(part.load()).resolves.toBe('landed');
    expect(load.mock.calls).toEqual([[false], [true]]);
    expect(part.now()).toBe('landed');
  });

  it('shares one attempt among needs that come while it loads', async () => {
    let finish: (value: string) => void = () => undefined;
    const load = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const part = onDemand(load);
    const needs = [part.load(), part.load(), part.load()];
    finish('once');
    expect(await Promise.all(needs)).toEqual(['once', 'once', 'once']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shares one failure among needs that come while it loads, then tries again once', async () => {
    const load = vi
      .fn<(retrying: boolean) => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue('landed');
    const part = onDemand(load);
    const needs = [part.load(), part.load()];
    await expect(Promise.all(needs)).rejects.toThrow('offline');
    expect(await Promise.all([part.load(), part.load()])).toEqual(['landed', 'landed']);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('importChunk', () => {
  it('takes the plain import when it works, never the fresh URL', async () => {
    const importUrl = vi.fn(() => Promise.resolve({ fresh: true }));
    expect(await importChunk(() => Promise.resolve({ plain: true }), true, 'plain', importUrl)).toEqual({
      plain: true,
    });
    expect(importUrl).not.toHaveBeenCalled();
  });

  it('on a first attempt, lets the failure through without a fresh URL', async () => {
    const importUrl = vi.fn(() => Promise.resolve({ fresh: true }));
    await expect(importChunk(() => Promise.reject(chromiumFailure(CHUNK)), false, 'fresh', importUrl)).rejects.toThrow(
      'Failed to fetch dynamically imported module',
    );
    expect(importUrl).not.toHaveBeenCalled();
  });

  it('on a retry the browser refuses from its module map, imports the named URL made fresh', async () => {
    const importUrl = vi.fn((url: string) => Promise.resolve({ from: url }));
    const module = await importChunk<{ from: string }>(
      () => Promise.reject(chromiumFailure(CHUNK)),
      true,
      'from',
      importUrl,
    );
    expect(importUrl).toHaveBeenCalledTimes(1);
    const fresh = new URL(module.from);
    expect(`${fresh.origin}${fresh.pathname}`).toBe(CHUNK);
    expect(fresh.searchParams.get('token-forms-retry')).toMatch(/\S/u);
  });

  it('rethrows when the error names no URL (WebKit) and when the fresh import fails too', async () => {
    const importUrl = vi.fn(() => Promise.reject(new TypeError('still offline')));
    await expect(
      importChunk(() => Promise.reject(new TypeError('Importing a module script failed.')), true, 'fresh', importUrl),
    ).rejects.toThrow('Importing a module script failed.');
    expect(importUrl).not.toHaveBeenCalled();
    await expect(importChunk(() => Promise.reject(chromiumFailure(CHUNK)), true, 'fresh', importUrl)).rejects.toThrow(
      'still offline',
    );
  });
});

describe('importChunk, where a bundler merged the module into a shared chunk', () => {
  const failing = (): Promise<{ validate(value: string): boolean }> => Promise.reject(chromiumFailure(CHUNK));
  const validate = (): boolean => true;

  it('takes the one namespace in the fresh chunk that has the export', async () => {
    const ean = { validate };
    const importUrl = vi.fn(() => Promise.resolve({ t: ean, n: { other: 1 } }));
    expect(await importChunk(failing, true, 'validate', importUrl)).toBe(ean);
  });

  it('never passes off a chunk without the export, or with several candidates, as the module', async () => {
    const without = vi.fn(() => Promise.resolve({ t: { other: 1 } }));
    await expect(importChunk(failing, true, 'validate', without)).rejects.toThrow('Failed to fetch');
    const ambiguous = vi.fn(() => Promise.resolve({ t: { validate }, n: { validate } }));
    await expect(importChunk(failing, true, 'validate', ambiguous)).rejects.toThrow('Failed to fetch');
  });
});

describe('onDemandModule', () => {
  it('fails, then on the next need takes the fresh URL only after the plain retry fails, then keeps it', async () => {
    const plain = vi.fn(() => Promise.reject(chromiumFailure(CHUNK)));
    const importUrl = vi.fn(() => Promise.resolve({ runSubmission: 'fresh' }));
    const submitPath = onDemandModule<{ runSubmission: string }>(plain, 'runSubmission', importUrl);
    await expect(submitPath.load()).rejects.toThrow();
    expect(importUrl).not.toHaveBeenCalled();
    await expect(submitPath.load()).resolves.toEqual({ runSubmission: 'fresh' });
    expect(plain).toHaveBeenCalledTimes(2);
    expect(importUrl).toHaveBeenCalledTimes(1);
    await submitPath.load();
    expect(plain).toHaveBeenCalledTimes(2);
  });
});

describe('isChunkLoadFailure', () => {
  it('knows a chunk that did not download in Chromium, Firefox and WebKit, and not a fault in code that ran', () => {
    expect(isChunkLoadFailure(chromiumFailure(CHUNK))).toBe(true);
    expect(isChunkLoadFailure(new TypeError(`error loading dynamically imported module: ${CHUNK}`))).toBe(true);
    expect(isChunkLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadFailure(new TypeError("Cannot read properties of undefined (reading 'length')"))).toBe(false);
    expect(isChunkLoadFailure(new RangeError('Invalid time value'))).toBe(false);
    expect(isChunkLoadFailure(undefined)).toBe(false);
  });
});

describe('failedModuleUrl and freshModuleUrl', () => {
  it('reads the URL Chromium and Firefox name, and nothing else', () => {
    expect(failedModuleUrl(chromiumFailure(CHUNK))).toBe(CHUNK);
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`))).toBe(CHUNK);
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(chromiumFailure('./relative.js'))).toBeNull();
    expect(failedModuleUrl(chromiumFailure('javascript:alert(1)'))).toBeNull();
    expect(failedModuleUrl('not an error')).toBeNull();
  });

  it('gives a URL no earlier request had, keeping its own query', () => {
    const first = freshModuleUrl(`${CHUNK}?v=2`);
    const second = freshModuleUrl(`${CHUNK}?v=2`);
    expect(first).not.toBe(second);
    expect(new URL(first).searchParams.get('v')).toBe('2');
  });
});
