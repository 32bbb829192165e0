import type { CheckContext } from '../fields/checks';
import { fieldChecks } from '../fields/checks-on-demand';
import { DATE_PART_LENGTH, datePartIds } from '../fields/relations';
import type { FieldValue, FormValues } from '../params/values';
import type { PlannedField } from '../requirements/field-plan';
import { isBlocking, showsWhileTyping, type ValidationIssue } from '../validation/issues';

/** One part of a date: its field id and how many characters it has once written in full. */
interface DatePart {
  readonly id: string;
  readonly fullLength: number;
}

/**
 * What the person entered and what is wrong with it. Having a problem is kept apart from showing it:
 * a problem is shown once its field was changed and left (a value too long for Stripe as soon as it is
 * changed), once the value came prefilled, or after a submit attempt. A date is judged whole: while one
 * of its parts is being written (edited and not left since, and shorter than in full: `199`), none of
 * its parts shows a problem until a submit attempt. Stripe's own answers per field are kept beside the
 * form's checks until the field is edited.
 */
export class FormState {
  #values: Record<string, FieldValue | undefined> = {};
  #touched = new Set<string>();
  #dirty = new Set<string>();
  #prefilled = new Set<string>();
  /** Fields edited since the person last left them. */
  readonly #typing = new Set<string>();
  /** The parts of the date each planned date part belongs to, by field id; read from the planned fields. */
  #dates = new Map<string, readonly DatePart[]>();
  #datesPlanned: readonly PlannedField[] | null = null;
  #issues = new Map<string, ValidationIssue>();
  #serverMessages = new Map<string, string>();
  /** Errors Stripe reported on requirements (`verification_document_expired`), shown from the start, by field id. */
  #requirementErrors = new Map<string, readonly string[]>();
  /** Problems a control knows of itself (a document still uploading, or whose upload failed). */
  #controlIssues = new Map<string, ValidationIssue>();
  #validation = 0;
  #revision = 0;
  #valid = false;
  /** Fields inside an IME composition: their half-converted text is not judged until it ends. */
  readonly #composing = new Set<string>();
  /** Set by a submit attempt (or `reportValidity()`): every problem is shown from then on. */
  submitted = false;

  /** `changed` is told of every change that may alter what is shown. */
  constructor(private readonly changed: () => void) {}

  get values(): FormValues {
    return this.#values;
  }

  get valid(): boolean {
    return this.#valid;
  }

  /** Counts changes to what would be sent, so a submission can tell whether its snapshot is still current. */
  get revision(): number {
    return this.#revision;
  }

  /** A change the values do not show (an id type or phone country picked beside a field). */
  noteChange(): void {
    this.#revision += 1;
  }

  value(id: string): FieldValue | undefined {
    return this.#values[id];
  }

  /**
   * A value the person typed or chose. `typing` false: the value's settled form, written once they finished
   * with the input (perhaps after they left it, when the checks arrive late), which is not typing again.
   */
  edit(id: string, value: FieldValue, typing = true): void {
    this.#revision += 1;
    this.#values[id] = value;
    if (typing) this.#typing.add(id);
    // The last check spoke of the old value: nothing is shown for the new one until it is checked (a
    // check that loads its rules can take a moment, and an outdated message would move what follows).
    this.#issues.delete(id);
    this.#dirty.add(id);
    this.#prefilled.delete(id);
    this.#serverMessages.delete(id);
    this.#requirementErrors.delete(id);
    this.changed();
  }

