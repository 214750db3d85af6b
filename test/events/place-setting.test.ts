/** Whether a place name stands where a clause sets its scene (src/stages/events/place-setting.ts). */
import { describe, expect, it } from "vitest";
import { compoundHeadEnd, governorOf, isLocativeRightAfter, isPhraseBetween, isPlaceSetting, isTimeReference } from "../../src/stages/events/place-setting.js";
import type { SentenceView } from "../../src/stages/events/sentence-view.js";

/** A sentence view from "word/POS" pairs: all these functions read are words and parts of speech. */
function view(tagged: string, index = 1): SentenceView {
  const pairs = tagged.split(" ").map((w) => { const k = w.lastIndexOf("/"); return [w.slice(0, k), w.slice(k + 1)] as const; });
  const tokens = pairs.map(([w, pos]) => ({ normal: w.toLowerCase(), pos })) as unknown as SentenceView["tokens"];
  return { index, opening: index === 0, headline: false, start: 0, end: 0, tokens, words: pairs.map(([w]) => w.toLowerCase()), spans: [], clause: pairs.map(() => 0), aside: pairs.map(() => false) };
}
const at = (s: SentenceView, word: string) => s.words.indexOf(word.toLowerCase());

describe("isPlaceSetting", () => {
  it("is true after a locative preposition, through the words of its phrase", () => {
    const s = view("Seven/NUM militants/NOUN were/AUX killed/VERB in/ADP Afghanistan/PROPN 's/PART southern/ADJ Kandahar/PROPN province/NOUN");
    expect(isPlaceSetting(s, at(s, "Kandahar"), at(s, "Kandahar"))).toBe(true);
    const t = view("a/DET pilot/NOUN crashed/VERB in/ADP the/DET north/ADJ Yemen/PROPN governorate/NOUN of/ADP Saada/PROPN");
    expect(isPlaceSetting(t, at(t, "Saada"), at(t, "Saada"))).toBe(true);
    const u = view("troops/NOUN fought/VERB 20/NUM km/NOUN north/NOUN of/ADP Mosul/PROPN");
    expect(isPlaceSetting(u, at(u, "Mosul"), at(u, "Mosul"))).toBe(true);
  });
  it("is false for a name right after a time word the preposition takes ('said on Sunday Tehran was ready')", () => {
    const s = { ...view("said/VERB on/ADP Sunday/PROPN Tehran/PROPN was/AUX ready/ADJ"), times: new Set(["sunday"]) };
    expect(isPlaceSetting(s, at(s, "Tehran"), at(s, "Tehran"))).toBe(false);
    // A time word inside the phrase of the name is one of its modifiers.
    const t = { ...view("at/ADP the/DET Christmas/PROPN market/NOUN of/ADP Strasbourg/PROPN"), times: new Set(["christmas"]) };
    expect(isPlaceSetting(t, at(t, "Strasbourg"), at(t, "Strasbourg"))).toBe(true);
  });
  it("is false for a subject, an object, a possessive, an office or an origin", () => {
    const s = view("Kiev/PROPN gave/VERB up/ADP its/PRON weapons/NOUN");
    expect(isPlaceSetting(s, 0, 0)).toBe(false);
    const t = view("the/DET former/ADJ mayor/NOUN of/ADP Caracas/PROPN");
    expect(isPlaceSetting(t, at(t, "Caracas"), at(t, "Caracas"))).toBe(false);
    const u = view("a/DET senator/NOUN from/ADP Wisconsin/PROPN threatened/VERB him/PRON");
    expect(isPlaceSetting(u, at(u, "Wisconsin"), at(u, "Wisconsin"))).toBe(false);
  });
  it("reads a direction inside the phrase, no other adverb", () => {
    const s = view("bombings/NOUN in/ADP the/DET northwest/ADV province/NOUN of/ADP Latakia/PROPN");
    expect(isPlaceSetting(s, at(s, "Latakia"), at(s, "Latakia"))).toBe(true);
    const t = view("made/VERB at/ADP the/DET end/NOUN of/ADP the/DET Cold/PROPN War/PROPN when/ADV Kiev/PROPN gave/VERB up/ADP");
    expect(isPlaceSetting(t, at(t, "Kiev"), at(t, "Kiev"))).toBe(false);
  });
  it("is true for the place of a dateline in the first sentence only", () => {
    const s = view("KANDAHAR/PROPN ,/PUNCT Afghanistan/PROPN ,/PUNCT Oct./PROPN 3/NUM --/PUNCT Seven/NUM militants/NOUN died/VERB", 0);
    expect(isPlaceSetting(s, 0, 0)).toBe(true);
    expect(isPlaceSetting(s, 2, 2)).toBe(true);
    const later = view("KANDAHAR/PROPN ,/PUNCT Afghanistan/PROPN ,/PUNCT Oct./PROPN 3/NUM --/PUNCT Seven/NUM militants/NOUN died/VERB", 3);
    expect(isPlaceSetting(later, 0, 0)).toBe(false);
  });
});

