import { describe, expect, it } from "vitest";
import {
  bilouFromSpans,
  iobFromSpans,
  isAllowedTransition,
  labelIndex,
  LABELS,
  spansFromBilou,
  spansFromIob,
} from "../../src/models/ner/labels.js";

const idx = (labels: string[]) => Int32Array.from(labels.map(labelIndex));

describe("IOB2 tags", () => {
  it("read as typed token spans", () => {
    expect(spansFromIob(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 4, type: "LOC" },
      { start: 4, end: 6, type: "LOC" },
    ]);
  });

  it("start a new span when an I- tag changes type, as conlleval does", () => {
    expect(spansFromIob(["B-ORG", "I-MISC"])).toEqual([
      { start: 0, end: 1, type: "ORG" },
      { start: 1, end: 2, type: "MISC" },
    ]);
  });

  it("give no spans for an all-O sentence", () => {
    expect(spansFromIob(["O", "O"])).toEqual([]);
  });

  it("are written back from spans", () => {
    expect(iobFromSpans([{ start: 1, end: 3, type: "ORG" }], 4)).toEqual(["O", "B-ORG", "I-ORG", "O"]);
  });
});

describe("BILOU labels", () => {
  it("has O and four prefixes for each of the four CoNLL types", () => {
    expect(LABELS).toHaveLength(17);
    expect(LABELS[0]).toBe("O");
  });

  it("encode single tokens as U and longer names as B I L", () => {
    const spans = [
      { start: 0, end: 1, type: "LOC" },
      { start: 2, end: 5, type: "PER" },
    ];
    expect([...bilouFromSpans(spans, 6)].map((i) => LABELS[i])).toEqual(["U-LOC", "O", "B-PER", "I-PER", "L-PER", "O"]);
  });

  it("decode back to the same spans", () => {
    const spans = [
      { start: 0, end: 2, type: "ORG" },
      { start: 3, end: 4, type: "MISC" },
    ];
    expect(spansFromBilou(bilouFromSpans(spans, 5))).toEqual(spans);
  });

  it("decode an unfinished run (no L) as a span ending where the run stops", () => {
    expect(spansFromBilou(idx(["B-PER", "I-PER", "O", "B-ORG"]))).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 4, type: "ORG" },
    ]);
  });

  it("allow only well-formed transitions", () => {
    expect(isAllowedTransition(-1, labelIndex("B-PER"))).toBe(true);
    expect(isAllowedTransition(-1, labelIndex("I-PER"))).toBe(false);
    expect(isAllowedTransition(labelIndex("B-PER"), labelIndex("L-PER"))).toBe(true);
    expect(isAllowedTransition(labelIndex("B-PER"), labelIndex("L-ORG"))).toBe(false);
    expect(isAllowedTransition(labelIndex("B-PER"), labelIndex("O"))).toBe(false);
    expect(isAllowedTransition(labelIndex("U-LOC"), labelIndex("B-LOC"))).toBe(true);
  });
});
