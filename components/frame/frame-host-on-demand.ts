import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { importChunk, onDemand } from '../../src/lazy/on-demand';
import type { TokenSummary } from '../shared/events';
import type { FrameHost, FrameHostParts } from './frame-host';
import type { FramedStates } from './protocol';

type Host = ReactiveControllerHost & HTMLElement & { readonly frameUrl: string | null };

const NO_STATES: FramedStates = { userInvalid: false, pending: false, success: false };

/**
 * The element's handle on `isolation="frame"`: the host side's code (the channel, its protocol and checks,
 * the appearance sent across) loads with the first use of that mode, never on a page whose forms render
 * in place. Until it is here the element shows nothing and reports itself not valid.
 */
export class FrameHostOnDemand {
  #frame: FrameHost | null = null;
  // A failed download (flaky network) is fetched again by the next update or submit.
  readonly #loading = onDemand(async (retrying) => {
    const { FrameHost: Loaded } = await importChunk(() => import('./frame-host'), retrying, 'FrameHost');
    this.#frame = new Loaded(this.host, this.internals, this.parts);
    this.host.requestUpdate();
    return this.#frame;
  });

  constructor(
    private readonly host: Host,
    private readonly internals: ElementInternals,
    private readonly parts: FrameHostParts,
  ) {}

  #load(): Promise<FrameHost> {
    return this.#loading.load();
  }

  get valid(): boolean {
    return this.#frame?.valid ?? false;
  }

  get token(): TokenSummary | null {
    return this.#frame?.token ?? null;
  }

  get states(): FramedStates {
    return this.#frame?.states ?? NO_STATES;
  }

  configure(): void {
    if (this.#frame) this.#frame.configure();
    else this.#load().catch(() => undefined);
  }

  submit(): Promise<TokenSummary | null> {
    return this.#load().then(
      (frame) => frame.submit(),
      () => null,
    );
  }

  reset(): void {
    // Before the frame's code is here there is no framed form to empty.
    this.#frame?.reset();
  }

  reportValidity(): boolean {
    if (this.#frame) return this.#frame.reportValidity();
    this.#load().catch(() => undefined);
    return false;
  }

  render(): TemplateResult {
    if (this.#frame) return this.#frame.render();
    this.#load().catch(() => undefined);
    return html``;
  }
}
