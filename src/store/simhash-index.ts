/**
 * The stored articles' SimHash bands kept in memory for a run of batched saves on SQLite (issue 8
 * item 6). The near-duplicate check of every article asked the store for the articles sharing a
 * band with any of its 65 probes: 68 lookups on four band indexes, a twentieth of the CPU of saving
 * an article, to find nothing most of the time. Here each band value heads a chain of the articles
 * that have it (typed arrays: ~40 bytes an article), and the store reads only the rows of the
 * articles found, as before.
 *
 * Articles are only ever added (an article's row keeps its SimHash for good: its id is a hash of its
 * text), so when another connection has committed, the index reads the articles after the last one it
 * holds (`seq` grows with every commit: SQLite writers take turns). A rolled-back write of this
 * connection clears it (src/store/kysely-store.ts, `StoreMemo`).
 */
import { simhashBands } from "./simhash-bands.js";

const BAND_VALUES = 1 << 16;

export class SimhashIndex {
  /** Per band, the newest entry having each value (-1: none). */
  private readonly heads = Array.from({ length: 4 }, () => new Int32Array(BAND_VALUES).fill(-1));
  /** Per entry and band, the next older entry with the same value (-1: none). */
  private next = new Int32Array(4 * 1024);
  private seqs = new Float64Array(1024);
  /** Per entry, the hash's high and low 32 bits. */
  private halves = new Uint32Array(2 * 1024);
  private count = 0;
  /** The highest article seq read (the next refresh reads those above it). */
  maxSeq = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    for (const h of this.heads) h.fill(-1);
    this.count = 0;
    this.maxSeq = 0;
  }

  add(seq: number, simhash: string): void {
    if (this.count === this.seqs.length) {
      const seqs = new Float64Array(this.seqs.length * 2);
      seqs.set(this.seqs);
      this.seqs = seqs;
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const halves = new Uint32Array(this.halves.length * 2);
      halves.set(this.halves);
      this.halves = halves;
    }
    const entry = this.count++;
    this.seqs[entry] = seq;
    const bands = simhashBands(simhash);
    this.halves[entry * 2] = parseInt(bands[0]! + bands[1]!, 16);
    this.halves[entry * 2 + 1] = parseInt(bands[2]! + bands[3]!, 16);
    for (let b = 0; b < 4; b++) {
      const value = parseInt(bands[b]!, 16);
      this.next[entry * 4 + b] = this.heads[b]![value]!;
      this.heads[b]![value] = entry;
    }
    if (seq > this.maxSeq) this.maxSeq = seq;
  }

  /** The seqs of the articles sharing a band with any of the probes (and within `near.maxBits` of `near.simhash`), ascending, each once. */
  seqsSharingABand(probes: readonly string[], near?: { readonly simhash: string; readonly maxBits: number }): number[] {
    let hi = 0;
    let lo = 0;
    if (near) [hi, lo] = halvesOf(near.simhash);
    const found = new Set<number>();
    // Each band's values looked up so far: a check's 65 probes (a hash and its one-bit variants) have
    // at most 17 distinct values in a band, so a short list, not a set per band.
    const asked: number[][] = [[], [], [], []];
    for (const probe of probes) {
      const [phi, plo] = halvesOf(probe);
      for (let b = 0; b < 4; b++) {
        const value = b === 0 ? phi >>> 16 : b === 1 ? phi & 0xffff : b === 2 ? plo >>> 16 : plo & 0xffff;
        const seen = asked[b]!;
        if (seen.includes(value)) continue;
        seen.push(value);
        for (let e = this.heads[b]![value]!; e >= 0; e = this.next[e * 4 + b]!) {
          if (near && popcount32((this.halves[e * 2]! ^ hi) >>> 0) + popcount32((this.halves[e * 2 + 1]! ^ lo) >>> 0) > near.maxBits) continue;
          found.add(this.seqs[e]!);
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}

/** A SimHash's high and low 32 bits (unsigned), checked as simhashBands checks it. */
function halvesOf(simhash: string): [number, number] {
  const [b0, b1, b2, b3] = simhashBands(simhash);
  return [parseInt(b0 + b1, 16), parseInt(b2 + b3, 16)];
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
