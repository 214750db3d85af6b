import { describe, expect, it } from "vitest";
import { drawSample, formatSampledErrors, sentenceAround, withSampledErrors, type ScoredError } from "../../src/eval/sampled-errors.js";
import { entityErrors } from "../../src/eval/ner-scorer.js";
import { attributionErrors, scoreAttributions } from "../../src/eval/quotes-scorer.js";
import { incidentErrors } from "../../src/eval/muc4/incident-errors.js";
import type { EvalResult } from "../../src/eval/report.js";

const items = Array.from({ length: 50 }, (_, i) => i);

describe("drawing a sample of errors", () => {
  it("is the same for the same seed and differs for another", () => {
    expect(drawSample(items, 10, 6)).toEqual(drawSample(items, 10, 6));
    expect(drawSample(items, 10, 6)).not.toEqual(drawSample(items, 10, 7));
  });

  it("draws without replacement and never more than there are", () => {
    const s = drawSample(items, 20, 3);
    expect(new Set(s).size).toBe(20);
    expect(s.every((x) => items.includes(x))).toBe(true);
    expect(drawSample([1, 2, 3], 20, 3).sort()).toEqual([1, 2, 3]);
    expect(drawSample(items, 0, 3)).toEqual([]);
  });

  it("reaches every item over many seeds (uniform, not the first n)", () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) for (const x of drawSample(items, 2, seed)) seen.add(x);
    expect(seen.size).toBe(items.length);
  });
});

describe("the evidence sentence", () => {
  const text = "Fighting broke out at dawn. Rebels attacked a convoy near Goma, killing 12. Talks resume Monday.";
  it("is the sentence around the span", () => {
    const at = text.indexOf("convoy");
    expect(sentenceAround(text, { start: at, end: at + 6 })).toBe("Rebels attacked a convoy near Goma, killing 12.");
    expect(sentenceAround(text, { start: 0, end: 3 })).toBe("Fighting broke out at dawn.");
    expect(sentenceAround(text, { start: text.length - 3, end: text.length })).toBe("Talks resume Monday.");
  });

  it("is cut around the span when the sentence is long", () => {
    const long = `${"word ".repeat(200)}target ${"more ".repeat(200)}.`;
    const at = long.indexOf("target");
    const s = sentenceAround(long, { start: at, end: at + 6 });
    expect(s.length).toBeLessThanOrEqual(242);
    expect(s).toContain("target");
  });
});

describe("a result with sampled errors", () => {
  const base: EvalResult = { task: "t", data: "d", n: 1, precision: 1, recall: 1, f1: 1, table: "TABLE" };
  const errors: ScoredError[] = items.map((i) => ({ doc: `d${i}`, field: "x missed", gold: `g${i}`, predicted: "", evidence: `sentence ${i}.` }));

  it("is unchanged when no sample was asked for", () => {
    expect(withSampledErrors(base, null, { path: "p" })).toBe(base);
    expect(withSampledErrors(base, errors, { path: "p" })).toBe(base);
  });

  it("appends the sample to the table and keeps it in the result", () => {
    const r = withSampledErrors(base, errors, { path: "p", errors: 5, seed: 2 });
    expect(r.table.startsWith("TABLE\n\nsampled errors: 5 of 50, drawn uniformly (seed 2)")).toBe(true);
    const kept = r.sampledErrors as { total: number; seed: number; sample: ScoredError[] };
    expect(kept.total).toBe(50);
    expect(kept.sample).toEqual(drawSample(errors, 5, 2));
    expect(r.table).toContain(`   gold:      ${kept.sample[0]!.gold}`);
    expect(r.table).toContain("   predicted: -");
  });

  it("formats every error with its document, gold, prediction and evidence", () => {
    const s = formatSampledErrors([{ doc: "a1", field: "deaths count wrong", gold: "15", predicted: "1", evidence: "15 militants including a commander were killed." }], 9, 6);
    expect(s.split("\n")).toEqual([
      "sampled errors: 1 of 9, drawn uniformly (seed 6)",
      "1. [a1] deaths count wrong",
      "   gold:      15",
      "   predicted: 1",
      "   evidence:  15 militants including a commander were killed.",
    ]);
  });
});

describe("scorers' errors in the shared shape", () => {
  it("NER: a retyped span is one error; misses and spurious spans apart", () => {
    const tokens = ["Rebels", "in", "North", "Kivu", "met", "Reuters", "reporters"];
    const gold = [{ start: 2, end: 4, type: "LOC" }, { start: 5, end: 6, type: "ORG" }];
    const predicted = [{ start: 2, end: 4, type: "ORG" }, { start: 0, end: 1, type: "MISC" }];
    const errs = entityErrors("doc 1", tokens, gold, predicted);
    expect(errs.map((e) => e.field).sort()).toEqual(["LOC typed ORG", "MISC spurious", "ORG missed"]);
    expect(errs.find((e) => e.field === "LOC typed ORG")).toMatchObject({ gold: "North Kivu (LOC)", predicted: "North Kivu (ORG)", evidence: tokens.join(" ") });
  });

  it("quotes: a wrong source and a spurious attribution", () => {
    const text = "Smith said the army withdrew. Jones said prices rose.";
    const sp = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const gold = [{ source: [sp("Smith")], cue: [sp("said")], content: [sp("the army withdrew")], cueText: "said" }];
    const predicted = [
      { source: sp("Jones"), content: [sp("the army withdrew")], cueText: "said" },
      { source: sp("Jones"), content: [sp("prices rose")], cueText: "said" },
    ];
    const errs = attributionErrors("a", text, gold, predicted, scoreAttributions(text, gold, predicted));
    expect(errs.map((e) => e.field)).toEqual(["attribution: wrong source", "attribution spurious"]);
    expect(errs[0]!.evidence).toBe("Smith said the army withdrew.");
    expect(errs[1]!.evidence).toBe("Jones said prices rose.");
  });

  it("MUC-4: a death count that differs is an error even when the slot matches", () => {
    const errs = incidentErrors("TST3-1", null, [
      { slot: "deaths", kind: "tp", gold: { slot: "deaths", alternatives: ["DEATH"], optional: false, count: 15 }, predicted: { slot: "deaths", values: ["DEATH"], count: 1, events: [], triggers: ["killed"] } },
      { slot: "location", kind: "tp", gold: { slot: "location", alternatives: ["LIMA"], optional: false }, predicted: { slot: "location", values: ["Lima"], events: [], triggers: [] } },
      { slot: "perpOrg", kind: "fn", gold: { slot: "perpOrg", alternatives: ["SHINING PATH"], optional: false } },
    ]);
    expect(errs.map((e) => e.field)).toEqual(["deaths count wrong", "perpOrg missed"]);
    expect(errs[0]).toMatchObject({ gold: "DEATH (count 15)", predicted: "DEATH (count 1) [killed]" });
  });
});
