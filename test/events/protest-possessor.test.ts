/**
 * "Venezuela's political protests", "Iran's protests": a country's possessive before a protest's noun
 * says whose land the protests are in; the state is no demonstrator (extract-events.ts isCountryPossessorOf).
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function protestsOf(text: string): Promise<{ type: string; actor: string | null; actorPhrase: string | null }[]> {
  const doc = await extractDocument({ text }, { published: "2019-06-01" });
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  return doc.events.map((e) => ({ type: e.type, actor: e.actor ? names.get(e.actor) ?? null : null, actorPhrase: e.actorPhrase?.text ?? null }));
}

describe("a country's possessive before a protest's noun", () => {
  it("is no demonstrator", async () => {
    for (const text of ["Venezuela's political protests have been fueled by the disastrous state of the economy.", "Iran's protests spread to 50 cities on Sunday."]) {
      const [protest] = (await protestsOf(text)).filter((e) => e.type === "PROTEST");
      expect(protest?.actor, text).toBeNull();
      expect(protest?.actorPhrase, text).toBeNull();
    }
  });
  it("stays the doer of an attack, and a group's possessive stays a protest's doer", async () => {
    expect((await protestsOf("Russia's attack on Ukraine began on Thursday."))[0]?.actor).toBe("Russia");
    expect((await protestsOf("Hamas's protests drew thousands."))[0]?.actor).toBe("Hamas");
  });
});
