/**
 * `<token-document-upload>`: one upload field for one document parameter (a document side such as
 * `verification.document.front`, or a `files[]` list). The file is checked in the browser and uploaded
 * to Stripe's Files API as soon as it is chosen, so submitting the form waits only for the token.
 *
 * Front and back: render two instances, one per side, each with its own `name` and `label`.
 *
 * Properties (attributes in brackets):
 * - `name` [name]: the parameter path, echoed in events and used as the form value's name.
 * - `label` [label]: visible label, e.g. "Front of ID document".
 * - `purpose` [purpose]: `identity_document` (default) | `additional_verification` | `account_requirement`.
 * - `publishableKey` [publishable-key]: `pk_test_…` / `pk_live_…`.
 * - `filesBase` [files-base]: defaults to `https://files.stripe.com`; the emulator's URL in tests.
 * - `idempotencyHeader` [idempotency-header]: sends an `Idempotency-Key` header with each upload, so
 *   a retry after a lost answer stores one file. Off by default: uploads then carry only what Stripe
 *   documents for the browser (`Authorization` and the multipart body).
 * - `multiple` [multiple]: a list field (`files[]`) that takes several files.
 * - `required` [required]: invalid (`valueMissing`) until a file is uploaded.
 * - `locale` [locale]: `en` | `ja` | `auto` (page language, then browser).
 * - `value`: the uploaded `file_…` id, the list of ids when `multiple`, or `null`. Setting it shows
 *   earlier uploads by id (no thumbnail).
 * - `status` (read-only): `idle | checking | uploading | uploaded | failed`.
 * - `valid` (read-only): no check or upload running or failed, and a file when `required`.
 *
 * Methods: `whenSettled(): Promise<void>` resolves once no file is being checked or uploaded;
 * `checkValidity()`, `reportValidity()` (also shows the reason at the field); `focus()` reaches the
 * choose button. The element is form-associated: in a `<form>` its value is the file id(s).
 *
 * Events (bubbling within the shadow root they are in, not composed; see `events.ts`): `token-document-change` (`DocumentUploadChangeEvent`:
 * name, status, value, valid) and `token-document-uploaded` (`DocumentUploadedEvent`: name, fileId).
 *
 * CSS parts: `field`, `label`, `hint`, `dropzone`, `button`, `choose-button`, `camera-button`, `list`,
 * `item`, `thumbnail`, `summary`, `item-status`, `progress`, `action`, `notice`, `error`.
 * Custom properties (the forms' convention): `--token-form-color-{text,muted,input-background,surface,border,
 * accent,accent-text,error,success}`, `--token-form-focus-ring`, `--token-form-radius`, `--token-form-font`,
 * `--token-form-font-size`, `--token-form-spacing`, `--token-form-control-height`.
 * Custom states: `:state(checking|uploading|uploaded|failed|idle)`, `:state(invalid)`.
 */
import { LitElement } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { uploadFile } from '../../src/client/files';
import type { FilePurpose } from '../../src/client/files';
import { checkDocument } from '../../src/documents/check-document';
import type { CheckDocumentOptions } from '../../src/documents/check-document';
import { DocumentUploads } from '../../src/documents/document-uploads';
import type { DocumentEntry, DocumentUploadStatus } from '../../src/documents/document-uploads';
import { browserDownscaleDependencies, createDownscaler } from '../../src/documents/downscale-image';
import { documentMessages, formatDocumentIssue } from '../../src/documents/messages';
import type { DocumentMessages } from '../../src/documents/messages.types';
import type { Locale } from '../../src/i18n/locale';
import { LocalizationController } from '../shared/controllers/localization-controller';
import { DocumentUploadChangeEvent, DocumentUploadedEvent } from './events';
import { renderField } from './render-field';
import type { FieldActions } from './render-field';
import { documentUploadStyles } from './styles';

export class TokenDocumentUpload extends LitElement {
  static override styles = documentUploadStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  static override properties = {
    name: { type: String, reflect: true },
    label: { type: String },
    purpose: { type: String },
    publishableKey: { type: String, attribute: 'publishable-key' },
    filesBase: { type: String, attribute: 'files-base' },
    idempotencyHeader: { type: Boolean, attribute: 'idempotency-header' },
    multiple: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    locale: { type: String },
    _dragging: { state: true },
    _announcement: { state: true },
    _showValidity: { state: true },
    _notice: { state: true },
  };

  declare name: string;
  declare label: string;
  declare purpose: FilePurpose;
  declare publishableKey: string;
  declare filesBase: string | undefined;
  declare idempotencyHeader: boolean;
  declare multiple: boolean;
  declare required: boolean;
  declare locale: string;
  declare _dragging: boolean;
  declare _announcement: string;
  declare _showValidity: boolean;
  declare _notice: string;

