import type { Locale } from './locale';

/**
 * What to tell a person about an error Stripe reported on a requirement (`Account.requirements.errors[]`,
 * v2 `entries[].errors[]`), from its code: what went wrong and what to do. Stripe's own `reason` may
 * quote what was submitted, so it is never shown. Codes not listed fall back by family, then to a
 * general sentence.
 */
type Wording = Readonly<Record<Locale, string>>;

const BY_CODE: Readonly<Record<string, Wording>> = {
  verification_document_expired: {
    en: 'This document has expired. Upload a document that is still valid.',
    ja: 'この書類は有効期限が切れています。有効期限内の書類をアップロードしてください。',
  },
  verification_document_not_readable: {
    en: 'This document could not be read. Upload a sharp, well-lit photo or scan of the whole document.',
    ja: '書類を読み取れませんでした。書類全体が鮮明に写った写真またはスキャンをアップロードしてください。',
  },
  verification_document_failed_greyscale: {
    en: 'This document is in black and white. Upload a colour photo or scan.',
    ja: '白黒の書類は使えません。カラーの写真またはスキャンをアップロードしてください。',
  },
  verification_document_failed_copy: {
    en: 'This looks like a copy. Upload a photo of the original document.',
    ja: 'コピーの書類は使えません。原本を撮影した写真をアップロードしてください。',
  },
  verification_document_missing_back: {
    en: 'The back of the document is missing. Upload both sides.',
    ja: '書類の裏面がありません。表面と裏面の両方をアップロードしてください。',
  },
  verification_document_missing_front: {
    en: 'The front of the document is missing. Upload both sides.',
    ja: '書類の表面がありません。表面と裏面の両方をアップロードしてください。',
  },
  verification_document_incomplete: {
    en: 'Part of the document is cut off. Upload a photo that shows all four corners.',
    ja: '書類の一部が写っていません。四隅まで写った写真をアップロードしてください。',
  },
  verification_document_too_large: {
    en: 'This file is too large. Upload a file under 10 MB.',
    ja: 'ファイルが大きすぎます。10 MB未満のファイルをアップロードしてください。',
  },
  verification_document_type_not_supported: {
    en: 'This kind of document is not accepted. Upload a passport, driving licence or national ID card.',
    ja: 'この種類の書類は使えません。パスポート、運転免許証、マイナンバーカードなどをアップロードしてください。',
  },
  verification_document_name_mismatch: {
    en: 'The name on the document does not match the name you gave. Check your name, or upload a document in that name.',
    ja: '書類の氏名が入力された氏名と一致しません。氏名を確認するか、その氏名の書類をアップロードしてください。',
  },
  verification_document_dob_mismatch: {
    en: 'The date of birth on the document does not match the one you gave. Check your date of birth.',
    ja: '書類の生年月日が入力された生年月日と一致しません。生年月日をご確認ください。',
  },
  verification_document_address_mismatch: {
    en: 'The address on the document does not match the address you gave. Check the address, or upload a matching document.',
    ja: '書類の住所が入力された住所と一致しません。住所を確認するか、一致する書類をアップロードしてください。',
  },
  verification_document_id_number_mismatch: {
    en: 'The number on the document does not match the ID number you gave. Check the number.',
    ja: '書類の番号が入力された番号と一致しません。番号をご確認ください。',
  },
  verification_failed_address_match: {
    en: 'Stripe could not confirm this address. Check it, or upload a document that shows it.',
    ja: 'この住所を確認できませんでした。住所を確認するか、住所が記載された書類をアップロードしてください。',
  },
  verification_failed_residential_address: {
    en: 'This address could not be confirmed as a home address. Enter where you live.',
    ja: 'この住所を自宅住所として確認できませんでした。お住まいの住所を入力してください。',
  },
  verification_failed_id_number_match: {
    en: 'This ID number does not match the name and date of birth you gave. Check all three.',
    ja: 'この番号が入力された氏名・生年月日と一致しません。3つともご確認ください。',
  },
  verification_failed_name_match: {
    en: 'Stripe could not confirm this name. Enter it exactly as it appears on your ID.',
    ja: 'この氏名を確認できませんでした。身分証明書の記載どおりに入力してください。',
  },
  verification_failed_keyed_identity: {
    en: 'Stripe could not confirm who you are from these details. Check your name, date of birth and ID number.',
    ja: '入力された情報から本人確認ができませんでした。氏名、生年月日、番号をご確認ください。',
  },
  verification_failed_tax_id_match: {
    en: 'This tax ID does not match the registered name. Check the number and the legal name.',
    ja: 'この法人番号が登記上の名称と一致しません。番号と正式名称をご確認ください。',
  },
  verification_failed_tax_id_not_issued: {
    en: 'This tax ID was not found. Check the number.',
    ja: 'この番号は見つかりませんでした。番号をご確認ください。',
  },
  invalid_address_city_state_postal_code: {
    en: 'The city, state and postal code do not belong together. Check all three.',
    ja: '市区町村・都道府県・郵便番号の組み合わせが正しくありません。3つともご確認ください。',
  },
  invalid_address_postal_code: {
    en: 'This postal code does not fit the address. Check it.',
    ja: '郵便番号が住所と一致しません。郵便番号をご確認ください。',
  },
  unresolvable_postal_code: {
    en: 'This postal code was not found. Check it.',
    ja: 'この郵便番号は見つかりませんでした。郵便番号をご確認ください。',
  },
  invalid_street_address: {
    en: 'This street address was not found. Check the street and number.',
    ja: 'この番地は見つかりませんでした。丁目・番地をご確認ください。',
  },
  invalid_address_private_mailbox: {
    en: 'A private mailbox cannot be used. Enter a street address.',
    ja: '私書箱は使えません。所在地の住所を入力してください。',
  },
  invalid_address_cmra_address: {
    en: 'A mail-forwarding address cannot be used. Enter a street address.',
    ja: '郵便転送サービスの住所は使えません。所在地の住所を入力してください。',
  },
  invalid_dob_age_under_18: {
    en: 'The person must be at least 18. Check the date of birth.',
    ja: '18歳以上の方のみご登録いただけます。生年月日をご確認ください。',
  },
  invalid_dob_age_over_maximum: {
    en: 'This date of birth is too far in the past. Check the year.',
    ja: '生年月日が古すぎます。年をご確認ください。',
  },
  invalid_tax_id: {
    en: 'This tax ID is not valid. Check the number.',
    ja: 'この番号は正しくありません。番号をご確認ください。',
  },
  invalid_tax_id_format: {
    en: 'This tax ID is not in the right format. Check the number.',
    ja: 'この番号の形式が正しくありません。番号をご確認ください。',
  },
  invalid_company_name_denylisted: {
    en: 'This business name cannot be used. Enter the registered legal name.',
    ja: 'この名称は使えません。登記上の正式名称を入力してください。',
  },
  invalid_tos_acceptance: {
    en: 'The terms were not accepted correctly. Accept them again.',
    ja: '利用規約への同意が確認できませんでした。もう一度同意してください。',
  },
};

