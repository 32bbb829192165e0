import type { FetchFunction, Transport, TransportRequest, TransportResponse } from './transport';

export interface FetchTransportOptions {
  fetch?: FetchFunction;
  /**
   * Streams multipart bodies in chunks so upload progress follows the bytes actually read. Node's fetch
   * supports this; browsers allow streamed request bodies only over HTTP/2 and later, so it is off by
   * default and browser uploads with progress use the XMLHttpRequest transport instead.
   */
  streamUploads?: boolean;
}

const CHUNK_BYTES = 64 * 1024;

/** Node's fetch needs `duplex: 'half'` for a streamed body; the DOM typings do not list it yet. */
type StreamingRequestInit = RequestInit & { duplex?: 'half' };

export function createFetchTransport(options: FetchTransportOptions = {}): Transport {
  // Called through a wrapper: browsers throw "Illegal invocation" for a detached `window.fetch`.
  const doFetch: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      const init: StreamingRequestInit = {
        method: request.method,
        headers: { ...request.headers },
        signal: request.signal,
      };
      const progress = request.onUploadProgress;
      let total = 0;
      if (typeof request.body !== 'string' && progress) {
        // Serialise the multipart body once to learn its size and boundary.
        const encoded = new Response(request.body);
        const bytes = new Uint8Array(await encoded.arrayBuffer());
        total = bytes.byteLength;
        init.headers = { ...request.headers, 'Content-Type': encoded.headers.get('Content-Type') ?? '' };
        progress(0, total);
        if (options.streamUploads) {
          init.body = chunkedStream(bytes, progress);
          init.duplex = 'half';
        } else {
          init.body = bytes;
        }
      } else {
        init.body = request.body;
      }
      const response = await doFetch(request.url, init);
      const text = await response.text();
      if (progress && total > 0) progress(total, total);
      return { status: response.status, header: (name) => response.headers.get(name), text };
    },
  };
}

function chunkedStream(
  bytes: Uint8Array,
  progress: (loaded: number, total: number) => void,
): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) {
        controller.close();
        return;
      }
      const end = Math.min(offset + CHUNK_BYTES, bytes.byteLength);
      controller.enqueue(bytes.slice(offset, end));
      offset = end;
      // The last chunk is reported once the response confirms it arrived.
      if (offset < bytes.byteLength) progress(offset, bytes.byteLength);
    },
  });
}
