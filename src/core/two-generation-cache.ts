import { detachedString } from "./detached-string.js";

/**
 * A bounded cache of what is worked out once per distinct word and kept across documents (the entity tagger's word
 * features, the events stage's token views, the truecaser's cased words). Two generations of at most `perGeneration`
 * keys each: when the young one is full the old one is dropped, so words that recur, found again in the old generation
 * and moved up, stay, while a stream of new names (every article brings some) cannot grow it.
 *
 * Keys are kept detached from the text they were cut from (a slice of 13 or more characters is a view into its
 * string), so a cached word never holds an article's text alive: `set` takes a key its caller has detached, and a
 * key moved up from the old generation is detached here.
 */
export class TwoGenerationCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly perGeneration: number) {}

  /** The value kept for `key`, moved up to the young generation when only the old one had it; undefined if none. */
  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const old = this.old.get(key);
    if (old !== undefined) this.set(detachedString(key), old);
    return old;
  }

  /** Keeps `value` under `key` (already detached from any text) in the young generation, which starts anew when full. */
  set(key: string, value: V): void {
    if (this.young.size >= this.perGeneration) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
