/** The dash that closes a wire story's dateline, and the dashes that do not (sentences written for this test). */
import { describe, expect, it } from "vitest";
import { datelineDashIndex } from "../../src/core/dateline.js";

const dash = (words: string[], pos: string[]) => datelineDashIndex(words.length, (i) => words[i]!, (i) => pos[i]!);

describe("datelineDashIndex", () => {
  it("finds the dash after a dateline's bracketed agency", () => {
    expect(dash(["BEIRUT", "(", "AP", ")", "-", "A", "bomb", "exploded"], ["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "DET", "NOUN", "VERB"])).toBe(4);
  });

  it("skips a dash inside a bracket: ACLED's period of a state's forces is no dateline", () => {
    const words = ["On", "3", "April", "2026", ",", "Military", "Forces", "of", "Mali", "(", "2021", "-", ")", "killed", "4", "men"];
    const pos = ["ADP", "NUM", "PROPN", "NUM", "PUNCT", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "NUM", "PUNCT", "PUNCT", "VERB", "NUM", "NOUN"];
    expect(dash(words, pos)).toBe(-1);
  });
});
