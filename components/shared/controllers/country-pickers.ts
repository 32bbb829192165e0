import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listboxId } from '../renderers/country-picker';
import { CountryPickerState } from '../renderers/country-picker-state';
import { controlId } from '../renderers/dom-ids';
import { FloatingController, preloadFloatingUi } from './floating-controller';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The country comboboxes of a form: each one's open state, typed text and highlighted option, and the
 * open one's list kept beside its input (with its highlighted option in view) after every render.
 */
export class CountryPickersController implements ReactiveController {
  readonly #states = new Map<string, CountryPickerState>();
  readonly #floating: FloatingController;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.#floating = new FloatingController(host);
  }

  /** The state of one field's picker, made on first use. */
  stateOf(fieldId: string): CountryPickerState {
    let state = this.#states.get(fieldId);
    if (!state) {
      // The list's positioning loads on the first sign of intent, not with every form that shows a picker.
      state = new CountryPickerState(
        () => this.host.requestUpdate(),
        () => void preloadFloatingUi(),
      );
      this.#states.set(fieldId, state);
    }
    return state;
  }

  clear(): void {
    this.#states.clear();
  }

  hostUpdated(): void {
    const open = [...this.#states].find(([, state]) => state.open);
    if (!open) {
      this.#floating.detach();
      return;
    }
    const [fieldId, state] = open;
    const root = this.host.renderRoot;
    const input = root.querySelector<HTMLElement>(`#${controlId(fieldId)}`);
    const listbox = root.querySelector<HTMLElement>(`#${listboxId(fieldId)}`);
    if (!input || !listbox) return;
    this.#floating.attach(input, listbox);
    listbox.querySelectorAll<HTMLElement>('[role="option"]')[state.active]?.scrollIntoView({ block: 'nearest' });
  }
}
