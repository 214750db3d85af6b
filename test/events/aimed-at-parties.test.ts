/**
 * "at"/"into" before a party of people aims the act at them ("fired tear gas at protesters", "threw a
 * grenade at security forces"): they are its undergoers, not a location; before a thing they stay
 * locative ("at the police station").
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

function eventParties(text: string): { trigger: string; actor: string | null; target: string | null }[] {
  const doc = analyzeArticle({ text, meta: { published: "2020-05-10", language: "en" } });
  const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.acledName ?? a.data.name]));
  return layer(doc, "event").map((e) => ({ trigger: e.data.trigger.text, actor: e.data.actor ? names.get(e.data.actor) ?? null : null, target: e.data.target ? names.get(e.data.target) ?? null : null }));
}

describe("a party of people after 'at' or 'into'", () => {
  it("is the undergoer of the act aimed at it", () => {
    expect(eventParties("Rebels fired rockets at soldiers near Goma.")[0]).toMatchObject({ target: "Military Forces of the Democratic Republic of Congo" });
    expect(eventParties("Militants threw a grenade at security forces in Srinagar.")[0]).toMatchObject({ target: "Military Forces of India" });
  });

  it("lets protesters fired at be the protest's own doers", () => {
    const protest = eventParties("Police fired tear gas at protesters in Lahore, Punjab.").find((e) => e.trigger === "protesters");
    expect(protest).toMatchObject({ actor: "Protesters (Pakistan)" });
  });

  it("stays a location before a thing the party names ('at the police station')", () => {
    for (const e of eventParties("A bomb exploded at the police station in Peshawar.")) expect(e.target).toBeNull();
  });
});
