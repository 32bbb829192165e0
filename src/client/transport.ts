/**
 * The one thing the client needs from the network: send a request, get status, headers and body text.
 * Fetch serves Node and most browsers; XMLHttpRequest serves browser uploads that report progress.
 */
export interface TransportRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: string | FormData;
  /** Aborting it must make `send` reject. */
  signal: AbortSignal;
  onUploadProgress?: (loaded: number, total: number) => void;
}

export interface TransportResponse {
  status: number;
  header(name: string): string | null;
  text: string;
}

export interface Transport {
  /** Resolves with any HTTP response (errors included); rejects when no response arrived. */
  send(request: TransportRequest): Promise<TransportResponse>;
}

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;
