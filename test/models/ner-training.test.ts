import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LABELS } from "../../src/models/ner/labels.js";
import { loadNerModel, saveNerModel } from "../../src/models/ner/model-io.js";
import { findOutsideWords, MIN_OUTSIDE_WORD_COUNT, trainNer } from "../../src/models/ner/train.js";
import { createSeededRandom } from "../../src/models/ner/seeded-random.js";

/** A tiny made-up corpus of 40 stories: people follow "Mr", places follow "in", organisations end in "Corp". */
function writeCorpus(dir: string): string {
  const people = ["Smith", "Brown", "Okafor", "Haddad", "Novak", "Tanaka", "Silva", "Larsen"];
  const places = ["Arlen", "Bexford", "Corvale", "Dunmore", "Eastwick", "Farrow", "Glenby", "Holt"];
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const p = people[i % people.length]!;
    const l = places[(i * 3) % places.length]!;
    const o = places[(i * 5 + 1) % places.length]!;
    // Each made-up story: a headline, a dateline, two sentences.
    lines.push(`News###O of###O the###O day###O`, `${l.toUpperCase()}###B-LOC 1996-08-${String(10 + (i % 20))}###O`);
    lines.push(`Mr###O ${p}###B-PER arrived###O in###O ${l}###B-LOC on###O Monday###O .###O`);
    lines.push(`${o}###B-ORG Corp###I-ORG hired###O Mr###O ${p}###B-PER .###O`);
  }
  const path = join(dir, "train.txt");
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

const dir = mkdtempSync(join(tmpdir(), "sitrep-ner-"));
const trainPath = writeCorpus(dir);
const train = (seed: number) => trainNer({ trainPath, seed, epochs: 6, bucketBits: 16 });

function checksum(w: Float32Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s = (s * 31 + Math.round(w[i]! * 1000)) % 1_000_000_007;
  return s;
}

describe("training the entity tagger", () => {
  const first = train(7);

  it("is reproducible from the seed", () => {
    expect(checksum(train(7).averagedWeights)).toBe(checksum(first.averagedWeights));
  });

  it("learns the corpus's patterns and generalises to unseen names", () => {
    const path = join(dir, "model.bin.gz");
    saveNerModel(path, first.averagedWeights, { bucketBits: 16, labels: LABELS, trainedOn: "toy", seed: 7, epochs: 6 }, first.gazetteerEntries, first.outsideWords);
    const model = loadNerModel(path);
    const [spans] = model.tagDocument([["Mr", "Quill", "arrived", "in", "Ivybridge", "on", "Monday", "."]]);
    expect(spans).toContainEqual({ start: 1, end: 2, type: "PER" });
    expect(spans).toContainEqual({ start: 4, end: 5, type: "LOC" });
  });

  it("refuses a missing or foreign model file with a clear error", () => {
    expect(() => loadNerModel(join(dir, "nope.bin.gz"))).toThrow(/model/);
    writeFileSync(join(dir, "bad.bin.gz"), "not a model");
    expect(() => loadNerModel(join(dir, "bad.bin.gz"))).toThrow(/model/);
  });
});

describe("the seeded generator", () => {
  it("gives the same sequence for the same seed", () => {
    const a = createSeededRandom(3);
    const b = createSeededRandom(3);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(createSeededRandom(4)()).not.toBe(createSeededRandom(3)());
  });
});

describe("always-outside words", () => {
  const sentence = (tokens: string[], tags: string[]) => ({ tokens, tags, lines: [] });
  const many = Array.from({ length: MIN_OUTSIDE_WORD_COUNT }, () => sentence(["the", "bank", "of", "England", "said"], ["O", "O", "B-ORG", "I-ORG", "O"]));

  it("are frequent lower-case words never seen inside a name", () => {
    const words = findOutsideWords([{ sentences: many }]);
    expect(words).toContain("the");
    expect(words).toContain("said");
    expect(words).not.toContain("of");
    expect(words).not.toContain("England");
  });

  it("are listed with digits folded, so dates and scores are skipped too", () => {
    const dated = Array.from({ length: MIN_OUTSIDE_WORD_COUNT }, (_, i) => sentence(["LONDON", `1996-08-${10 + i}`], ["B-LOC", "O"]));
    expect(findOutsideWords([{ sentences: dated }])).toEqual(["0000-00-00"]);
  });

  it("need to be seen often enough", () => {
    expect(findOutsideWords([{ sentences: many.slice(0, 1) }])).toEqual([]);
  });
});
