import type { Region } from './region';

/** Canada Post two-letter codes for the 10 provinces and 3 territories. */
const PROVINCES: ReadonlyArray<readonly [code: string, en: string, ja: string]> = [
  ['AB', 'Alberta', 'アルバータ州'],
  ['BC', 'British Columbia', 'ブリティッシュコロンビア州'],
  ['MB', 'Manitoba', 'マニトバ州'],
  ['NB', 'New Brunswick', 'ニューブランズウィック州'],
  ['NL', 'Newfoundland and Labrador', 'ニューファンドランド・ラブラドール州'],
  ['NS', 'Nova Scotia', 'ノバスコシア州'],
  ['NT', 'Northwest Territories', 'ノースウエスト準州'],
  ['NU', 'Nunavut', 'ヌナブト準州'],
  ['ON', 'Ontario', 'オンタリオ州'],
  ['PE', 'Prince Edward Island', 'プリンスエドワードアイランド州'],
  ['QC', 'Quebec', 'ケベック州'],
  ['SK', 'Saskatchewan', 'サスカチュワン州'],
  ['YT', 'Yukon', 'ユーコン準州'],
];

export const CA_PROVINCES: readonly Region[] = PROVINCES.map(([code, en, ja]) => ({ code, name: { en, ja } }));
