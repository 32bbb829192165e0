import type { Prefecture } from './region';

/**
 * The 47 prefectures in JIS X 0401 order. What to send (Stripe documents `state` only as "Prefecture";
 * a Stripe engineer's guide to Japanese addresses uses the full kanji name):
 * - `address_kanji.state`: `kanji` (東京都),
 * - `address_kana.state`: `kana` (トウキョウト), full-width as every kana field,
 * - `address.state` (romaji address): unconfirmed; `code` is the JIS code (`13`, ISO 3166-2 `JP-13`) and
 *   `romaji` (`Tokyo`) is there for hosts that send the name.
 */
const PREFECTURES: ReadonlyArray<readonly [jisCode: string, kanji: string, kana: string, romaji: string]> = [
  ['01', '北海道', 'ホッカイドウ', 'Hokkaido'],
  ['02', '青森県', 'アオモリケン', 'Aomori'],
  ['03', '岩手県', 'イワテケン', 'Iwate'],
  ['04', '宮城県', 'ミヤギケン', 'Miyagi'],
  ['05', '秋田県', 'アキタケン', 'Akita'],
  ['06', '山形県', 'ヤマガタケン', 'Yamagata'],
  ['07', '福島県', 'フクシマケン', 'Fukushima'],
  ['08', '茨城県', 'イバラキケン', 'Ibaraki'],
  ['09', '栃木県', 'トチギケン', 'Tochigi'],
  ['10', '群馬県', 'グンマケン', 'Gunma'],
  ['11', '埼玉県', 'サイタマケン', 'Saitama'],
  ['12', '千葉県', 'チバケン', 'Chiba'],
  ['13', '東京都', 'トウキョウト', 'Tokyo'],
  ['14', '神奈川県', 'カナガワケン', 'Kanagawa'],
  ['15', '新潟県', 'ニイガタケン', 'Niigata'],
  ['16', '富山県', 'トヤマケン', 'Toyama'],
  ['17', '石川県', 'イシカワケン', 'Ishikawa'],
  ['18', '福井県', 'フクイケン', 'Fukui'],
  ['19', '山梨県', 'ヤマナシケン', 'Yamanashi'],
  ['20', '長野県', 'ナガノケン', 'Nagano'],
  ['21', '岐阜県', 'ギフケン', 'Gifu'],
  ['22', '静岡県', 'シズオカケン', 'Shizuoka'],
  ['23', '愛知県', 'アイチケン', 'Aichi'],
  ['24', '三重県', 'ミエケン', 'Mie'],
  ['25', '滋賀県', 'シガケン', 'Shiga'],
  ['26', '京都府', 'キョウトフ', 'Kyoto'],
  ['27', '大阪府', 'オオサカフ', 'Osaka'],
  ['28', '兵庫県', 'ヒョウゴケン', 'Hyogo'],
  ['29', '奈良県', 'ナラケン', 'Nara'],
  ['30', '和歌山県', 'ワカヤマケン', 'Wakayama'],
  ['31', '鳥取県', 'トットリケン', 'Tottori'],
  ['32', '島根県', 'シマネケン', 'Shimane'],
  ['33', '岡山県', 'オカヤマケン', 'Okayama'],
  ['34', '広島県', 'ヒロシマケン', 'Hiroshima'],
  ['35', '山口県', 'ヤマグチケン', 'Yamaguchi'],
  ['36', '徳島県', 'トクシマケン', 'Tokushima'],
  ['37', '香川県', 'カガワケン', 'Kagawa'],
  ['38', '愛媛県', 'エヒメケン', 'Ehime'],
  ['39', '高知県', 'コウチケン', 'Kochi'],
  ['40', '福岡県', 'フクオカケン', 'Fukuoka'],
  ['41', '佐賀県', 'サガケン', 'Saga'],
  ['42', '長崎県', 'ナガサキケン', 'Nagasaki'],
  ['43', '熊本県', 'クマモトケン', 'Kumamoto'],
  ['44', '大分県', 'オオイタケン', 'Oita'],
  ['45', '宮崎県', 'ミヤザキケン', 'Miyazaki'],
  ['46', '鹿児島県', 'カゴシマケン', 'Kagoshima'],
  ['47', '沖縄県', 'オキナワケン', 'Okinawa'],
];

export const JP_PREFECTURES: readonly Prefecture[] = PREFECTURES.map(([jisCode, kanji, kana, romaji]) => ({
  code: jisCode,
  jisCode,
  kanji,
  kana,
  romaji,
  name: { en: romaji, ja: kanji },
}));
