// What a form needs only once a field or action asks for it, loaded then or when the browser is idle
// after the form first rendered, never with the page: the field checks, the document upload element, the phone rules, the
// postal-code rules, the id number checks, the table of Japanese postal data, the words of problems and the submit path (`after-first-render.ts`). Each
// starts from a lifecycle hook, not from an import. The country list's positioning is not preloaded: it
// loads when the person shows intent (pointer over or focus on a picker).
import type { Locale } from '../../src/i18n/locale';
import type { PlannedField } from '../../src/requirements/field-plan';
import { loadPostalFill } from '../../src/form/postal-fill-on-demand';
import { loadFieldChecks } from '../../src/fields/checks-on-demand';
import { idKindOf } from '../../src/form/plan-parts';
import { loadIdChecks } from '../../src/validation/id-numbers/id-type-tables';
import type { IdKind } from '../../src/validation/issues';
import { onDemandModule } from '../../src/lazy/on-demand';
import { loadPostalCodeRules } from '../../src/validation/postal-code-check';
import { loadProblemWords, loadSubmitPath } from './after-first-render';
import { whenIdle } from './idle-queue';

const phoneRules = onDemandModule(() => import('../../src/validation/phone-rules'), 'preloadPhoneRules');

// A failed download is fetched again when a document field next renders.
const documentUpload = onDemandModule(() => import('../document-upload/register'), 'DOCUMENT_UPLOAD_TAG');

/** Defines `<token-document-upload>` (its checks and uploads come with it), once. */
export function loadDocumentUpload(): Promise<unknown> {
  return documentUpload.load();
}

/** What a rendered form will likely need next. */
export interface LikelyNeeds {
  readonly phoneCountry: string | null;
  readonly documents: boolean;
  readonly japanesePostalCode: boolean;
  /** Whether a postal code is checked: its rules are for checks only, so no render waits for them. */
  readonly postalCodes: boolean;
  /** The kinds of id number whose checks the fields read (a person's, a business's). */
  readonly idKinds: readonly IdKind[];
  /** The language of the words of problems every form needs once a field is left. */
  readonly locale: Locale;
}

/** What the fields on show will need: the form's phone rules, uploads, postal data, the words of problems. */
export function likelyNeedsOf(fields: readonly PlannedField[], country: string, locale: Locale): LikelyNeeds {
  const inputs = new Set(fields.map(({ field }) => field.spec.input));
  return {
    phoneCountry: inputs.has('tel') ? country : null,
    documents: inputs.has('file'),
    japanesePostalCode: fields.some(({ field }) => field.spec.checks?.includes('japan-postal-code') === true),
    postalCodes: fields.some(({ field }) => field.spec.checks?.includes('postal-code') === true),
    idKinds: [...new Set(fields.map(({ field }) => idKindOf(field)).filter((kind) => kind !== null))],
    locale,
  };
}

/**
 * Loads, when the browser is idle, what the form will likely need next, so that no keystroke waits on it.
 * In three idle periods, in the order a person needs them: starting a download (and the preloads of its
 * own imports) is itself work, and all of it at once made a long task.
 */
export function preloadWhenIdle(needs: LikelyNeeds): void {
  const ignoreFailure = (): undefined => undefined;
  const { phoneCountry } = needs;
  // After a field is left: its checks and the words of its problems.
  whenIdle(() => {
    loadFieldChecks().catch(ignoreFailure);
    loadProblemWords(needs.locale).catch(ignoreFailure);
  });
  // While a person types: what the checks of an id number, a phone number and a postal code read.
  whenIdle(() => {
    for (const kind of needs.idKinds) loadIdChecks(kind).catch(ignoreFailure);
    // The phone rules' own code first; the parser and the country's plan come with it.
    if (phoneCountry !== null) {
      phoneRules
        .load()
        .then((rules) => rules.preloadPhoneRules(phoneCountry))
        .catch(ignoreFailure);
    }
    if (needs.postalCodes) loadPostalCodeRules().catch(ignoreFailure);
  });
  // Later: the Japanese postal lookup, document uploads, the submit path.
  whenIdle(() => {
    if (needs.japanesePostalCode) {
      // The fill brings the lookup's code; the lookup then fetches its table of postal chunks.
      loadPostalFill()
        .then(() => import('../../src/postal/japan-postal-code'))
        .then((postal) => postal.preloadJapanesePostalData())
        .catch(ignoreFailure);
    }
    if (needs.documents) loadDocumentUpload().catch(ignoreFailure);
    loadSubmitPath(needs.locale).catch(ignoreFailure);
  });
}
