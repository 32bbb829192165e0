// What the forms on one page share (plans, the fields they show, layouts): made once per key, the oldest
// dropped past a limit so a page that keeps changing its forms' settings does not keep every answer.

/** The value for `key` in `kept`, made by `make` the first time; past `limit` entries the oldest goes. */
export function keptValue<V>(kept: Map<string, V>, key: string, make: () => V, limit = Number.POSITIVE_INFINITY): V {
  const known = kept.get(key);
  if (known !== undefined) return known;
  const value = make();
  const oldest = kept.keys().next();
  if (kept.size >= limit && oldest.done !== true) kept.delete(oldest.value);
  kept.set(key, value);
  return value;
}

/** Values kept per object (a plan, a list of fields) and key, for as long as the object lives. */
export class KeptPerObject<O extends object, V> {
  readonly #byObject = new WeakMap<O, Map<string, V>>();

  /** @param limit - How many keys are kept per object. */
  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  get(object: O, key: string, make: () => V): V {
    let kept = this.#byObject.get(object);
    if (kept === undefined) {
      kept = new Map();
      this.#byObject.set(object, kept);
    }
    return keptValue(kept, key, make, this.limit);
  }
}
