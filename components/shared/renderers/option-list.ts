import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type DirectiveResult, type PartInfo } from 'lit/directive.js';

/** One `<option>` of a select. */
export interface OptionItem {
  readonly value: string;
  readonly label: string;
  readonly lang?: string | undefined;
}

const sameItems = (a: readonly OptionItem[], b: readonly OptionItem[]): boolean =>
  a.length === b.length &&
  a.every((item, index) => {
    const other = b[index];
    return other !== undefined && item.value === other.value && item.label === other.label && item.lang === other.lang;
  });

/**
 * A select's options, made as plain elements instead of one template per option: a list of states or
 * calling codes is hundreds of options, each of which would otherwise carry its own parts and markers.
 * The options are made again only when the list changes; a new choice toggles `selected` as the attribute
 * binding `?selected` did, so a select the person has not touched shows it.
 */
class OptionListDirective extends Directive {
  #items: readonly OptionItem[] = [];
  #options: HTMLOptionElement[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('optionList() belongs inside a <select>');
  }

  render(items: readonly OptionItem[], selected: string | null): readonly HTMLOptionElement[] {
    return items.map((item) => this.#option(item, selected));
  }

  override update(_part: ChildPart, [items, selected]: [readonly OptionItem[], string | null]): unknown {
    if (this.#options.length > 0 && sameItems(this.#items, items)) {
      for (const option of this.#options) option.toggleAttribute('selected', option.value === selected);
      return noChange;
    }
    this.#items = items;
    this.#options = items.map((item) => this.#option(item, selected));
    const fragment = document.createDocumentFragment();
    fragment.append(...this.#options);
    return fragment;
  }

  #option(item: OptionItem, selected: string | null): HTMLOptionElement {
    const option = document.createElement('option');
    option.value = item.value;
    option.textContent = item.label;
    if (item.lang !== undefined) option.lang = item.lang;
    if (item.value === selected) option.setAttribute('selected', '');
    return option;
  }
}

/** Renders `items` as the options of the select it sits in, `selected` marked. */
export const optionList: (
  items: readonly OptionItem[],
  selected: string | null,
) => DirectiveResult<typeof OptionListDirective> = directive(OptionListDirective);
