/** Unnamed parties take the country of the places their sentence (or its paragraph's scene) names, once places are resolved. */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

const acledNames = (text: string) => layer(analyzeArticle({ text, meta: { published: "2021-10-12" } }), "actor").map((a) => a.data.acledName);

describe("descriptions placed by their sentence's places", () => {
  it("gives gunmen and civilians the country of the town named with them", () => {
    const names = acledNames("Afghan forces clashed with the Taliban in Kabul. Separately, gunmen killed three civilians in Peshawar on Sunday.");
    expect(names).toContain("Unidentified Armed Group (Pakistan)");
    expect(names).toContain("Civilians (Pakistan)");
    expect(names).not.toContain("Civilians (Afghanistan)");
  });

  it("reads a sentence that names no place at its paragraph's scene", () => {
    expect(acledNames("Unidentified gunmen stormed a village in Kunduz province on Monday. They killed five civilians.")).toContain("Civilians (Afghanistan)");
  });

  it("reads a state's party's nationality as that party's, not as the country of the people it strikes", () => {
    const strike = acledNames("Israeli airstrikes killed 20 civilians in Rafah on Monday.");
    expect(strike).toContain("Military Forces of Israel");
    expect(strike).toContain("Civilians (Palestine)");
    expect(strike).not.toContain("Civilians (Israel)");
    // Soldiers the text gives no nationality are those of the place, not the shelling party's ("Russian shelling").
    expect(acledNames("Russian shelling killed two soldiers in Kharkiv.")).toContain("Military Forces of Ukraine");
    const missile = acledNames("A Russian missile strike killed 5 civilians in Kharkiv on Tuesday.");
    expect(missile).toContain("Civilians (Ukraine)");
    expect(missile).not.toContain("Civilians (Russia)");
  });

  it("reads an armed group's nationality as that group's, also one right before a group's name", () => {
    const militants = acledNames("Afghan militants killed 20 civilians in Kurram district, Pakistan, on Monday.");
    expect(militants).toContain("Civilians (Pakistan)");
    expect(militants).not.toContain("Civilians (Afghanistan)");
    const rebels = acledNames("Chadian rebels attacked a village in Darfur, killing 12 civilians.");
    expect(rebels).toContain("Civilians (Sudan)");
    expect(rebels).not.toContain("Civilians (Chad)");
    // "mercenaries" are armed men (heads.tsv), and "Russian" before "Wagner mercenaries" is the group's.
    const wagner = acledNames("Malian soldiers and Russian Wagner mercenaries killed at least 25 civilians in the village of Moura, Mopti region, on 5 May.");
    expect(wagner).toContain("Civilians (Mali)");
    const mercenaries = acledNames("Russian mercenaries killed at least 25 civilians in Moura, Mopti region, on 5 May.");
    expect(mercenaries).toContain("Civilians (Mali)");
    expect(mercenaries).not.toContain("Civilians (Russia)");
  });

  it("reads a nationality's officers as its police, an army's officers as its military (heads.tsv)", () => {
    const mission = acledNames("Kenyan officers of the multinational mission killed three gang members in Port-au-Prince on Thursday.");
    expect(mission).toContain("Police Forces of Kenya");
    expect(mission).toContain("Unidentified Armed Group (Haiti)");
    expect(mission).not.toContain("Civilians (Kenya)");
    expect(acledNames("Army officers detained two journalists in Yangon.")).toContain("Military Forces of Myanmar");
  });

  it("reads a region that lies in one country as the scene ('in Gaza', 'in Darfur'), and one that spans several as none", () => {
    const gaza = acledNames("Israeli shelling killed five civilians in Gaza on Monday.");
    expect(gaza).toContain("Civilians (Palestine)");
    expect(gaza).not.toContain("Civilians (Israel)");
    expect(acledNames("Gunmen killed five villagers in Darfur on Monday.")).toContain("Civilians (Sudan)");
    expect(acledNames("Militants killed three soldiers in the Sahel on Monday.").some((n) => /\(/.test(n ?? ""))).toBe(false);
  });

  it("reads a town that is the object of a strike as the scene ('shelled Kharkiv'), as a town after 'in' is", () => {
    const names = acledNames("Russian forces shelled Kharkiv on Monday, killing two civilians.");
    expect(names).toContain("Civilians (Ukraine)");
    expect(names).not.toContain("Civilians (Russia)");
  });

  it("reads a town in the object's 'of' phrase as the scene, and a nationality after the mention does not state its country", () => {
    // "Ukrainian" comes after the civilians (the actors stage reads a people's country backwards), and Izium is the
    // object of "shelled the city of": Russia's forces named with them are no country of theirs.
    const names = acledNames("Russian troops shelled the city of Izium overnight, killing four civilians, Ukrainian officials said. Moscow denied it.");
    expect(names).toContain("Civilians (Ukraine)");
    expect(names).not.toContain("Civilians (Russia)");
    expect(acledNames("The bombing of Aleppo by Russian jets killed 11 civilians.")).toContain("Civilians (Syria)");
  });

  it("keeps the country the sentence states", () => {
    const names = acledNames("Afghan forces clashed with the Taliban in Kabul. Gunmen killed three Afghan civilians in Peshawar on Sunday.");
    expect(names).toContain("Civilians (Afghanistan)");
    expect(names).not.toContain("Civilians (Pakistan)");
  });
});

describe("unnamed police and soldiers serve the country where the event happens", () => {
  it("gives soldiers with no nationality the country of the town their sentence names", () => {
    const names = acledNames("Nigerian officials met in Abuja on Monday. Separately, security forces arrested 12 students in Lahore on Sunday.");
    expect(names).toContain("Military Forces of Pakistan");
    expect(names).not.toContain("Military Forces of Nigeria");
  });

  it("reads a sentence naming no place at its paragraph's scene", () => {
    const names = acledNames("Nigerian officials met in Abuja on Monday.\n\nA mob torched a bus station in Multan on Sunday. Police later detained nine men.");
    expect(names).toContain("Police Forces of Pakistan");
    expect(names).not.toContain("Police Forces of Nigeria");
  });

  it("places soldiers and police of a note that names only a town, where nothing else gives a country", () => {
    expect(acledNames("On 12 March 2021, soldiers shot dead two protesters in Mandalay.")).toContain("Military Forces of Myanmar");
    expect(acledNames("On 15 April 2019, two policemen were killed by militants in Pulwama district.")).toContain("Police Forces of India");
  });

  it("keeps forces with no country anywhere in the text as forces of no country", () => {
    const names = acledNames("Soldiers shot dead two protesters on Sunday.");
    expect(names).toContain("Military Forces");
    expect(names.some((n) => n?.startsWith("Military Forces of"))).toBe(false);
  });

  it("gives 'the army' the country where the story happens, not the one it names most", () => {
    const names = acledNames("The United States urged restraint. U.S. officials said the United States would send aid. Clashes went on in Pakistan on Saturday. The army fired on protesters in Pakistan on Sunday.");
    expect(names).toContain("Military Forces of Pakistan");
    expect(names).not.toContain("Military Forces of the United States");
  });

  it("keeps the nationality the text gives them", () => {
    const names = acledNames("Nigerian officials met in Abuja on Monday. Separately, Afghan police detained nine men in Lahore on Sunday.");
    expect(names).toContain("Police Forces of Afghanistan");
    expect(names).not.toContain("Police Forces of Pakistan");
  });
});

describe("soldiers and police read as parties where a tagger misreads the verb after them", () => {
  const eventsOf = (text: string) => {
    const doc = analyzeArticle({ text, meta: { published: "2021-10-12" } });
    const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.acledName]));
    return layer(doc, "event").map((e) => ({ type: e.data.type, trigger: e.data.trigger.text, actor: names.get(e.data.actor ?? "") ?? null, target: names.get(e.data.target ?? "") ?? null }));
  };

  it("makes soldiers who 'shot dead' a number of people the shooters, of the country of the town", () => {
    const events = eventsOf("Nigerian officials met in Abuja on Monday. Separately, soldiers shot dead three protesters in Peshawar, Pakistan, on Sunday.");
    const shooting = events.find((e) => e.type === "ASSAULT");
    expect(shooting).toMatchObject({ actor: "Military Forces of Pakistan", target: "Protesters (Pakistan)" });
    // The protesters' own words name them: the soldiers before them are no protesters.
    expect(events.filter((e) => e.type === "PROTEST").map((e) => e.actor)).not.toContain("Military Forces of Pakistan");
  });
});

describe("a name before a settlement word", () => {
  it("is the place, not a party to the event", () => {
    const names = layer(analyzeArticle({ text: "Gunmen attacked Tse-Akaa village on Monday, killing 12 farmers.", meta: { published: "2021-10-12" } }), "actor").map((a) => a.data.name);
    expect(names).not.toContain("Tse-Akaa");
  });
});

