// Parts that load on demand (a chunk of code or data) must survive a network blip: a failed download is
// forgotten so the next need asks again. Chromium keeps a failed module in its module map for the page's
// life (whatwg/html#10327 changed the standard; Firefox and WebKit follow it), so there a plain retry fails
// at once; `importChunk` then fetches the chunk's URL, named in the error, with a query that makes it new.

/** A part loaded at most once: kept when it lands, forgotten when it fails, shared while it loads. */
export interface OnDemand<T> {
  /** The part, loading it if it is not here; a call after a failure loads it again. */
  load(): Promise<T>;
  /** The part if it has landed, else `null`. */
  now(): T | null;
}

/**
 * Memoises `load`'s success; after a failure the next `load()` calls it again, with `retrying` true.
 * Concurrent calls share one attempt.
 */
export function onDemand<T>(load: (retrying: boolean) => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let loaded: { readonly value: T } | undefined;
  let failures = 0;
  return {
    load() {
      // The same promise to every need while it loads and once it landed.
      if (loading === undefined) {
        const attempt = load(failures > 0).then((value) => {
          loaded = { value };
          return value;
        });
        attempt.catch(() => {
          failures += 1;
          if (loading === attempt) loading = undefined;
        });
        loading = attempt;
      }
      return loading;
    },
    now: () => (loaded ? loaded.value : null),
  };
}

/** Imports a module by URL; bundlers leave it alone (the URL is a built chunk's, known only at run time). */
export type ImportByUrl = (url: string) => Promise<unknown>;

const importByUrl: ImportByUrl = (url) => import(/* @vite-ignore */ url);

/** Chromium's "Failed to fetch dynamically imported module: <url>" (Firefox: "error loading … module: <url>"). */
const FAILED_MODULE_URL = /dynamically imported module:?\s+(\S+)/iu;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : '';

/** The absolute URL of the module a failed `import()` names, or `null` (WebKit names none). */
export function failedModuleUrl(error: unknown): string | null {
  const named = FAILED_MODULE_URL.exec(messageOf(error))?.[1];
  if (named === undefined) return null;
  try {
    const url = new URL(named);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null; // Not an absolute URL: nothing to fetch fresh.
  }
}

/** WebKit's words for a module that did not load; it names no URL. */
const WEBKIT_MODULE_FAILURE = /importing a module script failed/iu;

/** Whether `error` is a chunk that did not download (the network), not a fault in the code that ran. */
export function isChunkLoadFailure(error: unknown): boolean {
  const message = messageOf(error);
  return FAILED_MODULE_URL.test(message) || WEBKIT_MODULE_FAILURE.test(message);
}

let freshUrls = 0;

/** `url` with a query no earlier request had, so a module map that kept a failure fetches it anew. */
export function freshModuleUrl(url: string): string {
  const fresh = new URL(url);
  freshUrls += 1;
  fresh.searchParams.set('token-forms-retry', `${Date.now().toString(36)}-${freshUrls}`);
  return fresh.href;
}

const hasExport = (value: unknown, name: string): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && name in value;

/**
 * The module in what a fresh import of a chunk gave: the chunk itself, or, where a bundler merged the module
 * into a shared chunk (`import('./shared.js').then((chunk) => chunk.t)`), the one namespace it holds that
 * has `exportName`. `null` when there is none or more than one: a wrong module must never pass for it.
 */
function moduleOf(namespace: unknown, exportName: string): unknown {
  if (hasExport(namespace, exportName)) return namespace;
  if (typeof namespace !== 'object' || namespace === null) return null;
  const candidates = Object.values(namespace).filter((value) => hasExport(value, exportName));
  return candidates.length === 1 ? candidates[0] : null;
}

/**
 * Runs `load` (a literal `() => import('…')`, so bundlers split the chunk). When `retrying` and it fails
 * with an error naming the chunk's URL, imports that URL made fresh instead, once, and takes the module
 * that has `exportName` (one of its exports, so a rename fails the type check).
 */
export async function importChunk<M extends object>(
  load: () => Promise<M>,
  retrying: boolean,
  exportName: keyof M & string,
  importUrl: ImportByUrl = importByUrl,
): Promise<M> {
  try {
    return await load();
  } catch (error) {
    const url = retrying ? failedModuleUrl(error) : null;
    if (url === null) throw error;
    const module = moduleOf(await importUrl(freshModuleUrl(url)), exportName);
    if (module === null) throw error;
    // Checked above: the fresh chunk holds a module with the export that `M` names.
    return module as M;
  }
}

/** A module loaded on demand, fetched fresh on a retry where the browser kept its failure. */
export function onDemandModule<M extends object>(
  load: () => Promise<M>,
  exportName: keyof M & string,
  importUrl?: ImportByUrl,
): OnDemand<M> {
  return onDemand((retrying) => importChunk(load, retrying, exportName, importUrl));
}
