import type { FieldValue, FormValues } from '../params/values';

/**
 * What removing item `index` of a list of `count` does to the values: every later item moves up one
 * place, so indexes stay contiguous as Stripe wants them. Ids to empty first, then values to write.
 */
export function valuesAfterRemoval(
  values: FormValues,
  listId: string,
  index: number,
  count: number,
): { readonly cleared: string[]; readonly moved: [string, FieldValue][] } {
  const prefix = (at: number): string => `${listId}.${at}.`;
  const cleared: string[] = [];
  const moved: [string, FieldValue][] = [];
  for (let at = index; at < count; at += 1) {
    cleared.push(...Object.keys(values).filter((id) => id.startsWith(prefix(at))));
    for (const [id, value] of Object.entries(values)) {
      if (id.startsWith(prefix(at + 1)) && value !== undefined) {
        moved.push([prefix(at) + id.slice(prefix(at + 1).length), value]);
      }
    }
  }
  return { cleared, moved };
}
