/**
 * "massacre" and "fatal"/"fatally" before a violent act tell that people died, whatever count the
 * sentence gives (trg:massacre, trg:fatal-shooting, trg:fatal-stabbing, trg:fatal-act). The sentences
 * are written for these tests (general usage), not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";
import { loadFamilyRows, sitrepFamilies } from "../../src/eval/event-args/event-family-mapping.js";

const assaults = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "ASSAULT");

describe("words that tell deaths", () => {
  it("reads 'the fatal shooting of' and 'was fatally shot' as one shooting each, by their own row", () => {
    const a = assaults("Police officers were charged on Monday over the fatal shooting of a teenager in the city.");
    expect(a).toHaveLength(1);
    expect(a[0]!.data).toMatchObject({ mode: "firearms", trigger: { text: "fatal shooting" } });
    expect(a[0]!.source.rule.split("+")[0]).toBe("trg:fatal-shooting");
    const b = assaults("A man was fatally shot by police in the town on Sunday.");
    expect(b).toHaveLength(1);
    expect(b[0]!.data.trigger.text).toBe("fatally shot");
  });

  it("gives a fatal stabbing the blade's mode and a massacre a row of its own", () => {
    expect(assaults("A fatal stabbing outside a bar in the city centre left residents shocked on Friday.")[0]?.data.mode).toBe("primitive");
    const m = assaults("Gunmen carried out a massacre in the village of Kuru on Saturday.");
    expect(m).toHaveLength(1);
    expect(m[0]!.source.rule.split("+")[0]).toBe("trg:massacre");
  });

  it("leaves a fatal disease, a sports 'massacre' and a 'fatal beating' to their own readings", () => {
    expect(assaults("The disease is fatal in most cases, doctors in the capital said.")).toEqual([]);
    expect(assaults("The home side suffered a 6-0 massacre in the league match on Saturday.")).toEqual([]);
    expect(assaults("Two men were charged over the fatal beating of a shopkeeper in the town.").map((e) => e.data.mode)).toEqual(["beat"]);
  });

  it("puts those words in the die family as well as the attack family (data/mappings/event-families.tsv)", () => {
    const rows = loadFamilyRows();
    const e = assaults("Police officers were charged on Monday over the fatal shooting of a teenager in the city.")[0]!;
    expect(sitrepFamilies(e.data, e.source.rule, rows).sort()).toEqual(["attack", "die"]);
    const m = assaults("Gunmen carried out a massacre in the village of Kuru on Saturday.")[0]!;
    expect(sitrepFamilies(m.data, m.source.rule, rows).sort()).toEqual(["attack", "die"]);
    // A plain shooting with no count stays an attack only.
    const s = assaults("Gunmen opened fire on a bus in the village of Kuru on Saturday.")[0]!;
    expect(sitrepFamilies(s.data, s.source.rule, rows)).toEqual(["attack"]);
  });

  it("reads a trigger that opens with its modifier as a definite phrase: 'the fatal shooting' is presupposed under a demand", () => {
    // The demand governs "information"; the definite phrase refers to a shooting that happened.
    const a = assaults("A man was shot dead by police in Charlotte on Tuesday. Protesters called for more information about the fatal shooting.");
    expect(a).toHaveLength(1);
    expect(a[0]!.data.modality).toBe("asserted");
  });
});

describe("explosives told as used", () => {
  it("is one more telling of the attack just told, never an attack of its own", () => {
    const told = assaults("A car bomb exploded in the city centre on Friday. Over 1,000lb of explosives had been used.");
    expect(told).toHaveLength(1);
    expect(told[0]!.data.mentions?.map((m) => m.trigger.text)).toContain("explosives had been used");
    expect(assaults("Explosives are used in the quarry every week.")).toHaveLength(0);
  });
});
