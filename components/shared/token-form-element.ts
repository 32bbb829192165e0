import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { TokenResult } from '../../src/client/results';
import type { FormShape } from '../../src/fields/mount';
import type { ApiVersion, Field } from '../../src/fields/types';
import { keyModeOf, keyProblem, safeLinkUrl, type ConfigurationProblem } from '../../src/form/config';
import type { PrefillValues } from '../../src/form/defaults';
import { fieldChecksNow, loadFieldChecks, loadFieldChecksWhenAsked } from '../../src/fields/checks-on-demand';
import { FormModel } from '../../src/form/form-model';
import { displayOrder, memoisedLayout, type SectionView } from '../../src/form/layout';
import { metadataConfigurationProblem } from '../../src/form/metadata-config';
import type { MessageOverrides } from '../../src/i18n/format-issue';
import type { Locale } from '../../src/i18n/locale';
import type { FieldPlan } from '../../src/requirements/field-plan';
import type { RequirementsInput } from '../../src/requirements/requirement-input';
import type { FieldValue } from '../../src/params/values';
import { FrameHostOnDemand } from '../frame/frame-host-on-demand';
import { isolatedFrameStyles } from '../frame/frame-styles';
import { CountryPickersController } from './controllers/country-pickers';
import { FocusController } from './controllers/focus-controller';
import { LocalizationController } from './controllers/localization-controller';
import { PressController } from './controllers/press-controller';
import { SubmissionController } from './controllers/submission-controller';
import { setCustomStates, ValidityReporter } from './controllers/validity-reporter';
import type { TokenSummary } from './events';
import { createFieldRenderContext } from './field-render-context';
import { statusToShow } from './form-status';
import { HostFormBridge } from './host-form-bridge';
import type { TokenRequestOptions } from './run-submission';
import { ProblemWordsWait, submitWhenLoaded } from './after-first-render';
import { renderConfigurationBanner, renderSubmitArea } from './renderers/form-chrome';
import { renderSections } from './renderers/render-sections';
import { controlStyles } from './control-styles';
import { tokenFormStyles } from './styles';
import { whenIdle } from './idle-queue';
import { likelyNeedsOf, preloadWhenIdle } from './lazy-parts';

export type { PrefillValues } from '../../src/form/defaults';

export type { TokenRequestOptions } from './run-submission';

/** The inputs that show country names: the country picker, and the calling-code picker beside a phone number. */
const SHOWS_COUNTRY_NAMES: ReadonlySet<Field['spec']['input']> = new Set(['country', 'tel']);

