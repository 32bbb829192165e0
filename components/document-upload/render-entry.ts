import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DocumentEntry } from '../../src/documents/document-uploads';
import { formatFileSize } from '../../src/documents/messages';
import type { DocumentMessages } from '../../src/documents/messages.types';
import type { Locale } from '../../src/i18n/locale';

/** What an entry shows besides its own state: the field's label and language. */
export interface EntryContext {
  readonly label: string;
  readonly locale: Locale;
  readonly messages: DocumentMessages;
}

/** What the buttons of an entry do; the element owns the uploads. */
export interface EntryActions {
  readonly cancel: (entry: DocumentEntry) => void;
  readonly retry: (entry: DocumentEntry) => void;
  readonly remove: (entry: DocumentEntry) => void;
}

/** One chosen file: its preview, summary, progress or outcome, and its buttons. */
export function renderEntry(entry: DocumentEntry, context: EntryContext, actions: EntryActions): TemplateResult {
  const { messages, locale, label } = context;
  const summary =
    entry.kind !== undefined && entry.size !== undefined
      ? messages.fileSummary(entry.kind, formatFileSize(entry.size, locale))
      : entry.size !== undefined
        ? formatFileSize(entry.size, locale)
        : messages.uploadedEarlier;
  const statusId = `status-${entry.key}`;
  return html`
    <li part="item" class="item ${entry.status}">
      ${
        entry.previewUrl !== undefined
          ? html`<img part="thumbnail" class="thumbnail" src=${entry.previewUrl} alt=${messages.previewAlt(label)} />`
          : html`<span part="thumbnail" class="thumbnail" aria-hidden="true"
              >${entry.kind === 'pdf' ? 'PDF' : entry.kind === undefined ? '…' : '✓'}</span
            >`
      }
      <div class="item-body">
        <span id="summary-${entry.key}" part="summary" class="summary">${summary}</span>
        ${renderEntryStatus(entry, context, statusId)}
        ${entry.downscaled ? html`<p class="note">${messages.downscaled}</p>` : nothing}
        <div class="actions">${renderEntryActions(entry, messages, actions, statusId)}</div>
      </div>
    </li>
  `;
}

function renderEntryStatus(entry: DocumentEntry, context: EntryContext, statusId: string): TemplateResult {
  const { messages, label } = context;
  switch (entry.status) {
    case 'checking':
      return html`<p id=${statusId} part="item-status" class="item-status">${messages.checking}</p>
        <progress part="progress" aria-label=${messages.progressLabel(label)}></progress>`;
    case 'uploading': {
      const progress = entry.progress;
      const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
      // Once every byte is out, the wait is Stripe's answer: an indeterminate bar says so honestly.
      const sent = progress !== undefined && progress.total > 0 && progress.loaded >= progress.total;
      return html`<p id=${statusId} part="item-status" class="item-status">
          ${sent ? messages.awaitingConfirmation : messages.uploading(percent)}
        </p>
        <progress
          part="progress"
          max="100"
          value=${ifDefined(sent ? undefined : percent)}
          aria-label=${messages.progressLabel(label)}
        ></progress>`;
    }
    case 'uploaded':
      return html`<p id=${statusId} part="item-status" class="item-status">${messages.uploaded}</p>`;
    case 'failed':
      return html`<p id=${statusId} part="item-status" class="item-status" role="alert">
        ${entry.failure ? messages.uploadFailures[entry.failure] : ''}
      </p>`;
  }
}

function renderEntryActions(
  entry: DocumentEntry,
  messages: DocumentMessages,
  actions: EntryActions,
  statusId: string,
): TemplateResult {
  const button = (text: string, onClick: () => void, primary = false): TemplateResult =>
    html`<button
      part="button action"
      class="small ${primary ? 'primary' : ''}"
      type="button"
      aria-describedby="summary-${entry.key} ${statusId}"
      @click=${onClick}
    >
      ${text}
    </button>`;
  if (entry.status === 'checking' || entry.status === 'uploading') {
    return button(messages.cancel, () => actions.cancel(entry));
  }
  return html`${entry.retryable ? button(messages.retry, () => actions.retry(entry), true) : nothing}
  ${button(messages.remove, () => actions.remove(entry))}`;
}
