import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConfigurationError, KeyError } from '../../src/client/errors';
import type { TokenResult } from '../../src/client/results';
import type { CheckContext } from '../../src/fields/check-field';
import type { FormShape } from '../../src/fields/mount';
import type { ApiVersion, Field } from '../../src/fields/types';
import { fieldLabel } from '../../src/i18n/field-labels';
import { formatIssue, type MessageOverrides } from '../../src/i18n/format-issue';
import { buildRequestBody } from '../../src/params/build-body';
import { normalizeForRequest } from '../../src/params/normalize-values';
import { countryOf } from '../../src/fields/field-country';
import { canonicalRegion } from '../../src/fields/canonical-region';
import { callingCodes } from '../../src/validation/phone';
import type { FieldValue } from '../../src/params/values';
import { planFields, type FieldPlan } from '../../src/requirements/field-plan';
import { listsFor } from '../../src/fields/mount';
import { FloatingController } from './controllers/floating-controller';
import { FormStateController } from './controllers/form-state-controller';
import { LocalizationController } from './controllers/localization-controller';
import { SubmissionController } from './controllers/submission-controller';
import {
  ReadyEvent,
  SubmitStartEvent,
  TokenCreatedEvent,
  TokenErrorEvent,
  ValidityChangeEvent,
  type TokenErrorSummary,
  type TokenSummary,
} from './events';
import { displayOrder, layoutSections, type SectionView } from './field-layout';
import { keyProblem, parseRequirements, safeLinkUrl, type ConfigurationProblem } from './form-config';
import { v1BusinessIdTypes } from '../../src/validation/id-numbers/v1-business-id-numbers';
import { currencyOfCountry } from './renderers/currencies';
import { HostFormBridge } from './host-form-bridge';
import { CountryPickerState } from './renderers/country-picker-state';
import { listboxId } from './renderers/country-picker';
import { controlId, isImeKeyEvent } from './renderers/dom-ids';
import { v1IdTypesFor } from './renderers/id-number-field';
import type { FieldRenderContext } from './renderers/render-context';
import { renderSections } from './renderers/render-sections';
import { SubmissionMemory } from './submission-memory';
import { tokenFormStyles } from './styles';
import { mapErrorToFields, summarizeError, summarizeToken } from './token-errors';

/** Values the platform already knows, by field id (`person.email`) or input name (`person.email`, `email`). */
export type PrefillValues = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/** What a subclass passes on to the token client besides the body. */
export interface TokenRequestOptions {
  readonly apiVersion: ApiVersion;
  /** The client options every token request takes, whatever its kind and version. */
  readonly client: {
    readonly publishableKey: string;
    readonly apiBase?: string;
    readonly stripeVersion?: string;
    readonly idempotencyKey: string;
    readonly signal: AbortSignal;
  };
}

type StatusKind = 'idle' | 'pending' | 'success' | 'error';

