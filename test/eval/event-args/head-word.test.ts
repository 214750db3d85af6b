import { describe, expect, it } from "vitest";
import { headOf } from "../../../src/eval/event-args/head-word.js";
import { argumentsMatch, type EventArgument } from "../../../src/eval/event-args/match-events.js";

const head = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  const h = headOf(text, { start, end: start + phrase.length });
  return text.slice(h.start, h.end);
};

describe("headOf", () => {
  it("takes the last word before the first post-modifier", () => {
    const t = "Leopoldo López, the former mayor of Caracas, was freed.";
    expect(head(t, "the former mayor of Caracas")).toBe("mayor");
    expect(head(t, "Leopoldo López")).toBe("López");
  });

  it("stops at coordination and commas, and drops a possessive", () => {
    const t = "wars in Iraq, Libya, and Syria; Russia's prosecutor general; Russia's army";
    expect(head(t, "Iraq, Libya, and Syria")).toBe("Iraq");
    expect(head(t, "Russia's prosecutor general")).toBe("general");
    expect(head(t, "Russia's")).toBe("Russia");
  });

  it("gives a pronoun before a post-modifier the head, as a parser's root would", () => {
    const t = "those responsible are involved; those killed in the blast; someone inside; those people";
    expect(head(t, "those responsible")).toBe("those");
    expect(head(t, "those killed in the blast")).toBe("those");
    expect(head(t, "someone inside")).toBe("someone");
    // Before a noun a demonstrative is its determiner.
    expect(head(t, "those people")).toBe("people");
  });

  it("gives a quantity phrase its quantity, as a parser's root would", () => {
    expect(head("the slaughter of hundreds of thousands of Filipinos", "hundreds of thousands of Filipinos")).toBe("hundreds");
  });
});

describe("argumentsMatch by head word", () => {
  // "three Russian military personnel were wounded"
  const text = "three Russian military personnel were wounded";
  const arg = (phrase: string): EventArgument => {
    const start = text.indexOf(phrase);
    const span = { start, end: start + phrase.length };
    return { group: "target", mentions: [span], text: phrase, heads: [headOf(text, span)] };
  };

  it("accepts a fuller phrase with the same head, and refuses a modifier that only overlaps", () => {
    const gold = arg("personnel");
    expect(argumentsMatch(arg("three Russian military personnel"), gold, "head")).toBe(true);
    expect(argumentsMatch(arg("Russian military personnel"), arg("Russian"), "head")).toBe(false);
    expect(argumentsMatch(arg("Russian military personnel"), arg("Russian"), "overlap")).toBe(true);
  });
});
