/** Bad or thin input never crashes the events stage and never invents events. */
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/core/index.js";
import { eventsStage } from "../../src/stages/events/events-stage.js";
import { loadEventsResources } from "../../src/stages/events/resources.js";
import { extractEventsByHand } from "./annotate-by-hand.js";

const resources = loadEventsResources();

describe("robustness", () => {
  it("gives no events for a document with no layers", () => {
    expect(eventsStage.run(createDocument("Rebels attacked the town."), { resources }).event).toEqual([]);
  });
  it("gives no events for empty or blank text", () => {
    expect(extractEventsByHand("")).toEqual([]);
    expect(extractEventsByHand("   \n\n ")).toEqual([]);
  });
  it("survives punctuation soup and odd encodings", () => {
    expect(() => extractEventsByHand("â€œ,,, ;; -- killed killed killed 1,2,3 â€")).not.toThrow();
  });
  it("invents no event from a headline-like line without a trigger", () => {
    expect(extractEventsByHand("Explained: How division among Taliban groups impacts Afghanistan")).toEqual([]);
  });
  it("puts provenance on every event: the lexicon row id", () => {
    const [e] = extractEventsByHand("The Taliban raided an IS hideout.");
    expect(e!.source).toMatchObject({ stage: "events" });
    expect(e!.source.rule).toMatch(/^trg:raid/);
  });
});
