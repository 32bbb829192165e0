import type { FormShape } from '../fields/mount';
import { listsFor } from '../fields/mount';
import type { CheckContext } from '../fields/checks';
import { fieldChecksNow } from '../fields/checks-on-demand';
import { countryOf } from '../fields/relations';
import { isChunkLoadFailure } from '../lazy/on-demand';
import type { Field } from '../fields/types';
import { v1IdTypesFor } from '../fields/v1-id-types';
import type { FormWords } from '../i18n/form-words';
import { hasValue, type FieldValue } from '../params/values';
import type { FieldPlan, PlannedField } from '../requirements/field-plan';
import type { RequirementsInput } from '../requirements/requirement-input';
import { callingCodes, type CallingCode } from '../validation/calling-code-list';
import { defaultValues, prefilledValues, type PrefillValues } from './defaults';
import { FormState } from './form-state';
import { MissingParts } from './plan-parts';
import type { PostalTownChoice } from './postal-fill';
import { fillsFromPostalCode, PostalFillOnDemand } from './postal-fill-on-demand';
import { sharedPlan, shownFieldsOf } from './shared-plans';
import { valuesAfterRemoval } from './lists';
import { SubmissionMemory } from './submission-memory';
import type { TokenSummary } from './token-errors';

/** What a form is set up with: its request, country and the host's settings. */
export interface FormSettings {
  /** Which request the form builds; list lengths are the model's own. */
  readonly shape: Omit<FormShape, 'listCounts'>;
  /** ISO 3166-1 alpha-2 country of the person or business. */
  readonly country: string;
  /**
   * What Stripe asks for: requirement paths in v1 or v2 spelling, a v1 requirements object or a v2 one
   * with `entries[]`; absent or naming nothing for the country's default set.
   */
  readonly requirements?: RequirementsInput | null | undefined;
  /** The person a person form collects for (`person_1ABC`), for requirements addressed by person id. */
  readonly person?: string | null | undefined;
  /** The connected account, when tokens are made under one. */
  readonly account?: string | null;
  /** The youngest age a date of birth may give. */
  readonly minimumAge?: number | null;
  /**
   * The publishable key's mode (`pk_live_…` → `live`). In live mode Stripe's test id numbers
   * (`000-00-0000`, last four `0000`) are refused; unknown counts as test.
   */
  readonly keyMode?: 'test' | 'live' | null;
  /** Values the platform already knows, by field id or input name. */
  readonly prefill?: PrefillValues | null;
  /** Values the form decides itself (a business type fixed by the host), by field id. */
  readonly fixedValues?: Readonly<Record<string, FieldValue>>;
  /** The planned fields as this form shows them (an account form leaves out what its business type has not). */
  readonly adjustPlan?: (plan: FieldPlan) => FieldPlan;
}

/** What the model tells whoever shows it. */
export interface FormModelListener {
  /** Something that is shown may have changed. */
  changed(): void;
  /** A validation finished or the token changed: the form's validity may differ. */
  validated(): void;
  /** The token the form holds for its current data, or `null` once the data changed. */
  tokenChanged(token: TokenSummary | null): void;
}

export type StatusKind = 'idle' | 'pending' | 'success' | 'error';

/** A repeatable list (`person.id_numbers`) as the form shows it. */
export interface ListView {
  readonly count: number;
  readonly max: number;
}

/**
 * One token form without its DOM: the field plan for its settings, what the person entered and what
 * is wrong with it, the choices made beside fields (id types, phone countries, list lengths), the
 * token it holds and the status of its submission. An element renders it; a headless integrator can
 * drive it directly (`submitForm` sends it).
 */
export class FormModel {
  readonly state: FormState;
  /** Remembers a failed submission so a retry with the same data reuses its idempotency key. */
  readonly memory = new SubmissionMemory();
  status: { readonly kind: StatusKind; readonly text: string } = { kind: 'idle', text: '' };
  /** A Stripe or network failure to show above the fields, with whether retrying may help. */
  generalError: { readonly message: string; readonly retryable: boolean } | null = null;

