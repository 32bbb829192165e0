// Measures, inside a token form's shadow root, text that does not fit its box and related fields that
// the layout pulled apart. Both return a description of each fault found, so a failure says where.
import type { Locator } from '@playwright/test';

export interface Fault {
  readonly what: string;
  readonly text: string;
  readonly detail: string;
}

/**
 * Every label, legend, hint, message, button, option, select face and input whose content is wider
 * than its box (`scrollWidth` over `clientWidth`), every field or group that overflows, every select
 * face that shows other than its select's choice, and every visible native select whose choices do not
 * all fit it when shown closed (measured on a copy sized to its content).
 */
export function truncatedText(form: Locator): Promise<Fault[]> {
  return form.evaluate((host) => {
    const root = host.shadowRoot;
    if (!root) return [{ what: host.localName, text: '', detail: 'no shadow root' }];
    const faults: { what: string; text: string; detail: string }[] = [];
    const name = (element: Element): string =>
      `${element.localName}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
    const shown = (element: Element): boolean => element.getClientRects().length > 0;
    const boxes = root.querySelectorAll<HTMLElement>(
      [
        'label',
        'legend',
        '.hint',
        '.error',
        '.status',
        '.banner p',
        'button',
        '[role="option"]',
        '.select-text',
        'input:not([type="checkbox"])',
        '[part="field"]',
        '.pair',
        '.phone',
        '.date-parts',
        '.fields',
        '.address-block',
        '.list-controls',
        'fieldset',
        'form',
      ].join(', '),
    );
    for (const box of boxes) {
      if (!shown(box) || getComputedStyle(box).display === 'inline') continue;
      if (box.scrollWidth > box.clientWidth + 1) {
        const text = box instanceof HTMLInputElement ? box.value : (box.textContent ?? '');
        faults.push({
          what: name(box),
          text: text.replace(/\s+/g, ' ').trim().slice(0, 80),
          detail: `needs ${box.scrollWidth}px, has ${box.clientWidth}px`,
        });
      }
    }
    // A select's face says what the select holds.
    for (const face of root.querySelectorAll('.select-face')) {
      const select = face.querySelector('select');
      const shownText = face.querySelector('.select-text')?.textContent?.trim() ?? '';
      const chosen = select?.selectedOptions[0]?.text.trim() ?? '';
      if (shownText !== chosen)
        faults.push({ what: name(face), text: shownText, detail: `the select holds "${chosen}"` });
    }
    // A closed select shows one choice and cannot wrap it: each choice must fit the select's width.
    for (const select of root.querySelectorAll('select')) {
      if (!shown(select) || getComputedStyle(select).opacity === '0') continue;
      const copy = select.cloneNode(true) as HTMLSelectElement;
      copy.removeAttribute('id');
      copy.style.setProperty('position', 'absolute');
      copy.style.setProperty('visibility', 'hidden');
      copy.style.setProperty('field-sizing', 'content');
      copy.style.setProperty('width', 'auto');
      copy.style.setProperty('min-width', '0');
      copy.style.setProperty('max-width', 'none');
      select.after(copy);
      const available = select.getBoundingClientRect().width;
      for (let index = 0; index < copy.options.length; index += 1) {
        copy.selectedIndex = index;
        const needed = copy.getBoundingClientRect().width;
        if (needed > available + 1) {
          faults.push({
            what: name(select),
            text: copy.options[index]?.text.trim() ?? '',
            detail: `needs ${Math.ceil(needed)}px, has ${Math.floor(available)}px`,
          });
        }
      }
      copy.remove();
    }
    return faults;
  });
}

/**
 * Fields that belong together but were pulled apart: a name's two parts (side by side, or stacked one
 * straight under the other, never the second at the start of the next row), a phone's code and number,
 * a date's parts (one line) and an id number's type and value.
 */
export function splitGroups(form: Locator): Promise<Fault[]> {
  return form.evaluate((host) => {
    const root = host.shadowRoot;
    if (!root) return [{ what: host.localName, text: '', detail: 'no shadow root' }];
    const faults: { what: string; text: string; detail: string }[] = [];
    const together = (group: Element, members: Element[], what: string, oneLine: boolean): void => {
      const boxes = members.map((member) => member.getBoundingClientRect());
      for (let at = 1; at < boxes.length; at += 1) {
        const before = boxes[at - 1];
        const box = boxes[at];
        if (!before || !box) continue;
        const sameRow = Math.abs(box.top - before.top) < 2;
        const stacked = Math.abs(box.left - before.left) < 2 && box.top >= before.bottom - 1;
        if (sameRow || (!oneLine && stacked)) continue;
        faults.push({
          what,
          text: (group.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
          detail: `part ${at + 1} at (${Math.round(box.left)}, ${Math.round(box.top)}), part ${at} at (${Math.round(before.left)}, ${Math.round(before.top)})`,
        });
      }
    };
    for (const pair of root.querySelectorAll('.pair')) together(pair, [...pair.children], 'name pair', false);
    for (const phone of root.querySelectorAll('.phone')) together(phone, [...phone.children], 'phone', false);
    for (const date of root.querySelectorAll('.date-parts')) together(date, [...date.children], 'date', true);
    for (const id of root.querySelectorAll('.id-number')) together(id, [...id.children], 'id number', false);
    return faults;
  });
}
