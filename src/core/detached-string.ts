/**
 * V8 keeps a substring of 13 or more characters (SlicedString::kMinLength) as a view into the string it
 * was cut from: a word sliced from an article and kept in a cache that outlives the article keeps the
 * whole article's text alive. Long-lived caches key and store their words through this.
 */
export const MIN_SLICED_STRING_LENGTH = 13;

/** The string itself when it cannot be a view into another, else a copy that shares no storage with the string it was cut from. */
export function detachedString(s: string): string {
  // The concatenation is flattened into a new string before the slice: the slice is a view into that copy.
  return s.length >= MIN_SLICED_STRING_LENGTH ? (s + " ").slice(0, -1) : s;
}
