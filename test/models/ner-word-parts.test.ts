import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_NER_MODEL_PATH } from "../../src/models/ner/lexicon-paths.js";
import { loadNerModel } from "../../src/models/ner/model-io.js";
import { tagDocument, type WeightTable } from "../../src/models/ner/tagger.js";
import { WordFeatureCache } from "../../src/models/ner/features.js";

/** The golden articles as sentences of white-space tokens (lines as sentences): varied real text. */
function goldenSentences(): string[][][] {
  const dir = join(import.meta.dirname, "../golden");
  return readdirSync(dir)
    .sort()
    .flatMap((slug) => {
      try {
        return [readFileSync(join(dir, slug, "article.txt"), "utf8")];
      } catch {
        return [];
      }
    })
    .map((text) =>
      text
        .split(/\n+/)
        .map((line) => line.replace(/([.,;:!?"()])/g, " $1 ").split(/\s+/).filter(Boolean))
        .filter((s) => s.length > 0),
    );
}

describe("the tagger's per-word summed scores (wordPartsApart)", () => {
  const model = loadNerModel(DEFAULT_NER_MODEL_PATH);
  // The same weights behind a table that does not declare exact sums: every feature is added one by one.
  const oneByOne: WeightTable = { bucketMask: model.weights.bucketMask, addScores: (f, a, b, s) => model.weights.addScores(f, a, b, s) };

  it("the model's table declares exact (integer) sums, so the fast path is the one tagging takes", () => {
    expect(model.weights.exactSums).toBe(true);
  });

  it("labels every token of the golden articles as adding each feature alone does", () => {
    const docs = goldenSentences();
    expect(docs.length).toBeGreaterThan(5);
    const cache = new WordFeatureCache();
    let entities = 0;
    for (const sentences of docs) {
      const fast = tagDocument(sentences, model.weights, model.gazetteer, cache, model.outsideWords);
      const slow = tagDocument(sentences, oneByOne, model.gazetteer, new WordFeatureCache(), model.outsideWords);
      expect(fast).toEqual(slow);
      entities += fast.reduce((n, labels) => n + labels.filter((l) => l !== 0).length, 0);
    }
    // Tagged twice with the words' sums already cached: the same again.
    for (const sentences of docs.slice(0, 3)) {
      expect(tagDocument(sentences, model.weights, model.gazetteer, cache, model.outsideWords)).toEqual(
        tagDocument(sentences, oneByOne, model.gazetteer, new WordFeatureCache(), model.outsideWords),
      );
    }
    expect(entities).toBeGreaterThan(100);
  });
});
