import { describe, expect, it } from "vitest";
import { createDocument, type Document, type Layers } from "../../src/core/index.js";
import { findInvariantViolations } from "./find-invariant-violations.js";
import { findLostWords } from "./find-lost-words.js";

/** The checkers the sweep and the robustness tests rely on must themselves catch what they claim to. */
const TEXT = "Gunmen killed five soldiers in Kabul.";
const source = { stage: "test", rule: "hand-made" };
const withLayers = (layers: Layers, extra: Partial<Document> = {}): Document => ({ ...createDocument(TEXT), layers, ...extra });
const entity = (id: string, start: number, end: number, text = TEXT.slice(start, end)) => ({ id, layer: "entity" as const, start, end, data: { type: "GPE" as const, text }, source });
const event = (id: string, actor: string | null, place: string | null = null) => ({
  id,
  layer: "event" as const,
  start: 7,
  end: 13,
  data: {
    type: "ASSAULT", mode: null, modality: "asserted" as const, background: false, actor, target: null, place, date: null, geoPrecision: null,
    fatalities: null, injuries: null, cameo: null, acled: null,
    evidence: { start: 0, end: TEXT.length, text: TEXT },
    trigger: { start: 7, end: 13, text: "killed" },
  },
  source,
});

describe("findInvariantViolations", () => {
  it("passes a document whose annotations are right", () => {
    expect(findInvariantViolations(withLayers({ entity: [entity("e1", 31, 36)], event: [event("v1", "e1")] }))).toEqual([]);
  });

  it("reports an annotation outside the text", () => {
    expect(findInvariantViolations(withLayers({ entity: [entity("e1", 31, 99, "Kabul")] })).map((v) => v.kind)).toContain("offsets");
  });

  it("reports an entity whose text is not the text at its span", () => {
    expect(findInvariantViolations(withLayers({ entity: [entity("e1", 31, 36, "Kabol")] })).map((v) => v.kind)).toEqual(["text-mismatch"]);
  });

  it("reports an event naming an actor, entity or place that does not exist", () => {
    const kinds = findInvariantViolations(withLayers({ event: [event("v1", "a9", "p3")] })).map((v) => `${v.kind} ${v.detail}`);
    expect(kinds).toEqual(["dangling-id event v1 actor a9", "dangling-id event v1 place p3"]);
  });

  it("reports a duplicate id within a layer", () => {
    expect(findInvariantViolations(withLayers({ entity: [entity("e1", 31, 36), entity("e1", 0, 6)] })).map((v) => v.kind)).toEqual(["duplicate-id"]);
  });

  it("reports an empty result that still carries annotations", () => {
    const doc = withLayers({ event: [event("v1", null)] }, { empty: { code: "INPUT_EMPTY", reason: "test" } });
    expect(findInvariantViolations(doc).map((v) => v.kind)).toEqual(["empty-with-layers"]);
  });
});

describe("findLostWords", () => {
  it("finds nothing lost when every word is kept or removed with a reason", () => {
    const raw = "Related: Taliban seize Kunduz\nGunmen killed five soldiers in Kabul.";
    const doc = { text: "Gunmen killed five soldiers in Kabul.", removed: [{ text: "Related: Taliban seize Kunduz", reason: "related-story headline" }] };
    expect(findLostWords(raw, doc)).toMatchObject({ lost: [], added: [] });
  });

  it("reports a word that is neither kept nor removed, and a word the cleaned text gained", () => {
    const account = findLostWords("Gunmen killed five soldiers in Kabul.", { text: "Gunmen killed soldiers in Kandahar.", removed: [] });
    expect([...account.lost].sort()).toEqual(["Kabul", "five"]);
    expect(account.added).toEqual(["Kandahar"]);
  });

  it("counts repeated words: one of two copies missing is lost", () => {
    expect(findLostWords("no no", { text: "no", removed: [] }).lost).toEqual(["no"]);
  });

  it("does not count repaired mojibake or deleted control characters as lost", () => {
    expect(findLostWords("the â€˜bhoomi pujanâ€™ went\u0085on", { text: "the ‘bhoomi pujan’ wenton", removed: [] }).lost).toEqual([]);
  });
});
