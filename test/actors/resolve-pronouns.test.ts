/** Pronouns as mentions of the actors they stand for, so events read them as parties. */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

const run = (text: string) => {
  const doc = analyzeArticle({ text, meta: { published: "2021-10-12" } });
  const mentionsOf = (name: string) => {
    const a = layer(doc, "actor").find((x) => x.data.name.startsWith(name));
    return a ? a.data.mentions.map((m) => text.slice(m.start, m.end)) : [];
  };
  const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.name]));
  const events = layer(doc, "event").map((e) => ({ type: e.data.type, trigger: e.data.trigger.text, actor: e.data.actor ? names.get(e.data.actor) : null, target: e.data.target ? names.get(e.data.target) : null }));
  return { mentionsOf, events };
};

describe("pronouns", () => {
  it("'they' is the armed group named in the sentence before", () => {
    const { mentionsOf } = run("Unidentified gunmen stormed a village on Monday. They killed five civilians.");
    expect(mentionsOf("Unidentified Armed Group")).toEqual(["Unidentified gunmen", "They"]);
  });

  it("'he' is the person named before, and the event's target through it", () => {
    const { mentionsOf, events } = run("Ahmed Karzai arrived in Kabul on Sunday. He was arrested by police on Monday.");
    expect(mentionsOf("Ahmed Karzai")).toEqual(["Ahmed Karzai", "He"]);
    expect(events.find((e) => e.type === "COERCE")?.target).toBe("Ahmed Karzai");
  });

  it("reaches one sentence back, no further", () => {
    const { mentionsOf } = run("Ahmed Karzai arrived in Kabul on Sunday. The weather was cold. Markets were closed. He was arrested on Monday.");
    expect(mentionsOf("Ahmed Karzai")).toEqual(["Ahmed Karzai"]);
  });

  it("never makes 'they' a person or a country", () => {
    const { mentionsOf } = run("Ahmed Karzai visited Pakistan on Sunday. They said the talks went well.");
    expect(mentionsOf("Ahmed Karzai")).toEqual(["Ahmed Karzai"]);
    expect(mentionsOf("Pakistan")).toEqual(["Pakistan"]);
  });
});
