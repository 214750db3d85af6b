/**
 * Long texts (live blogs): merging compares a mention only with the groups it can join, so these
 * pin down that the shortcut keeps the results of comparing every pair.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";
import { COREFERENCE_SENTENCE_WINDOW } from "../../src/stages/events/heuristics.js";

describe("merging mentions in long texts", () => {
  it("chains repeated reports into events of at most one window of sentences each", () => {
    const count = (n: number) => extractEventsByHand("Gunmen attacked the market. ".repeat(n)).filter((e) => e.data.type === "ASSAULT").length;
    const perEvent = COREFERENCE_SENTENCE_WINDOW + 1;
    expect(count(10)).toBe(1);
    expect(count(300)).toBe(Math.ceil(300 / perEvent));
  });

  it("still lets a definite re-mention reach back past many unrelated events", () => {
    const actors: HandActor[] = [
      { id: "ly", name: "Libya", kind: "country", mentions: ["Libya"] },
      { id: "bg", name: "Bulgaria", kind: "country", mentions: ["Bulgaria"] },
    ];
    const filler = "Gunmen attacked the market. ".repeat(40);
    const events = extractEventsByHand(`Libya signed a deal with Bulgaria. ${filler}The deal was welcomed in Sofia.`, { actors });
    const deals = events.filter((e) => e.data.type === "AGREE");
    expect(deals).toHaveLength(1);
    expect(deals[0]!.source.rule).toContain("coref:2");
    expect(events.filter((e) => e.data.type === "ASSAULT").length).toBeGreaterThan(1);
  });

  it("keeps separate events apart when nothing joins them", () => {
    const events = extractEventsByHand("Gunmen attacked the market. Protesters gathered in the square. ".repeat(30));
    expect(events.some((e) => e.data.type === "PROTEST")).toBe(true);
    expect(events.some((e) => e.data.type === "ASSAULT")).toBe(true);
  });
});
