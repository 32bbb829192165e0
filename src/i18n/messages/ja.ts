import type { TextKind } from '../../validation/issues';
import { JA_ID_TYPE_NAMES } from '../id-type-names';
import type { IssueMessages } from './issue-messages';

/** Numbers people in Japan know by name are named; others read naturally as 「番号」 at the field. */
const idLabel = (idType: string): string => JA_ID_TYPE_NAMES[idType] ?? '番号';

/** `1900-01-01` → `1900年1月1日`. */
function japaneseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** What a text field holds, as messages name it. */
const TEXT_NOUN: Readonly<Record<TextKind, string>> = {
  name: 'お名前',
  organization: '会社名',
  address: '住所',
  text: '入力内容',
};

const quoted = (characters: readonly string[]): string => characters.map((character) => `「${character}」`).join('');

export const JA_MESSAGES: IssueMessages = {
  required: () => 'この項目を入力してください。',
  invalid_country: () => 'リストから国を選択してください。',
  document_uploading: () => '書類のアップロードが終わるまでお待ちください。',
  document_failed: () =>
    '書類をアップロードできませんでした。もう一度お試しいただくか、別のファイルを選択してください。',
  invalid_email: () => 'メールアドレスを正しい形式で入力してください（例: name@example.com）。',
  email_local_part: (issue) =>
    issue.problem === 'dots'
      ? 'メールアドレスの「@」より前の部分は、ドット（.）で始めたり終えたりできず、ドットを続けて使うこともできません（例: jenny.rosen@example.com）。'
      : 'メールアドレスの「@」より前の部分は64文字以内で入力してください。',
  email_domain_ending: (issue) =>
    issue.suggestion === undefined
      ? 'メールアドレスの末尾をご確認ください。最後のドットの後には「.com」や「.jp」のように英字が入ります。'
      : `メールアドレスの末尾をご確認ください。もしかして ${issue.suggestion} ですか？正しいアドレスを入力してください。`,
  email_domain_typo: (issue) =>
    `もしかして ${issue.suggestion} ですか？入力したアドレスが正しい場合は、このまま進めます。`,
  invalid_phone: (issue) =>
    issue.country === undefined
      ? '電話番号を「+」と国番号から正しく入力してください。'
      : '正しい電話番号を入力してください。海外の番号は「+」と国番号から入力してください。',
  phone_characters: () =>
    '電話番号は数字で入力してください。スペース、ハイフン、かっこ、国番号の前の「+」も使えます（例: 03-1234-5678）。',
  phone_extension: () => '内線番号は登録できません。内線番号を除いて入力してください。',
  invalid_date: () => '正しい日付を入力してください。',
  date_in_future: () => '未来の日付は入力できません。',
  date_too_early: (issue) => `${japaneseDate(issue.min)}以降の日付を入力してください。`,
  too_young: (issue) => `${issue.minimumAge}歳以上の方のみご登録いただけます。`,
  invalid_number: () => '数値を入力してください（例: 25、12.5）。',
  number_out_of_range: (issue) => `${issue.min}から${issue.max}までの数値を入力してください。`,
  too_many_decimals: (issue) => `小数点以下は${issue.maxDecimals}桁までで入力してください。`,
  invalid_postal_code: (issue) => `郵便番号を正しい形式で入力してください（例: ${issue.example}）。`,
  postal_code_not_found: () => 'この郵便番号は見つかりませんでした。番号を確認するか、住所を入力してください。',
  town_not_in_postal_code: (issue) =>
    issue.towns.length === 0
      ? `郵便番号${issue.postalCode}にこの町域はありません。郵便番号か町域を確認してください。`
      : `郵便番号${issue.postalCode}にこの町域はありません（この番号の町域: ${issue.towns.join('、')}` +
        `${issue.more ? 'など' : ''}）。郵便番号か町域を確認してください。`,
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
  id_number_not_issued: (issue) =>
    `${idLabel(issue.idType)}として発行されることのない数字です。入力内容をご確認ください。`,
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
  text_hidden_characters: (issue) =>
    `${TEXT_NOUN[issue.kind]}に表示されない文字（制御文字や書式用の文字）が含まれています。` +
    'コピーした文字に紛れ込むことがあります。いったん削除して、入力し直してください。',
  text_blank: (issue) => {
    switch (issue.kind) {
      case 'name':
        return 'お名前を文字で入力してください（例: 山田 花子）。';
      case 'organization':
        return '会社名を文字または数字で入力してください（例: 株式会社ロケット）。';
      case 'address':
        return '住所を文字または数字で入力してください（例: 千代田区、1-1）。';
      case 'text':
        return '空白や見えない文字だけでは入力になりません。内容を入力してください。';
    }
  },
  text_characters: (issue) => {
    const characters = quoted(issue.characters);
    switch (issue.kind) {
      case 'name':
        return (
          `お名前に${characters}は使えません。文字のほか、スペース、ハイフン（-）、` +
          "アポストロフィ（'）、ピリオド（.）が使えます（例: O’Brien、Jean-Luc）。"
        );
      case 'organization':
        return `会社名に${characters}は使えません。文字、数字、スペースと「& . , - ( )」などの記号が使えます。`;
      case 'address':
        return `住所に${characters}は使えません。文字、数字、スペースと「# / , . - & °」が使えます。`;
      case 'text':
        return `${characters}は入力できません。`;
    }
  },
};
