import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreNer } from "../../src/eval/ner-scorer.js";
import { Gazetteer } from "../../src/models/ner/gazetteer.js";
import type { NerModel } from "../../src/models/ner/ner-model.js";
import type { TypedSpan } from "../../src/models/ner/labels.js";
import type { EntitiesResources } from "../../src/stages/entities/resources.js";

/** A stand-in tagger with fixed answers, so the scorer's arithmetic can be checked by hand. */
function fakeResources(answers: Record<string, string>): EntitiesResources {
  const model = {
    gazetteer: new Gazetteer([{ category: "city", name: "Bonn" }]),
    tagDocument: (sentences: readonly (readonly string[])[]): TypedSpan[][] =>
      sentences.map((words) => words.flatMap((w, i) => (answers[w] ? [{ start: i, end: i + 1, type: answers[w]! }] : []))),
  } as unknown as NerModel;
  const lexicons = { norp: new Map(), known: new Map(), titles: new Set<string>(), connectors: new Set<string>(), orgHeads: new Set<string>(), placeHeads: new Set<string>(), maxTokens: 1, knownFirst: new Map(), norpFirst: new Map() };
  return { model, lexicons };
}

// Gold: EU (ORG), German (MISC), Peter Blackburn (PER), Bonn (LOC) = 4 entities.
const snippet = [
  "-DOCSTART- -X- -X- O",
  "",
  "EU NNP B-NP B-ORG",
  "rejects VBZ B-VP O",
  "German JJ B-NP B-MISC",
  "call NN I-NP O",
  "",
  "Peter NNP B-NP B-PER",
  "Blackburn NNP I-NP I-PER",
  "",
  "-DOCSTART- -X- -X- O",
  "",
  "Bonn NNP B-NP B-LOC",
  "",
].join("\n");

describe("NER scorer", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-ner-score-"));
  const path = join(dir, "snippet.txt");
  writeFileSync(path, snippet);
  // Predicted: EU ORG (right), German PER (wrong type), Blackburn PER (wrong span), Bonn LOC (right).
  const res = fakeResources({ EU: "ORG", German: "PER", Blackburn: "PER", Bonn: "LOC" });

  it("counts exact-match entities: P 2/4, R 2/4", async () => {
    const r = await scoreNer({ path }, res);
    expect(r.n).toBe(4);
    expect(r.precision).toBe(50);
    expect(r.recall).toBe(50);
    expect(r.f1).toBe(50);
    expect(r.perType).toMatchObject({ ORG: { precision: 100, recall: 100 }, PER: { precision: 0, recall: 0 }, LOC: { f1: 100 }, MISC: { recall: 0 } });
    expect(r.table).toMatch(/overall/);
  });

  it("writes every input line with the predicted tag appended", async () => {
    const out = join(dir, "pred.txt");
    await scoreNer({ path, predictions: out }, res);
    const lines = readFileSync(out, "utf8").split("\n");
    expect(lines[0]).toBe("-DOCSTART- -X- -X- O O");
    expect(lines[1]).toBe("");
    expect(lines[2]).toBe("EU NNP B-NP B-ORG B-ORG");
    expect(lines[4]).toBe("German JJ B-NP B-MISC B-PER");
    expect(lines[8]).toBe("Blackburn NNP I-NP I-PER B-PER");
    expect(lines.length).toBe(snippet.split("\n").length);
  });

  it("maps sitrep's types back to CoNLL's: GPE is LOC", async () => {
    // The fake gazetteer lists Bonn, so the stage types it GPE; the scorer must still count it as LOC.
    const r = await scoreNer({ path }, res);
    expect((r.perType as Record<string, { f1: number }>).LOC!.f1).toBe(100);
  });

  it("refuses a missing file with a stable code", async () => {
    await expect(scoreNer({ path: join(dir, "missing.txt") }, res)).rejects.toMatchObject({ code: "EVAL_DATA_MISSING" });
  });
});
