import { NEAR_DUPLICATE_MAX_BITS, SHINGLE_WORDS, SIMHASH_BANDS } from "./heuristics.js";

/**
 * 64-bit SimHash (Charikar) of a text over overlapping word shingles, as 16 lower-case hex digits.
 * Each shingle is hashed to 64 bits; each bit of the result is the majority vote of that bit over
 * all shingles. Texts that share most of their shingles get hashes that differ in few bits, so a
 * re-published or lightly edited story lands within a few bits of the original.
 *
 * Words are runs of letters and digits, lower-cased: case, punctuation and spacing (which outlets
 * restyle) do not count. A text with fewer words than a shingle hashes its words as one shingle; a
 * text with no words hashes to all zeros.
 */
export function simhash(text: string, shingleWords: number = SHINGLE_WORDS): string {
  const words = wordsOf(text);
  if (words.length === 0) return "0".repeat(16);
  const n = Math.max(1, words.length - shingleWords + 1);
  // ones[b]: the shingles whose hash has bit b set (b = 0 the highest bit of the high half). A bit
  // wins the vote (+1 for each shingle that sets it, -1 for each that does not) when 2 x ones > n.
  const ones = new Int32Array(64);
  const half = [0, 0];
  for (let i = 0; i < n; i++) {
    // The shingle's words joined by single spaces, hashed without making the joined string.
    hash64OfWords(words, i, Math.min(words.length, i + shingleWords), half);
    const hi = half[0]!;
    const lo = half[1]!;
    for (let b = 0; b < 32; b++) {
      ones[b]! += (hi >>> (31 - b)) & 1;
      ones[32 + b]! += (lo >>> (31 - b)) & 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    hi = (hi << 1) | (2 * ones[b]! > n ? 1 : 0);
    lo = (lo << 1) | (2 * ones[32 + b]! > n ? 1 : 0);
  }
  return hex32(hi) + hex32(lo);
}

/** Words of a text for shingling: runs of letters and digits, lower-cased. */
export function wordsOf(text: string): string[] {
  // One character class under one quantifier: linear time.
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Number of differing bits between two SimHashes (16 hex digits each). */
export function hammingDistance(a: string, b: string): number {
  const [ah, al] = parse64(a);
  const [bh, bl] = parse64(b);
  return popcount32(ah ^ bh) + popcount32(al ^ bl);
}

/** True when two SimHashes are within `maxBits` (NEAR_DUPLICATE_MAX_BITS by default). */
export function isNearDuplicate(a: string, b: string, maxBits: number = NEAR_DUPLICATE_MAX_BITS): boolean {
  return hammingDistance(a, b) <= maxBits;
}

/**
 * The hashes to look up in a store that indexes SimHashes by SIMHASH_BANDS exact 16-bit bands, so
 * that every stored hash within `maxBits` shares a band with one of them: the hash itself finds all
 * within bands - 1 bits (pigeonhole); up to 2 x bands - 1 bits, some band differs in at most one
 * bit, so the 64 one-bit variants of the hash are looked up too. The caller checks the distance of
 * what comes back.
 */
export function simhashProbes(hash: string, maxBits: number = NEAR_DUPLICATE_MAX_BITS): string[] {
  const [hi, lo] = parse64(hash);
  const own = hex32(hi) + hex32(lo);
  if (maxBits < SIMHASH_BANDS) return [own];
  if (maxBits > 2 * SIMHASH_BANDS - 1) throw new Error(`${SIMHASH_BANDS} bands cannot find every hash within ${maxBits} bits`);
  const probes = [own];
  for (let b = 0; b < 32; b++) probes.push(hex32(hi ^ (1 << b)) + hex32(lo));
  for (let b = 0; b < 32; b++) probes.push(hex32(hi) + hex32(lo ^ (1 << b)));
  return probes;
}

/** The 16-bit bands of a SimHash, 4 hex digits each, as a store indexes them. */
export function simhashBands(hash: string): string[] {
  const [hi, lo] = parse64(hash);
  const h = hex32(hi) + hex32(lo);
  const width = 16 / SIMHASH_BANDS;
  return Array.from({ length: SIMHASH_BANDS }, (_, i) => h.slice(i * width, (i + 1) * width));
}

function parse64(hash: string): [number, number] {
  if (!/^[0-9a-f]{16}$/i.test(hash)) throw new Error(`not a 64-bit SimHash: ${hash}`);
  return [parseInt(hash.slice(0, 8), 16) | 0, parseInt(hash.slice(8), 16) | 0];
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}

function popcount32(n: number): number {
  let v = n >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A 64-bit hash of words[from..to) joined by single spaces, as two 32-bit halves (into `out`): two FNV-1a passes with different offset bases,
 * each finished with MurmurHash3's avalanche step so every input bit moves every output bit (FNV
 * alone leaves the high bits weakly mixed, which would bias the votes of those bits).
 */
function hash64OfWords(words: readonly string[], from: number, to: number, out: number[]): void {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let w = from; w < to; w++) {
    if (w > from) {
      a = Math.imul(a ^ SPACE, 0x01000193);
      b = Math.imul(b ^ SPACE, 0x01000193) ^ (b >>> 15);
    }
    const s = words[w]!;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
  }
  out[0] = fmix32(a);
  out[1] = fmix32(b ^ 0x9e3779b9);
}
const SPACE = 32;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
