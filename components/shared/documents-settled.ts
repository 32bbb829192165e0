/**
 * Submitting while a document is still uploading waits for it. `waiting` is called when there is
 * something to wait for (the form says so); resolves to `false` when `signal` cancelled the wait.
 */
export async function documentsSettled(root: ParentNode, signal: AbortSignal, waiting: () => void): Promise<boolean> {
  const uploads = [...root.querySelectorAll('token-document-upload')];
  if (!uploads.some((upload) => upload.status === 'checking' || upload.status === 'uploading')) return true;
  waiting();
  const cancelled = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  await Promise.race([Promise.all(uploads.map((upload) => upload.whenSettled())), cancelled]);
  return !signal.aborted;
}