  /** A value the form supplies (defaults, host prefill); never overrides what the person entered. */
  supply(id: string, value: FieldValue | undefined, options: { prefilled: boolean }): void {
    if (this.#dirty.has(id)) return;
    this.#revision += 1;
    this.#values[id] = value;
    if (options.prefilled && value !== undefined) this.#prefilled.add(id);
    this.changed();
  }

  /** A value the element itself decides (a business type fixed by attribute): it replaces any other. */
  fix(id: string, value: FieldValue): void {
    if (this.#values[id] === value && !this.#dirty.has(id)) return;
    this.#revision += 1;
    this.#values[id] = value;
    this.#dirty.delete(id);
    this.#serverMessages.delete(id);
    this.changed();
  }

  /** Empties values without counting as an edit (id numbers once a token exists). */
  clear(ids: readonly string[]): void {
    this.#revision += 1;
    for (const id of ids) {
      delete this.#values[id];
      this.#dirty.delete(id);
      this.#typing.delete(id);
    }
    this.changed();
  }

  /** The person left a field (each time, not only the first). */
  touch(id: string): void {
    const wasTyping = this.#typing.delete(id);
    if (this.#touched.has(id) && !wasTyping) return;
    this.#touched.add(id);
    this.changed();
  }

  /** Whether a field is inside an IME composition (its text is not final yet). */
  isComposing(id: string): boolean {
    return this.#composing.has(id);
  }

  setComposing(id: string, composing: boolean): void {
    if (composing) this.#composing.add(id);
    else this.#composing.delete(id);
    this.changed();
  }

  /**
   * The problem to show at a field now, if any: Stripe's answer first, then the form's own check, then
   * what Stripe reported on the requirement before the form opened (until the person changes the value).
   */
  shownProblem(
    id: string,
  ): { issue?: ValidationIssue; serverMessage?: string; requirementErrors?: readonly string[] } | null {
    if (this.#composing.has(id)) return null;
    const serverMessage = this.#serverMessages.get(id);
    if (serverMessage !== undefined) return { serverMessage };
    const issue = this.#issues.get(id);
    const waits = issue !== undefined && !showsWhileTyping(issue) && this.#dateBeingWritten(id);
    const changed = issue !== undefined && this.#dirty.has(id) && (this.#touched.has(id) || showsWhileTyping(issue));
    const shown = this.submitted || (!waits && (this.#prefilled.has(id) || changed));
    if (issue && shown) return { issue };
    const requirementErrors = this.#requirementErrors.get(id);
    return requirementErrors ? { requirementErrors } : null;
  }

  /**
   * Whether the date a field is part of is still being written: one of its parts was edited and not
   * left since, and is shorter than in full (a year at `199`, a day at `3`). Once every part being
   * edited is written in full, or is left, the date is judged.
   */
  #dateBeingWritten(id: string): boolean {
    const parts = this.#dates.get(id);
    if (parts === undefined) return false;
    return parts.some(({ id: part, fullLength }) => {
      const value = this.#values[part];
      return this.#typing.has(part) && (typeof value === 'string' ? value.trim().length : 0) < fullLength;
    });
  }

  /** Notes which planned fields are parts of a date, and of which; once per plan. */
  #noteDates(planned: readonly PlannedField[]): void {
    if (planned === this.#datesPlanned) return;
    this.#datesPlanned = planned;
    this.#dates = new Map();
    for (const { field } of planned) {
      if (field.spec.datePart === undefined) continue;
      const ids = datePartIds(field);
      this.#dates.set(
        field.id,
        (['year', 'month', 'day'] as const).map((part) => ({ id: ids[part], fullLength: DATE_PART_LENGTH[part] })),
      );
    }
  }

  /** Whether a field shows a problem that blocks submission (a hint such as a likely email typo does not). */
  showsBlockingProblem(id: string): boolean {
    const problem = this.shownProblem(id);
    return problem !== null && (problem.issue === undefined || isBlocking(problem.issue));
  }

  /** Stripe's errors on requirements, by field id: shown at once, never blocking, gone once the value is changed. */
  setRequirementErrors(errors: ReadonlyMap<string, readonly string[]>): void {
    this.#requirementErrors = new Map(errors);
    this.changed();
  }

  /** Fields with a blocking problem, in the order given. */
  invalidIds(order: readonly string[]): string[] {
    return order.filter((id) => {
      const issue = this.#issues.get(id);
      return this.#serverMessages.has(id) || (issue !== undefined && isBlocking(issue));
    });
  }

  /** Records (or, with `null`, clears) a problem that a field's control reports about itself. */
  setControlIssue(id: string, issue: ValidationIssue | null): void {
    if (issue) this.#controlIssues.set(id, issue);
    else this.#controlIssues.delete(id);
  }

  setServerMessages(messages: ReadonlyMap<string, string>): void {
    this.#serverMessages = new Map(messages);
    this.changed();
  }

  /**
   * Checks every planned field against the current values. Runs after each change; an older run that
   * finishes late is ignored. Until the checks are here it waits for them. Resolves to whether the form has no blocking problem.
   */
  async validate(planned: readonly PlannedField[], context: CheckContext): Promise<boolean> {
    const run = ++this.#validation;
    this.#noteDates(planned);
    const values = { ...this.#values };
    // In an element the checks may still be on their way: the values are kept, and judged once they land.
    const checks = await fieldChecks().catch(() => null);
    if (checks === null) return this.#valid;
    const results = await Promise.all(
      planned.map(
        async ({ field, required }) => [field.id, await checks.checkField(field, values, required, context)] as const,
      ),
    ).catch((error: unknown) => {
      // A check could not run (its part did not download): the values stand unchecked, so not valid.
      if (run === this.#validation && this.#valid) {
        this.#valid = false;
        this.changed();
      }
      throw error;
    });
    if (run !== this.#validation) return this.#valid;
    const checked = new Set(results.map(([id]) => id));
    this.#issues = new Map([
      ...results.filter((entry): entry is [string, ValidationIssue] => entry[1] !== null),
      // A control's own problem outranks a check of its value (an uploaded id that is being replaced).
      ...[...this.#controlIssues].filter(([id]) => checked.has(id)),
    ]);
    this.#valid = [...this.#issues.values()].every((issue) => !isBlocking(issue));
    this.changed();
    return this.#valid;
  }

  reset(): void {
    this.#revision += 1;
    this.#values = {};
    this.#touched.clear();
    this.#dirty.clear();
    this.#prefilled.clear();
    this.#typing.clear();
    this.#issues.clear();
    this.#serverMessages.clear();
    this.#requirementErrors.clear();
    this.#controlIssues.clear();
    this.submitted = false;
    this.#validation += 1;
    this.changed();
  }
}
