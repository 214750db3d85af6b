/** The bounded word cache shared by the entity tagger, the events stage's token views and the truecaser. */
import { describe, expect, it } from "vitest";
import { TwoGenerationCache } from "../../src/core/two-generation-cache.js";

describe("TwoGenerationCache", () => {
  it("keeps what was set and finds nothing else", () => {
    const c = new TwoGenerationCache<number>(2);
    c.set("a", 1);
    expect(c.get("a")).toBe(1);
    expect(c.get("b")).toBeUndefined();
  });

  it("keeps a word found again in the old generation and drops one never asked for again", () => {
    const c = new TwoGenerationCache<number>(2);
    c.set("a", 1);
    c.set("b", 2);
    c.set("c", 3); // the young generation was full: a and b are now old
    expect(c.get("a")).toBe(1); // moved up beside c
    c.set("d", 4); // full again: c and a become old, b is dropped
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
  });

  it("never holds more than two generations", () => {
    const c = new TwoGenerationCache<number>(10);
    for (let i = 0; i < 1000; i++) c.set(`w${i}`, i);
    let kept = 0;
    for (let i = 0; i < 1000; i++) if (c.get(`w${i}`) !== undefined) kept++;
    expect(kept).toBeLessThanOrEqual(20);
  });
});
