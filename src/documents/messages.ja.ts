import type { DocumentMessages } from './messages.types';
import { kindName } from './kind-names';

export const JA_DOCUMENT_MESSAGES: DocumentMessages = {
  issues: {
    empty: () => 'ファイルが空です。写真またはスキャンをもう一度選んでください。',
    unsupported_type: () => 'JPG・PNG・PDF 以外のファイルです。写真または PDF のスキャンを選んでください。',
    truncated: (issue) =>
      `この ${kindName(issue.kind)} ファイルは途中で切れています（ダウンロードの中断など）。保存し直すか、撮り直してください。`,
    too_large: () => '10 MB を超えるファイルです。小さいファイルを選んでください。',
    too_many_pixels: (issue) =>
      `この画像は ${issue.width} × ${issue.height} ピクセルです（上限は ${issue.maxSide} × ${issue.maxSide}）。小さい画像を選んでください。`,
    undecodable: () => '画像を読み取れません。撮り直すか、別のファイルを選んでください。',
  },
  uploadFailures: {
    offline: 'アップロードできませんでした。接続を確認してから、もう一度お試しください。',
    unavailable: 'アップロード先が混み合っています。しばらくしてからもう一度お試しください。',
    refused: 'このファイルは受け付けられませんでした。別の写真またはスキャンを選んでください。',
    configuration: '現在ここではファイルをアップロードできません。サイトの運営者にお問い合わせください。',
  },
  photoHint: '四隅がすべて写り、光の反射がなく、ピントの合ったカラーの写真またはスキャンを使ってください。',
  accepted: 'JPG・PNG・PDF、10 MB まで。',
  chooseFile: 'ファイルを選択',
  chooseFiles: 'ファイルを選択',
  replaceFile: 'ファイルを差し替える',
  addFile: 'ファイルを追加',
  takePhoto: '写真を撮る',
  dropOrPaste: 'またはここにドロップ・貼り付け',
  dropNow: 'ドロップしてアップロード',
  cancel: 'アップロードを中止',
  retry: '再試行',
  remove: 'ファイルを削除',
  checking: 'ファイルを確認しています…',
  uploading: (percent) => `アップロード中… ${percent}%`,
  awaitingConfirmation: '送信しました。確認を待っています…',
  uploaded: 'アップロード完了',
  downscaled: '写真が上限を超えていたため、縮小したものをアップロードしました。',
  cancelled: 'アップロードを中止しました。',
  removed: 'ファイルを削除しました。',
  progressLabel: (fieldLabel) => `アップロードの進行状況：${fieldLabel}`,
  previewAlt: (fieldLabel) => `プレビュー：${fieldLabel}`,
  fileSummary: (kind, size) => `${kindName(kind)}、${size}`,
  uploadedEarlier: 'アップロード済み',
  valueMissing: 'ファイルを追加してください。',
  stillUploading: 'アップロードが終わるまでお待ちください。',
  onlyOneFile: 'この欄には 1 ファイルのみ指定できるため、最初のファイルを使用しました。',
};
