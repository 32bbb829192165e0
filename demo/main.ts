// The demo page: settings on the left, both forms, and what a server would receive.
import '../components/index';
import { updateConnectionStatus } from './connection-status';
import { fillCountrySelect } from './countries';
import { required } from './dom';
import { demoEmulator, startDemoEmulator, type DemoEmulator } from './backend';
import { applySettings, demoFrameUrl } from './element-attributes';
import { chooseEndpoints, emulatorUrlFrom } from './endpoints';
import type { Endpoints } from './endpoints';
import { notePendingElements } from './pending-elements';
import { showToken, tokenIdFrom } from './server-panel';
import { readSettings } from './settings';

const nodeEmulatorUrl = emulatorUrlFrom(location.search, import.meta.env.VITE_TOKEN_FORMS_EMULATOR_URL);

const settingsForm = required(document, '#settings', HTMLFormElement);
const connectionStatus = required(document, '#connection-status', HTMLElement);
const accountIdInput = required(document, '#account-id', HTMLInputElement);
const accountForm = required(document, 'account-token-form', HTMLElement);
const personForm = required(document, 'person-token-form', HTMLElement);
const serverPanel = {
  tokenId: required(document, '#token-id', HTMLOutputElement),
  source: required(document, '#token-source', HTMLOutputElement),
  contents: required(document, '#token-contents', HTMLElement),
  params: required(document, '#token-params', HTMLElement),
};

// The address is known at once, so the forms are configured before they first render; the in-browser
// emulator only has to start before they can send.
let emulator: DemoEmulator = demoEmulator(nodeEmulatorUrl);
let endpoints: Endpoints = chooseEndpoints('', emulator.url);
let statusCheck = new AbortController();
let statusShown: { readonly key: string; readonly emulator: DemoEmulator } | undefined;
const frameUrl = demoFrameUrl(location, import.meta.env.VITE_TOKEN_FORMS_BACKEND);
// Hidden in index.html: only the dev server has a second origin to serve the frame page from.
if (frameUrl) required(document, '#isolation', HTMLSelectElement).closest('.field')?.removeAttribute('hidden');

function applyAll(): void {
  const settings = readSettings(settingsForm);
  endpoints = chooseEndpoints(settings.publishableKey, emulator.url);
  accountIdInput.disabled = settings.apiVersion !== 'v2';
  // Nothing can be sent to an emulator that is still starting: the forms wait, shown but disabled. One that
  // failed to start says so in the connection status, and the forms stay usable (a pk_test_ key sends to Stripe).
  const waiting = endpoints.target === 'emulator' && emulator.state === 'starting';
  for (const [form, kind] of [
    [accountForm, 'account'],
    [personForm, 'person'],
  ] as const) {
    applySettings(form, kind, settings, endpoints, frameUrl);
    form.toggleAttribute('disabled', waiting);
  }
  // Where requests go changes only with the key and the emulator's start; other controls need no new check.
  if (statusShown?.key === settings.publishableKey && statusShown.emulator === emulator) return;
  statusShown = { key: settings.publishableKey, emulator };
  statusCheck.abort();
  statusCheck = new AbortController();
  void updateConnectionStatus(connectionStatus, endpoints, emulator, statusCheck.signal);
}

fillCountrySelect(required(document, '#country', HTMLSelectElement));
settingsForm.addEventListener('input', applyAll);
settingsForm.addEventListener('change', applyAll);
settingsForm.addEventListener('submit', (event) => event.preventDefault());

for (const [form, source] of [
  [accountForm, 'Account token form'],
  [personForm, 'Person token form'],
] as const) {
  form.addEventListener('token-created', (event) => {
    // The elements' own event classes carry `detail` without being CustomEvents.
    const tokenId = 'detail' in event ? tokenIdFrom(event.detail) : null;
    if (tokenId) void showToken(serverPanel, { id: tokenId, source }, endpoints);
  });
}

notePendingElements(document);
applyAll();
void startDemoEmulator(emulator).then((started) => {
  emulator = started;
  applyAll();
});
