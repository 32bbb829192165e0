/**
 * The shape of the numbers whose length is fixed, so a message can say how to write one ("Enter the
 * last 4 digits of the Social Security number, like 1234"). Each example passes its type's own check
 * (`id-number-shapes.test.ts`). Types not listed get a message that names the number without a length.
 */
export interface IdNumberShape {
  readonly digits: number;
  readonly example: string;
  /** For a number's last digits only: the type of the whole number, whose name the message uses. */
  readonly lastDigitsOf?: string;
}

export const ID_NUMBER_SHAPES: Readonly<Record<string, IdNumberShape>> = {
  us_ssn: { digits: 9, example: '123-45-6789' },
  us_ssn_last_4: { digits: 4, example: '1234', lastDigitsOf: 'us_ssn' },
  us_itin: { digits: 9, example: '912-70-1234' },
  us_itin_last_4: { digits: 4, example: '1234', lastDigitsOf: 'us_itin' },
  us_ein: { digits: 9, example: '12-3456789' },
  ca_sin: { digits: 9, example: '046 454 286' },
  jp_inc: { digits: 12, example: '1234 5678 9018' },
  jp_cn: { digits: 13, example: '9234567890123' },
};

export function idNumberShape(idType: string): IdNumberShape | undefined {
  return Object.hasOwn(ID_NUMBER_SHAPES, idType) ? ID_NUMBER_SHAPES[idType] : undefined;
}