/**
 * What both token forms share: attributes, field plan, rendering of every input kind, validation with
 * errors shown at the right moment, submission with one request in flight, Stripe errors mapped to
 * fields, form association (the form value is the token id) and the events. A subclass says which token
 * it makes (`formShape`, `requestToken`) and what else it needs to be set up.
 *
 * @fires token-created - `{ token: { id, object, livemode, created, expires_at?, used } }` once Stripe made the token.
 * @fires token-error - `{ error: { type, code?, message, param?, fieldName?, status?, requestId?, retryable } }` when it did not.
 * @fires ready - The form rendered its fields and checked its prefilled values.
 * @fires validity-change - `{ valid }` whenever the form turns valid or invalid.
 * @fires submit-start - A request is about to be sent.
 *
 * @csspart form - The inner form.
 * @csspart section - A group of fields (`fieldset`).
 * @csspart legend - A group's title.
 * @csspart field - One field: label, hint, control, error.
 * @csspart label - A field's label.
 * @csspart input - A text input, the country combobox's input.
 * @csspart select - A select.
 * @csspart checkbox - A checkbox.
 * @csspart hint - Help text under a label.
 * @csspart error - A field's error message.
 * @csspart suggestion - The "use katakana" button of a Kana field.
 * @csspart listbox - The country list.
 * @csspart option - A country in the list.
 * @csspart banner - A configuration or Stripe error above the fields.
 * @csspart retry - The retry button in an error banner.
 * @csspart list-button - "Add another" and "Remove" buttons of repeatable lists (id numbers, addresses, names).
 * @csspart submit - The submit button (absent inside a host form, whose own button submits).
 * @csspart status - The polite live region with the submission status.
 *
 * @cssproperty --token-form-font - Font family.
 * @cssproperty --token-form-color-text - Text colour.
 * @cssproperty --token-form-color-muted - Hints and "optional" marks.
 * @cssproperty --token-form-color-background - Background of the form.
 * @cssproperty --token-form-color-input-background - Background of inputs and the country list.
 * @cssproperty --token-form-color-border - Input borders.
 * @cssproperty --token-form-color-accent - Submit button, focus ring, highlighted option.
 * @cssproperty --token-form-color-accent-text - Text on the accent colour.
 * @cssproperty --token-form-color-error - Error text and invalid borders.
 * @cssproperty --token-form-color-success - Success status.
 * @cssproperty --token-form-focus-ring - Box shadow added to the focus outline.
 * @cssproperty --token-form-radius - Corner radius.
 * @cssproperty --token-form-spacing - Space between fields.
 * @cssproperty --token-form-control-height - Minimum height of inputs.
 *
 * @cssstate user-invalid - Some problem is shown.
 * @cssstate pending - A request is in flight.
 * @cssstate success - The form holds a token for its current data.
 */
