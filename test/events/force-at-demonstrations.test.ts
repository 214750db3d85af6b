/**
 * The state's lethal force a word puts at a demonstration ("shot dead by police during the
 * demonstrations") is the demonstration's excessive force in ACLED's coding, and the police who shot are
 * not the demonstrators; tear gas and injuries alone stay a protest with intervention.
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { extractEventsByHand } from "./annotate-by-hand.js";

function events(text: string) {
  const doc = analyzeArticle({ text, meta: { published: "2023-05-10", language: "en" } });
  const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.name]));
  return layer(doc, "event").map((e) => ({ type: e.data.type, actor: e.data.actor ? names.get(e.data.actor) ?? null : null, acled: e.data.acled }));
}

describe("force used at a demonstration", () => {
  it("leaves the agent of the shooting out of the demonstration's parties", () => {
    const protest = events("Two people were shot dead by police during the demonstrations in Nairobi.").find((e) => e.type === "PROTEST");
    expect(protest?.actor).toBeNull();
  });

  it("codes lethal force at the scene as excessive force, the police first", () => {
    for (const e of events("Two people were shot dead by police during the demonstrations in Nairobi.")) {
      expect(e.acled).toMatchObject({ subEventType: "Excessive force against protesters", actor1: "Police Forces of Kenya", actor2: "Protesters (Kenya)" });
    }
  });

  it("keeps tear gas with injuries a protest with intervention", () => {
    for (const e of events("Police fired tear gas at protesters in Nairobi, injuring five.")) expect(e.acled?.subEventType).toBe("Protest with intervention");
  });
});

describe("an attack by no state's force on a rally", () => {
  const acledOf = (text: string, type: string) => extractEventsByHand(text).find((e) => e.data.type === type)?.data.acled ?? null;
  it.each([
    ["A suicide bomber struck a political rally in Peshawar, killing 54 people.", "Explosions/Remote violence", "Suicide bomb"],
    ["A bomb exploded at an opposition rally in Lahore, wounding 12 protesters.", "Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ])("keeps the attack's own coding, not excessive force: %s", (text, eventType, subEventType) => {
    expect(acledOf(text, "ASSAULT")).toMatchObject({ eventType, subEventType });
    expect(acledOf(text, "PROTEST")?.subEventType).not.toBe("Excessive force against protesters");
  });
  it("still codes a state's force on protesters as excessive force", () => {
    const police = [{ id: "pol", name: "Police Forces of Pakistan", kind: "police" as const, mentions: ["Police"] }];
    const assault = extractEventsByHand("Police opened fire on protesters at a rally in Lahore, killing two.", { actors: police }).find((e) => e.data.type === "ASSAULT");
    expect(assault?.data.acled?.subEventType).toBe("Excessive force against protesters");
  });
});
