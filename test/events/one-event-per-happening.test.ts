/**
 * One event per happening: an attack retold in several sentences is one event that keeps every
 * telling (its mentions with their evidence), and its toll is the best report, not a sum.
 */
import { describe, expect, it } from "vitest";
import { tighterCount } from "../../src/stages/events/merge-events.js";
import { extractEventsByHand } from "./annotate-by-hand.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { layer } from "../../src/core/index.js";
import { extractDocument } from "../../src/index.js";

const places = [
  { id: "kab", text: "Kabul", kind: "city" as const },
  { id: "kan", text: "Kandahar", kind: "city" as const },
];

describe("mentions of one event", () => {
  it("keeps each telling of a merged attack with its own evidence and trigger", () => {
    const text = "A car bomb exploded in Kabul on Monday, killing 12 people. The blast also wounded 30.";
    const assaults = extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    const mentions = assaults[0]!.data.mentions!;
    expect(mentions[0]!.evidence.text).toContain("car bomb");
    const blast = mentions.find((m) => m.trigger.text === "blast")!;
    expect(blast.evidence.text).toBe("The blast also wounded 30.");
    expect(mentions.filter((m) => m.evidence.text === blast.evidence.text).some((m) => m.injuries?.min === 30)).toBe(true);
  });
  it("reads a trigger noun before another of the same type as one telling ('an IED blast'), with the more specific reading", () => {
    const text = "Maoists killed 10 police commandos and their driver in an IED blast in Kandahar.";
    const assaults = extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.data).toMatchObject({ mode: "IED" });
    expect(assaults[0]!.data.trigger.text).toBe("IED blast");
  });
  it("keeps a killing attack an attack when a later telling burns property in it", () => {
    const text = "Militants attacked a police post in Kandahar, killing 8 policemen. The attackers also burned two vehicles.";
    const assaults = extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.data.mode).toBe("attack");
  });
  it("reads the damage an event noun did as a telling of that event ('The blast destroyed the front of the hotel')", () => {
    const text = "A car bomb exploded outside a hotel in Kabul on Monday, killing 12 people. The blast destroyed the front of the hotel.";
    const assaults = extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.data.mentions!.map((m) => m.trigger.text)).toContain("destroyed");
  });
  it("reads any act of violence an event noun is the subject of as a telling of that event ('A drone attack set fire to an oil depot')", () => {
    const actors = [{ id: "ua", name: "Military Forces of Ukraine", kind: "military" as const, mentions: ["Ukrainian"], country: "UA" }];
    const assaults = extractEventsByHand("A Ukrainian drone attack set fire to an oil depot in Kabul on Friday.", { places, actors }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.data.mentions!.map((m) => m.trigger.text)).toEqual(["drone attack", "fire to an oil depot"]);
  });
  it("reads an event's noun set off after the clause as a telling of the clause's event, with its doer and its day", async () => {
    const doc = await extractDocument({ text: "Gunmen killed 11 people at a bar in Celaya late Sunday, the third mass shooting in the city this month." }, { published: "2016-09-20" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(doc.events.filter((x) => x.type === "ASSAULT")).toHaveLength(1);
    expect(e!.acled).toMatchObject({ actor1: "Unidentified Armed Group (Mexico)", actor2: "Civilians (Mexico)" });
    expect(doc.dates.find((d) => d.id === e!.date)?.value).toBe("2016-09-18");
  });
  it("gives a single-mention event a mention list of one, the event's own trigger", () => {
    const [e] = extractEventsByHand("Gunmen attacked a police station in Kandahar.", { places }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.mentions).toHaveLength(1);
    expect(e!.data.mentions![0]!.trigger).toEqual(e!.data.trigger);
  });
  it("says which mention the toll came from", () => {
    const text = "A suicide bomber struck a mosque in Kabul, killing at least 20 people. The attack killed 23 people, officials said.";
    const [e] = extractEventsByHand(text, { places }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.fatalities).toMatchObject({ min: 23, max: 23 });
    expect(e!.data.mentions![e!.data.fatalitiesFrom!]!.evidence.text).toContain("23");
  });
});

