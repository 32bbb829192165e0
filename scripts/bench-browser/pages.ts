// The benchmark's pages: the widget from the script-tag build, the minimal Lit element and the static form,
// one or many per page. Each page records, with the same code, when its forms first rendered, how long each
// keystroke took to reach the next frame, and the long tasks it ran.
import { staticForms } from './baselines';

export type Subject = 'widget' | 'lit' | 'static';

/** What a page logs once its forms have first rendered; the runner listens for it instead of polling the page. */
export const RENDERED_MESSAGE = 'bench: rendered';

// Bench-only instrumentation, inline (the bench's pages carry no CSP). A form has first rendered when its
// shadow root holds its inputs (checked every frame, the same way for the widget and the Lit element);
// the static form when it is parsed.
function probe(expectedForms: number, subject: Subject): string {
  return `<script>
window.bench = { renderedAt: null, keyLags: [], longTasks: [] };
const rendered = () => requestAnimationFrame(() => setTimeout(() => { window.bench.renderedAt = performance.now(); console.debug(${JSON.stringify(RENDERED_MESSAGE)}); }));
${
  subject === 'static'
    ? `document.addEventListener('DOMContentLoaded', rendered);`
    : `const poll = () => {
  const forms = [...document.querySelectorAll('person-token-form, account-token-form, baseline-form')];
  const done = forms.length === ${expectedForms} && forms.every((form) => form.shadowRoot?.querySelector('input'));
  if (done) rendered(); else requestAnimationFrame(poll);
};
requestAnimationFrame(poll);`
}
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.bench.longTasks.push({ start: entry.startTime, duration: entry.duration }); }).observe({ type: 'longtask', buffered: true });
addEventListener('keydown', (event) => { const at = event.timeStamp; requestAnimationFrame(() => setTimeout(() => window.bench.keyLags.push(performance.now() - at))); }, true);
</script>`;
}

function page(head: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head><body><main>${body}</main></body></html>`;
}

export function widgetPersonPage(emulatorUrl: string, copies: number): string {
  const form = `<person-token-form publishable-key="pk_test_emulator0000bench" api-base="${emulatorUrl}" country="US"></person-token-form>`;
  return page(
    `${probe(copies, 'widget')}<script type="module" src="/token-forms.js"></script>`,
    Array.from({ length: copies }, () => form).join(''),
  );
}

export function widgetJapaneseCompanyPage(emulatorUrl: string): string {
  const form = `<account-token-form publishable-key="pk_test_emulator0000bench" api-base="${emulatorUrl}" country="JP" locale="ja" business-type="company"></account-token-form>`;
  return page(`${probe(1, 'widget')}<script type="module" src="/token-forms.js"></script>`, form, 'ja');
}

export function litPage(copies: number): string {
  return page(
    `${probe(copies, 'lit')}<script type="module" src="/baseline-lit.js"></script>`,
    Array.from({ length: copies }, () => '<baseline-form></baseline-form>').join(''),
  );
}

export function staticPage(copies: number): string {
  return page(probe(copies, 'static'), staticForms(copies));
}
