import type { Gazetteer } from "./gazetteer.js";
import {
  buildDocumentContext,
  extractDynamicFeatures,
  extractSentenceFeatures,
  MAX_DYNAMIC_FEATURES,
  recordPrediction,
  type PredictionHistory,
  type SentenceFeatures,
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
  addScores(features: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

/**
 * Sparse, quantised weights for tagging: an offset table per bucket into one weight array, and
 * a presence bitmap small enough for the CPU cache, so the many features that have no weights
 * cost one cached bit test instead of a miss in the large offset table.
 */
export class CompactWeights implements WeightTable {
  private readonly present: Uint8Array;

  constructor(
    readonly bucketMask: number,
    private readonly offsets: Int32Array,
    private readonly weights: Int8Array | Int16Array | Float32Array,
  ) {
    this.present = new Uint8Array((offsets.length + 7) >> 3);
    for (let b = 0; b < offsets.length; b++) if (offsets[b]! >= 0) this.present[b >> 3]! |= 1 << (b & 7);
  }

  addScores(features: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const { offsets, weights, bucketMask, present } = this;
    for (let j = from; j < to; j++) {
      const b = features[j]! & bucketMask;
      if (!(present[b >> 3]! & (1 << (b & 7)))) continue;
      const o = offsets[b]!;
      for (let l = 0; l < N_LABELS; l++) scores[l]! += weights[o + l]!;
    }
  }
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
  const doc = buildDocumentContext(sentences);
  const history: PredictionHistory = new Map();
  const scores = new Float64Array(N_LABELS);
  const dynamic = new Uint32Array(MAX_DYNAMIC_FEATURES);
  return sentences.map((words) => {
    const skip = outsideWords ? Uint8Array.from(words, (w) => (outsideWords.has(foldDigits(w)) ? 1 : 0)) : undefined;
    const sf = extractSentenceFeatures(words, gazetteer, doc, cache, skip);
    const labels = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      if (skip?.[i]) {
        // Never inside a name in training: an entity still open ends on the word before.
        if (i > 0) labels[i - 1] = closeLabel(labels[i - 1]!);
        labels[i] = 0;
        continue;
      }
      labels[i] = predictToken(sf, i, labels, history, weights, scores, dynamic, true);
      recordPrediction(history, sf.views[i]!, labels[i]!);
    }
    return labels;
  });
}

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
): number {
  scores.fill(0);
  weights.addScores(sf.values, sf.offsets[i]!, sf.offsets[i + 1]!, scores);
  const nd = extractDynamicFeatures(sf, i, labels, history, dynamic);
  weights.addScores(dynamic, 0, nd, scores);
  const prev = i > 0 ? labels[i - 1]! : -1;
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