describe("governorOf and isPhraseBetween", () => {
  it("finds the noun before 'of' or the verb whose object the name is", () => {
    const s = view("their/PRON retaking/NOUN of/ADP Palmyra/PROPN");
    expect(governorOf(s, at(s, "Palmyra"))).toBe(at(s, "retaking"));
    const t = view("he/PRON would/AUX visit/VERB Libya/PROPN");
    expect(governorOf(t, at(t, "Libya"))).toBe(at(t, "visit"));
    const u = view("said/VERB ,/PUNCT Libya/PROPN");
    expect(governorOf(u, at(u, "Libya"))).toBe(-1);
  });
  it("accepts a list's words between two names and refuses a verb", () => {
    const s = view("in/ADP Latakia/PROPN ,/PUNCT and/CCONJ the/DET port/ADJ city/NOUN of/ADP Tartus/PROPN");
    expect(isPhraseBetween(s, at(s, "Latakia"), at(s, "Tartus"))).toBe(true);
    const t = view("in/ADP Latakia/PROPN and/CCONJ bombed/VERB Tartus/PROPN");
    expect(isPhraseBetween(t, at(t, "Latakia"), at(t, "Tartus"))).toBe(false);
  });
});

describe("isTimeReference and isLocativeRightAfter", () => {
  it("reads an event noun after a time preposition, 'within N days of' or 'in the wake of' as a time reference", () => {
    const s = view("Within/ADP 10/NUM days/NOUN of/ADP the/DET attacks/NOUN ,/PUNCT the/DET army/NOUN moved/VERB in/ADP");
    expect(isTimeReference(s, at(s, "attacks"))).toBe(true);
    const t = view("four/NUM hours/NOUN after/ADP the/DET IRA/PROPN 's/PART bombing/NOUN ,/PUNCT patrols/NOUN were/AUX seen/VERB");
    expect(isTimeReference(t, at(t, "bombing"))).toBe(true);
    const u = view("in/ADP the/DET wake/NOUN of/ADP the/DET attack/NOUN");
    expect(isTimeReference(u, at(u, "attack"))).toBe(true);
  });
  it("does not read an event told in its own clause, or a verb, as one", () => {
    const s = view("Ten/NUM people/NOUN died/VERB in/ADP the/DET attack/NOUN");
    expect(isTimeReference(s, at(s, "attack"))).toBe(false);
    const t = view("police/NOUN arrived/VERB after/ADP gunmen/NOUN attacked/VERB the/DET town/NOUN");
    expect(isTimeReference(t, at(t, "attacked"))).toBe(false);
    const u = view("the/DET causes/NOUN of/ADP the/DET attack/NOUN");
    expect(isTimeReference(u, at(u, "attack"))).toBe(false);
  });
  it("finds a place in the locative phrase right after the event's word only", () => {
    const s = view("after/ADP the/DET bombing/NOUN in/ADP the/DET town/NOUN of/ADP Gereshk/PROPN");
    expect(isLocativeRightAfter(s, at(s, "bombing"), at(s, "Gereshk"))).toBe(true);
    const t = view("after/ADP the/DET bombing/NOUN ,/PUNCT patrols/NOUN were/AUX seen/VERB in/ADP Gereshk/PROPN");
    expect(isLocativeRightAfter(t, at(t, "bombing"), at(t, "Gereshk"))).toBe(false);
  });
});

describe("compoundHeadEnd", () => {
  it("goes on through the nouns an event noun modifies, up to two", () => {
    const s = view("avoiding/VERB a/DET rape/NOUN charge/NOUN in/ADP Sweden/PROPN");
    expect(compoundHeadEnd(s, at(s, "rape"))).toBe(at(s, "charge"));
    const t = view("the/DET bombing/NOUN in/ADP Kabul/PROPN");
    expect(compoundHeadEnd(t, at(t, "bombing"))).toBe(at(t, "bombing"));
    const u = view("the/DET attack/NOUN plot/NOUN suspects/NOUN trial/NOUN");
    expect(compoundHeadEnd(u, at(u, "attack"))).toBe(at(u, "suspects"));
  });
});
