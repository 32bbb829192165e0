import { describe, expect, it } from 'vitest';
import { idTypeName } from './id-type-names';

describe('id type names', () => {
  it('are Japanese where people in Japan know the number by name, and the rule name otherwise', () => {
    expect(idTypeName('jp_inc', 'person', 'ja')).toBe('個人番号（マイナンバー）');
    expect(idTypeName('jp_cn', 'business', 'ja')).toBe('法人番号');
    expect(idTypeName('us_ssn', 'person', 'en')).toBe('Social Security number');
    expect(idTypeName('gb_nino', 'person', 'ja')).toBe(idTypeName('gb_nino', 'person', 'en'));
    expect(idTypeName('xx_unknown', 'person', 'en')).toBeUndefined();
  });
});
