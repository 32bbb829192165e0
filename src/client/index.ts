export { createAccountToken, createPersonToken } from './tokens';
export type { Decimal } from './stripe-request-types';
export type {
  V1AccountTokenParams,
  V1PersonTokenParams,
  V1TokenOptions,
  V2AccountTokenParams,
  V2PersonTokenOptions,
  V2PersonTokenParams,
  V2TokenOptions,
} from './tokens';
export { uploadFile } from './files';
export type { FilePurpose, UploadFileOptions } from './files';
export { parsePublishableKey } from './publishable-key';
export type { KeyMode } from './publishable-key';
export { ConfigurationError, FileTypeError, KeyError } from './errors';
export type { ConfigurationErrorCode, FileTypeErrorCode, KeyErrorCode } from './errors';
export { DEFAULT_API_BASE, DEFAULT_FILES_BASE } from './base-url';
export { DEFAULT_STRIPE_VERSION } from './stripe-version';
export { DEFAULT_RETRY_POLICY } from './retry-policy';
export type { RetryPolicy } from './retry-policy';
export { newIdempotencyKey } from './idempotency-key';
export { systemClock } from './clock';
export type { Clock } from './clock';
export { createFetchTransport } from './fetch-transport';
export type { FetchTransportOptions } from './fetch-transport';
export { createXhrTransport } from './xhr-transport';
export type { ProgressEventLike, XhrConstructor, XhrLike } from './xhr-transport';
export type { FetchFunction, Transport, TransportRequest, TransportResponse } from './transport';
export type { CommonRequestOptions } from './request-options';
export type { ApiError, ApiErrorKind, FileUploadResult, InvalidField, StripeFile, Token, TokenResult } from './results';
