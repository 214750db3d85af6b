import type { Gazetteer } from "./gazetteer.js";
import { mapped } from "../../core/keep.js";
import {
  addAfterOutside,
  addWordParts,
  ALL_DYNAMIC,
  buildDocumentContext,
  extractDynamicFeatures,
  extractSentenceFeatures,
  isListedWord,
  labelPairFeatures,
  MAX_DYNAMIC_FEATURES,
  MAX_STATIC_FEATURES,
  recordPrediction,
  type PredictionHistory,
  type DynamicLeftOut,
  type SentenceFeatures,
  WITHOUT_LABEL_PAIRS,
  WITHOUT_LABEL_PAIRS_AND_WORD,
  WordFeatureCache,
} from "./features.js";
import { isAllowedTransition, LABEL_COUNT } from "./labels.js";

const N_LABELS = LABEL_COUNT;
/** allowed[(prev + 1) * N_LABELS + next]: well-formed BILOU transitions, prev = -1 at a sentence start. */
const ALLOWED = new Uint8Array((N_LABELS + 1) * N_LABELS);
/** Labels a sentence may end with (not B or I). */
const MAY_END = new Uint8Array(N_LABELS);
for (let p = -1; p < N_LABELS; p++) for (let n = 0; n < N_LABELS; n++) ALLOWED[(p + 1) * N_LABELS + n] = isAllowedTransition(p, n) ? 1 : 0;
for (let n = 0; n < N_LABELS; n++) MAY_END[n] = isAllowedTransition(n, 0) ? 1 : 0;