  #settings: FormSettings | null = null;
  #plan: FieldPlan | null = null;
  /** What the current plan was made for; a new plan is made when it changes. */
  #planKey = '';
  /** The requirements whose errors are shown; they are shown again only when the requirements change. */
  #errorsKey = '';
  #idTypes = new Map<string, string>();
  /** Countries picked in phone fields' code pickers; unpicked ones follow their address country. */
  #phoneCountries = new Map<string, string>();
  /** How many items each repeatable list has (`person.id_numbers` → 2) once the person adds some. */
  #listCounts = new Map<string, number>();
  /** International calling codes, loaded with the phone rules once a phone field is planned. */
  #callingCodes: readonly CallingCode[] | null = null;
  #callingCodesRequested = false;
  /** How many times tables the planned fields read have arrived: what a template shows from them may have changed. */
  #partsArrived = 0;
  /** The tables the planned fields read (id types, region lists); once in, defaults and checks read them. */
  readonly #parts = new MissingParts(() => {
    this.#partsArrived += 1;
    this.supplyDefaults();
    void this.revalidate();
    this.listener.changed();
  });
  #token: TokenSummary | null = null;
  /** Sensitive fields emptied once their value was in a token, until the person enters them again. */
  #clearedAfterSending = new Set<string>();

  /** Fills a Japanese address from its postal code. */
  readonly #postalFill: PostalFillOnDemand;

  constructor(private readonly listener: FormModelListener) {
    this.state = new FormState(() => listener.changed());
    this.#postalFill = new PostalFillOnDemand(
      ({ PostalFill }) =>
        new PostalFill(
          this.state,
          (id, value) => {
            this.state.edit(id, value);
            this.invalidateToken();
            void this.revalidate();
          },
          (id) => this.shownFields.some(({ field }) => field.id === id),
          () => listener.changed(),
        ),
    );
  }

  // ——— Settings and plan ———

  /**
   * Applies the settings: a new plan when what it depends on changed (the shape can follow a value in
   * the form, such as an account's business type), else new defaults when the prefill or minimum age did.
   */
  configure(settings: FormSettings): void {
    const previous = this.#settings;
    this.#settings = settings;
    const shape: FormShape = { ...settings.shape, listCounts: Object.fromEntries(this.#listCounts) };
    const { requirements, person } = settings;
    const planKey = JSON.stringify([shape, settings.country, requirements, person, settings.account ?? null]);
    if (this.#plan === null || planKey !== this.#planKey) {
      this.#planKey = planKey;
      const plan = sharedPlan(planKey, { shape, country: settings.country, requirements, person });
      this.#plan = settings.adjustPlan ? settings.adjustPlan(plan) : plan;
      this.#loadCallingCodesIfNeeded();
      this.supplyDefaults();
      this.#loadMissingParts();
      const errorsKey = JSON.stringify([requirements, person, settings.country]);
      if (errorsKey !== this.#errorsKey) {
        this.#errorsKey = errorsKey;
        this.#showRequirementErrors();
      }
      void this.revalidate();
    } else if (previous?.keyMode !== settings.keyMode) {
      void this.revalidate();
    } else if (previous?.prefill !== settings.prefill || previous?.minimumAge !== settings.minimumAge) {
      this.supplyDefaults();
      // A prefilled address country may offer its own list of states.
      this.#loadMissingParts();
      void this.revalidate();
    }
  }

  get plan(): FieldPlan | null {
    return this.#plan;
  }

  /**
   * Settles once the tables the planned fields read (id types, the region list of each address's
   * country) are in, or failed to load; `null` when none is missing. Until then their choices are empty
   * and their checks wait; once they are in, the defaults are written again and every value is checked.
   */
  get partsLoading(): Promise<void> | null {
    return this.#parts.loading;
  }

  get country(): string {
    return this.#settings?.country ?? 'US';
  }

  /** The planned fields a person sees: those the form does not decide itself. */
  get shownFields(): readonly PlannedField[] {
    return shownFieldsOf(this.#plan, this.#fixedValues());
  }

  value(id: string): FieldValue | undefined {
    return this.state.value(id);
  }

  // ——— Editing ———

  /** The person typed or chose a value (`typing` false: its settled form, written once they left it). */
  edit(field: Field, value: FieldValue, typing = true): void {
    this.#clearedAfterSending.delete(field.id);
    this.state.edit(field.id, value, typing);
    this.#postalFill.personEdited(field.id);
    this.invalidateToken();
    // A new address country may offer its own list of states.
    if (field.spec.input === 'country') this.#loadMissingParts();
    void this.revalidate();
    // Half-converted IME text is not a postal code yet: the lookup waits for the composition to end.
    if (fillsFromPostalCode(field) && typeof value === 'string' && !this.state.isComposing(field.id))
      void this.#postalFill.postalCodeEdited(field, value, this.state);
  }

  /** The towns a Japanese postal code shared by several stands for, for the person to pick one, or `null`. */
  postalTownChoices(field: Field): PostalTownChoice | null {
    return this.#postalFill.choices(field.id);
  }

  /** The person picked a town of a shared postal code: it fills the Kanji and Kana towns that are free. */
  pickPostalTown(field: Field, index: number): void {
    this.#postalFill.pick(field, index);
  }

  /** The id type a v1 id number is checked as: the one picked beside it, else the country's first. */
  idTypeOf(field: Field): string | undefined {
    const types = v1IdTypesFor(field, this.country);
    const chosen = this.#idTypes.get(field.id);
    return chosen !== undefined && types.includes(chosen) ? chosen : types[0];
  }

  setIdType(field: Field, idType: string): void {
    this.#idTypes.set(field.id, idType);
    this.#choiceChanged();
  }

  /** The country a phone field reads its number in: the picked one, else its address country. */
  phoneCountryOf(field: Field): string {
    return this.#phoneCountries.get(field.id) ?? countryOf(field, this.state.values, this.country);
  }

  setPhoneCountry(field: Field, country: string): void {
    this.#phoneCountries.set(field.id, country);
    this.#choiceChanged();
    this.listener.changed();
  }

  /** Grows each time tables the planned fields read (id types, region lists) arrive. */
  get partsArrived(): number {
    return this.#partsArrived;
  }

  /** International calling codes for phone fields' code pickers, once loaded. */
  get callingCodes(): readonly CallingCode[] | null {
    return this.#callingCodes;
  }

  /** A document field's upload changed: its file id(s), and whether it is still running or failed. */
  documentChanged(field: Field, status: string, value: string | readonly string[] | null | undefined): void {
    const running = status === 'checking' || status === 'uploading';
    this.state.setControlIssue(
      field.id,
      running ? { code: 'document_uploading' } : status === 'failed' ? { code: 'document_failed' } : null,
    );
    const entered = value ?? (field.spec.multiple ? [] : '');
    this.edit(field, typeof entered === 'string' ? entered : [...entered]);
  }

  // ——— Repeatable lists ———

  list(listId: string): ListView {
    const shape = this.#settings?.shape;
    const spec = shape ? listsFor(shape).find((list) => list.id === listId)?.spec : undefined;
    return { count: this.#listCounts.get(listId) ?? 1, max: spec?.max ?? 1 };
  }

  /** Adds an item at the end; returns its index. */
  addListItem(listId: string): number {
    const { count } = this.list(listId);
    this.#resizeList(listId, count + 1);
    return count;
  }

  /** Removes one item of a list: later items move up, so indexes stay contiguous as Stripe wants them. */
  removeListItem(listId: string, index: number): void {
    const { count } = this.list(listId);
    const { cleared, moved } = valuesAfterRemoval(this.state.values, listId, index, count);
    // Items move up: what was said about an emptied number belonged to an item at its old place.
    for (const id of this.#clearedAfterSending) if (id.startsWith(`${listId}.`)) this.#clearedAfterSending.delete(id);
    this.state.clear(cleared);
    for (const [id, value] of moved) this.state.edit(id, value);
    this.#resizeList(listId, Math.max(1, count - 1));
    void this.revalidate();
  }

  // ——— Validity ———

  /** Whether the form could be submitted now (or already has its token). */
  get valid(): boolean {
    return this.#token !== null || this.state.valid;
  }

  /** Ids of shown fields with a blocking problem, in the order given (the order on screen). */
  problemIds(order: readonly string[]): string[] {
    return this.state.invalidIds(order);
  }

  /** How many shown fields have a blocking problem. */
  get problemCount(): number {
    return this.state.invalidIds(this.shownFields.map(({ field }) => field.id)).length;
  }

  /** Says how many problems there are (after a submit attempt or `reportValidity()`). */
  announceProblems(text: FormWords): void {
    this.status = { kind: 'error', text: text.statusInvalid(this.problemCount) };
  }

  /** What the checks read besides the values: the country, id types, phone countries, minimum age. */
  checkContext(): CheckContext {
    const idTypes: Record<string, string> = {};
    for (const { field } of this.#plan?.fields ?? []) {
      const type = field.spec.input === 'id-number' ? this.idTypeOf(field) : undefined;
      if (type) idTypes[field.id] = type;
    }
    const minimumAge = this.#settings?.minimumAge;
    const keyMode = this.#settings?.keyMode;
    return {
      country: this.country,
      idTypes,
      phoneCountries: this.phoneCountryChoices(),
      ...(minimumAge ? { minimumAge } : {}),
      ...(keyMode ? { keyMode } : {}),
    };
  }

  /** The country each planned phone field reads its number in. */
  phoneCountryChoices(): Record<string, string> {
    const choices: Record<string, string> = {};
    for (const { field } of this.#plan?.fields ?? []) {
      if (field.spec.input === 'tel') choices[field.id] = this.phoneCountryOf(field);
    }
    return choices;
  }

  /** Checks every planned field; the listener hears when it is done. */
  async revalidate(): Promise<void> {
    const plan = this.#plan;
    if (!plan) return;
    // Before the checks arrive the form answers as one not yet checked (invalid), and says so as it always did.
    if (fieldChecksNow() === null) this.notifyValidated();
    // A part a check reads (a phone plan, say) may fail to download: the form counts as not valid, the part
    // is fetched again at the next need, and a submission checks everything again before it sends.
    await this.state.validate(plan.fields, this.checkContext()).catch((error: unknown) => {
      if (!isChunkLoadFailure(error)) throw error;
    });
    this.notifyValidated();
  }

  /** Tells the listener the form's validity may have changed. */
  notifyValidated(): void {
    this.listener.validated();
  }

  // ——— Token ———

  get token(): TokenSummary | null {
    return this.#token;
  }

  setToken(token: TokenSummary | null): void {
    this.#token = token;
    this.listener.tokenChanged(token);
  }

  /**
   * Empties the sensitive values (identity and tax numbers) once they are in a token, so they live no
   * longer than they are needed; the form then says at each of them, and in its status once the person
   * changes something, that it must be entered again for a new token.
   */
  clearSentSensitiveValues(): void {
    const sensitive = (this.#plan?.fields ?? [])
      .filter(({ field }) => field.spec.sensitive)
      .map(({ field }) => field.id);
    for (const id of sensitive) if (hasValue(this.state.value(id))) this.#clearedAfterSending.add(id);
    this.state.clear(sensitive);
  }

  /** Whether a field is empty because its value was sent and then cleared (see `clearSentSensitiveValues`). */
  wasClearedAfterSending(id: string): boolean {
    return this.#clearedAfterSending.has(id) && !hasValue(this.state.value(id));
  }

  /** Shown fields that must be entered again before the changed form can make a new token. */
  get toEnterAgain(): readonly Field[] {
    if (this.#token !== null) return [];
    return this.shownFields.map(({ field }) => field).filter((field) => this.wasClearedAfterSending(field.id));
  }

  /** The data changed: a token made from the old data is no longer the form's. */
  invalidateToken(): void {
    this.generalError = null;
    if (this.#token === null) return;
    this.setToken(null);
    this.status = { kind: 'idle', text: '' };
  }

  // ——— Defaults and reset ———

  /** Address countries and the like default to the form's country; then the host's prefill, unless the person edited. */
  supplyDefaults(): void {
    const plan = this.#plan;
    if (!plan) return;
    for (const [id, value] of defaultValues(plan.fields, this.country)) {
      this.state.supply(id, value, { prefilled: false });
    }
    // The id type a requirement names (`id_numbers.us_ssn_last_4`) is chosen until the person picks another.
    for (const [id, value] of Object.entries(plan.defaults)) this.state.supply(id, value, { prefilled: false });
    const prefill = prefilledValues(plan.allFields, this.#settings?.prefill ?? {}, this.state.values, this.country);
    for (const [id, value] of prefill) this.state.supply(id, value, { prefilled: true });
    for (const [id, value] of Object.entries(this.#fixedValues())) this.state.fix(id, value);
  }

  /** Empties the form and forgets the token and every choice made beside fields. */
  reset(): void {
    this.state.reset();
    this.#postalFill.reset();
    this.#idTypes.clear();
    this.#phoneCountries.clear();
    this.#listCounts.clear();
    this.#clearedAfterSending.clear();
    this.memory.forget();
    this.generalError = null;
    this.setToken(null);
    this.status = { kind: 'idle', text: '' };
    this.supplyDefaults();
    // The account still has Stripe's errors: an emptied form shows them again.
    this.#showRequirementErrors();
    void this.revalidate();
  }

  // ——— Internals ———

  /** Values decided for the person: the host's (a fixed business type) and the requirements' (an owner is one). */
  #fixedValues(): Readonly<Record<string, FieldValue>> {
    return { ...this.#plan?.fixed, ...this.#settings?.fixedValues };
  }

  #showRequirementErrors(): void {
    const shown = new Set(this.shownFields.map(({ field }) => field.id));
    const errors = (this.#plan?.requirementErrors ?? []).filter(({ fieldId }) => shown.has(fieldId));
    const byField = new Map<string, readonly string[]>();
    for (const { fieldId, codes } of errors)
      byField.set(fieldId, [...new Set([...(byField.get(fieldId) ?? []), ...codes])]);
    this.state.setRequirementErrors(byField);
  }

  /** A choice beside a field (an id type, a phone country) changes what is sent without changing a value. */
  #choiceChanged(): void {
    this.state.noteChange();
    this.invalidateToken();
    void this.revalidate();
  }

  #resizeList(listId: string, count: number): void {
    this.#listCounts.set(listId, count);
    this.state.noteChange();
    this.invalidateToken();
    this.listener.changed();
  }

  #loadMissingParts(): void {
    if (this.#plan) this.#parts.request(this.#plan.fields, this.state.values, this.country);
  }

  #loadCallingCodesIfNeeded(): void {
    if (this.#callingCodesRequested || !this.#plan?.fields.some(({ field }) => field.spec.input === 'tel')) return;
    this.#callingCodesRequested = true;
    void callingCodes().then((codes) => {
      this.#callingCodes = codes;
      this.listener.changed();
    });
  }
}
