import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createOverlapIndex } from "../../src/core/overlap-index.js";

describe("createOverlapIndex", () => {
  it("finds exactly the spans a scan finds, in start order", () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 60 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 80 }), fc.integer({ min: -5, max: 270 }), fc.integer({ min: 0, max: 40 }), (spans, from, length) => {
        const to = from + length;
        const scan = spans.map((s, i) => ({ s, i })).filter(({ s }) => s.start < to && s.end > from).sort((a, b) => a.s.start - b.s.start || a.i - b.i).map(({ i }) => i);
        expect(createOverlapIndex(spans).overlapping(from, to)).toEqual(scan);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
