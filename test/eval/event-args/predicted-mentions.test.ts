import { describe, expect, it } from "vitest";
import { createDocument, type Document, type EventData, type LayerAnnotation } from "../../../src/core/index.js";
import { loadFamilyRows } from "../../../src/eval/event-args/event-family-mapping.js";
import { predictedEvents } from "../../../src/eval/event-args/predicted-events.js";

const text = "A car bomb exploded in the market. The blast killed 12 people.";
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const sentence1 = span("A car bomb exploded in the market.");
const sentence2 = span("The blast killed 12 people.");
const data: EventData = {
  type: "ASSAULT", mode: "IED", modality: "asserted", background: false, actor: null, target: null, place: null, date: null, geoPrecision: null,
  fatalities: { min: 12, max: 12, text: "killed 12" }, injuries: null, evidence: sentence1, trigger: span("car bomb"), cameo: null, acled: null,
  mentions: [
    { trigger: span("car bomb"), evidence: sentence1, type: "ASSAULT", mode: "IED", place: null, date: null, fatalities: null, injuries: null, rule: "trg:roadside-bomb" },
    { trigger: span("blast"), evidence: sentence2, type: "ASSAULT", mode: "explosives", place: null, date: null, fatalities: { min: 12, max: 12, text: "killed 12" }, injuries: null, rule: "trg:explosion" },
  ],
  fatalitiesFrom: 1,
};
const event: LayerAnnotation<"event"> = { id: "v1", layer: "event", start: 2, end: 10, data, source: { stage: "events", rule: "trg:roadside-bomb+coref:2" } };
const doc: Document = { ...createDocument(text), layers: { event: [event] } };
const groups = new Map([["attack", new Set<never>()], ["die", new Set<never>()]]);

describe("predicted events for the event-argument scorers", () => {
  it("gives one item per event, with the event's families", () => {
    const items = predictedEvents({ doc, toCorpus: (s) => s, rows: loadFamilyRows(), groups });
    expect(items.map((i) => i.family).sort()).toEqual(["attack", "die"]);
  });
  it("gives one item per telling with perMention, each with its own trigger, sentence and toll", () => {
    const items = predictedEvents({ doc, toCorpus: (s) => s, rows: loadFamilyRows(), groups }, true);
    // The weapon's noun ("car bomb") names the instrument, not the act: that telling is no attack (fam:attack-weapon-roadside-bomb);
    // the event stays one, by its other telling ("The blast", fam:attack-retold).
    expect(items.map((i) => `${i.family}@${text.slice(i.trigger.start, i.trigger.end)}`).sort()).toEqual(["attack@blast", "die@blast"]);
  });
});

describe("the undergoer of a death or an injury", () => {
  const t = "A bomb killed 13 people and wounded 71 at a bakery.";
  const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s, head: s.split(" ").pop()! });
  const d: EventData = {
    type: "ASSAULT", mode: "IED", modality: "asserted", background: false, actor: null, target: null, place: null, date: null, geoPrecision: null,
    fatalities: { min: 13, max: 13, text: "killed 13" }, injuries: { min: 71, max: 71, text: "wounded 71" }, evidence: { start: 0, end: t.length, text: t },
    trigger: { start: 2, end: 6, text: "bomb" }, cameo: null, acled: null,
    targetPhrase: at("a bakery"), victims: { dead: at("13 people"), injured: at("71") },
  };
  const v: LayerAnnotation<"event"> = { id: "v1", layer: "event", start: 2, end: 6, data: d, source: { stage: "events", rule: "trg:bomb" } };
  const withTarget = new Map([["attack", new Set(["target" as const])], ["die", new Set(["target" as const])], ["injure", new Set(["target" as const])]]);
  it("is the people its toll counts in the die and injure families, the target in the attack family", () => {
    const items = predictedEvents({ doc: { ...createDocument(t), layers: { event: [v] } }, toCorpus: (s) => s, rows: loadFamilyRows(), groups: withTarget });
    const targetOf = (family: string) => items.find((i) => i.family === family)!.arguments.map((a) => a.text);
    expect(targetOf("attack")).toEqual(["a bakery"]);
    expect(targetOf("die")).toEqual(["13 people"]);
    expect(targetOf("injure")).toEqual(["71"]);
  });
});

