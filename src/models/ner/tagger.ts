import type { Gazetteer } from "./gazetteer.js";
import {
  buildDocumentContext,
  extractDynamicFeatures,
  extractSentenceFeatures,
  MAX_DYNAMIC_FEATURES,
  recordPrediction,
  type PredictionHistory,
  type SentenceFeatures,
} from "./features.js";
import { isAllowedTransition, LABEL_COUNT } from "./labels.js";

/** Adds the weights of hashed features to per-label scores. */
export interface WeightTable {
  readonly bucketMask: number;
  addScores(features: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

/** Sparse, quantised weights for tagging: an offset table per bucket into one weight array. */
export class CompactWeights implements WeightTable {
  constructor(
    readonly bucketMask: number,
    private readonly offsets: Int32Array,
    private readonly weights: Int16Array | Float32Array,
  ) {}

  addScores(features: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const { offsets, weights, bucketMask } = this;
    for (let j = from; j < to; j++) {
      const o = offsets[features[j]! & bucketMask]!;
      if (o < 0) continue;
      for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += weights[o + l]!;
    }
  }
}

/**
 * Greedy left-to-right tagging of one document, sentence by sentence, as in Ratinov & Roth
 * (2009): each token's label is chosen from the static features plus the two previous labels
 * and the labels given to the same word earlier in the document.
 */
export function tagDocument(sentences: readonly (readonly string[])[], weights: WeightTable, gazetteer: Gazetteer | null): Int32Array[] {
  const doc = buildDocumentContext(sentences);
  const history: PredictionHistory = new Map();
  const scores = new Float64Array(LABEL_COUNT);
  const dynamic = new Uint32Array(MAX_DYNAMIC_FEATURES);
  return sentences.map((words) => {
    const sf = extractSentenceFeatures(words, gazetteer, doc);
    const labels = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      labels[i] = predictToken(sf, i, labels, history, weights, scores, dynamic, true);
      recordPrediction(history, sf.views[i]!, labels[i]!);
    }
    return labels;
  });
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
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (constrained && !isAllowedTransition(prev, l)) continue;
    // A sentence cannot end inside an entity.
    if (constrained && last && !isAllowedTransition(l, 0)) continue;
    if (scores[l]! > bestScore) {
      bestScore = scores[l]!;
      best = l;
    }
  }
  return best;
}
