import type { AfterActionWords } from './form-messages.types';

/** The form's words once a person submitted: loaded with the submit path. */
export const AFTER_ACTION_WORDS_JA: AfterActionWords = {
  statusPending: '入力内容を安全に送信しています…',
  statusWaitingForDocuments: '書類のアップロードが終わるのを待っています…',
  statusSuccess: '入力内容を保存しました。',
  statusChangedWhileSending: '送信中に内容が変更されました。変更を送信するには、もう一度送信してください。',
  statusFieldErrors: (count) => `${count} 件の項目が受け付けられませんでした。ご確認のうえ、もう一度お試しください。`,
  serverFieldError: (stripeMessage) => `この内容は受け付けられませんでした（${stripeMessage}）。`,
  serverError: (stripeMessage) => `Stripe からの応答:「${stripeMessage}」`,
  knownRefusals: {
    platform_registration_required:
      'このサービスの Stripe アカウントは、まだこの情報を受け付ける設定になっていません。サービスの運営者にお問い合わせください。',
    token_must_be_created_with_publishable_key:
      'このフォームに設定された Stripe のキーの種類が正しくないため、保存できませんでした。サービスの運営者にお問い合わせください。',
    account_rate_limit_exceeded: 'Stripe へのリクエストが集中しています。しばらく待ってから、もう一度お試しください。',
    rate_limit: 'Stripe へのリクエストが集中しています。しばらく待ってから、もう一度お試しください。',
  },
  networkError: 'Stripe に接続できませんでした。通信環境をご確認のうえ、もう一度お試しください。',
};
