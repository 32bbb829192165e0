import type { FormModel } from '../../../src/form/form-model';
import { controlId } from '../renderers/dom-ids';

interface FocusHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/**
 * Where focus goes in a form: to the first field with a problem after a failed submission (once the
 * form has rendered its messages), and to an item of a list after one was added or removed.
 */
export class FocusController {
  #firstProblemWanted = false;

  constructor(
    private readonly host: FocusHost,
    private readonly model: FormModel,
    /** Field ids in the order they are on screen. */
    private readonly order: () => readonly string[],
  ) {}

  /** Focus the first problem after the next render. */
  requestFirstProblem(): void {
    this.#firstProblemWanted = true;
  }

  /** The control of the first field with a problem, in screen order. */
  firstProblemControl(): HTMLElement | null {
    const first = this.model.problemIds(this.order())[0];
    return first ? this.#control(first) : null;
  }

  /** Call after each render. */
  afterRender(): void {
    if (!this.#firstProblemWanted) return;
    this.#firstProblemWanted = false;
    this.firstProblemControl()?.focus();
  }

  /** The button that was pressed may be gone: focus moves to the first input of the item concerned. */
  focusListItem(listId: string, index: number): void {
    void this.host.updateComplete.then(() => {
      const target = this.model.plan?.fields.find(
        ({ field }) => field.list?.key === listId && field.list.index === index,
      );
      if (target) this.#control(target.field.id)?.focus();
    });
  }

  #control(fieldId: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${controlId(fieldId)}`);
  }
}
