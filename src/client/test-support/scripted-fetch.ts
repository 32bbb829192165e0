import type { Clock } from '../clock';
import type { FetchFunction } from '../transport';

export type ScriptedStep =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { networkError: true }
  /** Never answers; rejects when the request's signal aborts. */
  | { hang: true };

export interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  body: RequestInit['body'];
  /** The body when it was text (form or JSON), else ''. */
  bodyText: string;
  at: number;
}

/**
 * A fetch that answers from a script, one step per call, and records every call with the virtual time
 * it was made. Calling it more often than scripted fails the test.
 */
export function scriptedFetch(steps: ScriptedStep[], clock: Clock): FetchFunction & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    calls.push({
      url: input,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      bodyText: typeof init.body === 'string' ? init.body : '',
      at: clock.now(),
    });
    const step = steps[calls.length - 1];
    if (!step) throw new Error(`fetch called ${calls.length} times, only ${steps.length} answers scripted`);
    if ('networkError' in step) throw new TypeError('fetch failed');
    if ('hang' in step) {
      return new Promise<Response>((_, reject) => {
        const signal = init.signal;
        const fail = (): void =>
          reject(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
        if (signal?.aborted) fail();
        else signal?.addEventListener('abort', fail, { once: true });
      });
    }
    const body = step.body === undefined ? '' : typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
    return new Response(body, {
      status: step.status,
      headers: { 'Content-Type': 'application/json', ...step.headers },
    });
  };
  return Object.assign(fetch, { calls });
}
