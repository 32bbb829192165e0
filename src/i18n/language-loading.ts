import type { Locale } from './locale';

// English ships with the elements; Japanese comes in a chunk of its own, so English pages never fetch it.
const installed = new Set<Locale>(['en']);
let japanese: Promise<void> | undefined;

export function isLanguageInstalled(locale: Locale): boolean {
  return installed.has(locale);
}

export function markLanguageInstalled(locale: Locale): void {
  installed.add(locale);
}

/** Puts a language's catalogues in place, once; resolves at once for one already there. */
export function loadLanguage(locale: Locale): Promise<void> {
  if (installed.has(locale)) return Promise.resolve();
  if (japanese === undefined) {
    const loading = import('./japanese').then(({ installJapanese }) => installJapanese());
    // A failed download (flaky network) is tried again by the next update.
    loading.catch(() => {
      if (japanese === loading) japanese = undefined;
    });
    japanese = loading;
  }
  return japanese;
}