describe("weaker words for the same happening", () => {
  it("keeps a casualty verb that yielded to the attack as a mention, with the toll it told", () => {
    const [e] = extractEventsByHand("A car bomb killed 12 people in Kabul.", { places }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.mentions!.map((m) => m.trigger.text)).toEqual(["car bomb", "killed"]);
    expect(e!.data.mentions![e!.data.fatalitiesFrom!]!.trigger.text).toBe("killed");
    expect(e!.data.fatalities?.min).toBe(12);
  });
  it("keeps 'Two people were killed.' after a bombing as a telling of the bombing", () => {
    const [e, ...rest] = extractEventsByHand("A bomb exploded in Kabul. Two people were killed.", { places }).filter((x) => x.data.type === "ASSAULT");
    expect(rest).toHaveLength(0);
    expect(e!.data.mentions!.map((m) => m.evidence.text)).toEqual(["A bomb exploded in Kabul.", "Two people were killed."]);
  });
});

describe("a claim told after the attack", () => {
  const actors = [{ id: "shab", name: "al-Shabaab", kind: "armed group" as const, mentions: ["Al Shabaab", "The group"] }];
  it("attaches 'The group claimed responsibility.' to the attack just told, not as an event of its own", () => {
    const events = extractEventsByHand("Al Shabaab militants attacked a police station in Kabul. The group claimed responsibility.", { places, actors });
    expect(events.map((e) => e.data.type)).toEqual(["ASSAULT"]);
    expect(events[0]!.data.claimedBy).toBe("shab");
  });
  it.each([
    ["Two bombs exploded in Kabul on Friday. Al Shabaab accepted responsibility for the bombings."],
    ["Two bombs exploded in Kabul on Friday. Al Shabaab admitted responsibility for the blasts."],
  ])("%s: an accepted or admitted responsibility is a claim", (text) => {
    const events = extractEventsByHand(text, { places, actors }).filter((e) => e.data.type === "ASSAULT");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.claimedBy).toBe("shab");
  });
});

describe("a toll reported twice", () => {
  const c = (min: number | null, max: number | null) => ({ min, max, text: "" });
  it("prefers an exact figure to a bound, whichever comes first", () => {
    expect(tighterCount(c(60, null), c(62, 62))).toEqual(c(62, 62));
    expect(tighterCount(c(62, 62), c(60, null))).toEqual(c(62, 62));
  });
  it("keeps the higher of two figures of a kind (a revised toll), never their sum", () => {
    expect(tighterCount(c(3, 3), c(5, 5))).toEqual(c(5, 5));
    expect(tighterCount(c(200, null), c(100, null))).toEqual(c(200, null));
  });
});

describe("which tellings are one attack", () => {
  const monday = { id: "mon", text: "on Monday", value: "2021-10-04" };
  const tuesday = { id: "tue", text: "on Tuesday", value: "2021-10-05" };
  it("merges a later telling pinned to the same town, paragraphs apart", () => {
    const text = "A car bomb exploded in Kabul on Monday, killing 12 people. Officials gave no details. Residents were shocked. Schools closed early. The bombing in Kabul was the deadliest this year.";
    const assaults = extractEventsByHand(text, { places, dates: [monday] }).filter((e) => e.data.type === "ASSAULT" && !e.data.background);
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.data.mentions!.map((m) => m.trigger.text)).toContain("bombing");
  });
  it("keeps 'another' bomb in the same town apart", () => {
    const text = "A car bomb exploded in Kabul, killing 12 people. Another bomb exploded in Kabul, wounding three.";
    const assaults = extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(2);
  });
  it("keeps an attack opened by 'In a separate attack' apart", () => {
    const text = "Gunmen attacked a checkpoint in Kabul. In a separate attack, gunmen attacked a checkpoint.";
    expect(extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT")).toHaveLength(2);
  });
  it("keeps attacks on different days apart", () => {
    const text = "A bomb exploded in Kabul on Monday. A bomb exploded in Kabul on Tuesday.";
    expect(extractEventsByHand(text, { places, dates: [monday, tuesday] }).filter((e) => e.data.type === "ASSAULT")).toHaveLength(2);
  });
});

describe("the date of an event", () => {
  it("takes an explicit calendar date over a relative one in its own clause", () => {
    const dates = [{ id: "d1", text: "4 May 2020", value: "2020-05-04" }, { id: "d2", text: "overnight", value: "2021-06-01", relative: true }];
    const [e] = extractEventsByHand("On 4 May 2020, gunmen attacked a police station in Kabul overnight.", { places, dates }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.date).toBe("d1");
  });
});

