/**
 * Feature hashing: every feature is a 32-bit hash of (template, value hashes) masked to a bucket,
 * so no feature string is ever built at tagging time and the model stores no vocabulary.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a running hash with one more 32-bit value (murmur3-style finaliser). */
export function mixHash(h: number, v: number): number {
  // Scramble h before combining, so mixHash(a, b) !== mixHash(b, a).
  let x = Math.imul(Math.imul(h, 0x9e3779b1) ^ v, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
