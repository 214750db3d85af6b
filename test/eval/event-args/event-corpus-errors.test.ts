import { describe, expect, it } from "vitest";
import { goldBeside } from "../../../src/eval/event-args/event-corpus-errors.js";

describe("gold beside an unmatched prediction", () => {
  const text = "A general was killed by a bomb, the ministry reported. Nothing else happened.";
  const gold = [
    { type: "Life.Die.Unspecified", trigger: { start: 14, end: 20 } },
    { type: "Contact.Contact.Broadcast", trigger: { start: 45, end: 53 } },
  ];
  it("lists the gold events of any type in the prediction's sentence", () => {
    expect(goldBeside(text, gold, { start: 0, end: 54 })).toBe('none; in its sentence the gold has Life.Die.Unspecified "killed", Contact.Contact.Broadcast "reported"');
  });
  it("says when the gold has nothing there", () => {
    expect(goldBeside(text, gold, { start: 55, end: 77 })).toBe("none; no gold event in its sentence");
  });
});
