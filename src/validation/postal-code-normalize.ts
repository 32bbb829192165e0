/** Dashes users type by accident (Japanese IMEs produce ー and −) all mean the ASCII hyphen here. */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d\uff70]/g;

/** NFKC (full-width digits → ASCII), upper case, ASCII hyphens, single inner spaces, trimmed. */
export function normalizePostalCode(value: string): string {
  return value.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim().toUpperCase();
}