/** Adds the weights of hashed features to per-label scores. */
export interface WeightTable {
  readonly bucketMask: number;
  /**
   * Whether addScores adds whole numbers (quantised weights): then sums do not depend on the order
   * features are added in, and the tagger may add a word's features as one precomputed sum.
   */
  readonly exactSums?: boolean;
  addScores(features: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

/**
 * Sparse, quantised weights for tagging. Which buckets have weights is a bitmap with, beside each
 * 32-bit word of it, the count of kept buckets before that word (a rank table); a kept bucket's
 * row in the weight array is that count plus the set bits before it in its word. Bitmap and ranks
 * together take 1/16 of a per-bucket offset table (512 KB instead of 8 MB for 2^21 buckets), so
 * they stay in the CPU cache, and the many features with no weights cost one cached bit test.
 */
export class CompactWeights implements WeightTable {
  readonly exactSums = true;
  /** Two 16-bit lane sums for each packed word of a row; reused by every call. */
  private readonly lanes: Float64Array;

  constructor(
    readonly bucketMask: number,
    /** [bits of buckets 32w..32w+31, kept buckets before bucket 32w] for each word w. */
    private readonly ranked: Uint32Array,
    /**
     * ROW_WORDS words per kept bucket, in bucket order: label 4q+i's int8 weight plus 128 (a
     * byte 0..255) in bits 8i..8i+7 of word q (see addScores).
     */
    private readonly packed: Uint32Array,
  ) {
    this.lanes = new Float64Array(ROW_WORDS * 2);
  }

  /** The tables as they are, to be stored (model-cache.ts) and given back to the constructor. */
  tables(): { readonly bucketMask: number; readonly ranked: Uint32Array; readonly packed: Uint32Array } {
    return { bucketMask: this.bucketMask, ranked: this.ranked, packed: this.packed };
  }

  /** `kept` are the kept bucket numbers in increasing order; row k of `weights` (N_LABELS int8 weights) belongs to kept[k]. */
  static fromKeptBuckets(bucketBits: number, kept: ArrayLike<number>, weights: Int8Array): CompactWeights {
    const words = Math.max(1, (1 << bucketBits) >>> 5);
    const ranked = new Uint32Array(words * 2);
    for (let k = 0; k < kept.length; k++) {
      const b = kept[k]!;
      ranked[(b >>> 5) * 2]! |= 1 << (b & 31);
    }
    let before = 0;
    for (let w = 0; w < words; w++) {
      ranked[w * 2 + 1] = before;
      before += popcount(ranked[w * 2]!);
    }
    const packed = new Uint32Array(kept.length * ROW_WORDS);
    for (let k = 0; k < kept.length; k++) {
      for (let l = 0; l < ROW_WORDS * 4; l++) {
        const byte = l < N_LABELS ? weights[k * N_LABELS + l]! + BYTE_BIAS : BYTE_BIAS;
        packed[k * ROW_WORDS + (l >> 2)]! |= byte << ((l & 3) * 8);
      }
    }
    return new CompactWeights((1 << bucketBits) - 1, ranked, packed);
  }

  /**
   * The weights of four labels are added at once: a packed word holds them as biased bytes,
   * split into two words of two 16-bit lanes (bytes 0 and 2, bytes 1 and 3) that are summed
   * without carrying into each other (each lane gets at most 255 a feature, and a call adds at
   * most MAX_FEATURES_PER_CALL features). The bias, 128 per feature, is taken off at the end, so
   * the scores are exactly the sums of the int8 weights.
   */
  addScores(features: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const { ranked, packed, bucketMask, lanes } = this;
    lanes.fill(0);
    let present = 0;
    for (let j = from; j < to; j++) {
      const b = features[j]! & bucketMask;
      const w = (b >>> 5) << 1;
      const word = ranked[w]!;
      const bit = 1 << (b & 31);
      if (!(word & bit)) continue;
      present++;
      const o = (ranked[w + 1]! + popcount(word & (bit - 1))) * ROW_WORDS;
      for (let q = 0; q < ROW_WORDS; q++) {
        const x = packed[o + q]!;
        lanes[2 * q]! += x & 0x00ff00ff;
        lanes[2 * q + 1]! += (x >>> 8) & 0x00ff00ff;
      }
    }
    if (present === 0) return;
    if (present > MAX_FEATURES_PER_CALL) throw new Error(`${present} features in one call: 16-bit lanes would overflow`);
    const bias = BYTE_BIAS * present;
    for (let q = 0; q < ROW_WORDS; q++) {
      const even = lanes[2 * q]!;
      const odd = lanes[2 * q + 1]!;
      const l = q * 4;
      scores[l]! += (even % 65536) - bias;
      if (l + 1 < N_LABELS) scores[l + 1]! += (odd % 65536) - bias;
      if (l + 2 < N_LABELS) scores[l + 2]! += Math.floor(even / 65536) - bias;
      if (l + 3 < N_LABELS) scores[l + 3]! += Math.floor(odd / 65536) - bias;
    }
  }
}

/** Packed words per weight row: four labels a word. */
const ROW_WORDS = Math.ceil(N_LABELS / 4);
const BYTE_BIAS = 128;
/** A 16-bit lane holds 65535: at most 257 biased bytes (255 each) can be summed into it. */
const MAX_FEATURES_PER_CALL = 257;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Greedy left-to-right tagging of one document, sentence by sentence, as in Ratinov & Roth
 * (2009): each token's label is chosen from the static features plus the two previous labels
 * and the labels given to the same word earlier in the document.
 */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  weights: WeightTable,
  gazetteer: Gazetteer | null,
  cache = new WordFeatureCache(),
  outsideWords?: ReadonlySet<string>,
): Int32Array[] {
  // Every word's view first: the document context reads them as the tagging does.
  // Lists of one elements kind (core/keep.ts): the built-in map and TurboFan's inlined one make packed and holey
  // arrays, and the functions reading these lists (extractSentenceFeatures, addWordParts, gazetteerCodes) were
  // deoptimised for a "wrong map" and compiled again when tagDocument was optimised (--trace-deopt).
  const viewsBySentence = mapped(sentences, (words) => mapped(words, (w) => cache.get(w)));
  const doc = buildDocumentContext(sentences, viewsBySentence);
  const history: PredictionHistory = new Map();
  const scores = tagScores;
  const dynamic = new Uint32Array(MAX_DYNAMIC_FEATURES);
  const pairs = weights.exactSums === true ? labelPairScores(weights) : undefined;
  // The labels of the document's sentences in one array, each sentence's a view of it: a typed array of
  // more than 64 bytes made per sentence got a backing store of its own outside V8's heap.
  let tokenCount = 0;
  for (let s = 0; s < sentences.length; s++) tokenCount += sentences[s]!.length;
  const allLabels = new Int32Array(tokenCount);
  let labelsAt = 0;
  return mapped(sentences, (words, s) => {
    // One feature array for every sentence (of every document): each sentence's features are read only while it is tagged.
    if (tagScratch.length < words.length * MAX_STATIC_FEATURES) tagScratch = new Uint32Array(Math.max(words.length, 32) * MAX_STATIC_FEATURES);
    const scratch = tagScratch;
    const views = viewsBySentence[s]!;
    let skip: Uint8Array | undefined;
    if (outsideWords) {
      skip = new Uint8Array(words.length);
      for (let i = 0; i < words.length; i++) if (isListedWord(views[i]!, outsideWords, foldDigits)) skip[i] = 1;
    }
    const sf = extractSentenceFeatures(words, gazetteer, doc, cache, skip, weights.exactSums === true, views, scratch);
    const labels = allLabels.subarray(labelsAt, labelsAt + words.length);
    labelsAt += words.length;
    for (let i = 0; i < words.length; i++) {
      if (skip?.[i]) {
        // Never inside a name in training: an entity still open ends on the word before.
        if (i > 0) labels[i - 1] = closeLabel(labels[i - 1]!);
        labels[i] = 0;
        continue;
      }
      labels[i] = predictToken(sf, i, labels, history, weights, scores, dynamic, true, pairs);
      recordPrediction(history, sf.views[i]!, labels[i]!);
    }
    return labels;
  });
}

/** The tagger's scratch arrays, shared by its calls (it runs to the end of a document before the next): the label scores of a token, the static features of a sentence. */
const tagScores = new Float64Array(N_LABELS);
let tagScratch = new Uint32Array(0);

const DIGIT = /\d/g;

/** The form outside words are listed in: digits folded to 0. */
export function foldDigits(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return word.replace(DIGIT, "0");
  }
  return word;
}

