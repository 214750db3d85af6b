import { describe, expect, it } from "vitest";
import { hasPluralEnding, isIrregularPlural } from "../../src/stages/events/plural-nouns.js";

describe("plural nouns", () => {
  it("reads a regular plural's ending", () => {
    for (const w of ["militants", "bombings", "iraqis", "groups"]) expect(hasPluralEnding(w), w).toBe(true);
  });

  it("does not read singulars in -ss, -us, -sis or a clitic as plurals", () => {
    for (const w of ["mass", "bus", "status", "crisis", "analysis", "'s", "’s", "attack"]) expect(hasPluralEnding(w), w).toBe(false);
  });

  it("knows plurals without -s", () => {
    expect(isIrregularPlural("people")).toBe(true);
    expect(isIrregularPlural("person")).toBe(false);
  });
});
