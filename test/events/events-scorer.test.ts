/** The CASE 2021 scorer: scikit-learn's weighted and macro figures, on a tiny hand-made TSV. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCaseTsv, scoreEvents, scoreLabels } from "../../src/eval/events-scorer.js";
import { labelEvent, loadCaseMapping } from "../../src/stages/events/case-label.js";
import { SitrepError, type EventData } from "../../src/core/index.js";

describe("scoreLabels", () => {
  // Worked by hand (and equal to sklearn.metrics.f1_score(average="weighted"/"macro")):
  // A: tp 2, support 3, predicted 2 -> P 1, R 2/3, F1 0.8; B: tp 1, support 1, predicted 2 -> P .5, R 1, F1 2/3.
  const gold = ["A", "A", "A", "B"];
  const pred = ["A", "A", "B", "B"];
  const r = scoreLabels(gold, pred);
  it("weights per-label F1 by gold support", () => {
    expect(r.weightedF1).toBeCloseTo((0.8 * 3 + (2 / 3) * 1) / 4, 10);
  });
  it("averages per-label F1 without weights for macro F1", () => {
    expect(r.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2, 10);
  });
  it("gives accuracy and the weighted precision and recall", () => {
    expect(r.accuracy).toBe(0.75);
    expect(r.weightedPrecision).toBeCloseTo((1 * 3 + 0.5 * 1) / 4, 10);
    expect(r.weightedRecall).toBeCloseTo(0.75, 10);
  });
  it("counts a label only predicted (never gold) in macro F1 with weight 0 in weighted F1", () => {
    const r2 = scoreLabels(["A", "A"], ["A", "C"]);
    expect(r2.macroF1).toBeCloseTo((2 / 3 + 0) / 2, 10);
    expect(r2.weightedF1).toBeCloseTo(2 / 3, 10);
  });
});

describe("the CASE mapping", () => {
  const mapping = loadCaseMapping();
  const event = (over: Partial<EventData>): EventData => ({
    type: "ASSAULT", mode: null, modality: "asserted", background: false, actor: null, target: null, place: null, date: null, geoPrecision: null,
    fatalities: null, injuries: null, evidence: { start: 0, end: 0, text: "" }, trigger: { start: 0, end: 0, text: "" }, cameo: null, acled: null, ...over,
  });
  it("maps ACLED sub-types to CASE codes", () => {
    expect(labelEvent(event({ acled: { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" } }), mapping)).toBe("AIR_STRIKE");
  });
  it("maps diplomacy and sitrep's own types to the non-ACLED labels", () => {
    expect(labelEvent(event({ type: "SANCTION", mode: "expel" }), mapping)).toBe("DIPLO");
    expect(labelEvent(event({ type: "NATURAL_DISASTER" }), mapping)).toBe("NATURAL_DISASTER");
    expect(labelEvent(event({ type: "ORG_CRIME", mode: "drugs" }), mapping)).toBe("ORG_CRIME");
  });
  it("labels an attack led by a claim of responsibility as ATTRIB", () => {
    expect(labelEvent(event({ contexts: ["claimed-responsibility", "attribution-leads"], acled: { eventType: "x", subEventType: "Suicide bomb" } }), mapping)).toBe("ATTRIB");
  });
});

describe("scoreEvents on a tiny TSV", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-case-"));
  const tsv = join(dir, "tiny.tsv");
  writeFileSync(
    tsv,
    [
      "id\tEventSnippet\tSubType",
      "1\tSaudi warplanes bombed the city of Harad, killing 6 civilians.\tAIR_STRIKE",
      "3\tPolice arrested 20 opposition activists in the capital on Thursday.\tARREST",
      "5\tTorrential rains and floods hit parts of Japan.\tNATURAL_DISASTER",
      "7\tThe weather was calm.\tPEACE_PROTEST",
    ].join("\n"),
  );
  it("scores each snippet's main event and ends with the JSON figures", async () => {
    const preds = join(dir, "pred.tsv");
    const r = await scoreEvents({ path: tsv, predictions: preds });
    expect(r).toMatchObject({ task: "events", n: 4, accuracy: 0.75 });
    expect(r.f1).toBe(r.weightedF1);
    expect(readFileSync(preds, "utf8").split("\n")[1]).toMatch(/^1\tAIR_STRIKE\tAIR_STRIKE/);
    expect(r.table).toMatch(/weighted avg/);
  });
  it("rejects a file without the CASE header", () => {
    expect(() => readCaseTsv("a\tb\n1\t2")).toThrow(SitrepError);
  });
});
