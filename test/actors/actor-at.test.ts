import { describe, expect, it } from "vitest";
import { actorAt, actorById } from "../../src/stages/actors/actor-at.js";
import { byDictionaryId, runActors } from "./build-document.js";

const text = "Before the talks, a US State Department official said the Taliban must act.";
const doc = runActors(text, [["US", "GPE"], ["State Department", "ORG"], ["Taliban", "ORG"]]);
const spanOf = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe("actorAt", () => {
  it("returns the actor whose mention covers most of the span", () => {
    expect(actorAt(doc, spanOf("a US State Department official"))?.data.kind).toBe("person");
  });

  it("prefers the tighter mention when several cover the span", () => {
    expect(actorAt(doc, spanOf("State Department"))?.data.dictionaryId).toBe("gov:US:state");
    expect(actorAt(doc, spanOf("Taliban"))?.data.dictionaryId).toBe("group:taliban");
  });

  it("returns undefined where no actor is mentioned", () => {
    expect(actorAt(doc, spanOf("Before the talks"))).toBeUndefined();
  });

  it("finds an actor by id", () => {
    const taliban = byDictionaryId(doc, "group:taliban")!;
    expect(actorById(doc, taliban.id)).toBe(taliban);
    expect(actorById(doc, "nope")).toBeUndefined();
  });
});
