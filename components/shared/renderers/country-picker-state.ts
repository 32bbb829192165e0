/** The open/closed state, typed text and highlighted option of one country combobox. */
export class CountryPickerState {
  open = false;
  /** What the person is typing; `null` while the input shows the chosen country's name. */
  query: string | null = null;
  /** Index of the highlighted option in the filtered list. */
  active = 0;

  constructor(
    private readonly changed: () => void,
    private readonly opening: () => void = () => undefined,
  ) {}

  /**
   * The person may open the list soon (pointer over the input, focus on it): what opening needs starts
   * loading now. The list does not wait for it: it opens on the first click or key either way.
   */
  anticipate(): void {
    this.opening();
  }

  show(active: number): void {
    this.open = true;
    this.active = Math.max(0, active);
    this.changed();
  }

  hide(): void {
    if (!this.open) return;
    this.open = false;
    this.changed();
  }

  type(query: string): void {
    this.query = query;
    this.open = true;
    this.active = 0;
    this.changed();
  }

  move(to: number, count: number): void {
    if (count === 0) return;
    this.active = Math.min(count - 1, Math.max(0, to));
    this.changed();
  }

  /** Back to showing the chosen country. */
  settle(): void {
    this.query = null;
    this.open = false;
    this.active = 0;
    this.changed();
  }
}