describe("an event copied for another coordinated place (split:place)", () => {
  const t = "Two bombs exploded at Oxford Street and the Cavehill Road.";
  const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s });
  const place = (id: string, s: string): LayerAnnotation<"place"> => ({
    id, layer: "place", ...at(s), source: { stage: "places", rule: "gazetteer" },
    data: { text: s, name: s, kind: "feature", country: "GB", admin1: null, lat: 54.6, lon: -5.9, geonameid: null, feature: "RD" },
  });
  const told = (placeId: string): EventData => ({
    type: "ASSAULT", mode: "explosives", modality: "asserted", background: false, actor: null, target: null, place: placeId, date: null, geoPrecision: "exact",
    fatalities: null, injuries: null, evidence: { start: 0, end: t.length, text: t }, trigger: at("exploded"), cameo: null, acled: null,
    mentions: [{ trigger: at("exploded"), evidence: { start: 0, end: t.length, text: t }, type: "ASSAULT", mode: "explosives", place: placeId, date: null, fatalities: null, injuries: null, rule: "trg:explosion" }],
  });
  const events: LayerAnnotation<"event">[] = [
    { id: "v1", layer: "event", ...at("exploded"), data: told("p1"), source: { stage: "events", rule: "trg:explosion+subject-object" } },
    { id: "v2", layer: "event", ...at("exploded"), data: told("p2"), source: { stage: "events", rule: "trg:explosion+subject-object+split:place" } },
  ];
  const d: Document = { ...createDocument(t), layers: { event: events, place: [place("p1", "Oxford Street"), place("p2", "Cavehill Road")] } };
  const withPlace = new Map([["attack", new Set(["place" as const])]]);

  it("is one telling of the trigger with both places, as the corpora annotate one mention", () => {
    const items = predictedEvents({ doc: d, toCorpus: (s) => s, rows: loadFamilyRows(), groups: withPlace }, true);
    expect(items).toHaveLength(1);
    expect(items[0]!.arguments.map((a) => a.text)).toEqual(["Oxford Street", "Cavehill Road"]);
  });

  it("stays its own event at the event level, as sitrep reports it", () => {
    expect(predictedEvents({ doc: d, toCorpus: (s) => s, rows: loadFamilyRows(), groups: withPlace })).toHaveLength(2);
  });

  it("adds only its own place: its telling in another sentence, at the original's place, adds nothing", () => {
    const u = `${t} An earlier blast at Oxford Street wounded two.`;
    const second = { start: u.lastIndexOf("blast"), end: u.lastIndexOf("blast") + 5, text: "blast" };
    const later = { start: t.length + 1, end: u.length, text: u.slice(t.length + 1) };
    const withLater = (e: LayerAnnotation<"event">): LayerAnnotation<"event"> => ({
      ...e, data: { ...e.data, mentions: [...e.data.mentions!, { trigger: second, evidence: later, type: "ASSAULT", mode: "explosives", place: "p1", date: null, fatalities: null, injuries: null, rule: "trg:explosion" }] },
    });
    const doc: Document = { ...createDocument(u), layers: { event: events.map(withLater), place: d.layers.place! } };
    const items = predictedEvents({ doc, toCorpus: (s) => s, rows: loadFamilyRows(), groups: withPlace }, true);
    expect(items.map((i) => `${u.slice(i.trigger.start, i.trigger.end)}: ${i.arguments.map((a) => a.text).join(", ")}`)).toEqual(["exploded: Oxford Street, Cavehill Road", "blast: Oxford Street"]);
  });
});
