// One observer of the page's `lang` for every form on it: twenty forms follow a language change
// through one MutationObserver, made when the first form connects and dropped with the last.

const listeners = new Set<() => void>();
let observer: MutationObserver | null = null;

/** Calls `changed` whenever the page's `lang` changes; returns what stops it. */
export function watchPageLanguage(changed: () => void): () => void {
  listeners.add(changed);
  if (observer === null) {
    observer = new MutationObserver(() => {
      for (const listener of [...listeners]) listener();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(changed);
    if (listeners.size > 0) return;
    observer?.disconnect();
    observer = null;
  };
}
