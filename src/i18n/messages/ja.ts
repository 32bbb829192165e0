import type { TextKind } from '../../validation/issues';
import { JA_ID_TYPE_NAMES } from '../id-type-names';
import { idNumberShape } from './id-number-shapes';
import type { IssueMessages } from './issue-messages';
import type { IssueSubject } from './issue-subject';

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

/** What to do with an empty field, named: 「姓を入力してください。」「都道府県を選択してください。」 */
function requiredMessage(subject: IssueSubject): string {
  switch (subject.action) {
    case 'enter':
      return `${subject.label}を入力してください。`;
    case 'choose':
      return `${subject.label}を選択してください。`;
    case 'choose-several':
      return `${subject.label}を1つ以上選択してください。`;
    case 'tick':
      return `続けるには、「${subject.label}」にチェックを入れてください。`;
    case 'confirm':
      if (subject.key === 'terms.accepted') return '続けるには、利用規約に同意してください。';
      return '続けるには、内容をご確認のうえ、チェックを入れてください。';
    case 'upload':
      return `「${subject.label}」のファイルを選択してください。`;
  }
}

/** How a number of fixed length is written, if its type has one (「社会保障番号（SSN）の下4桁を…」). */
function idNumberHowTo(idType: string): string | null {
  const shape = idNumberShape(idType);
  if (shape === undefined) return null;
  if (shape.lastDigitsOf !== undefined) {
    return `${idLabel(shape.lastDigitsOf)}の下${shape.digits}桁を数字で入力してください（例: ${shape.example}）。`;
  }
  return `${idLabel(idType)}は${shape.digits}桁の数字で入力してください（例: ${shape.example}）。`;
}

/** 「姓（カナ）は」for a field; nothing without one. */
const topic = (subject: IssueSubject | undefined): string => (subject === undefined ? '' : `${subject.label}は`);

/** An example in the script a Japanese field asks for, by what the field holds. */
function japaneseExample(subject: IssueSubject | undefined, script: 'kanji' | 'kana'): string {
  const key = subject?.key ?? '';
  if (key.startsWith('company.')) return script === 'kanji' ? '株式会社ロケット' : 'カブシキガイシャロケット';
  if (key.startsWith('address.')) return script === 'kanji' ? '千代田区' : 'チヨダク';
  return script === 'kanji' ? '山田' : 'ヤマダ';
}

/** `12.25` for two decimal places, `12.5` for one. */
const decimalExample = (places: number): string => (places <= 0 ? '12' : `12.${'5'.padStart(places, '2')}`);

const quoted = (characters: readonly string[]): string => characters.map((character) => `「${character}」`).join('');

export const JA_MESSAGES: IssueMessages = {
  required: (_issue, subject) => (subject === undefined ? 'この項目を入力してください。' : requiredMessage(subject)),
  invalid_country: () => 'リストから国を選択してください。',
  document_uploading: () => '書類のアップロードが終わるまでお待ちください。',
  document_failed: () =>
    '書類をアップロードできませんでした。もう一度お試しいただくか、別のファイルを選択してください。',
  invalid_email: () => 'メールアドレスを半角英数字で入力してください（例: name@example.com）。',
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
      ? '電話番号を「+」と国番号から入力してください（例: +81 3-1234-5678）。'
      : `正しい電話番号を入力してください（例: ${issue.country === 'JP' ? '03-1234-5678' : '+1 541 754 3010'}）。海外の番号は「+」と国番号から入力してください。`,
  phone_characters: () =>
    '電話番号は数字で入力してください。スペース、ハイフン、かっこ、国番号の前の「+」も使えます（例: 03-1234-5678）。',
  phone_extension: () => '内線番号は登録できません。内線番号を除いて入力してください。',
  invalid_date: () => '実在する日付を、年・月・日の数字で入力してください（例: 1990年3月27日）。',
  date_in_future: () => '今日以前の日付を入力してください。未来の日付は入力できません。',
  date_too_early: (issue) => `${japaneseDate(issue.min)}以降の日付を入力してください。`,
  too_young: (issue) => `${issue.minimumAge}歳以上の方のみご登録いただけます。生年月日をご確認ください。`,
  invalid_number: () => '数値を入力してください（例: 25、12.5）。',
  number_out_of_range: (issue) => `${issue.min}から${issue.max}までの数値を入力してください。`,
  too_many_decimals: (issue) =>
    `小数点以下は${issue.maxDecimals}桁までで入力してください（例: ${decimalExample(issue.maxDecimals)}）。`,
  invalid_postal_code: (issue) => `郵便番号を正しい形式で入力してください（例: ${issue.example}）。`,
  postal_code_not_found: () => 'この郵便番号は見つかりませんでした。番号をご確認いただくか、住所を入力してください。',
  town_not_in_postal_code: (issue) =>
    issue.towns.length === 0
      ? `郵便番号${issue.postalCode}にこの町域はありません。郵便番号か町域をご確認ください。`
      : `郵便番号${issue.postalCode}にこの町域はありません（この番号の町域: ${issue.towns.join('、')}` +
        `${issue.more ? 'など' : ''}）。郵便番号か町域をご確認ください。`,
  postal_code_not_used: () => 'この国の住所には郵便番号がありません。空欄のままにしてください。',
  invalid_region: (issue) =>
    issue.country === 'JP' ? '都道府県を一覧から選択してください。' : '州・地域を一覧から選択してください。',
  id_number_format: (issue) =>
    idNumberHowTo(issue.idType) ??
    `${idLabel(issue.idType)}の形式が正しくありません。書類に記載されているとおりに入力してください。`,
  id_number_length: (issue) =>
    idNumberHowTo(issue.idType) ??
    `${idLabel(issue.idType)}の桁数が正しくありません。入力漏れや余分な文字がないかご確認ください。`,
  id_number_checksum: (issue) =>
    issue.severity === 'warning'
      ? `${idLabel(issue.idType)}のチェックデジットが一致しません。正しい番号であれば、このまま進めます。`
      : `${idLabel(issue.idType)}が正しくありません。入力内容をご確認ください。`,
  id_number_date: (issue) => `${idLabel(issue.idType)}に含まれる日付が正しくありません。入力内容をご確認ください。`,
  id_number_not_issued: (issue) =>
    `${idLabel(issue.idType)}として発行されることのない数字です。入力内容をご確認ください。`,
  kana_only: (issue, subject) => {
    if (subject === undefined && issue.hint === 'convert_to_katakana') return '全角カタカナで入力してください。';
    const example = japaneseExample(subject, 'kana');
    switch (issue.hint) {
      case 'convert_to_katakana':
        return `${topic(subject)}全角カタカナで入力してください（例: ${example}）。`;
      case 'write_reading_in_katakana':
        // The example answers the mistake made: a reading typed in Latin letters.
        return `${topic(subject)}ローマ字ではなく、読みをカタカナで入力してください。例えば「yamada」は「ヤマダ」と入力します。`;
      case 'remove_symbols':
        return `${subject === undefined ? '' : `${subject.label}は、`}記号を使わずに全角カタカナで入力してください（例: ${example}）。`;
    }
  },
  kana_needs_katakana: (_issue, subject) =>
    `${topic(subject)}読みを全角カタカナで入力してください（例: ${japaneseExample(subject, 'kana')}）。`,
  kanji_needs_japanese: (_issue, subject) =>
    `${topic(subject)}漢字またはかなで入力してください（例: ${japaneseExample(subject, 'kanji')}）。`,
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
        return `${characters}は入力できません。削除してから、もう一度お試しください。`;
    }
  },
};
