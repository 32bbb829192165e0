import { JA_ID_TYPE_NAMES } from '../id-type-names';
import type { IssueMessages } from './issue-messages';

/** Numbers people in Japan know by name are named; others read naturally as 「番号」 at the field. */
const idLabel = (idType: string): string => JA_ID_TYPE_NAMES[idType] ?? '番号';

/** `1900-01-01` → `1900年1月1日`. */
function japaneseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export const JA_MESSAGES: IssueMessages = {
  required: () => 'この項目を入力してください。',
  invalid_country: () => 'リストから国を選択してください。',
  document_uploading: () => '書類のアップロードが終わるまでお待ちください。',
  document_failed: () =>
    '書類をアップロードできませんでした。もう一度お試しいただくか、別のファイルを選択してください。',
  invalid_email: () => 'メールアドレスを正しい形式で入力してください（例: name@example.com）。',
  invalid_phone: (issue) =>
    issue.country === undefined
      ? '電話番号を「+」と国番号から正しく入力してください。'
      : '正しい電話番号を入力してください。海外の番号は「+」と国番号から入力してください。',
  invalid_date: () => '正しい日付を入力してください。',
  date_in_future: () => '未来の日付は入力できません。',
  date_too_early: (issue) => `${japaneseDate(issue.min)}以降の日付を入力してください。`,
  too_young: (issue) => `${issue.minimumAge}歳以上の方のみご登録いただけます。`,
  invalid_number: () => '数値を入力してください（例: 25、12.5）。',
  number_out_of_range: (issue) => `${issue.min}から${issue.max}までの数値を入力してください。`,
  too_many_decimals: (issue) => `小数点以下は${issue.maxDecimals}桁までで入力してください。`,
  invalid_postal_code: (issue) => `郵便番号を正しい形式で入力してください（例: ${issue.example}）。`,
  postal_code_not_used: () => 'この国の住所には郵便番号がありません。空欄のままにしてください。',
  invalid_region: (issue) =>
    issue.country === 'JP' ? '都道府県を一覧から選択してください。' : '州・地域を一覧から選択してください。',
  id_number_format: (issue) => `${idLabel(issue.idType)}の形式が正しくありません。`,
  id_number_length: (issue) => `${idLabel(issue.idType)}の桁数が正しくありません。`,
  id_number_checksum: (issue) =>
    issue.severity === 'warning'
      ? `${idLabel(issue.idType)}のチェックデジットが一致しません。正しい番号であれば、このまま進めます。`
      : `${idLabel(issue.idType)}が正しくありません。入力内容をご確認ください。`,
  id_number_date: (issue) => `${idLabel(issue.idType)}に含まれる日付が正しくありません。`,
  kana_only: (issue) => {
    switch (issue.hint) {
      case 'convert_to_katakana':
        return '全角カタカナで入力してください。';
      case 'write_reading_in_katakana':
        return 'ローマ字ではなく、読みをカタカナで入力してください。';
      case 'remove_symbols':
        return '記号は使わず、カタカナで入力してください。';
    }
  },
  kana_needs_katakana: () => 'カタカナを含めて入力してください。',
  kanji_needs_japanese: () => '漢字またはかなで入力してください。',
  too_long: (issue) => `${issue.maxLength}文字以内で入力してください（現在${issue.length}文字）。`,
};
