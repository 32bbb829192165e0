/**
 * The messages between an element in `isolation="frame"` mode and its frame page. The window-level
 * handshake carries one `MessagePort`; everything after it travels on that port. Nothing here carries a
 * value the person typed: configuration goes in, token summaries, validity and states come out.
 */
import type { TokenErrorSummary, TokenSummary } from '../../src/form/token-errors';

export const FRAME_PROTOCOL = 'token-forms/frame@1';

/** The frame page's meta tag that the deployer fills with the origins allowed to embed it. */
export const ALLOWED_PARENTS_META = 'token-forms-allowed-parents';

/** The elements a frame page can host. */
export const FRAMED_TAGS = ['person-token-form', 'account-token-form'] as const;
export type FramedTag = (typeof FRAMED_TAGS)[number];

/** Properties of the element that are not the framed form's: its mode, and `disabled` (sent with the fieldset's). */
export const HOST_ONLY_PROPERTIES: ReadonlySet<string> = new Set(['isolation', 'frameUrl', 'disabled']);

/** Custom states the frame reports for host styling. */
export interface FramedStates {
  readonly userInvalid: boolean;
  readonly pending: boolean;
  readonly success: boolean;
}

/** What the host element sends when its attributes, properties, form or appearance change. */
export interface FrameConfiguration {
  /** The element's reactive properties by property name (`publishableKey`, `prefill`…), as set on the host. */
  readonly properties: Readonly<Record<string, unknown>>;
  /** Disabled itself or by a host `fieldset`. */
  readonly disabled: boolean;
  /** Inside a host `<form>`: no inner submit button, Enter submits the host form. */
  readonly inHostForm: boolean;
  /** The host page's `lang`, for `locale="auto"`. */
  readonly pageLanguage: string;
  /** Custom properties and inherited text styles read on the host element. */
  readonly appearance: Readonly<Record<string, string>>;
}

/** Host → frame, on the port. */
export type HostMessage =
  | { readonly type: 'configure'; readonly configuration: FrameConfiguration }
  | { readonly type: 'submit'; readonly id: number }
  | { readonly type: 'reset' }
  | { readonly type: 'report-validity' };

/** Frame → host, on the port. */
export type FrameMessage =
  | { readonly type: 'connected' }
  | { readonly type: 'validity'; readonly valid: boolean; readonly message: string }
  | { readonly type: 'states'; readonly states: FramedStates; readonly token: TokenSummary | null }
  | { readonly type: 'size'; readonly height: number }
  | { readonly type: 'submit-start' }
  | { readonly type: 'token-created'; readonly token: TokenSummary }
  | { readonly type: 'token-error'; readonly error: TokenErrorSummary }
  | { readonly type: 'submitted'; readonly id: number; readonly token: TokenSummary | null }
  | { readonly type: 'request-host-submit' };

/** The window message that opens the channel; its one transferred port is the channel. */
export interface ConnectMessage {
  readonly protocol: typeof FRAME_PROTOCOL;
  readonly type: 'connect';
  readonly tag: FramedTag;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The origins a frame page accepts as its parent: absolute origins only (`https://platform.example`). */
export function parseAllowedOrigins(list: string | null | undefined): ReadonlySet<string> {
  const origins = new Set<string>();
  for (const entry of (list ?? '').split(/[\s,]+/)) {
    if (!entry || entry.includes('*')) continue;
    try {
      const url = new URL(entry);
      // An entry with a path or a wildcard is a mistake, not a wider allowance.
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry.replace(/\/$/, '')) {
        origins.add(url.origin);
      }
    } catch {
      // Not a URL: ignored.
    }
  }
  return origins;
}

/** The origin a `frame-url` names, or null when it is not an absolute http(s) URL. */
export function frameOrigin(frameUrl: string | null | undefined, base: string): string | null {
  if (!frameUrl) return null;
  try {
    const url = new URL(frameUrl, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** What the frame page knows of a window message. */
export interface IncomingWindowMessage {
  readonly data: unknown;
  readonly origin: string;
  readonly fromParent: boolean;
  readonly portCount: number;
}

/**
 * The connect message, if this window message is one the frame page may accept: from its parent window,
 * from an allowed origin, well-formed, with exactly one port. Anything else is ignored.
 */
export function acceptConnect(message: IncomingWindowMessage, allowed: ReadonlySet<string>): ConnectMessage | null {
  if (!message.fromParent || !allowed.has(message.origin) || message.portCount !== 1) return null;
  const { data } = message;
  if (!isRecord(data) || data.protocol !== FRAME_PROTOCOL || data.type !== 'connect') return null;
  const tag = data.tag;
  if (typeof tag !== 'string' || !(FRAMED_TAGS as readonly string[]).includes(tag)) return null;
  return { protocol: FRAME_PROTOCOL, type: 'connect', tag: tag as FramedTag };
}

/** A host message on the port, or null when it is not one. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'configure': {
      const configuration = data.configuration;
      if (!isRecord(configuration) || !isRecord(configuration.properties) || !isRecord(configuration.appearance))
        return null;
      return {
        type: 'configure',
        configuration: {
          properties: configuration.properties,
          disabled: configuration.disabled === true,
          inHostForm: configuration.inHostForm === true,
          pageLanguage: typeof configuration.pageLanguage === 'string' ? configuration.pageLanguage : '',
          appearance: stringEntries(configuration.appearance),
        },
      };
    }
    case 'submit':
      return isId(data.id) ? { type: 'submit', id: data.id } : null;
    case 'reset':
    case 'report-validity':
      return { type: data.type };
    default:
      return null;
  }
}

/** A frame message on the port, or null when it is not one. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'connected':
    case 'submit-start':
    case 'request-host-submit':
      return { type: data.type };
    case 'validity':
      return typeof data.valid === 'boolean'
        ? { type: 'validity', valid: data.valid, message: typeof data.message === 'string' ? data.message : '' }
        : null;
    case 'states': {
      const states = data.states;
      if (!isRecord(states)) return null;
      const token = data.token === null ? null : asToken(data.token);
      if (token === undefined) return null;
      return {
        type: 'states',
        states: {
          userInvalid: states.userInvalid === true,
          pending: states.pending === true,
          success: states.success === true,
        },
        token,
      };
    }
    case 'size':
      return typeof data.height === 'number' && Number.isFinite(data.height) && data.height >= 0
        ? { type: 'size', height: data.height }
        : null;
    case 'token-created': {
      const token = asToken(data.token);
      return token ? { type: 'token-created', token } : null;
    }
    case 'token-error':
      return isRecord(data.error) && typeof data.error.type === 'string'
        ? { type: 'token-error', error: data.error as unknown as TokenErrorSummary }
        : null;
    case 'submitted': {
      if (!isId(data.id)) return null;
      const token = data.token === null ? null : asToken(data.token);
      return token === undefined ? null : { type: 'submitted', id: data.id, token };
    }
    default:
      return null;
  }
}

/** A token summary, rebuilt from its known fields only. */
function asToken(value: unknown): TokenSummary | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.object !== 'string') return undefined;
  const { id, object, livemode, created, expires_at: expiresAt, used } = value;
  const time = (entry: unknown): entry is number | string => typeof entry === 'number' || typeof entry === 'string';
  if (typeof livemode !== 'boolean' || typeof used !== 'boolean' || !time(created)) return undefined;
  return { id, object, livemode, created, ...(time(expiresAt) ? { expires_at: expiresAt } : {}), used };
}

function stringEntries(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
