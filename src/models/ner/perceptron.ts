import { LABEL_COUNT } from "./labels.js";
import type { WeightTable } from "./tagger.js";

const N_LABELS = LABEL_COUNT;

/**
 * Dense hashed weights of an averaged perceptron while it trains. Averaging uses the lazy
 * trick (Daumé 2006): keep `sum of step * update` beside the weights; the average is
 * w - u / steps, so an update costs the same as in the plain perceptron.
 */
export class AveragedPerceptron implements WeightTable {
  readonly bucketMask: number;
  readonly weights: Float32Array;
  private readonly stepWeighted: Float64Array;
  private step = 1;

  constructor(readonly bucketBits: number) {
    this.bucketMask = (1 << bucketBits) - 1;
    this.weights = new Float32Array((1 << bucketBits) * LABEL_COUNT);
    this.stepWeighted = new Float64Array((1 << bucketBits) * LABEL_COUNT);
  }

  addScores(features: Uint32Array, from: number, to: number, scores: Float64Array): void {
    addHashedScores(this.weights, this.bucketMask, features, from, to, scores);
  }

  /** Adds `delta` to the weight of `label` for every feature in features[from..to). */
  update(features: Uint32Array, from: number, to: number, label: number, delta: number): void {
    const mask = this.bucketMask;
    const c = this.step * delta;
    for (let j = from; j < to; j++) {
      const o = (features[j]! & mask) * N_LABELS + label;
      this.weights[o]! += delta;
      this.stepWeighted[o]! += c;
    }
  }

  /** Counts one training token (the averaging clock). */
  tick(): void {
    this.step++;
  }

  /** The averaged weights (a new array). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    const s = this.step;
    for (let i = 0; i < out.length; i++) out[i] = this.weights[i]! - this.stepWeighted[i]! / s;
    return out;
  }
}

/** The same averaged weights, read as a table for scoring a development set between epochs. */
export class DenseWeights implements WeightTable {
  readonly bucketMask: number;
  constructor(bucketBits: number, readonly weights: Float32Array) {
    this.bucketMask = (1 << bucketBits) - 1;
  }

  addScores(features: Uint32Array, from: number, to: number, scores: Float64Array): void {
    addHashedScores(this.weights, this.bucketMask, features, from, to, scores);
  }
}

/** Adds each hashed feature's label weights to `scores`: the one scoring loop of training and tagging. */
function addHashedScores(w: Float32Array, mask: number, features: Uint32Array, from: number, to: number, scores: Float64Array): void {
  for (let j = from; j < to; j++) {
    const o = (features[j]! & mask) * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) scores[l]! += w[o + l]!;
  }
}
