// Types the journeys' Tokyo address into a form's Kanji and Kana address groups, field by field, by label.
import type { Locator } from '@playwright/test';
import { TOKYO_ADDRESS } from '../support/addresses';

/** The labels of an address group's fields, in the language the form speaks. */
export interface JapaneseAddressLabels {
  readonly postalCode: string;
  readonly prefecture: string;
  readonly city: string;
  readonly town: string;
  readonly line1: string;
}

export interface JapaneseAddressGroups {
  readonly kanji: Locator;
  readonly kana: Locator;
}

/**
 * Fills the Kanji group, postal code included (the form asks for it once), then the Kana group.
 * `typedKanaCity` lets a test type the Kana city differently (in hiragana, say) to see the form convert it.
 */
export async function typeTokyoAddress(
  groups: JapaneseAddressGroups,
  labels: JapaneseAddressLabels,
  typedKanaCity: string = TOKYO_ADDRESS.kana.city,
): Promise<void> {
  const { kanji, kana } = TOKYO_ADDRESS;
  await groups.kanji.getByLabel(labels.postalCode).fill(kanji.postal_code);
  await groups.kanji.getByLabel(labels.prefecture).selectOption(kanji.state);
  await groups.kanji.getByLabel(labels.city).fill(kanji.city);
  await groups.kanji.getByLabel(labels.town).fill(kanji.town);
  await groups.kanji.getByLabel(labels.line1).fill(kanji.line1);
  await groups.kana.getByLabel(labels.prefecture).selectOption(kana.state);
  await groups.kana.getByLabel(labels.city).fill(typedKanaCity);
  await groups.kana.getByLabel(labels.town).fill(kana.town);
  await groups.kana.getByLabel(labels.line1).fill(kana.line1);
}
