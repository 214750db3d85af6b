import { describe, expect, it } from "vitest";
import { roundOrder, spreadOf } from "../../bench/compare-speed.js";

describe("the alternating speed comparison (bench/compare-speed.ts)", () => {
  it("runs the trees in ABBA order: forward, then backward", () => {
    expect([0, 1, 2, 3].map((r) => roundOrder(2, r))).toEqual([[0, 1], [1, 0], [0, 1], [1, 0]]);
    expect(roundOrder(3, 1)).toEqual([2, 1, 0]);
  });

  it("reports the median ratio with its middle half and range", () => {
    expect(spreadOf([1.3, 1.1, 1.2, 1.0, 1.4])).toEqual({ median: 1.2, min: 1.0, q1: 1.1, q3: 1.3, max: 1.4 });
    const even = spreadOf([2, 1]);
    expect(even.median).toBe(1.5);
    expect(even.q1).toBeCloseTo(1.25);
    expect(even.q3).toBeCloseTo(1.75);
  });
});
