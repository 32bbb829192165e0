import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Locale } from '../../src/i18n/locale';
import type { ValidityReporter } from '../shared/controllers/validity-reporter';
import type { HostFormBridge } from '../shared/host-form-bridge';
import { SubmitStartEvent, TokenCreatedEvent, TokenErrorEvent, type TokenSummary } from '../shared/events';
import type { TokenErrorSummary } from '../../src/form/token-errors';
import { backgroundBehind, readAppearance, usedColorScheme } from './appearance';
import { frameTitle, frameUnavailableText } from './frame-text';
import {
  FRAME_PROTOCOL,
  frameOrigin,
  HOST_ONLY_PROPERTIES,
  parseFrameMessage,
  type ConnectMessage,
  type FrameConfiguration,
  type FramedStates,
  type FramedTag,
  type FrameMessage,
  type HostMessage,
} from './protocol';

type Host = ReactiveControllerHost & HTMLElement & { readonly frameUrl: string | null };

/** The parts of the element the frame stands in for. */
export interface FrameHostParts {
  /** Takes the framed form's validity as the element's own (`ElementInternals`, `validity-change`, `ready`). */
  readonly validity: Pick<ValidityReporter, 'report'>;
  /** The host form's value follows the framed form's token. */
  readonly hostForm: Pick<HostFormBridge, 'setFormValue'>;
  /** Disabled itself or by a host `fieldset`. */
  disabled(): boolean;
  locale(): Locale;
}

const NO_STATES: FramedStates = { userInvalid: false, pending: false, success: false };

/**
 * How long a loaded frame page has to answer the handshake. It answers within milliseconds; one that
 * stays silent is not the frame page, or refuses this page's origin (its allow-list).
 */
export const FRAME_HANDSHAKE_TIMEOUT_MS = 10_000;

/** What the element reports when its frame cannot be used: for developers, names no personal data. */
export function frameUnavailableError(frameUrlOrigin: string | null): TokenErrorSummary {
  return {
    type: 'configuration_error',
    code: 'frame_unavailable',
    message: frameUrlOrigin
      ? `The frame page at ${frameUrlOrigin} did not answer. Check frame-url, that the page is the frame page of this ` +
        "version, and that its allow-list (token-forms-allowed-parents) and frame-ancestors header name this page's origin."
      : 'isolation="frame" needs a frame-url naming the frame page (dist/frame/index.html) on an origin of its own.',
    retryable: false,
  };
}

/**
 * The host side of `isolation="frame"`: renders only an iframe on `frame-url`'s origin, opens one
 * `MessageChannel` to it after each load (the port is posted to that origin alone), sends the
 * configuration, and replays what comes back as the element's own events, validity and states. The
 * frame's window messages are never listened to: only the port is.
 */
