/** A state, province, territory or prefecture, with the value Stripe expects in `address.state`. */
export interface Region {
  /** What to send as `state` (Latin-script addresses, and `address` for Japan: see `jp.ts`). */
  code: string;
  name: { en: string; ja: string };
}

/** A Japanese prefecture: Stripe's `address_kanji.state` and `address_kana.state` use its names. */
export interface Prefecture extends Region {
  /** JIS X 0401 code, `01`–`47`. */
  jisCode: string;
  kanji: string;
  /** Full-width katakana reading. */
  kana: string;
  romaji: string;
}
