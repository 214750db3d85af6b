/**
 * A 64-bit SimHash (16 hex digits) cut into four 16-bit bands. Two hashes that differ in at most 3
 * bits agree on at least one band (pigeonhole), so an indexed lookup on each band finds every
 * near-duplicate candidate; the caller checks the real Hamming distance.
 */
const HEX64 = /^[0-9a-f]{16}$/;

export function simhashBands(simhash: string): [string, string, string, string] {
  const h = simhash.toLowerCase();
  if (!HEX64.test(h)) throw new TypeError(`a SimHash is 16 hex digits, got ${JSON.stringify(simhash)}`);
  return [h.slice(0, 4), h.slice(4, 8), h.slice(8, 12), h.slice(12, 16)];
}
