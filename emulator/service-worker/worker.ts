// The emulator as a service worker: the hosted demo's token API, answering on the page's own origin under
// `<scope>emulator/`, so the demo works as plain static files with no server and nothing leaves the page.
// Built as one classic script (`npm run build:demo` → dist-demo/emulator-worker.js).
import { createEmulator } from '../core/emulator';
import { toEmulatorRequest } from './route';

/** The parts of the service worker global scope used here (the DOM and WebWorker libs cannot both load). */
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

const worker = globalThis as unknown as WorkerScope;
// One emulator per worker: its tokens live as long as the worker does (the browser may stop an idle one).
const emulator = createEmulator();

// A new version takes over at once, and the page that registered it is controlled without a reload.
worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('fetch', (event) => {
  const request = toEmulatorRequest(event.request, worker.registration.scope);
  if (request) event.respondWith(emulator.handle(request));
});
