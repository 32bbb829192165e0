import { describe, expect, it } from 'vitest';
import { loadCountryNames } from './country-names';

describe('loadCountryNames', () => {
  it('gives Japanese names for the ja locale', async () => {
    const names = await loadCountryNames('ja');
    expect(names.JP).toBe('日本');
    expect(names.US).toBe('アメリカ合衆国');
  });

  it('gives English names for the en locale, one name per country', async () => {
    const names = await loadCountryNames('en');
    expect(names.JP).toBe('Japan');
    expect(typeof names.GB).toBe('string');
    expect(Object.values(names).every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
  });

  it('covers every ISO country in both locales', async () => {
    const [en, ja] = await Promise.all([loadCountryNames('en'), loadCountryNames('ja')]);
    expect(Object.keys(en).length).toBeGreaterThanOrEqual(249);
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives the names in the order the language sorts them, so that no page has to', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const names = Object.values(await loadCountryNames(locale));
      expect(names, locale).toEqual([...names].sort(new Intl.Collator(locale).compare));
    }
    const en = Object.keys(await loadCountryNames('en'));
    expect(en.indexOf('AX')).toBeLessThan(en.indexOf('AL'));
  });

  it('loads each locale once', () => {
    expect(loadCountryNames('ja')).toBe(loadCountryNames('ja'));
  });
});
