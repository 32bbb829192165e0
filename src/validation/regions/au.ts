import type { Region } from './region';

/** Australia Post abbreviations for the 6 states and 2 mainland territories. */
const STATES: ReadonlyArray<readonly [code: string, en: string, ja: string]> = [
  ['ACT', 'Australian Capital Territory', 'オーストラリア首都特別地域'],
  ['NSW', 'New South Wales', 'ニューサウスウェールズ州'],
  ['NT', 'Northern Territory', 'ノーザンテリトリー'],
  ['QLD', 'Queensland', 'クイーンズランド州'],
  ['SA', 'South Australia', '南オーストラリア州'],
  ['TAS', 'Tasmania', 'タスマニア州'],
  ['VIC', 'Victoria', 'ビクトリア州'],
  ['WA', 'Western Australia', '西オーストラリア州'],
];

export const AU_STATES: readonly Region[] = STATES.map(([code, en, ja]) => ({ code, name: { en, ja } }));
