// The one way to keep a computed value for later. A cache stays only where a paired measurement
// showed it buys at least 5% of the figure it serves (bench/README.md, "Caches kept"); each use
// names its figure. Imports nothing: every layer may use it.

/** `make`, run once per distinct key (a language, a set of options): for small, fixed sets of keys. */
export function oncePerKey<K, T>(make: (key: K) => T): (key: K) => T {
  const made = new Map<K, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/** `compute`, run once per object, which must never change after it is asked; the value goes with the object. */
export function oncePerObject<O extends object, T>(compute: (object: O) => T): (object: O) => T {
  const computed = new WeakMap<O, T>();
  return (object) => {
    if (!computed.has(object)) computed.set(object, compute(object));
    return computed.get(object)!;
  };
}

/**
 * `compute` of the same arguments (told apart by `key`) run once while at most `limit` answers are
 * kept; then the memory starts afresh. For the texts a page repeats hundreds of times.
 */
export function oncePerText<A extends unknown[], T>(compute: (...args: A) => T, key: (...args: A) => string, limit = 2_000): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const id = key(...args);
    if (made.has(id)) return made.get(id)!;
    const value = compute(...args);
    if (made.size >= limit) made.clear();
    made.set(id, value);
    return value;
  };
}
