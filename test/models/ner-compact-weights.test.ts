import { describe, expect, it } from "vitest";
import { LABEL_COUNT } from "../../src/models/ner/labels.js";
import { createSeededRandom } from "../../src/models/ner/seeded-random.js";
import { CompactWeights } from "../../src/models/ner/tagger.js";

/**
 * CompactWeights.addScores sums packed int8 weights four labels at a time in 16-bit lanes: the scores
 * must be exactly the plain sums of the weights of the features that have some, whatever the weights,
 * including the extremes -128 and 127.
 */
describe("CompactWeights.addScores", () => {
  it("adds exactly the int8 weights of the kept buckets a feature list hits", () => {
    const random = createSeededRandom(7);
    const bucketBits = 12;
    const kept: number[] = [];
    for (let b = 0; b < 1 << bucketBits; b++) if (random() < 0.3) kept.push(b);
    const weights = new Int8Array(kept.length * LABEL_COUNT);
    for (let k = 0; k < weights.length; k++) {
      const r = random();
      weights[k] = r < 0.05 ? -128 : r < 0.1 ? 127 : Math.floor(random() * 256) - 128;
    }
    const table = CompactWeights.fromKeptBuckets(bucketBits, kept, weights);
    const row = new Map(kept.map((b, k) => [b, k]));
    for (let trial = 0; trial < 200; trial++) {
      const count = trial === 0 ? 0 : trial === 1 ? 257 : 1 + Math.floor(random() * 60);
      // Hashes above the mask too: addScores masks them as the tagger's features are masked.
      const features = Uint32Array.from({ length: count + 3 }, () => Math.floor(random() * 2 ** 32));
      const from = 1;
      const to = count + 1;
      const start = Array.from({ length: LABEL_COUNT }, () => Math.floor(random() * 100) - 50);
      const scores = Float64Array.from(start);
      table.addScores(features, from, to, scores);
      const expected = [...start];
      for (let j = from; j < to; j++) {
        const k = row.get(features[j]! & table.bucketMask);
        if (k === undefined) continue;
        for (let l = 0; l < LABEL_COUNT; l++) expected[l]! += weights[k * LABEL_COUNT + l]!;
      }
      expect([...scores]).toEqual(expected);
    }
  });
});
