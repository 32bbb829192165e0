import { importChunk, onDemand } from '../lazy/on-demand';
import type { Locale } from './locale';

// English ships with the elements; Japanese comes in a chunk of its own, so English pages never fetch it.
const installed = new Set<Locale>(['en']);
// A failed download (flaky network) is fetched again by the next update.
const japanese = onDemand(async (retrying) => {
  const { installJapanese } = await importChunk(() => import('./japanese'), retrying, 'installJapanese');
  installJapanese();
});

export function isLanguageInstalled(locale: Locale): boolean {
  return installed.has(locale);
}

export function markLanguageInstalled(locale: Locale): void {
  installed.add(locale);
}

/** Puts a language's catalogues in place, once; resolves at once for one already there. */
export function loadLanguage(locale: Locale): Promise<void> {
  if (installed.has(locale)) return Promise.resolve();
  return japanese.load();
}
