// The demo page: settings on the left, both forms, and what a server would receive.
import '../components/index';
import { updateConnectionStatus } from './connection-status';
import { fillCountrySelect } from './countries';
import { required } from './dom';
import { startDemoEmulator, type DemoEmulator } from './backend';
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

let emulator: DemoEmulator = { backend: 'node', url: nodeEmulatorUrl, started: false };
let endpoints: Endpoints = chooseEndpoints('', emulator.url);
let statusCheck = new AbortController();
let lastKey: string | undefined;
const frameUrl = demoFrameUrl(location, import.meta.env.VITE_TOKEN_FORMS_BACKEND);
// The static build has no second origin to serve the frame page from.
if (!frameUrl) required(document, '#isolation', HTMLSelectElement).closest('.field')?.setAttribute('hidden', '');

function applyAll(): void {
  const settings = readSettings(settingsForm);
  endpoints = chooseEndpoints(settings.publishableKey, emulator.url);
  accountIdInput.disabled = settings.apiVersion !== 'v2';
  applySettings(accountForm, 'account', settings, endpoints, frameUrl);
  applySettings(personForm, 'person', settings, endpoints, frameUrl);
  // Only a changed key can change where requests go; other controls need no new check.
  if (settings.publishableKey === lastKey) return;
  lastKey = settings.publishableKey;
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
// The forms are configured once the emulator that answers them is known (the in-browser one must start).
void startDemoEmulator(nodeEmulatorUrl).then((started) => {
  emulator = started;
  applyAll();
});