/** Families of codes, by prefix, most specific first. */
const BY_PREFIX: readonly (readonly [string, Wording])[] = [
  [
    'verification_document_',
    {
      en: 'Stripe could not accept this document. Upload a clear photo or scan of a valid document.',
      ja: 'この書類は受け付けられませんでした。有効な書類の鮮明な写真またはスキャンをアップロードしてください。',
    },
  ],
  [
    'verification_selfie_',
    {
      en: 'The photo of you could not be matched to your document. Take a new one.',
      ja: 'ご本人の写真を書類と照合できませんでした。もう一度撮影してください。',
    },
  ],
  [
    'invalid_address_',
    {
      en: 'Stripe could not use this address. Check it and enter a street address.',
      ja: 'この住所は使えませんでした。住所を確認し、所在地の住所を入力してください。',
    },
  ],
  [
    'verification_failed_',
    {
      en: 'Stripe could not confirm this information. Check it, or upload a document that shows it.',
      ja: 'この情報を確認できませんでした。内容を確認するか、記載された書類をアップロードしてください。',
    },
  ],
  ['invalid_dob_', { en: 'Check the date of birth.', ja: '生年月日をご確認ください。' }],
];

const GENERAL: Wording = {
  en: 'Stripe could not accept this information. Check it and correct it.',
  ja: 'この情報は受け付けられませんでした。内容をご確認のうえ、修正してください。',
};

/** A sentence for one error code in the person's language. */
export function requirementErrorMessage(code: string, locale: Locale): string {
  const wording = BY_CODE[code] ?? BY_PREFIX.find(([prefix]) => code.startsWith(prefix))?.[1] ?? GENERAL;
  return wording[locale];
}

/** What to show at a field for Stripe's errors on its requirement: each distinct sentence once. */
export function requirementErrorsMessage(codes: readonly string[], locale: Locale): string {
  return [...new Set(codes.map((code) => requirementErrorMessage(code, locale)))].join(locale === 'ja' ? '' : ' ');
}
