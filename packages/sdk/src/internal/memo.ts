// The one way the SDK keeps what it has worked out: by a value (a word, a tag, an address), bounded, the least recently
// asked forgotten first; or by an object (a catalogue's programme list), for as long as the object lives.

/** Results of `make` by key, at most `size` of them; the least recently asked is forgotten first. */
export class Memo<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly size: number) {}

  /** The result for `key`, made now if it is not kept. */
  get(key: K, make: (key: K) => V): V {
    const { kept } = this;
    if (kept.has(key)) {
      const value = kept.get(key) as V;
      // Asked again: moved to the end, the most recent.
      kept.delete(key);
      kept.set(key, value);
      return value;
    }
    const value = make(key);
    kept.set(key, value);
    if (kept.size > this.size) kept.delete(kept.keys().next().value as K);
    return value;
  }

  /** The result for `key` when it is kept, else undefined; counts as asking. */
  peek(key: K): V | undefined {
    return this.kept.has(key) ? this.get(key, () => undefined as V) : undefined;
  }
}

/** `make`, remembered per argument object for as long as that object lives. */
export function memoByObject<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = make(key);
    kept.set(key, value);
    return value;
  };
}
