import { describe, expect, it } from "vitest";
import { assemblePipeline, createDocument, defineStage, layer, SitrepError } from "../../src/core/index.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";

const segmenter = loadWinkSegmenter();

describe("pipeline assembly", () => {
  it("rejects a stage whose required layer no earlier stage provides", () => {
    const needsEntities = defineStage({ name: "x", requires: ["entity"], provides: ["event"], run: () => ({}) });
    expect(() => assemblePipeline([segmentStage, needsEntities], { resources: {} })).toThrow(SitrepError);
  });

  it("rejects a text-rewriting stage after layers exist", () => {
    const rewrite = defineStage({ name: "late-clean", requires: [], provides: [], rewritesText: true, run: () => ({ text: "x" }) });
    expect(() => assemblePipeline([segmentStage, rewrite], { resources: {} })).toThrow(/rewrites the text/);
  });

  it("never mutates the input document", () => {
    const doc = createDocument("The Taliban met US officials in Doha on Friday.");
    const out = assemblePipeline([segmentStage], { resources: { segmenter } }).run(doc);
    expect(doc.layers.token).toBeUndefined();
    expect(layer(out, "token").length).toBeGreaterThan(5);
  });
});

describe("segment stage", () => {
  const run = (text: string) => assemblePipeline([segmentStage], { resources: { segmenter } }).run(createDocument(text));

  it("maps tokens to exact UTF-16 offsets, through curly quotes and emoji", () => {
    const text = "“Good for everyone,” he said 👍 in Doha.\nMuttaqi’s remarks came later.";
    const doc = run(text);
    for (const t of layer(doc, "token")) expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end));
    const doha = layer(doc, "token").find((t) => text.slice(t.start, t.end) === "Doha");
    expect(doha).toBeDefined();
  });

  it("ends a sentence at every line break", () => {
    const doc = run("Explained: How division among Taliban groups impacts Afghanistan\nMuttaqi's remarks came on the first day.");
    expect(layer(doc, "sentence")).toHaveLength(2);
  });

  it("keeps hyphenated names as one token", () => {
    const text = "The IS-K claimed face-to-face talks.";
    const words = layer(run(text), "token").map((t) => text.slice(t.start, t.end));
    expect(words).toContain("IS-K");
    expect(words).toContain("face-to-face");
    expect(words).not.toContain("-");
  });

  it("gives no sentences for blank text", () => {
    expect(layer(run("  \n\n  "), "sentence")).toHaveLength(0);
  });
});

describe("segment stage, possessives", () => {
  const run = (text: string) => assemblePipeline([segmentStage], { resources: { segmenter } }).run(createDocument(text));
  const words = (text: string) => layer(run(text), "token").map((t) => text.slice(t.start, t.end));

  it("splits a possessive from its word, straight or curly, whatever the segmenter has read before", () => {
    // Reading text teaches wink new words; the split must not depend on it.
    segmenter.readColumns("Trump's aides and Trump's allies met. Trump's plan. Trump's team.");
    expect(words("Trump's aides met Clinton’s team.")).toEqual(["Trump", "'s", "aides", "met", "Clinton", "’s", "team", "."]);
  });

  it("keeps contractions of 'is' as the segmenter splits them", () => {
    expect(words("It's late, and that’s final.")).toEqual(["It", "'s", "late", ",", "and", "that", "’s", "final", "."]);
  });
});
