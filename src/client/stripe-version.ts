/** The API version v2 requests are pinned to (the one the `stripe` 23.1.0 types describe). */
export const DEFAULT_STRIPE_VERSION = '2026-10-28.endive';