/** B -> U and I -> L of the same type; other labels unchanged. */
function closeLabel(label: number): number {
  if (label === 0) return 0;
  const prefix = (label - 1) % 4;
  return prefix === 0 ? label + 3 : prefix === 1 ? label + 1 : label;
}

/** Labels before a token, the sentence's start (-1) included. */
const PAIR_ROW = (N_LABELS + 1) * N_LABELS;
const labelPairTables = new WeakMap<WeightTable, Float64Array>();

/**
 * The scores the two features of the previous labels alone give (features.ts labelPairFeatures), for every pair of
 * them (-1 before the sentence's start): row ((y2 + 1) * (N_LABELS + 1) + y1 + 1). Made once per weights table. Only for
 * a table that sums whole numbers (WeightTable.exactSums), where adding a precomputed sum gives the scores the two
 * lookups gave: those were two random reads of the weights' bitmap and rows per token, ~15% of the lookups tagging makes.
 */
function labelPairScores(weights: WeightTable): Float64Array {
  let table = labelPairTables.get(weights);
  if (table) return table;
  table = new Float64Array((N_LABELS + 1) * PAIR_ROW);
  const features = new Uint32Array(2);
  const scores = new Float64Array(N_LABELS);
  for (let y2 = -1; y2 < N_LABELS; y2++) {
    for (let y1 = -1; y1 < N_LABELS; y1++) {
      scores.fill(0);
      weights.addScores(features, 0, labelPairFeatures(y2, y1, features), scores);
      table.set(scores, (y2 + 1) * PAIR_ROW + (y1 + 1) * N_LABELS);
    }
  }
  labelPairTables.set(weights, table);
  return table;
}

/** Scores token i and returns the best label (among those allowed after the previous one when `constrained`). */
export function predictToken(
  sf: SentenceFeatures,
  i: number,
  labels: Int32Array,
  history: PredictionHistory,
  weights: WeightTable,
  scores: Float64Array,
  dynamic: Uint32Array,
  constrained: boolean,
  /** labelPairScores(weights), for a table of whole-number weights: the previous labels' two features scored from it. */
  pairs?: Float64Array,
): number {
  scores.fill(0);
  if (sf.wordPartsApart) addWordParts(sf, i, weights, scores);
  weights.addScores(sf.values, sf.offsets[i]!, sf.offsets[i + 1]!, scores);
  const prev = i > 0 ? labels[i - 1]! : -1;
  let leftOut: DynamicLeftOut = ALL_DYNAMIC;
  if (pairs !== undefined) {
    const at = ((i > 1 ? labels[i - 2]! : -1) + 1) * PAIR_ROW + (prev + 1) * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) scores[l]! += pairs[at + l]!;
    leftOut = prev === 0 && sf.wordPartsApart && addAfterOutside(sf, i, weights, scores) ? WITHOUT_LABEL_PAIRS_AND_WORD : WITHOUT_LABEL_PAIRS;
  }
  const nd = extractDynamicFeatures(sf, i, labels, history, dynamic, leftOut);
  weights.addScores(dynamic, 0, nd, scores);
  const last = i === sf.views.length - 1;
  let best = -1;
  let bestScore = -Infinity;
  const row = (prev + 1) * N_LABELS;
  for (let l = 0; l < N_LABELS; l++) {
    if (constrained && !ALLOWED[row + l]) continue;
    // A sentence cannot end inside an entity.
    if (constrained && last && !MAY_END[l]) continue;
    if (scores[l]! > bestScore) {
      bestScore = scores[l]!;
      best = l;
    }
  }
  return best;
}
