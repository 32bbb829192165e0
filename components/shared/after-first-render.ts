// What every form needs only once a person acts: the words of problems (after a field is left) and the
// submit path (after a click on Submit). Preloaded when idle after the first render (`lazy-parts.ts`),
// awaited where needed. A failed download is asked for again by the next need (`src/lazy/on-demand.ts`):
// the next click on Submit, the next render that shows a problem.
import type { AfterActionWords, FormWords } from '../../src/i18n/form-messages.types';
import type { Locale } from '../../src/i18n/locale';
import { importChunk, onDemand, onDemandModule, type OnDemand } from '../../src/lazy/on-demand';
import type * as ProblemWordsModule from '../../src/i18n/problem-words';
import type { TokenSummary } from './events';
import type { SubmittingElement } from './run-submission';
import type * as SubmitPathModule from './submit-path';

export type ProblemWords = typeof ProblemWordsModule;
export type SubmitPath = typeof SubmitPathModule;

const englishProblemWords = onDemandModule(() => import('../../src/i18n/problem-words'), 'formatIssue');

const problemWords: Record<Locale, OnDemand<ProblemWords>> = {
  en: englishProblemWords,
  // One module of problem words for both languages: the Japanese ones install into it.
  ja: onDemand(async (retrying) => {
    const [words, japanese] = await Promise.all([
      englishProblemWords.load(),
      importChunk(() => import('../../src/i18n/problem-words.ja'), retrying, 'installJapaneseProblemWords'),
    ]);
    japanese.installJapaneseProblemWords();
    return words;
  }),
};

/** The words of problems in a language, once. */
export function loadProblemWords(locale: Locale): Promise<ProblemWords> {
  return problemWords[locale].load();
}

/** The words of problems in a language if they are here, else `null`. */
export function problemWordsNow(locale: Locale): ProblemWords | null {
  return problemWords[locale].now();
}

const submitPath = onDemandModule(() => import('./submit-path'), 'runSubmission');

const afterActionWords: Record<Locale, OnDemand<AfterActionWords>> = {
  en: onDemand(
    async (retrying) =>
      (await importChunk(() => import('../../src/i18n/after-action-words.en'), retrying, 'AFTER_ACTION_WORDS_EN'))
        .AFTER_ACTION_WORDS_EN,
  ),
  ja: onDemand(
    async (retrying) =>
      (await importChunk(() => import('../../src/i18n/after-action-words.ja'), retrying, 'AFTER_ACTION_WORDS_JA'))
        .AFTER_ACTION_WORDS_JA,
  ),
};

/** The token client (with the submission pipeline), once. */
export function loadTokenClient(): Promise<SubmitPath> {
  return submitPath.load();
}

/** The submission pipeline, the token client and what a submission says in a language, once. */
export function loadSubmitPath(locale: Locale): Promise<[SubmitPath, AfterActionWords]> {
  return Promise.all([submitPath.load(), afterActionWords[locale].load()]);
}

/** A submission as an element starts it: with the words it has before the submit path arrives. */
export type SubmissionRequest = Omit<SubmittingElement, 'text'> & { readonly text: FormWords; readonly locale: Locale };

/**
 * Runs a submission once the submit path is here (the click already shows the pending state). Offline (the
 * path, or a part its checks need, did not download) it says the details could not be sent.
 */
export async function submitWhenLoaded(host: SubmissionRequest, signal: AbortSignal): Promise<TokenSummary | null> {
  const loaded = await loadSubmitPath(host.locale).catch(() => null);
  if (loaded !== null) {
    const [path, words] = loaded;
    return path.runSubmission({ ...host, text: { ...host.text, ...words } }, signal);
  }
  if (!signal.aborted) host.model.status = { kind: 'error', text: host.text.statusFailed };
  return null;
}

/**
 * An element's view of the words of problems: there, or asked for with one render once they land. A
 * failed download asks for no render (offline, that would ask again at once, for ever): the next render
 * that shows a problem (the person types, leaves a field, submits) asks again.
 */
export class ProblemWordsWait {
  #awaiting: Locale | null = null;

  constructor(private readonly host: { requestUpdate(): void }) {}

  now(locale: Locale): ProblemWords | null {
    return problemWordsNow(locale);
  }

  needed(locale: Locale): void {
    if (this.#awaiting === locale) return;
    this.#awaiting = locale;
    loadProblemWords(locale).then(
      () => {
        this.#awaiting = null;
        this.host.requestUpdate();
      },
      () => {
        this.#awaiting = null;
      },
    );
  }
}
