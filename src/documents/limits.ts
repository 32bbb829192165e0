/** Stripe's limits for identity and verification documents (the strictest of its published sources). */

/** Files must be under 10 MB; Stripe counts a megabyte as 1024 × 1024 bytes. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Images may be at most 8000 pixels wide and 8000 pixels high. */
export const MAX_IMAGE_SIDE = 8000;
