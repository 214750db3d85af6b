/**
 * Parties of meetings and arrests named by office, by amount or by a compound the tagger misreads:
 * "met opposition leaders" is a meeting (not "met opposition" faced), "the Kenyan president" acts for
 * Kenya's government (the nationality word is the office's modifier), "his Ugandan counterpart" is
 * Uganda's; "dozens of opposition supporters" is headed by what is counted; "abducted more than 40
 * schoolgirls" keeps its verb before a bounded count; "a village chief" is one noun phrase; an arrest
 * "in overnight raids" is one happening; the subject's location ("Authorities in Minsk") outranks a
 * place another clause names ("as she returned from Vilnius").
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

interface Told { trigger: string; type: string; mode: string | null; actor: string | null; target: string | null; targetPhrase: string | null; place: string | null }

function events(text: string): Told[] {
  const doc = analyzeArticle({ text, meta: { published: "2023-05-10", language: "en" } });
  const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.name]));
  const places = new Map(layer(doc, "place").map((p) => [p.id, p.data.name]));
  return layer(doc, "event").map((e) => ({
    trigger: e.data.trigger.text,
    type: e.data.type,
    mode: e.data.mode,
    actor: e.data.actor ? names.get(e.data.actor) ?? null : null,
    target: e.data.target ? names.get(e.data.target) ?? null : null,
    targetPhrase: e.data.targetPhrase?.text ?? null,
    place: e.data.place ? places.get(e.data.place) ?? null : null,
  }));
}

describe("a meeting's parties", () => {
  it("'met opposition leaders' is a meeting; 'met stiff opposition' is not", () => {
    expect(events("The prime minister met opposition leaders in Dhaka on Monday.")).toMatchObject([{ type: "CONSULT", targetPhrase: "opposition leaders", place: "Dhaka" }]);
    expect(events("The government met stiff opposition from lawmakers.")).toEqual([]);
  });

  it("reads a nationality before an office as the office's state, as subject and as object", () => {
    expect(events("The Kenyan president met the Ugandan foreign minister in Kampala.")[0]).toMatchObject({ actor: "Government of Kenya", target: "Government of Uganda" });
    expect(events("The Saudi king met the Egyptian president in Riyadh on Monday.")[0]).toMatchObject({ actor: "Government of Saudi Arabia", target: "Government of Egypt" });
  });

  it("takes no side from a name after the meeting's verb that only names its summit", () => {
    const [meeting] = events("Macron met Scholz on the sidelines of the NATO summit in Vilnius.");
    expect(meeting?.type).toBe("CONSULT");
    expect(meeting?.actor).not.toBe("North Atlantic Treaty Organization");
    expect(meeting?.actor).not.toBe("NATO");
  });

  it("reads a counterpart of a nationality as that state's", () => {
    expect(events("Ruto held talks with his Ugandan counterpart in Kampala.")[0]).toMatchObject({ target: "Government of Uganda" });
  });
});

describe("the undergoer's phrase", () => {
  it("is headed by what an amount counts", () => {
    expect(events("Security forces detained dozens of opposition supporters in Conakry.")[0]).toMatchObject({ targetPhrase: "dozens of opposition supporters" });
    expect(events("Police arrested hundreds of protesters in Conakry.").find((e) => e.type === "COERCE")).toMatchObject({ target: "Protesters (Guinea)" });
  });

  it("keeps a subject's amount in its phrase and what it counts as its head", () => {
    const protest = events("Thousands of Kenyans took part in anti-government protests in Nairobi on Wednesday.")[0];
    expect(protest).toMatchObject({ type: "PROTEST", actor: "Kenyans" });
  });

  it("reads a count of counts opening the clause as the subject of a protest verb, not its undergoer", () => {
    expect(events("Tens of thousands of Georgians rallied in Tbilisi on Sunday.")[0]).toMatchObject({ type: "PROTEST", actor: "Georgians", target: null, targetPhrase: null });
  });

  it("is the whole a bare number counts part of ('15 of the assailants')", () => {
    expect(events("The Nigerien army said soldiers later killed 15 of the assailants.")[0]).toMatchObject({ targetPhrase: "15 of the assailants", target: "Unidentified Armed Group (Niger)" });
  });

  it("follows a past verb the tagger misread before a bounded count", () => {
    expect(events("Boko Haram fighters abducted more than 40 schoolgirls from a school in Zamfara.")[0]).toMatchObject({ targetPhrase: "40 schoolgirls" });
  });

  it("keeps a compound's last noun the tagger read as an adjective, not a postpositive adjective", () => {
    expect(events("Unknown assailants killed a village chief in Borno state on Wednesday.")[0]).toMatchObject({ targetPhrase: "a village chief" });
    expect(events("Police arrested the people responsible for the attack.").find((e) => e.type === "COERCE")).toMatchObject({ targetPhrase: "the people" });
  });
});

describe("one happening, one place", () => {
  it("takes raids an arrest was made in as the arrest's telling", () => {
    const told = events("Israeli troops arrested 15 Palestinians in overnight raids across the West Bank, the army said.");
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ type: "COERCE", actor: "Military Forces of Israel" });
    // The case a suspect is held for is another happening.
    expect(events("Police arrested three suspects in the bombing of the market.").map((e) => e.type).sort()).toEqual(["ASSAULT", "COERCE"]);
  });

  it("places an act where its subject is when only another clause names a place", () => {
    expect(events("Authorities in Minsk detained an opposition activist as she returned from Vilnius.")[0]).toMatchObject({ place: "Minsk" });
    expect(events("Police in Lyon arrested a man in Paris.")[0]).toMatchObject({ place: "Paris" });
  });
});

describe("state forces named by a compound head", () => {
  it("reads border forces, border guards and navy personnel as a state's forces", () => {
    expect(events("Pakistani and Afghan border forces exchanged fire at the crossing, killing one guard.")[0]).toMatchObject({ actor: "Military Forces of Pakistan", target: "Military Forces of Afghanistan" });
    expect(events("Sri Lankan navy personnel arrested 12 Indian fishermen near Jaffna.")[0]).toMatchObject({ actor: "Military Forces of Sri Lanka" });
  });

  it("does not read the country before 'coast guard' as a coast where the act happened", () => {
    expect(events("The Philippines coast guard detained a cargo ship that docked at Subic Bay.")[0]).toMatchObject({ actor: "Military Forces of the Philippines", place: "Subic Bay" });
  });
});

describe("air strikes told by the aircraft", () => {
  it("reads aircraft that struck, with a word between, as an air strike", () => {
    expect(events("Israeli aircraft then struck Hamas targets in the Gaza Strip, killing three militants.")[0]).toMatchObject({ type: "ASSAULT", mode: "air-strike", actor: "Military Forces of Israel" });
  });
});
