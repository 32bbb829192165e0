import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DocumentEntry } from '../../src/documents/document-uploads';
import { renderEntry } from './render-entry';
import type { EntryActions, EntryContext } from './render-entry';

/** What the file picker offers; the bytes are checked anyway, whatever the picker lets through. */
const ACCEPTED_TYPES = 'image/jpeg,image/png,application/pdf';
const CAMERA_TYPES = 'image/jpeg,image/png';

/** Everything the field shows, as the element worked it out. */
export interface FieldView extends EntryContext {
  readonly entries: readonly DocumentEntry[];
  readonly multiple: boolean;
  readonly dragging: boolean;
  /** The message under the field, or `''`. */
  readonly error: string;
  readonly notice: string;
  /** Read out by screen readers (a status region). */
  readonly announcement: string;
}

/** What the field's controls do; the element owns the state. */
export interface FieldActions extends EntryActions {
  readonly openFilePicker: () => void;
  readonly openCamera: () => void;
  readonly filesChosen: (event: Event) => void;
  readonly dragOver: (event: DragEvent) => void;
  readonly dragLeave: (event: DragEvent) => void;
  readonly drop: (event: DragEvent) => void;
  readonly paste: (event: ClipboardEvent) => void;
}

/** The whole field: label and hints, the chosen files, the drop zone, the error, the hidden inputs. */
export function renderField(view: FieldView, actions: FieldActions): TemplateResult {
  const { messages, entries, error, notice } = view;
  const hasFile = entries.length > 0;
  const invalid = error !== '' || entries.some((entry) => entry.status === 'failed');
  return html`
    <div
      part="field"
      class="field ${invalid ? 'invalid' : ''}"
      role="group"
      aria-labelledby="label"
      @paste=${actions.paste}
      @dragenter=${actions.dragOver}
      @dragover=${actions.dragOver}
      @dragleave=${actions.dragLeave}
      @drop=${actions.drop}
    >
      <span id="label" part="label" class="label">${view.label}</span>
      <p id="hint" part="hint" class="hint">${messages.photoHint}</p>
      <p id="accepted" class="accepted">${messages.accepted}</p>
      ${
        hasFile
          ? html`<ul part="list" class="list">
              ${repeat(
                entries,
                (entry) => entry.key,
                (entry) => renderEntry(entry, view, actions),
              )}
            </ul>`
          : nothing
      }
      ${renderDropZone(view, actions, invalid)}
      ${notice !== '' ? html`<p id="notice" part="notice" class="note">${notice}</p>` : nothing}
      <p id="error" part="error" class="error" role="alert">${error}</p>
      <div class="visually-hidden" role="status">${view.announcement}</div>
      <input
        id="file-input"
        type="file"
        accept=${ACCEPTED_TYPES}
        ?multiple=${view.multiple}
        hidden
        tabindex="-1"
        @change=${actions.filesChosen}
      />
      <input
        id="camera-input"
        type="file"
        accept=${CAMERA_TYPES}
        capture="environment"
        hidden
        tabindex="-1"
        @change=${actions.filesChosen}
      />
    </div>
  `;
}

/** The buttons that open the file picker or the camera, and the drop hint. */
function renderDropZone(view: FieldView, actions: FieldActions, invalid: boolean): TemplateResult {
  const { messages, multiple, dragging, notice } = view;
  const hasFile = view.entries.length > 0;
  const chooseText = multiple
    ? hasFile
      ? messages.addFile
      : messages.chooseFiles
    : hasFile
      ? messages.replaceFile
      : messages.chooseFile;
  return html`<div part="dropzone" class="dropzone ${dragging ? 'dragging' : ''}">
    <button
      id="choose"
      part="button choose-button"
      class="primary"
      type="button"
      aria-labelledby="choose label"
      aria-describedby="hint accepted error ${notice !== '' ? 'notice' : ''}"
      aria-invalid=${invalid ? 'true' : 'false'}
      @click=${actions.openFilePicker}
    >
      ${chooseText}
    </button>
    <button
      id="camera"
      part="button camera-button"
      class="camera"
      type="button"
      aria-labelledby="camera label"
      aria-describedby="hint"
      @click=${actions.openCamera}
    >
      ${messages.takePhoto}
    </button>
    <span class="drop-text">${dragging ? messages.dropNow : messages.dropOrPaste}</span>
  </div>`;
}
