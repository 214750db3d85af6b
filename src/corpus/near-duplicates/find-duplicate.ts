import type { SimhashNear, StoredArticle } from "../../store/store.js";
import { contentHash } from "./content-hash.js";
import { NEAR_DUPLICATE_MAX_BITS } from "./heuristics.js";
import { hammingDistance, simhash, simhashProbes } from "./simhash.js";

/** What a duplicate check needs of the store (a subset of Store). */
export interface DuplicateLookup {
  findByContentHash(hash: string): Promise<StoredArticle | undefined>;
  /** Articles sharing a band with any of the probes (a store answers all of them in one query). */
  findSimhashCandidates(simhashes: readonly string[], near?: SimhashNear): Promise<readonly StoredArticle[]>;
}

/** The fingerprints of a cleaned text. */
export interface TextFingerprint {
  /** SHA-256 of the text, 64 hex digits. */
  readonly contentHash: string;
  /** 64-bit SimHash, 16 hex digits. */
  readonly simhash: string;
}

export type DuplicateVerdict =
  | { readonly kind: "exact"; readonly of: StoredArticle }
  | { readonly kind: "near"; readonly of: StoredArticle; readonly bits: number }
  | { readonly kind: "new" };

export function fingerprint(text: string): TextFingerprint {
  return { contentHash: contentHash(text), simhash: simhash(text) };
}

/**
 * Whether a text is already in the store: the same cleaned text (exact), a text within maxBits of
 * SimHash (near: the nearest, ties to the smaller id, and always an original, never a copy: a copy
 * of a copy points at the first), or new.
 */
export async function findDuplicate(print: TextFingerprint, lookup: DuplicateLookup, maxBits: number = NEAR_DUPLICATE_MAX_BITS): Promise<DuplicateVerdict> {
  const same = await lookup.findByContentHash(print.contentHash);
  if (same) return { kind: "exact", of: same };
  const seen = new Map<string, StoredArticle>();
  for (const candidate of await lookup.findSimhashCandidates(simhashProbes(print.simhash, maxBits), { simhash: print.simhash, maxBits })) seen.set(candidate.id, candidate);
  let best: { of: StoredArticle; bits: number } | undefined;
  for (const candidate of seen.values()) {
    if (candidate.duplicateOf !== null) continue;
    const bits = hammingDistance(print.simhash, candidate.simhash);
    if (bits > maxBits) continue;
    if (!best || bits < best.bits || (bits === best.bits && candidate.id < best.of.id)) best = { of: candidate, bits };
  }
  return best ? { kind: "near", ...best } : { kind: "new" };
}
