import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { cleanedTextBeforeAnalysis } from "../../src/app/ingest-articles.js";
import { ingestRaw } from "../../src/stages/ingest/ingest-input.js";
import type { RawInput } from "../../src/stages/ingest/read-input.js";
import { goldenText as golden } from "./temp-corpus-store.js";

const raw = (text: string, contentType?: string): RawInput => ({ bytes: new TextEncoder().encode(text), locator: "x", kind: "manifest", ...(contentType ? { contentType } : {}) });

describe("cleanedTextBeforeAnalysis", () => {
  // The exact-duplicate check before analysis is only right if it sees the text the pipeline stores.
  it.each([
    ["a golden article", golden("wn-acapulco-shootout-2009")],
    ["a text with boilerplate lines and mojibake", `This story is from March 10, 2002\n\nlucknow: the committee said the â€˜bhoomi pujanâ€™ would violate the order.\n\nFollow us on Twitter\n\nRead more: other stories\n\n${golden("state-baghdad-attacks-2017")}`],
    ["a hard-wrapped text", "Officials said on Monday that\ngunmen killed two soldiers\nin Kabul, Afghanistan.\n\nThe Taliban denied it."],
  ])("gives the document's text for %s", (_, text) => {
    const expected = analyzeArticle({ text: ingestRaw(raw(text, "text/plain")).text }).text;
    expect(cleanedTextBeforeAnalysis(raw(text, "text/plain"))).toBe(expected);
    expect(cleanedTextBeforeAnalysis(raw(text))).toBe(expected);
  });

  it("leaves HTML to the analysis", () => {
    expect(cleanedTextBeforeAnalysis(raw("<html><body><p>Officials met in Kabul.</p></body></html>"))).toBeUndefined();
    expect(cleanedTextBeforeAnalysis(raw("<p>Officials met.</p>", "text/html"))).toBeUndefined();
  });
});
