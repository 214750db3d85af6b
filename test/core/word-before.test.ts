/** The word right before an offset, read back over the text (core/word-before.ts). */
import { describe, expect, it } from "vitest";
import { wordStartBefore } from "../../src/core/word-before.js";

describe("wordStartBefore", () => {
  const text = "in an army raid, a paramilitary raid and shelled Kharkiv";
  it("gives where the word one space before the offset starts", () => {
    const at = text.indexOf("raid");
    expect(text.slice(wordStartBefore(text, at, 12), at - 1)).toBe("army");
    expect(text.slice(wordStartBefore(text, text.indexOf("Kharkiv"), 24), text.indexOf("Kharkiv") - 1)).toBe("shelled");
  });

  it("gives -1 with no space before the offset, no word before it, or a word longer than the limit", () => {
    expect(wordStartBefore(text, text.indexOf("army") + 1, 12)).toBe(-1);
    expect(wordStartBefore(text, text.indexOf(", a") + 2, 12)).toBe(-1);
    // "paramilitary raid": with a limit of 8 letters, the word's tail "military" must not pass for the word.
    expect(wordStartBefore(text, text.lastIndexOf("raid"), 8)).toBe(-1);
    expect(wordStartBefore(text, text.lastIndexOf("raid"), 12)).toBe(text.indexOf("paramilitary"));
  });
});