/**
 * What both token forms share: the attributes, a `FormModel` (plan, values, validity, submission) that
 * it renders, form association (the form value is the token id), focus, custom states and the events.
 * A subclass says which token it makes (`formShape`, `requestToken`) and what else it needs to be set up.
 *
 * @fires {TokenCreatedEvent} token-created - `{ token: { id, object, livemode, created, expires_at?, used } }` once Stripe made the token.
 * @fires {TokenErrorEvent} token-error - `{ error: { type, code?, message, param?, fieldName?, status?, requestId?, retryable } }` when it did not.
 * @fires {ReadyEvent} ready - The form rendered its fields and checked its prefilled values.
 * @fires {ValidityChangeEvent} validity-change - `{ valid }` whenever the form turns valid or invalid.
 * @fires {SubmitStartEvent} submit-start - A request is about to be sent.
 *
 * @csspart form - The inner form.
 * @csspart section - A group of fields (`fieldset`).
 * @csspart legend - A group's title.
 * @csspart field - One field: label, hint, control, error.
 * @csspart label - A field's label.
 * @csspart input - A text input, the country combobox's input.
 * @csspart select - What a select shows: its choice in full, the native select invisibly over it.
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
  // One stylesheet: the iframe's rules of isolation mode ride along with the form's.
  static override styles = css`
    ${tokenFormStyles}${controlStyles}${isolatedFrameStyles}
  `;
  static override properties = {
    publishableKey: { attribute: 'publishable-key' },
    apiVersion: { attribute: 'api-version' },
    account: {},
    country: {},
    locale: {},
    requirements: {},
    stripeVersion: { attribute: 'stripe-version' },
    idempotencyHeader: { attribute: 'idempotency-header', type: Boolean },
    apiBase: { attribute: 'api-base' },
    filesBase: { attribute: 'files-base' },
    minimumAge: { attribute: 'minimum-age', type: Number },
    name: {},
    disabled: { type: Boolean, reflect: true },
    metadata: { attribute: false },
    prefill: { attribute: false },
    messages: { attribute: false },
    isolation: {},
    frameUrl: { attribute: 'frame-url' },
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
  /**
   * What Stripe asks for. The attribute: requirement paths in v1 or v2 spelling (`individual.dob.day`,
   * `identity.individual.date_of_birth.day`) separated by spaces or commas, or as JSON. The property also
   * takes a v1 `Account.requirements` object (its `errors` are shown at their fields) or a v2
   * `requirements` object with `entries[]`. Absent: the country's default set.
   */
  declare requirements: RequirementsInput | null;
  /** The `Stripe-Version` header: v2 requests always carry one (a pinned default unless set here); v1 only when set (costs a CORS preflight). */
  declare stripeVersion: string | null;
  /** Sends `Idempotency-Key` with token requests and uploads (costs a CORS preflight; see README, "Transport"). */
  declare idempotencyHeader: boolean;
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
  /**
   * Sent with the token as given (`metadata`); never shown. Over Stripe's limits (50 keys; keys of 40
   * characters, no `[` `]`; values of 500) the configuration banner names the key; nothing is sent.
   */
  declare metadata: Readonly<Record<string, string>> | null;
  /** Values the platform already knows; never reflected to attributes. */
  declare prefill: PrefillValues | null;
  /** Host wording for validation messages, by issue code; a function is given the issue and the field it is about (its label and verb). */
  declare messages: MessageOverrides | null;
  /** `frame`: the form runs in an iframe on `frame-url`'s origin, out of the page's reach (README, "Isolation mode"). */
  declare isolation: string | null;
  /** Where the frame page (`dist/frame/index.html`) is served, on an origin of its own, for `isolation="frame"`. */
  declare frameUrl: string | null;

  protected readonly internals: ElementInternals;
  protected readonly localization = new LocalizationController(this);
  protected readonly submission = new SubmissionController<TokenSummary>(this);
  /** The form itself: plan, values, validity, token and status. The element renders it. */
  protected readonly model: FormModel;
  readonly #pickers = new CountryPickersController(this);
  readonly #press = new PressController(this);
  readonly #hostForm: HostFormBridge;
  readonly #validity: ValidityReporter;
  readonly #focus: FocusController;
  readonly #frame: FrameHostOnDemand;
  #sections: SectionView[] = [];
  /** Not laid out again while typing: only the fields on show, the language and the countries change it. */
  readonly #layout = memoisedLayout();
  /** The layout whose likely next chunks were last asked for. */
  #preloadedFor: SectionView[] | null = null;
  #focusedId: string | null = null;
  /** Long option lists wait until the first render is done and the page idle (or the person uses one). */
  #longLists = false;
  #configurationProblem: ConfigurationProblem | null = null;
  #formDisabled = false;
  readonly #words = new ProblemWordsWait(this);
  /** Counts the asks to show the problems (and resets): an ask waiting for the checks goes only if still the last. */
  #problemsAsked = 0;
  /**
   * Whether a host form's submission goes on while the checks are still on the way: the token it waits
   * for is made once they have run, or the problems are shown, so the click is never lost.
   */
  protected readonly letsHostFormThroughUnchecked: boolean = true;

  constructor() {
    super();
    // The first render does not wait for the field checks: they load after it (`lazy-parts.ts`).
    loadFieldChecksWhenAsked();
    this.internals = this.attachInternals();
    this.#validity = new ValidityReporter(this, this.internals);
    this.model = new FormModel({
      changed: () => this.requestUpdate(),
      validated: () => this.#reportValidity(),
      tokenChanged: (token) => this.#hostForm.setFormValue(token),
    });
    this.#focus = new FocusController(this, this.model, () => displayOrder(this.#sections));
    this.#hostForm = new HostFormBridge(this, this.internals, {
      name: () => this.name || (this.constructor as typeof TokenFormElement).defaultName,
      hasToken: () => (this.#isolated ? this.#frame.token : this.model.token) !== null,
      isDisabled: () => this.#disabled,
      tokenize: () => this.submit(),
    });
    this.#frame = new FrameHostOnDemand(this, this.internals, {
      validity: this.#validity,
      hostForm: this.#hostForm,
      disabled: () => this.#disabled,
      locale: () => this.localization.locale,
    });
    this.publishableKey = null;
    this.apiVersion = 'v1';
    this.account = null;
    this.country = 'US';
    this.locale = null;
    this.requirements = null;
    this.stripeVersion = null;
    this.idempotencyHeader = false;
    this.apiBase = null;
    this.filesBase = null;
    this.minimumAge = null;
    this.name = (this.constructor as typeof TokenFormElement).defaultName;
    this.disabled = false;
    this.metadata = null;
    this.prefill = null;
    this.messages = null;
    this.isolation = null;
    this.frameUrl = null;
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
  /** The person this form collects for (`person_1ABC`), for requirements addressed by person id. */
  protected personId(): string | null {
    return null;
  }
  /** What this form loads before it first renders (an account form's schema), or `null` once it is here. */
  protected formParts(): Promise<unknown> | null {
    return null;
  }
  /** Whether the parts of `formParts` are here, so that the model can be planned. */
  protected formPartsReady(): boolean {
    return true;
  }
  /** The host's link to the terms the person accepts, as given. */
  protected termsLink(): string | null {
    return null;
  }

  // ——— Public methods ———

  /**
   * Checks the form and creates a token. Resolves to the token (also sent as `token-created`) or `null`
   * when the form is invalid, Stripe refused it (`token-error`), the run was cancelled, or a part of the form
   * did not download (offline; the form says the details could not be sent, and no event is sent).
   */
  submit(): Promise<TokenSummary | null> {
    if (this.#isolated) return this.#frame.submit();
    return this.submission.run(
      (signal) =>
        submitWhenLoaded(
          {
            element: this,
            renderRoot: this.renderRoot,
            model: this.model,
            text: this.localization.text,
            locale: this.localization.locale,
            version: this.#version,
            account: this.account,
            hostValues: this.hostValues(),
            configurationProblem: this.#configurationProblem,
            client: {
              publishableKey: (this.publishableKey ?? '').trim(),
              ...(this.apiBase ? { apiBase: this.apiBase } : {}),
              ...(this.stripeVersion ? { stripeVersion: this.stripeVersion } : {}),
              ...(this.idempotencyHeader ? { idempotencyHeader: true } : {}),
            },
            requestToken: (body, options) => this.requestToken(body, options),
            focusFirstProblem: () => this.#focus.requestFirstProblem(),
            requestUpdate: () => this.requestUpdate(),
          },
          signal,
        ),
      (token) => (token ? 'success' : 'error'),
    );
  }

  /** Empties the form, cancels a request in flight and forgets the token. */
  reset(): void {
    if (this.#isolated) return this.#frame.reset();
    this.submission.abort();
    this.#pickers.clear();
    this.#problemsAsked += 1;
    this.model.reset();
  }

  /** Whether the form could be submitted now (or already has its token). Changes nothing. */
  checkValidity(): boolean {
    return this.#isolated ? this.#frame.valid : this.model.valid;
  }

  /** Shows every problem, focuses the first and says how many there are. */
  reportValidity(): boolean {
    if (this.#isolated) return this.#frame.reportValidity();
    const valid = this.checkValidity();
    this.model.state.submitted = true;
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

  // A Japanese form first renders, or turns Japanese, once its words are here: never a flash of English,
  // even when the page sets `locale` while the form waits. A form first renders once the parts it shows are
  // here too (an account form's schema, the id table, the country's regions, the country names); later
  // ones arrive while it stays usable. Offline, it renders without them.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.#waitBeforeRender(new Set());
    if (waiting === null) return super.scheduleUpdate();
    return waiting.then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  /**
   * What the next render waits for, or `null` (always, once the form has rendered and speaks its language).
   * Each language is asked for at most once per update (`askedLanguages`), the parts once: offline, a failed
   * chunk is fetched again by the next update, not again and again before this one renders.
   */
  #waitBeforeRender(askedLanguages: Set<Locale>, askForParts = true): Promise<unknown> | null {
    const language = this.localization.pendingLanguage(askedLanguages);
    const formParts = askForParts && !this.#isolated && !this.hasUpdated ? this.formParts() : null;
    if (language !== null || formParts !== null) {
      return Promise.allSettled([language, formParts]).then(() => this.#waitBeforeRender(askedLanguages, false));
    }
    if (this.#isolated || this.hasUpdated || !this.formPartsReady()) return null;
    this.#configureModel();
    const parts = this.model.partsLoading;
    // The names in the language the form speaks now (set after connect, perhaps), for the fields that show them.
    this.localization.follow();
    const showsNames = this.model.shownFields.some(({ field }) => SHOWS_COUNTRY_NAMES.has(field.spec.input));
    const names = showsNames ? this.localization.countryNamesLoading : null;
    if (parts === null && names === null) return null;
    // A language set while these were on their way is waited for too (its names follow with the render).
    return Promise.allSettled([parts, names]).then(() => this.localization.pendingLanguage(askedLanguages));
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.#isolated) return this.#frame.configure();
    if (this.formPartsReady()) this.#configureModel();
    this.#configurationProblem =
      keyProblem(this.publishableKey, this.localization.text) ??
      this.extraConfigurationProblem() ??
      metadataConfigurationProblem(this.metadata, this.localization.text);
  }

  #configureModel(): void {
    const version = this.#version;
    this.model.configure({
      shape: this.formShape(version),
      country: this.#country,
      requirements: this.requirements,
      person: this.personId(),
      account: this.account,
      minimumAge: this.minimumAge,
      keyMode: keyModeOf(this.publishableKey),
      prefill: this.prefill,
      fixedValues: this.fixedValues(),
      adjustPlan: (plan) => this.adjustPlan(plan),
    });
  }

  protected override render(): TemplateResult {
    if (this.#isolated) return this.#frame.render();
    const locale = this.localization.locale;
    const text = this.localization.text;
    const model = this.model;
    const context = createFieldRenderContext({
      model,
      version: this.#version,
      locale,
      text,
      countryNames: this.localization.countryNames,
      disabled: this.#disabled,
      businessType: this.formShape(this.#version).businessType ?? null,
      termsUrl: safeLinkUrl(this.termsLink(), this.ownerDocument.baseURI),
      messages: this.messages,
      words: this.#words.now(locale),
      wordsNeeded: () => this.#words.needed(locale),
      publishableKey: (this.publishableKey ?? '').trim(),
      // A host that points the API elsewhere (a proxy, the emulator) serves files there too, unless told.
      filesBase: this.filesBase ?? this.apiBase,
      idempotencyHeader: this.idempotencyHeader,
      focusedId: this.#focusedId,
      setFocused: (id) => {
        this.#focusedId = id;
        this.requestUpdate();
      },
      longLists: this.#longLists,
      showLongLists: () => this.#showLongLists(),
      picker: (fieldId) => this.#pickers.stateOf(fieldId),
      focusListItem: (listId, index) => this.#focus.focusListItem(listId, index),
      afterPress: (change) => this.#press.afterPress(change),
    });
    this.#sections = this.#layout(model.shownFields, model.state.values, { locale, country: model.country });
    const pending = this.submission.pending;
    return html`<form
      part="form"
      lang=${locale}
      novalidate
      aria-busy=${pending ? 'true' : 'false'}
      @submit=${(event: SubmitEvent) => this.#hostForm.innerSubmit(event, () => void this.submit())}
      @keydown=${(event: KeyboardEvent) => this.#hostForm.innerKeyDown(event)}
    >
      ${renderConfigurationBanner(text, this.#configurationProblem)} ${renderSections(context, this.#sections)}
      ${renderSubmitArea(text, {
        pending,
        inHostForm: this.internals.form !== null,
        status: statusToShow(model, text, locale),
        generalError: model.generalError,
        retry: () => void this.submit(),
      })}
    </form>`;
  }

  protected override updated(): void {
    if (this.#isolated) {
      const { userInvalid, pending, success } = this.#frame.states;
      return setCustomStates(this.internals.states, { 'user-invalid': userInvalid, pending, success });
    }
    setCustomStates(this.internals.states, {
      'user-invalid': displayOrder(this.#sections).some((id) => this.model.state.showsBlockingProblem(id)),
      pending: this.submission.pending,
      success: this.model.token !== null,
    });
    this.#focus.afterRender();
    // After the first render and whenever the fields on show change (a new country, requirements),
    // never per keystroke: the layout stays the same object while typing.
    if (this.#sections !== this.#preloadedFor) {
      if (this.#preloadedFor === null) whenIdle(() => this.#showLongLists());
      this.#preloadedFor = this.#sections;
      preloadWhenIdle(likelyNeedsOf(this.model.shownFields, this.model.country, this.localization.locale));
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

  get #isolated(): boolean {
    return this.isolation === 'frame';
  }

  get #disabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  #showLongLists(): void {
    if (this.#longLists) return;
    this.#longLists = true;
    this.requestUpdate();
  }

  #reportValidity(): void {
    this.#validity.report(
      this.checkValidity(),
      fieldChecksNow() !== null || !this.letsHostFormThroughUnchecked,
      this.localization.text.statusInvalid(this.model.problemIds(displayOrder(this.#sections)).length),
      this.#focus.firstProblemControl(),
    );
  }

  #announceProblems(): void {
    const asked = ++this.#problemsAsked;
    if (fieldChecksNow() !== null) return this.#announceKnownProblems();
    // Asked before the checks arrived (a host form submitted right after first render): the problems are
    // counted, shown and focused once the checks have run; offline, with what is known. When they find
    // no problem it says nothing: its host form was held back, and the next submission goes through.
    // A later ask, a reset or leaving the page makes this one moot.
    const stillWanted = (): boolean => asked === this.#problemsAsked && this.isConnected;
    void loadFieldChecks()
      .then(() => this.model.revalidate())
      .then(
        () => stillWanted() && this.model.problemCount > 0 && this.#announceKnownProblems(),
        () => stillWanted() && this.#announceKnownProblems(),
      );
  }

  #announceKnownProblems(): void {
    this.model.announceProblems(this.localization.text);
    this.#focus.requestFirstProblem();
    this.requestUpdate();
  }
}
