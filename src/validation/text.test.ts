import { describe, expect, it } from 'vitest';
import { validateText } from './text';

describe('validateText', () => {
  it.each(['name', 'organization', 'address', 'text'] as const)('refuses hidden characters in %s text', (kind) => {
    for (const value of [
      'A\u0000',
      'A\u001b[0m',
      'A\u007f',
      'A\u009b',
      '\u202eA',
      '\u2066A\u2069',
      'A\ud800',
      'A\u00adB',
    ]) {
      expect(validateText(value, kind), JSON.stringify(value)).toEqual({ code: 'text_hidden_characters', kind });
    }
  });

  it.each(['name', 'organization', 'address', 'text'] as const)('refuses %s text with nothing visible', (kind) => {
    expect(validateText('\u200c\u200d', kind)).toEqual({ code: 'text_blank', kind });
    expect(validateText('\u2800', kind)).toEqual({ code: 'text_blank', kind });
    expect(validateText('\u3164', kind)).toEqual({ code: 'text_blank', kind });
  });

  it('names up to three refused characters, once each, in order', () => {
    expect(validateText('<J>😀<1{', 'name')).toEqual({
      code: 'text_characters',
      kind: 'name',
      characters: ['<', '>', '😀'],
    });
  });

  it('keeps the joiners Persian and Indic names need, but not a value made of them', () => {
    expect(validateText('مهدی\u200cزاده', 'name')).toBeNull();
    expect(validateText('\u200c', 'name')).toEqual({ code: 'text_blank', kind: 'name' });
  });

  it('asks a name for a letter and an address for a letter or digit', () => {
    expect(validateText("-'.", 'name')).toEqual({ code: 'text_blank', kind: 'name' });
    expect(validateText('12', 'address')).toBeNull();
    expect(validateText('#/', 'address')).toEqual({ code: 'text_blank', kind: 'address' });
  });

  it('judges full-width input as its NFKC form', () => {
    expect(validateText('１−２−３', 'address')).toBeNull();
    expect(validateText('（株）ロケット', 'organization')).toBeNull();
    expect(validateText('Ｊｅｎｎｙ１', 'name')).toMatchObject({ code: 'text_characters', characters: ['1'] });
  });

  it('refuses digits and emoji in names but lets free text have them', () => {
    expect(validateText('Jenny 2', 'name')).toMatchObject({ code: 'text_characters' });
    expect(validateText('Rocket 🚀', 'organization')).toMatchObject({ code: 'text_characters', characters: ['🚀'] });
    expect(validateText('Jenny’s Café ☕ <3', 'text')).toBeNull();
  });

  it('refuses the mark parts of emoji (keycaps, presentation selector) in an address', () => {
    expect(validateText('1\ufe0f\u20e3 Market St', 'address')).toMatchObject({ code: 'text_characters' });
  });
});