describe("weekdays no date resolves", () => {
  it("keeps an attack on one weekday apart from raids on another in a story with no date of its own", () => {
    const text = "Police and counter-terror officers launched further raids early Monday in east London.\n\nLocal residents reported hearing bangs and gunshots during the raids.\n\nOn Sunday, police arrested 12 people in connection with Saturday's terror attack.\n";
    const assaults = layer(analyzeArticle({ text }), "event").filter((e) => e.data.type === "ASSAULT");
    const raids = assaults.find((e) => e.data.trigger.text === "raids")!;
    expect(raids.data.mentions?.map((m) => m.trigger.text)).not.toContain("attack");
  });
});

describe("an act told with the operation it was done in", () => {
  const ofForce = (text: string) => layer(analyzeArticle({ text, meta: { published: "2026-12-03" } }), "event").filter((e) => e.data.type === "ASSAULT" || e.data.type === "COERCE");
  it("reads 'shot dead five militants during a raid' and 'arrested three men during a raid' as one happening each", () => {
    expect(ofForce("Security forces shot dead five suspected militants during a raid in Pulwama district on Monday.")).toHaveLength(1);
    expect(ofForce("Police arrested three men during a raid in Lahore on Monday.")).toHaveLength(1);
  });
  it("keeps an attack apart from a verb of another clause whose 'during' hangs on its own verb", () => {
    const text = "Trump accused her of being asleep when calls came in during the attack on the compound in Benghazi.";
    expect(ofForce(text)).toHaveLength(1);
  });
});


describe("an act coordinated after an attack's verb in its sentence", () => {
  const assaults = (text: string) => layer(analyzeArticle({ text, meta: { published: "2024-03-10" } }), "event").filter((e) => e.data.type === "ASSAULT");
  it("is one more part of the attack by the same doer, which takes its toll ('raided Nablus and shot dead two men')", () => {
    const [raid, ...rest] = assaults("Israeli forces raided Nablus on Monday and shot dead 2 Palestinian men.");
    expect(rest).toHaveLength(0);
    expect(raid!.data).toMatchObject({ mode: "raid", fatalities: { min: 2, max: 2 } });
    expect(raid!.data.mentions).toHaveLength(3);
    expect(raid!.data.acled).toMatchObject({ eventType: "Violence against civilians", actor1: "Military Forces of Israel", actor2: "Civilians (Palestine)" });
  });
  it("stays apart when another party does it", () => {
    expect(assaults("Soldiers raided the camp in Jenin on Monday and gunmen shot dead two guards.")).toHaveLength(2);
  });
});

describe("a toll the claimant of an attack gives", () => {
  it("yields to another telling's toll ('at least 17 soldiers', then the group 'saying its fighters had killed 30')", () => {
    const text = "Al-Shabaab fighters attacked a military base in Bariire village on Friday, killing at least 17 soldiers, officials said. Al-Shabaab claimed responsibility for the attack in a statement, saying its fighters had killed 30 soldiers.";
    const [attack, ...rest] = layer(analyzeArticle({ text, meta: { published: "2023-06-10" } }), "event").filter((e) => e.data.type === "ASSAULT");
    expect(rest).toHaveLength(0);
    expect(attack!.data.fatalities).toMatchObject({ min: 17, max: null });
  });
});

describe("an attack and the answer to it", () => {
  const attacks = async (text: string) => {
    const { extractDocument } = await import("../../src/index.js");
    const doc = await extractDocument({ text }, { published: "2023-03-24" });
    return doc.events.filter((e) => e.type === "ASSAULT" && e.modality === "asserted");
  };
  it("places an attack on a state's base abroad in the country the base is in, not in the state that owns it", async () => {
    const { extractDocument } = await import("../../src/index.js");
    const doc = await extractDocument({ text: "A rocket attack on a U.S. outpost in eastern Syria on Monday wounded two American soldiers." }, { published: "2023-03-24" });
    const attack = doc.events.find((e) => e.type === "ASSAULT");
    expect(doc.places.find((p) => p.id === attack?.place)?.country).toBe("SY");
  });
  it("keeps an act told as a response apart from the act it answers", async () => {
    const evs = await attacks(
      "Militants fired rockets at an army post in Kupwara on Thursday, wounding two soldiers, police said. " +
        "In response, army artillery shelled militant hideouts across the valley, officials said.",
    );
    expect(evs.length).toBe(2);
  });
});
