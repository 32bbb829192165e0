// Serves an Emulator over node:http: builds a Fetch Request from the incoming message, writes the Response
// back, destroys the socket for `Response.error()`, and aborts the Request when the client goes away.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from '../core/emulator';

/** Room for a 10 MB upload plus multipart overhead; larger bodies are refused before reaching the emulator. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

function toHeaders(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

async function readBody(message: IncomingMessage): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return 'too_large';
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function serveWithEmulator(
  emulator: Emulator,
  message: IncomingMessage,
  reply: ServerResponse,
  origin: string,
): Promise<void> {
  const abort = new AbortController();
  reply.on('close', () => {
    if (!reply.writableFinished) abort.abort();
  });
  const method = message.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? null : await readBody(message);
  if (body === 'too_large') {
    reply.writeHead(413, { 'Content-Type': 'application/json', Connection: 'close' });
    reply.end(
      JSON.stringify({
        error: { type: 'invalid_request_error', message: `Request bodies may be at most ${MAX_BODY_BYTES} bytes.` },
      }),
    );
    return;
  }
  const request = new Request(new URL(message.url ?? '/', origin), {
    method,
    headers: toHeaders(message),
    body: body === null ? null : new Uint8Array(body),
    signal: abort.signal,
  });
  const response = await emulator.handle(request);
  if (response.type === 'error') {
    message.socket.destroy();
    return;
  }
  if (reply.destroyed) return;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  reply.writeHead(response.status, headers);
  reply.end(Buffer.from(await response.arrayBuffer()));
}
