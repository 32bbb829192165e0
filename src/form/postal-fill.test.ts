import { describe, expect, it } from 'vitest';
import type { Field } from '../fields/types';
import { FormModel } from './form-model';

function japaneseModel(): FormModel {
  const model = new FormModel({ changed: () => undefined, validated: () => undefined, tokenChanged: () => undefined });
  model.configure({ country: 'JP', shape: { token: 'person', version: 'v1' } });
  return model;
}

function fieldOf(model: FormModel, id: string): Field {
  const field = model.plan?.allFields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`no field ${id}`);
  return field;
}

/** Lets the lookup (a dynamic import) and the checks that follow it finish. */
async function settle(model: FormModel): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await model.revalidate();
  }
}

const ADDRESS_PARTS = ['state', 'city', 'town'] as const;
const partsOf = (model: FormModel, address: string): (string | undefined)[] =>
  ADDRESS_PARTS.map((part) => model.value(`person.${address}.${part}`) as string | undefined);

describe('a Japanese postal code fills the address', () => {
  it('fills prefecture, city and town in Kanji and Kana from a full-width code with a long dash', async () => {
    const model = japaneseModel();
    model.edit(fieldOf(model, 'person.address_kanji.postal_code'), '１５０ー０００１');
    await settle(model);
    expect(partsOf(model, 'address_kanji')).toEqual(['東京都', '渋谷区', '神宮前']);
    expect(partsOf(model, 'address_kana')).toEqual(['トウキョウト', 'シブヤク', 'ジングウマエ']);
  });

  it('never replaces what the person typed, before or after the fill, and refills its own values', async () => {
    const model = japaneseModel();
    const postalCode = fieldOf(model, 'person.address_kanji.postal_code');
    model.edit(fieldOf(model, 'person.address_kana.city'), 'チヨダク');
    model.edit(postalCode, '100-0001');
    await settle(model);
    model.edit(fieldOf(model, 'person.address_kanji.town'), '丸の内');
    model.edit(postalCode, '150-0001');
    await settle(model);
    expect(partsOf(model, 'address_kanji')).toEqual(['東京都', '渋谷区', '丸の内']);
    expect(partsOf(model, 'address_kana')).toEqual(['トウキョウト', 'チヨダク', 'ジングウマエ']);
  });

  it('waits for the person to pick the town of a code several towns share', async () => {
    const model = japaneseModel();
    const postalCode = fieldOf(model, 'person.address_kanji.postal_code');
    model.edit(postalCode, '452-0961');
    await settle(model);
    expect(partsOf(model, 'address_kanji')).toEqual(['愛知県', '清須市', undefined]);
    const choice = model.postalTownChoices(postalCode);
    expect(choice?.addresses.length).toBe(66);
    expect(choice?.addresses[1]?.town).toEqual({ kanji: '春日一番割', kana: 'ハルヒイチバンワリ' });
    model.pickPostalTown(postalCode, 1);
    await settle(model);
    expect(partsOf(model, 'address_kanji')).toEqual(['愛知県', '清須市', '春日一番割']);
    expect(model.value('person.address_kana.town')).toBe('ハルヒイチバンワリ');
    expect(model.postalTownChoices(postalCode)?.picked).toBe(1);
  });

  it('takes back what it filled for an earlier code once the code is unknown, and only that', async () => {
    const model = japaneseModel();
    const postalCode = fieldOf(model, 'person.address_kanji.postal_code');
    model.edit(postalCode, '150-0001');
    await settle(model);
    model.edit(fieldOf(model, 'person.address_kana.town'), 'ジングウマエ');
    model.edit(fieldOf(model, 'person.address_kanji.city'), '渋谷区');
    model.edit(postalCode, '100-0999');
    await settle(model);
    expect(partsOf(model, 'address_kanji')).toEqual(['', '渋谷区', '']);
    expect(partsOf(model, 'address_kana')).toEqual(['', '', 'ジングウマエ']);
  });

  it('warns, without blocking, at an unknown code and at a town that is not the code’s', async () => {
    const model = japaneseModel();
    const postalCode = fieldOf(model, 'person.address_kanji.postal_code');
    model.edit(postalCode, '100-0999');
    await settle(model);
    expect(model.state.shownProblem(postalCode.id)).toEqual({
      issue: { code: 'postal_code_not_found', postalCode: '100-0999', severity: 'warning' },
    });
    expect(model.problemIds([postalCode.id])).toEqual([]);

    model.edit(postalCode, '150-0001');
    await settle(model);
    model.edit(fieldOf(model, 'person.address_kanji.town'), '千代田');
    model.state.touch('person.address_kanji.town');
    await settle(model);
    expect(model.state.shownProblem('person.address_kanji.town')).toEqual({
      issue: {
        code: 'town_not_in_postal_code',
        postalCode: '150-0001',
        towns: ['神宮前'],
        more: false,
        severity: 'warning',
      },
    });
    expect(model.problemIds(['person.address_kanji.town'])).toEqual([]);
  });
});
