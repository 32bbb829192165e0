import type { ProgressEventLike, XhrLike } from '../xhr-transport';

export interface FakeXhrScript {
  /** Upload progress events to emit before the answer, as [loaded, total]. */
  progress?: Array<[number, number]>;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Fail like a dropped connection instead of answering. */
  networkError?: boolean;
  /** Never answer on its own (only abort ends it). */
  hang?: boolean;
}

/**
 * A stand-in for XMLHttpRequest that answers from a shared script, one entry per request, after a
 * microtask, and keeps every instance for inspection.
 */
export function fakeXhrClass(script: FakeXhrScript[]) {
  const instances: FakeXhr[] = [];

  class FakeXhr implements XhrLike {
    method = '';
    url = '';
    requestHeaders: Record<string, string> = {};
    sentBody: string | FormData | undefined;
    aborted = false;
    status = 0;
    responseText = '';
    private responseHeaders: Record<string, string> = {};
    readonly upload: { onprogress: ((event: ProgressEventLike) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    ontimeout: (() => void) | null = null;

    constructor() {
      instances.push(this);
    }

    open(method: string, url: string): void {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string): void {
      this.requestHeaders[name.toLowerCase()] = value;
    }

    getResponseHeader(name: string): string | null {
      return this.responseHeaders[name.toLowerCase()] ?? null;
    }

    send(body: string | FormData): void {
      this.sentBody = body;
      const step = script[instances.indexOf(this)] ?? { networkError: true };
      void Promise.resolve().then(() => {
        if (this.aborted || step.hang) return;
        for (const [loaded, total] of step.progress ?? [])
          this.upload.onprogress?.({ lengthComputable: true, loaded, total });
        if (step.networkError) {
          this.onerror?.();
          return;
        }
        this.status = step.status ?? 200;
        this.responseText = step.body === undefined ? '' : JSON.stringify(step.body);
        this.responseHeaders = Object.fromEntries(
          Object.entries(step.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
        );
        this.onload?.();
      });
    }

    abort(): void {
      this.aborted = true;
      this.onabort?.();
    }
  }

  return Object.assign(FakeXhr, { instances });
}
