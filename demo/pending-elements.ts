// Until an element is registered its tag renders nothing; say so instead of showing an empty card.

export function notePendingElements(root: ParentNode): void {
  for (const note of root.querySelectorAll<HTMLElement>('[data-pending-for]')) {
    const tagName = note.dataset.pendingFor;
    if (!tagName) continue;
    note.hidden = customElements.get(tagName) !== undefined;
    void customElements.whenDefined(tagName).then(() => {
      note.hidden = true;
    });
  }
}
