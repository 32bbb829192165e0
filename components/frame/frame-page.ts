import { applyAppearance, PAGE_BACKGROUND, ROOT_FONT_SIZE } from './appearance';
import { configurableProperties, createFramedForm } from './framed-elements';
import {
  acceptConnect,
  ALLOWED_PARENTS_META,
  parseAllowedOrigins,
  parseHostMessage,
  type FrameConfiguration,
  type FramedTag,
  type FrameMessage,
} from './protocol';

/**
 * The frame page: waits for one connect message from its parent window on an allowed origin, then hosts
 * the form it names and talks to the element only over the port that came with it. Any other message —
 * another origin, another window, a second connect — is ignored. Nothing shows until then.
 */
export function startFramePage(): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${ALLOWED_PARENTS_META}"]`);
  const allowed = parseAllowedOrigins(meta?.content);
  const onMessage = (event: MessageEvent): void => {
    const connect = acceptConnect(
      {
        data: event.data,
        origin: event.origin,
        fromParent: window.parent !== window && event.source === window.parent,
        portCount: event.ports.length,
      },
      allowed,
    );
    const port = event.ports[0];
    if (!connect || !port) return;
    window.removeEventListener('message', onMessage);
    hostForm(connect.tag, port);
  };
  window.addEventListener('message', onMessage);
}

function hostForm(tag: FramedTag, port: MessagePort): void {
  const element = createFramedForm(tag);
  const settable = configurableProperties(tag);
  const container = document.querySelector('#frame-root') ?? document.body;
  const hostFormProxy = document.createElement('form');
  const post = (message: FrameMessage): void => port.postMessage(message);
  const sentProperties = new Map<string, string>();
  let lastStates = '';
  let lastValidity = '';

  const reportValidity = (): void => {
    const validity = { valid: element.checkValidity(), message: element.framedValidationMessage };
    // Before its first check the form has no message to give; its first report follows.
    if (!validity.valid && !validity.message) return;
    const serialised = JSON.stringify(validity);
    if (serialised === lastValidity) return;
    lastValidity = serialised;
    post({ type: 'validity', ...validity });
  };
  element.onRendered = () => {
    const states = { states: element.framedStates, token: element.framedToken };
    const serialised = JSON.stringify(states);
    if (serialised !== lastStates) {
      lastStates = serialised;
      post({ type: 'states', ...states });
    }
    reportValidity();
  };
  element.addEventListener('validity-change', reportValidity);
  element.addEventListener('submit-start', () => post({ type: 'submit-start' }));
  element.addEventListener('token-created', (event) => post({ type: 'token-created', token: event.detail.token }));
  element.addEventListener('token-error', (event) => post({ type: 'token-error', error: event.detail.error }));
  // Inside a host form, the framed form sits in a form of its own, so it behaves as it would there (no
  // submit button; Enter submits); that form's submission, once tokenized, becomes the host form's.
  hostFormProxy.noValidate = true;
  hostFormProxy.addEventListener('submit', (event) => {
    event.preventDefault();
    post({ type: 'request-host-submit' });
  });

  const configure = (configuration: FrameConfiguration): void => {
    // Only what changed: each message carries fresh copies, and a new `prefill` object is a new prefill.
    for (const [name, value] of Object.entries(configuration.properties)) {
      const serialised = JSON.stringify(value) ?? 'undefined';
      if (!settable.has(name) || sentProperties.get(name) === serialised) continue;
      sentProperties.set(name, serialised);
      Reflect.set(element, name, value);
    }
    Reflect.set(element, 'disabled', configuration.disabled);
    document.documentElement.lang = configuration.pageLanguage;
    applyAppearance(element.style, configuration.appearance);
    const root = document.documentElement.style;
    root.setProperty('color-scheme', configuration.appearance['color-scheme'] ?? 'normal');
    // What shows behind the element in the page, so the frame's contrast is the page's (and axe sees it).
    root.setProperty('background-color', configuration.appearance[PAGE_BACKGROUND] ?? 'transparent');
    root.setProperty('font-size', configuration.appearance[ROOT_FONT_SIZE] ?? '');
    const parent = configuration.inHostForm ? hostFormProxy : container;
    if (element.parentNode !== parent) {
      if (configuration.inHostForm) container.append(hostFormProxy);
      else hostFormProxy.remove();
      parent.append(element);
    }
  };

  port.onmessage = (event: MessageEvent) => {
    const message = parseHostMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'configure':
        configure(message.configuration);
        return;
      case 'submit':
        void element.submit().then((token) => post({ type: 'submitted', id: message.id, token }));
        return;
      case 'reset':
        element.reset();
        return;
      case 'report-validity':
        element.reportValidity();
        return;
    }
  };

  // The iframe is as tall as the page inside it: no inner scrollbar.
  new ResizeObserver(() => post({ type: 'size', height: document.body.getBoundingClientRect().height })).observe(
    document.body,
  );
  post({ type: 'connected' });
}
