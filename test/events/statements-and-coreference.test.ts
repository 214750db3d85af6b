/**
 * Press statements and re-mentions: who "we" is, condemned attacks that sum up reported ones,
 * which event an adjunct belongs to, and when two mentions are one event.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const actors: HandActor[] = [
  { id: "us", name: "United States", kind: "country", mentions: ["United States", "U.S."] },
  { id: "isis", name: "Islamic State", kind: "armed group", mentions: ["Daesh", "IS"] },
  { id: "eu", name: "European Union", kind: "igo", mentions: ["E.U."] },
  { id: "ly", name: "Libya", kind: "country", mentions: ["Libya"] },
  { id: "bg", name: "Georgi Parvanov", kind: "person", mentions: ["Georgi Parvanov"] },
];

describe("the voice of a statement", () => {
  it("reads a narrated 'we' as the organisation the statement names as its subject", () => {
    const events = extractEventsByHand("We condemn the attack on the market. The United States reaffirms its commitment to support the people of Iraq.", { actors });
    expect(events.find((e) => e.data.type === "ACCUSE")?.data.actor).toBe("us");
  });
  it("gives a restated stance to its subject ('reaffirms its commitment')", () => {
    const events = extractEventsByHand("The U.S. reaffirms its commitment to support Libya.", { actors });
    expect(events.find((e) => e.data.modality === "pledged")?.data.actor).toBe("us");
  });
  it("does not take a past-tense subject as the voice ('Daesh claimed')", () => {
    const events = extractEventsByHand("We condemn the attacks. On Saturday, Daesh claimed dual attacks in Baghdad which killed at least 28 people.", { actors });
    expect(events.find((e) => e.data.type === "ACCUSE")?.data.actor).toBeNull();
  });
  it("leaves a 'we' inside a quote to the quote's speaker, not the author", () => {
    const text = "Libya said we condemn the attacks on Sunday. The United States reaffirms its support.";
    const events = extractEventsByHand(text, { actors, quotes: [{ text: "we condemn the attacks on Sunday", speaker: "ly" }] });
    expect(events.find((e) => e.data.type === "ACCUSE")?.data.actor).not.toBe("us");
  });
});

describe("condemned attacks", () => {
  const places = [{ id: "bgd", text: "Baghdad", kind: "city" as const }, { id: "njf", text: "Najaf", kind: "city" as const }];
  it("folds a condemned summary into the attacks the statement reports", () => {
    const text = "We condemn in the strongest possible terms terrorist attacks this weekend in Baghdad and Najaf. On Saturday, Daesh claimed dual attacks in Baghdad which killed at least 28 people.";
    const assaults = extractEventsByHand(text, { actors, places }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.data.fatalities?.min).toBe(28);
  });
  it("keeps a condemned attack that nothing else reports", () => {
    const assaults = extractEventsByHand("The United States condemns the attacks in Najaf.", { actors, places }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
  });
  it("gives the date after the condemned attacks to the attacks, not to the condemnation", () => {
    const events = extractEventsByHand("The United States condemns the attacks on Saturday in Najaf.", { actors, places, dates: [{ id: "d1", text: "on Saturday", value: "2017-01-01" }] });
    expect(events.find((e) => e.data.type === "ASSAULT")?.data.date).toBe("d1");
    expect(events.find((e) => e.data.type === "ACCUSE")?.data.date).toBeNull();
  });
});

describe("modality and claims", () => {
  it("does not let an adjective cue reach past its own noun ('strongest possible terms')", () => {
    const [e] = extractEventsByHand("The minister condemned in the strongest possible terms the attacks in Najaf.").filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.modality).toBe("asserted");
  });
  it("still reads an adjective cue on its own noun ('possible chemical attacks')", () => {
    const [e] = extractEventsByHand("Inspectors studied possible chemical attacks near Douma.").filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.modality).toBe("hypothetical");
  });
  it("attaches a passive claim to the attack before it ('attacks, also claimed by IS')", () => {
    const [e] = extractEventsByHand("Today, multiple attacks, also claimed by IS, have killed at least 35 more innocent civilians.", { actors }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data).toMatchObject({ actor: "isis", claimedBy: "isis" });
  });
  it("reads the toll after an active perfect ('have killed at least 35 more')", () => {
    const [e] = extractEventsByHand("Today, multiple attacks have killed at least 35 more innocent civilians.").filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.fatalities).toMatchObject({ min: 35, max: null });
  });
  it("carries a pledge over to the aid named after it: one promised event", () => {
    const events = extractEventsByHand("The E.U. promised to provide treatment to the children, as well as aid to the hospital.", { actors });
    expect(events).toHaveLength(1);
    expect(events[0]!.data.modality).toBe("pledged");
  });
});

describe("ongoing campaigns and what a demand is about", () => {
  it("treats a campaign named as context as background ('the campaign to liberate the city of Mosul')", () => {
    const [e] = extractEventsByHand("The two leaders discussed the campaign to liberate the city of Mosul.").filter((x) => x.data.type === "COERCE");
    expect(e!.data.background).toBe(true);
  });
  it("keeps the attacks a demand wants ended as going on, not demanded ('call for an end to the attacks')", () => {
    const [e] = extractEventsByHand("We also call for an end to the regime's attacks on Aleppo.").filter((x) => x.data.type === "ASSAULT");
    expect(e!.data).toMatchObject({ background: true, modality: "asserted" });
  });
  it("still reads a demanded attack as demanded when nothing says it is going on", () => {
    const [e] = extractEventsByHand("The minister urged the army to launch airstrikes on the rebels.").filter((x) => x.data.type === "ASSAULT");
    expect(e!.data).toMatchObject({ background: false, modality: "demanded" });
  });
});

describe("parties", () => {
  it("reads 'a deal between X and Y' as X with Y", () => {
    const [e] = extractEventsByHand("A deal between the E.U. and Libya ended the standoff.", { actors });
    expect(e!.data).toMatchObject({ type: "AGREE", actor: "eu", target: "ly" });
  });
  it("reaches a 'between' after a short description of the event, with one named side", () => {
    const army: HandActor[] = [{ id: "army", name: "Mexican Army", kind: "military", mentions: ["Mexican Army"] }];
    const [e] = extractEventsByHand("A two-hour gun battle which began at 7 p.m. local time between the Mexican Army and drug hitmen ended in 18 fatalities.", { actors: army });
    expect(e!.data).toMatchObject({ type: "ASSAULT", actor: "army", target: null });
  });
  it("finds the subject in an apposition before the verb", () => {
    const [e] = extractEventsByHand("The president of Bulgaria, Georgi Parvanov, promptly pardoned them.", { actors });
    expect(e!.data.actor).toBe("bg");
  });
  it("gives a verb coordinated by 'and' the sentence's subject", () => {
    const [e] = extractEventsByHand("Georgi Parvanov has reiterated his support for the medics, and asked Libya to release them.", { actors }).filter((x) => x.data.type === "REQUEST");
    expect(e!.data).toMatchObject({ actor: "bg", target: "ly" });
  });
  it("does not take a name from a full clause before the verb", () => {
    const [e] = extractEventsByHand("After Georgi Parvanov spoke, officials pardoned them.", { actors }).filter((x) => x.data.type !== "CONSULT");
    expect(e!.data.actor).toBeNull();
  });
});

describe("modifiers before a noun", () => {
  const more: HandActor[] = [
    { id: "asad", name: "Asad regime", kind: "government", mentions: ["Asad regime"] },
    { id: "iraqis", name: "Iraqis", kind: "group", mentions: ["Iraqi"] },
    { id: "abadi", name: "Haider al-Abadi", kind: "person", mentions: ["Haider al-Abadi"] },
    { id: "carter", name: "Ash Carter", kind: "person", mentions: ["Ash Carter"] },
  ];
  it("reads the possessor as the actor across a participle ('the regime's escalating attacks')", () => {
    const [e] = extractEventsByHand("Monitors counted the Asad regime's escalating attacks on Aleppo.", { actors: more }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.actor).toBe("asad");
  });
  it("still stops at a finite verb between a name and a noun ('the regime stopped attacks')", () => {
    const [e] = extractEventsByHand("The Asad regime condemned attacks on Aleppo.", { actors: more }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.actor).toBeNull();
  });
  it("takes the person, not the nationality word before the title ('Iraqi Prime Minister Haider al-Abadi')", () => {
    const [e] = extractEventsByHand("Ash Carter met with Iraqi Prime Minister Haider al-Abadi in Baghdad.", { actors: more });
    expect(e!.data).toMatchObject({ type: "CONSULT", actor: "carter", target: "abadi" });
  });
});

describe("protests", () => {
  it("does not code a rule about any rally as an event", () => {
    expect(extractEventsByHand("Any rally held after sunset without police permission is considered illegal.")).toEqual([]);
  });
  it("codes a protest's slogans as part of the protest, not as a request", () => {
    const events = extractEventsByHand("About 1,700 protesters gathered in nearby streets, chanting slogans that urged the president to resign.");
    expect(events.map((e) => e.data.type)).toEqual(["PROTEST"]);
  });
  it("merges the clashes of a riot with the protest they happened at, keeping the tighter lower bound", () => {
    const text = "Hundreds of people were injured in clashes with riot police at a protest on Saturday. Over 200 protesters and police officers were injured in Saturday's protests.";
    const events = extractEventsByHand(text, { dates: [{ id: "d1", text: "on Saturday", value: "2008-06-28" }, { id: "d2", text: "Saturday's", value: "2008-06-28" }] });
    expect(events).toHaveLength(1);
    expect(events[0]!.data.injuries?.min).toBe(200);
  });
});

describe("one event per place", () => {
  const places = [
    { id: "jab", text: "Jabla", kind: "city" as const },
    { id: "lat", text: "Latakia", kind: "admin1" as const },
    { id: "tar", text: "Tartus", kind: "city" as const },
    { id: "raq", text: "Raqqah", kind: "city" as const },
    { id: "tab", text: "Tabqa", kind: "city" as const },
  ];
  it("codes bombings in two coordinated towns as two events, with no split of their joint toll", () => {
    const events = extractEventsByHand("Bombings hit the towns of Jabla and the port city of Tartus, killing more than 60 civilians.", { places }).filter((e) => e.data.type === "ASSAULT");
    expect(events.map((e) => e.data.place).sort()).toEqual(["jab", "tar"]);
    expect(events.filter((e) => e.data.fatalities !== null)).toHaveLength(1);
  });
  it("does not split an attack over places joined by verbs ('in Raqqah was struck and killed ... near Tabqa')", () => {
    const events = extractEventsByHand("A leader in Raqqah was struck and killed by a coalition airstrike near Tabqa.", { places }).filter((e) => e.data.type === "ASSAULT");
    expect(events).toHaveLength(1);
  });
  it("does not split a demanded attack", () => {
    const events = extractEventsByHand("The minister urged the army to launch attacks on Jabla and Tartus.", { places }).filter((e) => e.data.type === "ASSAULT");
    expect(events).toHaveLength(1);
  });
});

describe("which event a re-mention joins", () => {
  it("joins the event told most recently, not the first one of its kind", () => {
    const text = "Protesters gathered at the plaza on Sunday. Over 200 people were injured in Saturday's protests. The demonstration turned violent when protesters threw stones.";
    const dates = [{ id: "sun", text: "on Sunday", value: "2008-06-29" }, { id: "sat", text: "Saturday's", value: "2008-06-28" }];
    const protests = extractEventsByHand(text, { dates }).filter((e) => e.data.type === "PROTEST");
    expect(protests).toHaveLength(2);
    const saturday = protests.find((e) => e.data.date === "sat")!;
    expect(saturday.source.rule).toMatch(/turned-violent|stone/);
  });
});

describe("geoPrecision", () => {
  it("is 'region' for a name placed at an enclosing town, 'country' when the enclosure is a country", () => {
    const sinek = { id: "p1", text: "Al-Sinek", kind: "region" as const, extra: { resolution: "enclosing" as const, enclosedBy: { name: "Baghdad", kind: "city" as const, geonameid: 98182, from: "sentence" as const } } };
    const [a] = extractEventsByHand("A car bomb exploded in Al-Sinek.", { places: [sinek] });
    expect(a!.data.geoPrecision).toBe("region");
    const village = { id: "p2", text: "Kisima", kind: "country" as const, extra: { resolution: "enclosing" as const, enclosedBy: { name: "Kenya", kind: "country" as const, geonameid: 192950, from: "article" as const } } };
    const [b] = extractEventsByHand("Rustlers raided Kisima.", { places: [village] });
    expect(b!.data.geoPrecision).toBe("country");
  });
  it("is 'exact' for a town, 'near' for a town after 'near' or 'north of', 'region' for a province, 'country' for a country", () => {
    const places = [{ id: "t", text: "Jalalabad", kind: "city" as const }, { id: "pr", text: "Parwan", kind: "admin1" as const }, { id: "c", text: "Syria", kind: "country" as const }];
    const at = (text: string) => extractEventsByHand(text, { places })[0]!.data.geoPrecision;
    expect(at("A car bomb exploded in Jalalabad.")).toBe("exact");
    expect(at("A car bomb exploded near Jalalabad.")).toBe("near");
    expect(at("A car bomb exploded north of Jalalabad.")).toBe("near");
    expect(at("A car bomb exploded in Parwan.")).toBe("region");
    expect(at("A car bomb exploded in Syria.")).toBe("country");
  });
});