export class FrameHost implements ReactiveController {
  readonly #frame = createRef<HTMLIFrameElement>();
  #port: MessagePort | null = null;
  #connected = false;
  #lastSent = '';
  #valid = false;
  #token: TokenSummary | null = null;
  #states: FramedStates = NO_STATES;
  #nextId = 0;
  readonly #submissions = new Map<number, (token: TokenSummary | null) => void>();
  /** Messages asked for before the channel was open, sent once it is. */
  #queued: HostMessage[] = [];
  #handshakeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set when the frame cannot be used: the person is told, submissions end at once. */
  #unavailable: TokenErrorSummary | null = null;
  /** The `frame-url` the failure was about: a new one gets a new chance. */
  #unavailableUrl: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly internals: ElementInternals,
    private readonly parts: FrameHostParts,
  ) {
    host.addController(this);
  }

  get #tag(): FramedTag {
    return this.host.localName as FramedTag;
  }

  /** The element's properties as they are now, the frame's own mode and `disabled` aside. */
  #properties(): Record<string, unknown> {
    const names = Object.keys((this.host.constructor as unknown as { properties: object }).properties);
    return Object.fromEntries(
      names.filter((name) => !HOST_ONLY_PROPERTIES.has(name)).map((name) => [name, Reflect.get(this.host, name)]),
    );
  }

  get valid(): boolean {
    return this.#valid;
  }

  get token(): TokenSummary | null {
    return this.#token;
  }

  get states(): FramedStates {
    return this.#states;
  }

  get frameElement(): HTMLIFrameElement | null {
    return this.#frame.value ?? null;
  }

  hostConnected(): void {
    this.#prefersDark.addEventListener('change', this.#schemeChanged);
  }

  hostDisconnected(): void {
    this.#prefersDark.removeEventListener('change', this.#schemeChanged);
    clearTimeout(this.#handshakeTimer);
    this.#close();
  }

  readonly #prefersDark = matchMedia('(prefers-color-scheme: dark)');
  readonly #schemeChanged = (): void => this.configure();

  /** Sends the configuration when it changed (called on every update of the element). */
  configure(): void {
    const style = getComputedStyle(this.host);
    const colorScheme = usedColorScheme(
      style.getPropertyValue('color-scheme').trim(),
      this.host.ownerDocument.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '',
      this.#prefersDark.matches,
    );
    // The iframe and its page share one scheme, or the browser paints the frame opaque.
    this.frameElement?.style.setProperty('color-scheme', colorScheme);
    const configuration: FrameConfiguration = {
      properties: this.#properties(),
      disabled: this.parts.disabled(),
      inHostForm: this.internals.form !== null,
      pageLanguage: this.host.ownerDocument.documentElement.lang,
      appearance: readAppearance(
        style,
        colorScheme,
        backgroundBehind(this.host),
        getComputedStyle(this.host.ownerDocument.documentElement).fontSize,
      ),
    };
    const serialised = JSON.stringify(configuration);
    if (!this.#connected || serialised === this.#lastSent) return;
    this.#lastSent = serialised;
    this.#post({ type: 'configure', configuration });
  }

  submit(): Promise<TokenSummary | null> {
    if (this.#unavailable) {
      this.host.dispatchEvent(new TokenErrorEvent({ error: this.#unavailable }));
      return Promise.resolve(null);
    }
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#submissions.set(id, resolve);
      this.#send({ type: 'submit', id });
    });
  }

  reset(): void {
    this.#setToken(null);
    // Not valid until the frame has checked the emptied form: a host form must not go ahead on the old answer.
    this.#valid = false;
    this.#send({ type: 'reset' });
  }

  /** Answers at once from the last validity the frame reported; the frame shows the problems and focuses the first. */
  reportValidity(): boolean {
    // Focus enters the frame first, so the frame may move it to the first problem.
    if (!this.#valid) this.frameElement?.focus();
    this.#send({ type: 'report-validity' });
    return this.#valid;
  }

  render(): TemplateResult {
    const url = this.host.frameUrl;
    const origin = frameOrigin(url, this.host.ownerDocument.baseURI);
    if (url !== this.#unavailableUrl) this.#unavailable = null;
    // Without a usable frame-url there is nothing to load: said at once, after this render.
    if (!origin && !this.#unavailable) queueMicrotask(() => this.#fail(null));
    const unavailable = this.#unavailable
      ? html`<p class="frame-unavailable" role="alert">${frameUnavailableText(this.parts.locale())}</p>`
      : nothing;
    return html`${unavailable}<iframe
        ${ref(this.#frame)}
        part="frame"
        ?hidden=${this.#unavailable !== null}
        src=${origin && url ? new URL(url, this.host.ownerDocument.baseURI).href : 'about:blank'}
        title=${frameTitle(this.parts.locale(), this.#tag)}
        referrerpolicy="origin"
        @load=${() => this.#connect(origin)}
      ></iframe>`;
  }

  #connect(origin: string | null): void {
    this.#close();
    const target = this.frameElement?.contentWindow;
    if (!origin || !target) return;
    clearTimeout(this.#handshakeTimer);
    this.#handshakeTimer = setTimeout(() => this.#fail(origin), FRAME_HANDSHAKE_TIMEOUT_MS);
    const channel = new MessageChannel();
    this.#port = channel.port1;
    channel.port1.onmessage = (event: MessageEvent) => this.#receive(parseFrameMessage(event.data));
    const connect: ConnectMessage = { protocol: FRAME_PROTOCOL, type: 'connect', tag: this.#tag };
    // Posted to the frame's origin only: a frame that navigated elsewhere never receives the port.
    target.postMessage(connect, origin, [channel.port2]);
  }

  #close(): void {
    this.#port?.close();
    this.#port = null;
    this.#connected = false;
    this.#lastSent = '';
    for (const resolve of this.#submissions.values()) resolve(null);
    this.#submissions.clear();
  }

  #receive(message: FrameMessage | null): void {
    if (!message) return;
    switch (message.type) {
      case 'connected':
        clearTimeout(this.#handshakeTimer);
        this.#connected = true;
        this.configure();
        for (const queued of this.#queued.splice(0)) this.#post(queued);
        return;
      case 'validity':
        this.#valid = message.valid;
        this.parts.validity.report(message.valid, true, message.message, this.frameElement);
        return;
      case 'states':
        this.#states = message.states;
        this.#setToken(message.token);
        this.host.requestUpdate();
        return;
      case 'size':
        if (this.frameElement) this.frameElement.style.height = `${Math.ceil(message.height)}px`;
        return;
      case 'submit-start':
        this.host.dispatchEvent(new SubmitStartEvent());
        return;
      case 'token-created':
        this.#setToken(message.token);
        this.host.dispatchEvent(new TokenCreatedEvent({ token: message.token }));
        return;
      case 'token-error':
        this.host.dispatchEvent(new TokenErrorEvent({ error: message.error }));
        return;
      case 'submitted':
        this.#submissions.get(message.id)?.(message.token);
        this.#submissions.delete(message.id);
        return;
      case 'request-host-submit':
        // Enter in a framed text field, inside a host form: that form is submitted.
        this.internals.form?.requestSubmit();
        return;
    }
  }

  /** The frame cannot be used: the person sees why nothing is there, the integrator gets one error, nothing waits. */
  #fail(origin: string | null): void {
    if (this.#unavailable || (origin === null && frameOrigin(this.host.frameUrl, this.host.ownerDocument.baseURI))) {
      return;
    }
    this.#unavailable = frameUnavailableError(origin);
    this.#unavailableUrl = this.host.frameUrl;
    this.#queued = [];
    for (const resolve of this.#submissions.values()) resolve(null);
    this.#submissions.clear();
    this.parts.validity.report(false, true, frameUnavailableText(this.parts.locale()), this.frameElement);
    this.host.requestUpdate();
    this.host.dispatchEvent(new TokenErrorEvent({ error: this.#unavailable }));
  }

  #setToken(token: TokenSummary | null): void {
    if (token?.id === this.#token?.id) return;
    this.#token = token;
    this.parts.hostForm.setFormValue(token);
  }

  /** Sends now, or once the channel is open. */
  #send(message: HostMessage): void {
    if (this.#connected) this.#post(message);
    else this.#queued.push(message);
  }

  #post(message: HostMessage): void {
    this.#port?.postMessage(message);
  }
}
