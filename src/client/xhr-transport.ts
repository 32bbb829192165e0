import type { Transport, TransportRequest, TransportResponse } from './transport';

/** The part of XMLHttpRequest the transport uses, so tests can supply their own. */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: string | FormData): void;
  abort(): void;
  getResponseHeader(name: string): string | null;
  readonly status: number;
  readonly responseText: string;
  readonly upload: { onprogress: ((event: ProgressEventLike) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  ontimeout: (() => void) | null;
}

export interface ProgressEventLike {
  readonly lengthComputable: boolean;
  readonly loaded: number;
  readonly total: number;
}

export type XhrConstructor = new () => XhrLike;

/** Whether this environment has XMLHttpRequest (browsers; not Node or service workers). */
export function xhrAvailable(): boolean {
  return typeof globalThis.XMLHttpRequest === 'function';
}

/** A transport on XMLHttpRequest: the only browser API that reports upload progress on HTTP/1.1 too. */
export function createXhrTransport(
  Xhr: XhrConstructor = globalThis.XMLHttpRequest as unknown as XhrConstructor,
): Transport {
  return {
    send(request: TransportRequest): Promise<TransportResponse> {
      return new Promise((resolve, reject) => {
        const xhr = new Xhr();
        const onAbortSignal = (): void => xhr.abort();
        const settle = (): void => request.signal.removeEventListener('abort', onAbortSignal);

        xhr.open(request.method, request.url);
        for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
        const progress = request.onUploadProgress;
        if (progress) {
          xhr.upload.onprogress = (event) => {
            if (event.lengthComputable) progress(event.loaded, event.total);
          };
        }
        xhr.onload = () => {
          settle();
          resolve({ status: xhr.status, header: (name) => xhr.getResponseHeader(name), text: xhr.responseText });
        };
        xhr.onerror = () => {
          settle();
          reject(new TypeError('Network request failed'));
        };
        xhr.ontimeout = xhr.onerror;
        xhr.onabort = () => {
          settle();
          reject(new DOMException('The request was aborted.', 'AbortError'));
        };
        if (request.signal.aborted) {
          reject(new DOMException('The request was aborted.', 'AbortError'));
          return;
        }
        request.signal.addEventListener('abort', onAbortSignal, { once: true });
        xhr.send(request.body);
      });
    },
  };
}