export abstract class TokenFormElement extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = tokenFormStyles;
  static override properties = {
    publishableKey: { attribute: 'publishable-key' },
    apiVersion: { attribute: 'api-version' },
    account: {},
    country: {},
    locale: {},
    requirements: {},
    stripeVersion: { attribute: 'stripe-version' },
    apiBase: { attribute: 'api-base' },
    filesBase: { attribute: 'files-base' },
    minimumAge: { attribute: 'minimum-age', type: Number },
    name: {},
    disabled: { type: Boolean, reflect: true },
    metadata: { attribute: false },
    prefill: { attribute: false },
    messages: { attribute: false },
  };

  /** `pk_test_…` or `pk_live_…`. Secret and restricted keys are refused before anything is sent. */
  declare publishableKey: string | null;
  /** `v1` (default) or `v2`. */
  declare apiVersion: string | null;
  /** The connected account (`acct_…`), for tokens created under one. */
  declare account: string | null;
  /** ISO 3166-1 alpha-2 country of the person or business; `US` by default. */
  declare country: string;
  /** `en`, `ja` or `auto` (the page's `lang`, then the browser's languages). */
  declare locale: string | null;
  /** Stripe requirement paths to collect: a JSON array or names separated by spaces or commas. */
  declare requirements: string | readonly string[] | null;
  /** The `Stripe-Version` header: v2 requests always carry one (a pinned default unless set here); v1 only when set. */
  declare stripeVersion: string | null;
  /** Where token requests go: Stripe's API by default; a proxy, or the local emulator in the demo and tests. */
  declare apiBase: string | null;
  /** Where document uploads go: Stripe's files host by default, else `api-base` when that is set. */
  declare filesBase: string | null;
  /** The youngest age a date of birth may give (13 by default). */
  declare minimumAge: number | null;
  /** The name the token id is submitted under in a host `<form>`. */
  declare name: string;
  /** Disables every input and the submit button (as does a disabled host `fieldset`). */
  declare disabled: boolean;
  /** Sent with the token as given (`metadata`); never shown. */
  declare metadata: Readonly<Record<string, string>> | null;
  /** Values the platform already knows; never reflected to attributes. */
  declare prefill: PrefillValues | null;
  /** Host wording for validation messages, by issue code. */
  declare messages: MessageOverrides | null;

  protected readonly internals: ElementInternals;
  protected readonly localization = new LocalizationController(this);
  protected readonly formState = new FormStateController(this);
  protected readonly submission = new SubmissionController<TokenSummary>(this);
  readonly #floating = new FloatingController(this);
  readonly #hostForm: HostFormBridge;
  readonly #memory = new SubmissionMemory();
  #plan: FieldPlan | null = null;
  /** What the current plan was made for; a new plan is made when it changes. */
  #planKey = '';
  #sections: SectionView[] = [];
  #pickers = new Map<string, CountryPickerState>();
  #idTypes = new Map<string, string>();
  /** Countries picked in phone fields' code pickers; unpicked ones follow their address country. */
  #phoneCountries = new Map<string, string>();
  /** International calling codes, loaded with the phone rules once a phone field is shown. */
  #callingCodes: readonly { country: string; code: string }[] | null = null;
  #callingCodesRequested = false;
  /** How many items each repeatable list has (`person.id_numbers` → 2) once the person adds some. */
  #listCounts = new Map<string, number>();
  #focusedId: string | null = null;
  #token: TokenSummary | null = null;
  #generalError: { message: string; retryable: boolean } | null = null;
  #configurationProblem: ConfigurationProblem | null = null;
  #status: { kind: StatusKind; text: string } = { kind: 'idle', text: '' };
  #formDisabled = false;
  #reportedValid: boolean | undefined;
  #ready = false;
  #focusFirstProblem = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.#hostForm = new HostFormBridge(this, this.internals, {
      hasToken: () => this.#token !== null,
      isDisabled: () => this.#disabled,
      tokenize: () => this.submit(),
    });
    this.publishableKey = null;
    this.apiVersion = 'v1';
    this.account = null;
    this.country = 'US';
    this.locale = null;
    this.requirements = null;
    this.stripeVersion = null;
    this.apiBase = null;
    this.filesBase = null;
    this.minimumAge = null;
    this.name = (this.constructor as typeof TokenFormElement).defaultName;
    this.disabled = false;
    this.metadata = null;
    this.prefill = null;
    this.messages = null;
    // A host form found this element invalid: show the problems here instead of the browser's bubble.
    this.addEventListener('invalid', (event) => {
      event.preventDefault();
      this.reportValidity();
    });
  }

  /** The form value's name when the `name` attribute is absent (`person_token`). */
  static defaultName = 'token';
  /** Which request this form builds. */
  protected abstract formShape(version: ApiVersion): FormShape;
  /** Sends the body built from the form to the token API. */
  protected abstract requestToken(body: Record<string, unknown>, options: TokenRequestOptions): Promise<TokenResult>;
  /** Host-supplied values by field id (`person.metadata`). */
  protected abstract hostValues(): Record<string, unknown>;
  /** Set-up this token needs beyond a key (a connected account for v2 person tokens). */
  protected extraConfigurationProblem(): ConfigurationProblem | null {
    return null;
  }
  /** The planned fields as this form shows them (an account form leaves out what its business type has not). */
  protected adjustPlan(plan: FieldPlan): FieldPlan {
    return plan;
  }
  /** Values the element decides from its attributes, by field id: sent, never shown or editable. */
  protected fixedValues(): Readonly<Record<string, FieldValue>> {
    return {};
  }
  /** The host's link to the terms the person accepts, as given. */
  protected termsLink(): string | null {
    return null;
  }

  // ——— Public methods ———

  /**
   * Checks the form and creates a token. Resolves to the token (also sent as `token-created`) or `null`
   * when the form is invalid, Stripe refused it (`token-error`) or the run was cancelled.
   */
  submit(): Promise<TokenSummary | null> {
    return this.submission.run(
      (signal) => this.#tokenize(signal),
      (token) => (token ? 'success' : 'error'),
    );
  }

  /** Empties the form, cancels a request in flight and forgets the token. */
  reset(): void {
    this.submission.abort();
    this.formState.reset();
    this.#idTypes.clear();
    this.#phoneCountries.clear();
    this.#listCounts.clear();
    this.#pickers.clear();
    this.#memory.forget();
    this.#generalError = null;
    this.#setToken(null);
    this.#status = { kind: 'idle', text: '' };
    this.#supplyDefaults();
    this.#revalidate();
  }

  /** Whether the form could be submitted now (or already has its token). Changes nothing. */
  checkValidity(): boolean {
    return this.#token !== null || this.formState.valid;
  }

  /** Shows every problem, focuses the first and says how many there are. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    this.formState.submitted = true;
    if (!valid) this.#announceProblems();
    this.requestUpdate();
    return valid;
  }

  // ——— Form association ———

  /** The host `<form>` the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#hostForm.attach(form);
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  // ——— Lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    this.#hostForm.attach(this.internals.form);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hostForm.attach(null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const version = this.#version;
    const shape = { ...this.formShape(version), listCounts: Object.fromEntries(this.#listCounts) };
    const requirements = parseRequirements(this.requirements);
    // The shape can follow a value in the form (an account's business type), not only attributes.
    const planKey = JSON.stringify([shape, this.#country, requirements, this.account]);
    if (this.#plan === null || planKey !== this.#planKey) {
      this.#planKey = planKey;
      this.#plan = this.adjustPlan(planFields({ shape, country: this.#country, requirements }));
      this.#loadCallingCodesIfNeeded();
      this.#supplyDefaults();
      this.#revalidate();
    } else if (changed.has('prefill') || changed.has('minimumAge')) {
      this.#supplyDefaults();
      this.#revalidate();
    }
    this.#configurationProblem =
      keyProblem(this.publishableKey, this.localization.text) ?? this.extraConfigurationProblem();
  }

  protected override render(): TemplateResult {
    const context = this.#renderContext();
    const fixed = this.fixedValues();
    const shown = (this.#plan?.fields ?? []).filter(({ field }) => !Object.hasOwn(fixed, field.id));
    this.#sections = layoutSections(shown, this.formState.values, {
      locale: context.locale,
      country: this.#country,
    });
    const text = context.text;
    const pending = this.submission.pending;
    return html`<form
      part="form"
      novalidate
      aria-busy=${pending ? 'true' : 'false'}
      @submit=${this.#onInnerSubmit}
      @keydown=${this.#onInnerKeyDown}
    >
      ${
        this.#configurationProblem
          ? html`<div part="banner" class="banner configuration" role="alert">
              <p>${text.configurationError}</p>
              <p>${this.#configurationProblem.message}</p>
            </div>`
          : nothing
      }
      ${
        this.#generalError
          ? html`<div part="banner" class="banner" role="alert">
              <p><strong>${text.statusFailed}</strong></p>
              <p>${this.#generalError.message}</p>
              <button part="retry" class="retry" type="button" @click=${() => void this.submit()}>${text.retry}</button>
            </div>`
          : nothing
      }
      ${renderSections(context, this.#sections)}
      ${
        this.internals.form
          ? nothing
          : html`<button part="submit" class="submit" type="submit" aria-disabled=${pending ? 'true' : 'false'}>
              ${pending ? text.submitting : text.submit}
            </button>`
      }
      <p part="status" class="status ${this.#status.kind}" role="status">${this.#status.text}</p>
    </form>`;
  }

  protected override updated(): void {
    this.#positionOpenPicker();
    this.#setStates();
    if (this.#focusFirstProblem) {
      this.#focusFirstProblem = false;
      const first = this.formState.invalidIds(displayOrder(this.#sections))[0];
      if (first) this.renderRoot.querySelector<HTMLElement>(`#${controlId(first)}`)?.focus();
    }
  }

  // ——— Internals ———

  get #version(): ApiVersion {
    return this.apiVersion === 'v2' ? 'v2' : 'v1';
  }

  get #country(): string {
    const country = (this.country || 'US').trim().toUpperCase();
    return /^[A-Z]{2}$/.test(country) ? country : 'US';
  }

  get #disabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  #renderContext(): FieldRenderContext {
    const locale = this.localization.locale;
    return {
      locale,
      text: this.localization.text,
      version: this.#version,
      country: this.#country,
      disabled: this.#disabled,
      businessType: this.formShape(this.#version).businessType ?? null,
      termsUrl: safeLinkUrl(this.termsLink(), this.ownerDocument.baseURI),
      countryNames: this.localization.countryNames,
      value: (id) => this.formState.value(id),
      problemText: (id) => {
        const problem = this.formState.shownProblem(id);
        if (!problem) return null;
        if (problem.serverMessage !== undefined) return problem.serverMessage;
        return problem.issue ? formatIssue(problem.issue, locale, this.messages ?? undefined) : null;
      },
      label: (field, country) => fieldLabel(field, locale, country),
      edit: (field, value) => this.#edit(field, value),
      leave: (field) => this.formState.touch(field.id),
      composing: (field, composing) => this.formState.setComposing(field.id, composing),
      focusedId: this.#focusedId,
      setFocused: (id) => {
        this.#focusedId = id;
        this.requestUpdate();
      },
      idType: (field) => this.#idTypeOf(field),
      setIdType: (field, idType) => {
        this.#idTypes.set(field.id, idType);
        this.formState.noteChange();
        this.#invalidateToken();
        this.#revalidate();
      },
      list: (listId) => {
        const spec = listsFor(this.formShape(this.#version)).find((list) => list.id === listId)?.spec;
        const count = this.#listCounts.get(listId) ?? 1;
        return {
          count,
          max: spec?.max ?? 1,
          add: () => {
            this.#resizeList(listId, count + 1);
            this.#focusListItem(listId, count);
          },
          remove: (index) => {
            this.#removeListItem(listId, index, count);
            this.#focusListItem(listId, Math.min(index, count - 2));
          },
        };
      },
      callingCodes: this.#callingCodes,
      phoneCountry: (field) => this.#phoneCountryOf(field),
      setPhoneCountry: (field, country) => {
        this.#phoneCountries.set(field.id, country);
        this.formState.noteChange();
        this.#invalidateToken();
        this.#revalidate();
        this.requestUpdate();
      },
      publishableKey: (this.publishableKey ?? '').trim(),
      // A host that points the API elsewhere (a proxy, the emulator) serves files there too, unless told.
      filesBase: this.filesBase ?? this.apiBase,
      documentChanged: (field, event) => {
        const running = event.status === 'checking' || event.status === 'uploading';
        this.formState.setControlIssue(
          field.id,
          running ? { code: 'document_uploading' } : event.status === 'failed' ? { code: 'document_failed' } : null,
        );
        const value = event.value ?? (field.spec.multiple ? [] : '');
        this.#edit(field, typeof value === 'string' ? value : [...value]);
      },
      picker: (field) => {
        let state = this.#pickers.get(field.id);
        if (!state) {
          state = new CountryPickerState(() => this.requestUpdate());
          this.#pickers.set(field.id, state);
        }
        return state;
      },
    };
  }

  #edit(field: Field, value: FieldValue): void {
    this.formState.edit(field.id, value);
    this.#invalidateToken();
    this.#revalidate();
  }

  #idTypeOf(field: Field): string | undefined {
    const types = v1IdTypesFor(field, this.#country);
    const chosen = this.#idTypes.get(field.id);
    return chosen !== undefined && types.includes(chosen) ? chosen : types[0];
  }

  #checkContext(): CheckContext {
    const idTypes: Record<string, string> = {};
    for (const { field } of this.#plan?.fields ?? []) {
      const type = field.spec.input === 'id-number' ? this.#idTypeOf(field) : undefined;
      if (type) idTypes[field.id] = type;
    }
    return {
      country: this.#country,
      idTypes,
      phoneCountries: this.#phoneCountryChoices(),
      ...(this.minimumAge ? { minimumAge: this.minimumAge } : {}),
    };
  }

  #phoneCountryOf(field: Field): string {
    return this.#phoneCountries.get(field.id) ?? countryOf(field, this.formState.values, this.#country);
  }

  /** The country each shown phone field reads its number in. */
  #phoneCountryChoices(): Record<string, string> {
    const choices: Record<string, string> = {};
    for (const { field } of this.#plan?.fields ?? []) {
      if (field.spec.input === 'tel') choices[field.id] = this.#phoneCountryOf(field);
    }
    return choices;
  }

  #resizeList(listId: string, count: number): void {
    this.#listCounts.set(listId, count);
    this.formState.noteChange();
    this.#invalidateToken();
    this.requestUpdate();
  }

  /** The button that was pressed may be gone: focus moves to the first input of the item concerned. */
  #focusListItem(listId: string, index: number): void {
    void this.updateComplete.then(() => {
      const target = this.#plan?.fields.find(({ field }) => field.list?.key === listId && field.list.index === index);
      if (target) this.renderRoot.querySelector<HTMLElement>(`#${controlId(target.field.id)}`)?.focus();
    });
  }

  /** Removes one item of a list: later items move up, so indexes stay contiguous as Stripe wants them. */
  #removeListItem(listId: string, index: number, count: number): void {
    const prefix = (at: number): string => `${listId}.${at}.`;
    for (let at = index; at < count; at += 1) {
      const next = Object.entries(this.formState.values).filter(([id]) => id.startsWith(prefix(at + 1)));
      this.formState.clear(Object.keys(this.formState.values).filter((id) => id.startsWith(prefix(at))));
      for (const [id, value] of next) {
        if (value !== undefined) this.formState.edit(prefix(at) + id.slice(prefix(at + 1).length), value);
      }
    }
    this.#resizeList(listId, Math.max(1, count - 1));
    this.#revalidate();
  }

  #loadCallingCodesIfNeeded(): void {
    if (this.#callingCodesRequested || !this.#plan?.fields.some(({ field }) => field.spec.input === 'tel')) return;
    this.#callingCodesRequested = true;
    void callingCodes().then((codes) => {
      this.#callingCodes = codes;
      this.requestUpdate();
    });
  }

  /** Address countries default to the form's country; then the host's prefill, unless the person edited. */
  #supplyDefaults(): void {
    const plan = this.#plan;
    if (!plan) return;
    for (const { field } of plan.fields) {
      if (
        field.spec.input === 'country' &&
        field.spec.key.endsWith('country') &&
        field.spec.encoding !== 'string-list'
      ) {
        this.formState.supply(field.id, this.#country, { prefilled: false });
      }
      // A business's first number defaults to the country's tax number type (`us_ein`, `gb_crn`).
      if (field.group === 'company' && field.list?.index === 0 && field.spec.key === 'type') {
        const taxType = v1BusinessIdTypes(this.#country, 'tax_id')[0];
        if (taxType) this.formState.supply(field.id, taxType, { prefilled: false });
      }
      if (field.spec.key.endsWith('amount.currency')) {
        this.formState.supply(field.id, currencyOfCountry(this.#country), { prefilled: false });
      }
    }
    for (const [key, raw] of Object.entries(this.prefill ?? {})) {
      const field = plan.allFields.find((candidate) => candidate.id === key || candidate.name === key);
      if (!field || (field.spec.source ?? 'user') !== 'user' || raw === undefined) continue;
      const text = typeof raw === 'number' ? String(raw) : raw;
      // A platform's `California` or `東京` shows as the choice it names.
      const value: FieldValue =
        typeof text === 'string'
          ? canonicalRegion(field, text, countryOf(field, this.formState.values, this.#country))
          : text;
      this.formState.supply(field.id, value, { prefilled: true });
    }
    for (const [id, value] of Object.entries(this.fixedValues())) this.formState.fix(id, value);
  }

  #revalidate(): void {
    const plan = this.#plan;
    if (!plan) return;
    void this.formState.validate(plan.fields, this.#checkContext()).then(() => this.#afterValidation());
  }

  #afterValidation(): void {
    const valid = this.checkValidity();
    const anchor = this.#firstProblemControl();
    if (valid) this.internals.setValidity({});
    else
      this.internals.setValidity(
        { customError: true },
        this.localization.text.statusInvalid(this.#problemCount()),
        anchor ?? undefined,
      );
    if (this.#reportedValid !== valid) {
      this.#reportedValid = valid;
      this.dispatchEvent(new ValidityChangeEvent({ valid }));
    }
    if (!this.#ready) {
      this.#ready = true;
      void this.updateComplete.then(() => this.dispatchEvent(new ReadyEvent()));
    }
  }

  #problemCount(): number {
    return this.formState.invalidIds(displayOrder(this.#sections)).length;
  }

  #firstProblemControl(): HTMLElement | null {
    const first = this.formState.invalidIds(displayOrder(this.#sections))[0];
    return first ? this.renderRoot.querySelector<HTMLElement>(`#${controlId(first)}`) : null;
  }

  #announceProblems(): void {
    this.#status = { kind: 'error', text: this.localization.text.statusInvalid(this.#problemCount()) };
    this.#focusFirstProblem = true;
  }

  #invalidateToken(): void {
    this.#generalError = null;
    if (this.#token === null) return;
    this.#setToken(null);
    this.#status = { kind: 'idle', text: '' };
  }

  #setToken(token: TokenSummary | null): void {
    this.#token = token;
    if (token) {
      const entry = new FormData();
      entry.append(this.name || (this.constructor as typeof TokenFormElement).defaultName, token.id);
      this.internals.setFormValue(entry);
    } else {
      this.internals.setFormValue(null);
    }
  }

  async #tokenize(signal: AbortSignal): Promise<TokenSummary | null> {
    const plan = this.#plan;
    const text = this.localization.text;
    const problem = this.#configurationProblem;
    if (problem) {
      this.#status = { kind: 'error', text: text.configurationError };
      this.#emitError({ type: 'configuration_error', code: problem.code, message: problem.message, retryable: false });
      return null;
    }
    if (!plan) return null;
    if (!(await this.#documentsSettled(signal))) return null;
    // Check and send one snapshot: a change while checking (the phone rules may still be loading)
    // starts the check again, so nothing unchecked is sent.
    let revision: number;
    let valid: boolean;
    do {
      revision = this.formState.revision;
      valid = await this.formState.validate(plan.fields, this.#checkContext());
      if (signal.aborted) return null;
    } while (revision !== this.formState.revision);
    this.formState.submitted = true;
    this.#afterValidation();
    if (!valid) {
      this.#announceProblems();
      return null;
    }

    // Only what the form asks for now: a value typed or defaulted under another plan (other requirements,
    // another business type) stays in the form but is not sent.
    const planned = new Set(plan.fields.map(({ field }) => field.id));
    const plannedValues = Object.fromEntries(Object.entries(this.formState.values).filter(([id]) => planned.has(id)));
    const version = this.#version;
    const hostValues = this.hostValues();
    const values = await normalizeForRequest(plan.allFields, plannedValues, this.#country, this.#phoneCountryChoices());
    if (signal.aborted) return null;
    // Same data and settings as a failed attempt: the same request, under the same idempotency key.
    const fingerprint = JSON.stringify([version, this.account, hostValues, Object.entries(values).sort()]);
    const attempt = this.#memory.attempt(fingerprint, new Date());
    const body = buildRequestBody(plan.allFields, values, {
      version,
      now: attempt.at,
      userAgent: navigator.userAgent,
      hostValues,
    });

    this.#generalError = null;
    this.formState.setServerMessages(new Map());
    this.#status = { kind: 'pending', text: text.statusPending };
    this.dispatchEvent(new SubmitStartEvent());

    let result: TokenResult;
    try {
      result = await this.requestToken(body, {
        apiVersion: version,
        client: {
          publishableKey: (this.publishableKey ?? '').trim(),
          ...(this.apiBase ? { apiBase: this.apiBase } : {}),
          ...(this.stripeVersion ? { stripeVersion: this.stripeVersion } : {}),
          idempotencyKey: attempt.key,
          signal,
        },
      });
    } catch (error) {
      if (!(error instanceof KeyError || error instanceof ConfigurationError)) throw error;
      this.#configurationProblem = { code: error.code, message: error.message };
      this.#status = { kind: 'error', text: text.configurationError };
      this.#emitError({ type: 'configuration_error', code: error.code, message: error.message, retryable: false });
      return null;
    }
    if (signal.aborted) return null;

    if (result.ok && revision !== this.formState.revision) {
      // The person changed the form while it was being sent: this token holds the old data, so it is
      // not handed to the page, and nothing typed since is cleared.
      this.#memory.forget();
      this.#status = { kind: 'idle', text: text.statusChangedWhileSending };
      return null;
    }
    if (result.ok) {
      const token = summarizeToken(result.token);
      this.#memory.forget();
      this.#setToken(token);
      // Identity numbers are not kept once they are in a token.
      this.formState.clear(plan.fields.filter(({ field }) => field.spec.sensitive).map(({ field }) => field.id));
      this.#status = { kind: 'success', text: text.statusSuccess };
      this.#afterValidation();
      this.dispatchEvent(new TokenCreatedEvent({ token }));
      return token;
    }

    const { error } = result;
    if (error.kind === 'aborted') return null;
    const shown = new Set(plan.fields.map(({ field }) => field.id));
    const mapped = mapErrorToFields(error, plan.allFields, shown, text);
    this.formState.setServerMessages(mapped.fieldMessages);
    const general = error.kind === 'api' ? text.serverError(error.message) : text.networkError;
    this.#generalError = mapped.general ? { message: general, retryable: error.retryable } : null;
    this.#status = {
      kind: 'error',
      text: mapped.fieldMessages.size > 0 ? text.statusFieldErrors(mapped.fieldMessages.size) : text.statusFailed,
    };
    if (mapped.fieldMessages.size > 0) this.#focusFirstProblem = true;
    this.#emitError(summarizeError(error, mapped.fieldName));
    return null;
  }

  /**
   * Submitting while a document is still uploading waits for it, visibly. Resolves to `false` when the
   * submission was cancelled meanwhile.
   */
  async #documentsSettled(signal: AbortSignal): Promise<boolean> {
    const uploads = [...this.renderRoot.querySelectorAll('token-document-upload')];
    if (!uploads.some((upload) => upload.status === 'checking' || upload.status === 'uploading')) return true;
    this.#status = { kind: 'pending', text: this.localization.text.statusWaitingForDocuments };
    this.requestUpdate();
    const cancelled = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    await Promise.race([Promise.all(uploads.map((upload) => upload.whenSettled())), cancelled]);
    return !signal.aborted;
  }

  #emitError(error: TokenErrorSummary): void {
    this.dispatchEvent(new TokenErrorEvent({ error }));
  }

  #onInnerSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    // Inside a host form, Enter submits that form; it tokenizes first (see HostFormBridge).
    const hostForm = this.internals.form;
    if (hostForm) hostForm.requestSubmit();
    else void this.submit();
  };

  /**
   * Inside a host form there is no inner submit button, so the browser's implicit submission does not
   * apply: Enter in a text field submits the host form, as it would for its own inputs.
   */
  #onInnerKeyDown = (event: KeyboardEvent): void => {
    const hostForm = this.internals.form;
    const target = event.composedPath()[0];
    if (!hostForm || event.key !== 'Enter' || isImeKeyEvent(event) || event.defaultPrevented) return;
    if (!(target instanceof HTMLInputElement) || target.type === 'checkbox') return;
    event.preventDefault();
    hostForm.requestSubmit();
  };

  #positionOpenPicker(): void {
    const open = [...this.#pickers].find(([, state]) => state.open);
    if (!open) {
      this.#floating.detach();
      return;
    }
    const [fieldId, state] = open;
    const input = this.renderRoot.querySelector<HTMLElement>(`#${controlId(fieldId)}`);
    const listbox = this.renderRoot.querySelector<HTMLElement>(`#${listboxId(fieldId)}`);
    if (!input || !listbox) return;
    this.#floating.attach(input, listbox);
    listbox.querySelectorAll<HTMLElement>('[role="option"]')[state.active]?.scrollIntoView({ block: 'nearest' });
  }

  #setStates(): void {
    const states = this.internals.states;
    const userInvalid = displayOrder(this.#sections).some((id) => this.formState.shownProblem(id) !== null);
    toggleState(states, 'user-invalid', userInvalid);
    toggleState(states, 'pending', this.submission.pending);
    toggleState(states, 'success', this.#token !== null);
  }
}

function toggleState(states: CustomStateSet, name: string, on: boolean): void {
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // Browsers that only accept the older `--name` form: the state is a styling aid, not a requirement.
  }
}
