// Starts the emulator on a local port. Port 0 picks any free port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator } from '../core/emulator';
import { serveWithEmulator } from './adapter';

export interface ListenOptions {
  port?: number;
  host?: string;
  /** An emulator to serve; a fresh one by default. */
  emulator?: Emulator;
  /** For a fresh emulator: preflights allow only what Stripe is known to accept (`EmulatorOptions.strictCors`). */
  strictCors?: boolean;
}

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listenEmulator(options: ListenOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const emulator = options.emulator ?? createEmulator({ strictCors: options.strictCors === true });
  const server = createServer();
  let origin = '';
  server.on('request', (message, reply) => {
    serveWithEmulator(emulator, message, reply, origin).catch(() => {
      if (!reply.headersSent) reply.writeHead(500).end();
      else reply.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  origin = `http://${urlHost}:${port}`;
  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Hanging requests would otherwise keep the server open for up to two minutes.
        server.closeAllConnections();
      }),
  };
}
