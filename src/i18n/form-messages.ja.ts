import { METADATA_LIMITS } from '../validation/metadata';
import type { FormWords } from './form-messages.types';

/** The form's words a person may read before acting: labels of its own, hints, the configuration banner. */
export const FORM_WORDS_JA: FormWords = {
  submit: '送信',
  submitting: '送信中…',
  optional: '任意',
  required: '必須',
  choose: '選択してください',
  retry: 'もう一度試す',
  convertToKatakana: (suggestion) => `カタカナにする: ${suggestion}`,
  useSuggestion: (suggestion) => `${suggestion} にする`,
  kanaHint: '全角カタカナで入力してください。',
  japaneseTownHint: '丁目を除いた町域名（例: 神宮前）。丁目・番地は「番地」欄に入力してください。',
  postalTownsFound: (postalCode, count) => `郵便番号${postalCode}には${count}件の町域があります。選んでください。`,
  postalTownChoice: (postalCode) => `${postalCode}の町域`,
  idNumberType: '番号の種類',
  idNumberMaskedHint: '編集中以外は伏せて表示します。',
  percentSuffix: '%',
  countryNoMatch: '一致する国がありません。',
  countrySearchHint: '入力すると候補を絞り込めます。',
  countryListLabel: (fieldLabel) => `${fieldLabel}の候補`,
  sentAndCleared: '安全のため、送信後に消去しました。',
  enterAgainAfterSending: '変更を送信するには、もう一度入力してください。番号は安全のため送信後に消去されます。',
  statusEnterAgain: (labels) =>
    `変更はまだ保存されていません。${labels.map((label) => `「${label}」`).join('')}をもう一度入力してから送信してください。`,
  statusInvalid: (count) => `${count} 件の項目をご確認ください。`,
  statusFailed: '入力内容を送信できませんでした。',
  configurationError: 'このフォームは正しく設定されていないため、送信できません。',
  secretKey:
    'シークレットキーが指定されています。公開可能キー（pk_…）を使用してください。シークレットキーをウェブページに置いてはいけません。',
  restrictedKey: '制限付きキーが指定されています。公開可能キー（pk_…）を使用してください。',
  malformedKey: '公開可能キーが正しくありません。pk_test_ または pk_live_ で始まるキーを指定してください。',
  missingKey: '公開可能キーが指定されていません。',
  registrationDate: '設立日',
  readTerms: '利用規約を読む',
  opensInNewTab: '（新しいタブで開きます）',
  callingCode: '国番号',
  addListItem: (list) =>
    ({ id_numbers: '番号を追加', additional_addresses: '住所を追加', additional_names: '氏名を追加' })[list],
  removeListItem: (list, position) =>
    `${{ id_numbers: '番号', additional_addresses: '住所', additional_names: '氏名' }[list]} ${position} を削除`,
  missingAccount: 'v2 の人物トークンには連結アカウント ID（acct_…）が必要です。',
  invalidMetadata: (problem) => {
    const { maxKeys, maxKeyLength, maxValueLength } = METADATA_LIMITS;
    switch (problem.reason) {
      case 'not_an_object':
        return 'メタデータはキーと文字列の値からなるオブジェクトで指定してください。';
      case 'too_many_keys':
        return `メタデータのキーが${problem.count}個あります。Stripe が受け付けるのは${maxKeys}個までです。`;
      case 'empty_key':
        return `メタデータに空のキーがあります。キーは1〜${maxKeyLength}文字で指定してください。`;
      case 'key_too_long':
        return `メタデータのキー「${problem.key}」が${maxKeyLength}文字を超えています。`;
      case 'key_with_brackets':
        return `メタデータのキー「${problem.key}」に Stripe が受け付けない [ または ] が含まれています。`;
      case 'value_not_text':
        return `メタデータ「${problem.key}」の値は文字列か数値で指定してください。`;
      case 'value_too_long':
        return `メタデータ「${problem.key}」の値が${maxValueLength}文字を超えています。`;
    }
  },
};
