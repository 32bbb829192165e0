/**
 * Errors thrown for mistakes in how the client is called. They are raised before any request is made,
 * so nothing leaves the browser; problems reported by Stripe come back as `ApiError` results instead.
 */

export type KeyErrorCode = 'secret_key' | 'restricted_key' | 'malformed_key';

/** The key given is not a publishable key. */
export class KeyError extends Error {
  override readonly name = 'KeyError';
  constructor(
    readonly code: KeyErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type ConfigurationErrorCode =
  | 'insecure_base_url'
  | 'invalid_base_url'
  | 'missing_account'
  | 'invalid_idempotency_key'
  /** The host's `metadata` breaks Stripe's limits (see `METADATA_LIMITS`); the message names the key. */
  | 'invalid_metadata';

/** An option is missing or unsafe (e.g. a plain-http API base on a public host). */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    readonly code: ConfigurationErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type FileTypeErrorCode = 'missing_file_type' | 'generic_file_type';

/** The file has no real MIME type; Stripe rejects uploads typed as `application/octet-stream`. */
export class FileTypeError extends Error {
  override readonly name = 'FileTypeError';
  constructor(
    readonly code: FileTypeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
