import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadCountryNames } from '../../../src/i18n/country-names';
import { formWords, type FormWords } from '../../../src/i18n/form-words';
import { isLanguageInstalled, loadLanguage } from '../../../src/i18n/language-loading';
import { resolveLocale, type Locale } from '../../../src/i18n/locale';
import { watchPageLanguage } from './page-language';

type Host = ReactiveControllerHost & HTMLElement & { locale?: string | null };

export interface LocalizationOptions {
  /** Whether to load the active language's country names; off for elements that show no country. */
  readonly countryNames?: boolean;
}

/**
 * An element's language: the `locale` attribute, then the page's `lang`, then the browser. Follows
 * changes of the page's `lang` while the attribute is `auto` or absent and, for elements that show
 * countries, loads the country names of the active language only (a lazy chunk per language).
 */
export class LocalizationController implements ReactiveController {
  readonly #loadsCountryNames: boolean;
  #locale: Locale = 'en';
  #countryNames: Readonly<Record<string, string>> | null = null;
  #namesFor: Locale | null = null;
  /** The language whose names were last asked for, loaded or not. */
  #requestedFor: Locale | null = null;
  /** The download of the names asked for last, until it settles. */
  #namesLoading: Promise<unknown> | null = null;
  /** Stops following the page's `lang` (one observer for the page, shared by its forms). */
  #unwatch: (() => void) | null = null;

  constructor(
    private readonly host: Host,
    options: LocalizationOptions = {},
  ) {
    this.#loadsCountryNames = options.countryNames ?? true;
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** The words before a submission; the rest come with the submit path. */
  get text(): FormWords {
    return formWords(this.#locale);
  }

  /** Country code → name in the active language; `null` until loaded. */
  get countryNames(): Readonly<Record<string, string>> | null {
    return this.#namesFor === this.#locale ? this.#countryNames : null;
  }

  /**
   * The download of the active language's words while they are not in place; `null` once they are, or
   * when `asked` already holds that language. Adds the language to `asked` when it asks for it.
   */
  pendingLanguage(asked?: Set<Locale>): Promise<void> | null {
    const locale = this.#resolve();
    if (isLanguageInstalled(locale) || asked?.has(locale)) return null;
    asked?.add(locale);
    return loadLanguage(locale);
  }

  #resolve(): Locale {
    return resolveLocale(this.host.locale, document.documentElement.lang, navigator.languages);
  }

  /** The download of the active language's country names while it is on its way; `null` otherwise. */
  get countryNamesLoading(): Promise<unknown> | null {
    return this.#namesLoading;
  }

  hostConnected(): void {
    this.#unwatch ??= watchPageLanguage(() => this.host.requestUpdate());
    // Asked for at once, beside the other parts a form's first render waits for, not by that render.
    this.follow();
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  hostUpdate(): void {
    this.follow();
  }

  /** Takes up the language the element resolves to now, and asks for its country names if it shows any. */
  follow(): void {
    const next = this.#resolve();
    // One download per language at a time; a failed one (codes show meanwhile) is asked for again by the next update.
    if (next === this.#locale && this.#requestedFor === next) return;
    this.#locale = next;
    this.#requestedFor = next;
    if (this.#loadsCountryNames) this.#load(next);
  }

  #load(locale: Locale): void {
    const loading = loadCountryNames(locale).then(
      (names) => {
        // A later language change wins over a slow download for an earlier one.
        if (locale !== this.#locale) return;
        this.#countryNames = names;
        this.#namesFor = locale;
        this.host.requestUpdate();
      },
      () => {
        if (this.#requestedFor === locale) this.#requestedFor = null;
      },
    );
    this.#namesLoading = loading;
    void loading.finally(() => {
      if (this.#namesLoading === loading) this.#namesLoading = null;
    });
  }
}
