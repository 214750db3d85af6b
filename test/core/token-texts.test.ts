import { describe, expect, it } from "vitest";
import { tokenLowerTexts, tokenTexts } from "../../src/core/token-texts.js";

/** Spans of the runs of non-space characters. */
const spansOf = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

describe("token texts (core/token-texts.ts)", () => {
  const text = "ISTANBUL — Gunmen KILLED İsmail’s Driver.";
  const tokens = spansOf(text);

  it("lower-case each token's text as toLowerCase would, characters that grow included", () => {
    expect(tokenLowerTexts(text, tokens)).toEqual(["istanbul", "—", "gunmen", "killed", "i̇smail’s", "driver."]);
  });

  it("are made once per token list and text, and made again for another text of the same tokens", () => {
    expect(tokenLowerTexts(text, tokens)).toBe(tokenLowerTexts(text, tokens));
    const other = "ANKARA-2 — Troops FOUND! Ahmedi’s Brother";
    expect(spansOf(other)).toEqual(tokens);
    expect(tokenLowerTexts(other, tokens)).toEqual(tokenTexts(other, tokens).map((w) => w.toLowerCase()));
    expect(tokenLowerTexts(other, tokens)[0]).toBe("ankara-2");
  });
});
