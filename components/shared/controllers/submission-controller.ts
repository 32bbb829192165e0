import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SubmissionStatus = 'idle' | 'pending' | 'success' | 'error';

/**
 * Runs one request at a time. A run started while another is in flight joins it; `abort()` (reset,
 * disconnect) cancels the request and makes its late answer count for nothing.
 */
export class SubmissionController<T> implements ReactiveController {
  status: SubmissionStatus = 'idle';
  #inFlight: Promise<T | null> | null = null;
  #abort: AbortController | null = null;
  #run = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  /**
   * Starts `task` unless one is running. `settle` turns the answer into a status; it is skipped when the
   * run was aborted or superseded, and the run then resolves to `null`.
   */
  run(
    task: (signal: AbortSignal) => Promise<T | null>,
    settle: (result: T | null) => SubmissionStatus,
  ): Promise<T | null> {
    if (this.#inFlight) return this.#inFlight;
    const run = ++this.#run;
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'pending';
    this.host.requestUpdate();
    const current = (async (): Promise<T | null> => {
      try {
        const result = await task(abort.signal);
        if (run !== this.#run) return null;
        this.status = settle(result);
        return result;
      } catch (error) {
        if (run === this.#run) this.status = 'error';
        throw error;
      } finally {
        if (run === this.#run) {
          this.#inFlight = null;
          this.#abort = null;
        }
        this.host.requestUpdate();
      }
    })();
    this.#inFlight = current;
    return current;
  }

  /** Cancels the request in flight (if any) and returns to idle. */
  abort(): void {
    this.#run += 1;
    this.#abort?.abort();
    this.#abort = null;
    this.#inFlight = null;
    this.status = 'idle';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#inFlight) this.abort();
  }
}
