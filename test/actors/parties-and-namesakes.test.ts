/**
 * Political parties and their followers, and names two countries' bodies share. Sentences written for these
 * tests in the style of incident notes, not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

const analyse = (text: string) => analyzeArticle({ text, meta: { published: "2024-12-31" } });
const actorNames = (text: string) => layer(analyse(text), "actor").map((a) => a.data.name);
const eventParties = (text: string) => {
  const doc = analyse(text);
  const name = (id: string | null) => (id ? layer(doc, "actor").find((a) => a.id === id)?.data.name ?? null : null);
  return layer(doc, "event").map((e) => ({ type: e.data.type, actor: name(e.data.actor), target: name(e.data.target), acled: e.data.acled }));
};

describe("followers of a named party", () => {
  it("are that party, not civilians of a country ('BJP workers', 'Awami League activists')", () => {
    const [sitIn] = eventParties("On 10 January 2024, BJP workers staged a sit-in outside the collector's office in Bhopal.");
    expect(sitIn?.actor).toBe("Bharatiya Janata Party");
    const [attack] = eventParties("On 14 February 2024, Awami League activists attacked BNP supporters with sticks in Chattogram.");
    expect(attack).toMatchObject({ actor: "Bangladesh Awami League", target: "Bangladesh Nationalist Party" });
  });
  it("leaves followers with no named body before them a description", () => {
    expect(actorNames("On 10 January 2024, workers staged a sit-in outside the collector's office in Bhopal.")).not.toContain("Bharatiya Janata Party");
  });
});

describe("a name two countries' bodies share", () => {
  it("is the one of the country where the article's places lie ('PTI' in Peshawar: the party)", () => {
    expect(actorNames("On 3 March 2024, PTI supporters protested in Peshawar and Lahore.")).toContain("Pakistan Tehreek-e-Insaf");
    expect(actorNames("On 3 March 2024, police in Lahore and Karachi questioned PTI leaders.")).toContain("Pakistan Tehreek-e-Insaf");
  });
  it("keeps the dictionary's first reading elsewhere ('PTI' credited in an Indian story: the news agency)", () => {
    const names = actorNames("NEW DELHI (PTI) - Police arrested 20 people in Lucknow on 3 March 2024, PTI reported.");
    expect(names).toContain("Press Trust of India");
    expect(names).not.toContain("Pakistan Tehreek-e-Insaf");
  });
});

describe("abbreviations and armed groups of incident notes", () => {
  it("reads 'SNA' as the Somali army in Somalia and as the Syrian National Army in Syria", () => {
    const [somalia] = eventParties("On 9 March 2024, Al Shabaab fighters ambushed an SNA convoy near Jowhar (Jowhar, Middle Shabelle).");
    expect(somalia?.target).toBe("Military Forces of Somalia");
    const [syria] = eventParties("On 9 March 2024, SNA fighters shelled SDF positions near Manbij (Manbij, Aleppo).");
    expect(syria?.actor).toBe("Syrian National Army");
  });
  it("knows Cameroon's separatists by the names the press gives them ('Anglophone separatists', 'Amba fighters')", () => {
    const [attack] = eventParties("On 11 April 2026, Anglophone separatists killed a traditional ruler in Batibo (Momo, North-West).");
    expect(attack?.actor).toBe("Ambazonian separatists");
    expect(actorNames("Amba fighters abducted five teachers in Kumba on Monday.")).toContain("Ambazonian separatists");
  });
  it("knows AUSSOM, SPLA-IO and the 444th Brigade", () => {
    expect(actorNames("On 2 April 2024, AUSSOM troops repelled an attack near Baidoa.")).toContain("African Union Support and Stabilization Mission in Somalia");
    const [clash] = eventParties("On 2 April 2024, SPLA-IO fighters clashed with the SSPDF in Ulang (Ulang, Upper Nile).");
    expect(clash?.actor).toBe("SPLM-IO");
    expect(actorNames("On 2 April 2024, the 444 Brigade clashed with the Radaa force in Tajoura (Tripoli).")).toEqual(expect.arrayContaining(["444th Combat Brigade", "Radaa Special Deterrence Force"]));
  });
});

describe("Somali clans", () => {
  it("are the two sides of a clash of clan militias, each its ethnic militia", () => {
    const [clash] = eventParties("On 5 May 2024, Abgaal and Murusade clan militias clashed near Adan Yabaal (Adan Yabaal, Middle Shabelle), leaving 4 dead.");
    expect(clash).toMatchObject({ actor: "Abgaal", target: "Murusade" });
    expect(clash?.acled).toMatchObject({ actor1: "Abgaal Ethnic Militia (Somalia)", actor2: "Murusade Ethnic Militia (Somalia)" });
  });
});

describe("an arrest a protest is about", () => {
  it("is its cause, no intervention in it", () => {
    const [protest] = eventParties("On 3 March 2024, PTI supporters protested in Peshawar against the arrest of Imran Khan.");
    expect(protest?.acled?.subEventType).toBe("Peaceful protest");
  });
});

describe("a town the tagger read as an organisation", () => {
  it("is where a strike fell, no party of it, when the places stage resolved it as the event's place", () => {
    const doc = analyse("On 7 June 2024, Russian forces shelled Nikopol, killing two civilians and wounding five.");
    const [shelling] = layer(doc, "event");
    const target = shelling?.data.target ? layer(doc, "actor").find((a) => a.id === shelling.data.target)?.data.name : null;
    expect(target ?? null).not.toBe("Nikopol");
    expect(shelling?.data.acled?.actor2).toBe("Civilians (Ukraine)");
  });
});

describe("a listed name that opens a longer one", () => {
  it("is not the listed body ('Department of State Services' is no US State Department), while a whole name stays", () => {
    const names = actorNames("On 30 March 2024, a journalist was arrested by the Department of State Services in Lagos.");
    expect(names).not.toContain("State Department");
    expect(actorNames("The UN Security Council Resolution 2254 was adopted on 18 December 2015.")).toContain("UN Security Council");
  });
});

describe("one person named by what they do", () => {
  it("is a typed description as the plural is ('a journalist was arrested': Journalists)", () => {
    const [arrest] = eventParties("On 30 March 2024, a journalist was arrested by police in Lagos.");
    expect(arrest?.target).toBe("Journalists");
  });
});
