import { describe, expect, it } from 'vitest';
import { compactId } from '../../validation/id-numbers/id-check';
import { idTypeRule, validateBusinessIdNumber, validateIdNumber } from '../../validation/id-numbers/validate-id-number';
import { ID_NUMBER_SHAPES } from './id-number-shapes';

describe('the id number shapes messages describe', () => {
  it.each(Object.entries(ID_NUMBER_SHAPES))(
    '%s: its example has the digits it says and passes the check',
    async (idType, shape) => {
      expect(compactId(shape.example)).toMatch(new RegExp(`^\\d{${shape.digits}}$`, 'u'));
      const kind = idTypeRule(idType, 'person') ? 'person' : 'business';
      expect(idTypeRule(idType, kind), idType).not.toBeNull();
      const validate = kind === 'person' ? validateIdNumber : validateBusinessIdNumber;
      expect(await validate(shape.example, { idType, keyMode: 'live' })).toBeNull();
      if (shape.lastDigitsOf !== undefined) expect(idTypeRule(shape.lastDigitsOf, kind)).not.toBeNull();
    },
  );
});
