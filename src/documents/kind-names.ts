import type { DocumentKind } from './types';

const KIND_NAMES: Readonly<Record<DocumentKind, string>> = { jpeg: 'JPEG', png: 'PNG', pdf: 'PDF' };

/** The format's name as users see it on files; the same in every language. */
export function kindName(kind: DocumentKind): string {
  return KIND_NAMES[kind];
}
