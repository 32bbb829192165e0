import { describe, expect, it } from 'vitest';
import { resolveLocale, toSupportedLocale } from './locale';

describe('resolveLocale', () => {
  it.each([
    { attribute: 'ja', pageLang: 'en', browser: ['en-US'], expected: 'ja', why: 'the attribute wins' },
    {
      attribute: 'en',
      pageLang: 'ja',
      browser: ['ja'],
      expected: 'en',
      why: 'the attribute wins over a Japanese page',
    },
    { attribute: 'JA', pageLang: null, browser: [], expected: 'ja', why: 'attribute is case-insensitive' },
    { attribute: 'auto', pageLang: 'ja-JP', browser: ['en-US'], expected: 'ja', why: 'auto follows the page' },
    { attribute: null, pageLang: 'ja', browser: ['en'], expected: 'ja', why: 'no attribute follows the page' },
    { attribute: undefined, pageLang: 'en-GB', browser: ['ja'], expected: 'en', why: 'an English page' },
    { attribute: 'auto', pageLang: null, browser: ['ja-JP', 'en'], expected: 'ja', why: 'no page lang: the browser' },
    {
      attribute: 'auto',
      pageLang: '',
      browser: ['fr-FR', 'ja'],
      expected: 'ja',
      why: 'first supported browser language',
    },
    {
      attribute: 'auto',
      pageLang: 'fr',
      browser: ['ja', 'en'],
      expected: 'ja',
      why: 'a French page defers to the browser',
    },
    { attribute: 'de', pageLang: 'ja', browser: [], expected: 'ja', why: 'an unsupported attribute acts as auto' },
    { attribute: null, pageLang: null, browser: ['fr', 'de'], expected: 'en', why: 'nothing supported: English' },
    { attribute: undefined, pageLang: undefined, browser: undefined, expected: 'en', why: 'no information at all' },
    { attribute: 'auto', pageLang: 'ja_JP', browser: [], expected: 'ja', why: 'underscore tags' },
  ])('$why', ({ attribute, pageLang, browser, expected }) => {
    expect(resolveLocale(attribute, pageLang, browser)).toBe(expected);
  });
});

describe('toSupportedLocale', () => {
  it.each([
    { tag: 'ja-JP', expected: 'ja' },
    { tag: ' EN-us ', expected: 'en' },
    { tag: 'jav', expected: null },
    { tag: '', expected: null },
    { tag: null, expected: null },
  ])('$tag → $expected', ({ tag, expected }) => {
    expect(toSupportedLocale(tag)).toBe(expected);
  });
});