  readonly #internals: ElementInternals;
  readonly #uploads: DocumentUploads;
  // The field names no country, so no country names are loaded for it.
  readonly #localization = new LocalizationController(this, { countryNames: false });
  #lastReported = '';
  #reportedFileIds = new Set<string>();
  #lastStatus: DocumentUploadStatus = 'idle';
  /** The language the form validity message was last written in. */
  #validityLocale: Locale | null = null;

  /** The controls' handlers, made once so every render binds the same functions. */
  readonly #actions: FieldActions = {
    openFilePicker: () => this.#openPicker('file-input'),
    openCamera: () => this.#openPicker('camera-input'),
    filesChosen: (event) => this.#onInputChange(event),
    dragOver: (event) => this.#onDragOver(event),
    dragLeave: (event) => this.#onDragLeave(event),
    drop: (event) => this.#onDrop(event),
    paste: (event) => this.#onPaste(event),
    cancel: (entry) => this.#cancel(entry),
    retry: (entry) => this.#uploads.retry(entry.key),
    remove: (entry) => this.#remove(entry),
  };

  constructor() {
    super();
    this.name = '';
    this.label = '';
    this.purpose = 'identity_document';
    this.publishableKey = '';
    this.filesBase = undefined;
    this.idempotencyHeader = false;
    this.multiple = false;
    this.required = false;
    this.locale = 'auto';
    this._dragging = false;
    this._announcement = '';
    this._showValidity = false;
    this._notice = '';
    this.#internals = this.attachInternals();
    const dependencies = browserDownscaleDependencies();
    const checkOptions: CheckDocumentOptions = dependencies ? { downscale: createDownscaler(dependencies) } : {};
    this.#uploads = new DocumentUploads({
      settings: () => ({
        publishableKey: this.publishableKey,
        purpose: this.purpose,
        multiple: this.multiple,
        ...(this.filesBase ? { filesBase: this.filesBase } : {}),
        ...(this.idempotencyHeader ? { idempotencyHeader: true } : {}),
      }),
      check: (file) => checkDocument(file, checkOptions),
      upload: uploadFile,
      onChange: () => this.#onUploadsChanged(),
      createPreview: (image) => URL.createObjectURL(image),
      revokePreview: (url) => URL.revokeObjectURL(url),
    });
    // The forms define this element on demand: a value a form set before it was defined is an own
    // property of the element; it goes through the setter instead.
    if (Object.hasOwn(this, 'value')) {
      const early: unknown = Reflect.get(this, 'value');
      Reflect.deleteProperty(this, 'value');
      this.value = Array.isArray(early) || typeof early === 'string' ? early : null;
    }
  }

  get value(): string | string[] | null {
    const ids = this.#uploads.fileIds;
    return this.multiple ? ids : (ids[0] ?? null);
  }

  set value(value: string | readonly string[] | null) {
    const ids = value === null ? [] : typeof value === 'string' ? [value] : [...value];
    // A form re-rendering with the ids this field just reported keeps its files (and thumbnails).
    const current = this.#uploads.fileIds;
    if (ids.length === current.length && ids.every((id, index) => id === current[index])) return;
    this.#reportedFileIds = new Set(ids);
    this.#uploads.restore(ids);
  }

  get status(): DocumentUploadStatus {
    return this.#uploads.status;
  }

  get valid(): boolean {
    return this.#validityProblem() === null;
  }

  whenSettled(): Promise<void> {
    return this.#uploads.whenSettled();
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    this._showValidity = true;
    return this.#internals.reportValidity();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Thumbnails are revoked and running work stops; uploaded ids stay as the value.
    this.#uploads.dispose();
  }

  protected override update(changed: PropertyValues<this>): void {
    // After the controllers' `hostUpdate`, so the validity message is in the language just resolved.
    const languageChanged = this.#localization.locale !== this.#validityLocale;
    if (changed.has('required') || changed.has('name') || changed.has('locale') || languageChanged) {
      this.#syncFormState();
    }
    super.update(changed);
  }

  get #messages(): DocumentMessages {
    return documentMessages(this.#localization.locale);
  }

  #validityProblem(): 'stillUploading' | 'failed' | 'valueMissing' | null {
    if (this.#uploads.busy) return 'stillUploading';
    if (this.#uploads.entries.some((entry) => entry.status === 'failed')) return 'failed';
    if (this.required && this.#uploads.fileIds.length === 0) return 'valueMissing';
    return null;
  }

  #syncFormState(): void {
    const ids = this.#uploads.fileIds;
    if (this.multiple) {
      const data = new FormData();
      for (const id of ids) data.append(this.name, id);
      this.#internals.setFormValue(ids.length > 0 ? data : null);
    } else {
      this.#internals.setFormValue(ids[0] ?? null);
    }
    const problem = this.#validityProblem();
    const messages = this.#messages;
    this.#validityLocale = this.#localization.locale;
    // The value may be set before the element is first connected, when it has no render root yet.
    const anchor = (this.renderRoot as ParentNode | undefined)?.querySelector<HTMLElement>('#choose') ?? undefined;
    if (problem === null) this.#internals.setValidity({});
    else if (problem === 'valueMissing')
      this.#internals.setValidity({ valueMissing: true }, messages.valueMissing, anchor);
    else if (problem === 'stillUploading')
      this.#internals.setValidity({ customError: true }, messages.stillUploading, anchor);
    else this.#internals.setValidity({ customError: true }, this.#failureText() ?? messages.valueMissing, anchor);

    // Custom states are recent (Chrome 125, Safari 17.4, Firefox 126); older browsers go without.
    const states = this.#internals.states as CustomStateSet | undefined;
    if (states === undefined) return;
    for (const status of ['idle', 'checking', 'uploading', 'uploaded', 'failed'] as const) states.delete(status);
    states.add(this.#uploads.status);
    if (problem === null) states.delete('invalid');
    else states.add('invalid');
  }

  #onUploadsChanged(): void {
    this.#syncFormState();
    this.#announceStatus();
    this.requestUpdate();
    this.#dispatchChanges();
  }

  #announceStatus(): void {
    const status = this.#uploads.status;
    if (status === this.#lastStatus) return;
    this.#lastStatus = status;
    const messages = this.#messages;
    if (status === 'checking') this._announcement = messages.checking;
    else if (status === 'uploading') this._announcement = messages.uploading(0);
    else if (status === 'uploaded') {
      const downscaled = this.#uploads.entries.some((entry) => entry.downscaled);
      this._announcement = downscaled ? `${messages.uploaded}. ${messages.downscaled}` : messages.uploaded;
    }
    // Failures are announced by the error text itself (role="alert").
  }

  #dispatchChanges(): void {
    for (const fileId of this.#uploads.fileIds) {
      if (this.#reportedFileIds.has(fileId)) continue;
      this.#reportedFileIds.add(fileId);
      this.dispatchEvent(new DocumentUploadedEvent(this.name, fileId));
    }
    const value = this.value;
    const status = this.status;
    const valid = this.valid;
    const snapshot = JSON.stringify([status, value, valid]);
    if (snapshot === this.#lastReported) return;
    this.#lastReported = snapshot;
    this.dispatchEvent(new DocumentUploadChangeEvent(this.name, status, value, valid));
  }

  #failureText(): string | null {
    const failed = this.#uploads.entries.find((entry) => entry.failure !== undefined);
    return failed?.failure ? this.#messages.uploadFailures[failed.failure] : null;
  }

  /** The message under the field: a refused file, else a validity problem once it should show. */
  #errorText(): string {
    const messages = this.#messages;
    const rejection = this.#uploads.rejection;
    if (rejection !== null) return formatDocumentIssue(rejection, this.#localization.locale);
    if (!this._showValidity) return '';
    const problem = this.#validityProblem();
    if (problem === 'valueMissing') return messages.valueMissing;
    if (problem === 'stillUploading') return messages.stillUploading;
    return '';
  }

  #addFiles(files: readonly File[]): void {
    if (files.length === 0) return;
    this._showValidity = false;
    this.#uploads.add(files);
    this._notice = !this.multiple && files.length > 1 ? this.#messages.onlyOneFile : '';
  }

  #onInputChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#addFiles([...(input.files ?? [])]);
    // Lets the same file be chosen again after a remove.
    input.value = '';
  }

  #openPicker(id: 'file-input' | 'camera-input'): void {
    this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.click();
  }

  #onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this._dragging = true;
  }

  #onDragLeave(event: DragEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && (event.currentTarget as HTMLElement).contains(next)) return;
    this._dragging = false;
  }

  #onDrop(event: DragEvent): void {
    // Anywhere on the field: a drop the page does not take would open the file in place of the form.
    event.preventDefault();
    this._dragging = false;
    this.#addFiles([...(event.dataTransfer?.files ?? [])]);
  }

  #onPaste(event: ClipboardEvent): void {
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    this.#addFiles(files);
  }

  #cancel(entry: DocumentEntry): void {
    this.#uploads.cancel(entry.key);
    this._announcement = this.#messages.cancelled;
    this.#focusChooseButton();
  }

  #remove(entry: DocumentEntry): void {
    this.#uploads.remove(entry.key);
    this._notice = '';
    this._announcement = this.#messages.removed;
    this.#focusChooseButton();
  }

  #focusChooseButton(): void {
    // The item with the pressed button is gone: keep the keyboard user in the field.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#choose')?.focus());
  }

  protected override render(): TemplateResult {
    return renderField(
      {
        label: this.label,
        locale: this.#localization.locale,
        messages: this.#messages,
        entries: this.#uploads.entries,
        multiple: this.multiple,
        dragging: this._dragging,
        error: this.#errorText(),
        notice: this._notice,
        announcement: this._announcement,
      },
      this.#actions,
    );
  }
}
