import type { RequirementErrorWords } from './requirement-errors.types';

/** Stripe's requirement errors in Japanese: by code, by family of codes, then in general. */
export const REQUIREMENT_ERRORS_JA: RequirementErrorWords = {
  byCode: {
    verification_document_expired: 'この書類は有効期限が切れています。有効期限内の書類をアップロードしてください。',
    verification_document_not_readable:
      '書類を読み取れませんでした。書類全体が鮮明に写った写真またはスキャンをアップロードしてください。',
    verification_document_failed_greyscale:
      '白黒の書類は使えません。カラーの写真またはスキャンをアップロードしてください。',
    verification_document_failed_copy: 'コピーの書類は使えません。原本を撮影した写真をアップロードしてください。',
    verification_document_missing_back: '書類の裏面がありません。表面と裏面の両方をアップロードしてください。',
    verification_document_missing_front: '書類の表面がありません。表面と裏面の両方をアップロードしてください。',
    verification_document_incomplete: '書類の一部が写っていません。四隅まで写った写真をアップロードしてください。',
    verification_document_too_large: 'ファイルが大きすぎます。10 MB未満のファイルをアップロードしてください。',
    verification_document_type_not_supported:
      'この種類の書類は使えません。パスポート、運転免許証、マイナンバーカードなどをアップロードしてください。',
    verification_document_name_mismatch:
      '書類の氏名が入力された氏名と一致しません。氏名を確認するか、その氏名の書類をアップロードしてください。',
    verification_document_dob_mismatch: '書類の生年月日が入力された生年月日と一致しません。生年月日をご確認ください。',
    verification_document_address_mismatch:
      '書類の住所が入力された住所と一致しません。住所を確認するか、一致する書類をアップロードしてください。',
    verification_document_id_number_mismatch: '書類の番号が入力された番号と一致しません。番号をご確認ください。',
    verification_failed_address_match:
      'この住所を確認できませんでした。住所を確認するか、住所が記載された書類をアップロードしてください。',
    verification_failed_residential_address:
      'この住所を自宅住所として確認できませんでした。お住まいの住所を入力してください。',
    verification_failed_id_number_match: 'この番号が入力された氏名・生年月日と一致しません。3つともご確認ください。',
    verification_failed_name_match: 'この氏名を確認できませんでした。身分証明書の記載どおりに入力してください。',
    verification_failed_keyed_identity:
      '入力された情報から本人確認ができませんでした。氏名、生年月日、番号をご確認ください。',
    verification_failed_tax_id_match: 'この法人番号が登記上の名称と一致しません。番号と正式名称をご確認ください。',
    verification_failed_tax_id_not_issued: 'この番号は見つかりませんでした。番号をご確認ください。',
    invalid_address_city_state_postal_code:
      '市区町村・都道府県・郵便番号の組み合わせが正しくありません。3つともご確認ください。',
    invalid_address_postal_code: '郵便番号が住所と一致しません。郵便番号をご確認ください。',
    unresolvable_postal_code: 'この郵便番号は見つかりませんでした。郵便番号をご確認ください。',
    invalid_street_address: 'この番地は見つかりませんでした。丁目・番地をご確認ください。',
    invalid_address_private_mailbox: '私書箱は使えません。所在地の住所を入力してください。',
    invalid_address_cmra_address: '郵便転送サービスの住所は使えません。所在地の住所を入力してください。',
    invalid_dob_age_under_18: '18歳以上の方のみご登録いただけます。生年月日をご確認ください。',
    invalid_dob_age_over_maximum: '生年月日が古すぎます。年をご確認ください。',
    invalid_tax_id: 'この番号は正しくありません。番号をご確認ください。',
    invalid_tax_id_format: 'この番号の形式が正しくありません。番号をご確認ください。',
    invalid_company_name_denylisted: 'この名称は使えません。登記上の正式名称を入力してください。',
    invalid_tos_acceptance: '利用規約への同意が確認できませんでした。もう一度同意してください。',
  },
  byPrefix: [
    [
      'verification_document_',
      'この書類は受け付けられませんでした。有効な書類の鮮明な写真またはスキャンをアップロードしてください。',
    ],
    ['verification_selfie_', 'ご本人の写真を書類と照合できませんでした。もう一度撮影してください。'],
    ['invalid_address_', 'この住所は使えませんでした。住所を確認し、所在地の住所を入力してください。'],
    [
      'verification_failed_',
      'この情報を確認できませんでした。内容を確認するか、記載された書類をアップロードしてください。',
    ],
    ['invalid_dob_', '生年月日をご確認ください。'],
  ],
  general: 'この情報は受け付けられませんでした。内容をご確認のうえ、修正してください。',
};
