import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quotesOf } from "./run-quotes.js";

/** The founding article's 5 gold quotes must follow from the general rules (no entity or actor layer here). */
const dir = join(import.meta.dirname, "../golden/founding");
const text = readFileSync(join(dir, "article.txt"), "utf8");
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as {
  quotes: { kind: string; speaker: string; cue: string; text: string; addressee?: string; via?: string }[];
};

describe("the founding article's quotes", () => {
  const found = quotesOf(text);
  for (const g of gold.quotes) {
    it(`${g.kind} quote by ${g.speaker}: ${g.text.slice(0, 40)}...`, () => {
      const q = found.find((f) => f.text === g.text);
      expect(q, `not found; got ${found.map((f) => f.text.slice(0, 40)).join(" | ")}`).toBeDefined();
      expect(q!.kind).toBe(g.kind);
      expect(q!.speakerText).toContain(g.speaker);
      expect(q!.cue).toBe(g.cue);
      if (g.addressee) expect(q!.addresseeText).toContain(g.addressee);
      if (g.via) expect(q!.viaText).toContain(g.via);
    });
  }

  it("does not take the passive 'is said to be asserting' as a quote", () => {
    expect(found.some((f) => f.text.includes("asserting its presence"))).toBe(false);
  });
});
