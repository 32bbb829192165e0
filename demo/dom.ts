// Looks up an element the page must have; a missing one is a bug in index.html, so fail loudly.

export function required<T extends Element>(
  root: ParentNode,
  selector: string,
  type: abstract new (...args: never[]) => T,
): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`index.html: ${selector} is missing or not a ${type.name}`);
  return element;
}
